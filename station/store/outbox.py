"""The outbox: dirty lines due for sending, and what the server's answers do to them.

Nothing here deletes a line. An acknowledged line is marked synced only up to the revision that was
sent (a line edited while its batch was in flight stays dirty); a refused line is kept with the
server's reason until a supervisor decides; a failed one waits its backoff and is tried again.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import and_, case, func, select, update

from station import contract
from station.domain.backoff import BackoffPolicy
from station.domain.clock import utc_iso
from station.said import Said, kept, readable, translate
from station.store.database import Store
from station.store.schema import conflicts, records, sync_state


@dataclass(frozen=True)
class Outgoing:
    """A line on its way to the server: the wire record and the revision it carries."""

    record: contract.SyncRecord
    local_rev: int
    attempts: int


@dataclass(frozen=True)
class QueueCounts:
    """What the status bar shows: lines waiting, of which stalled, and conflicts waiting for a person."""

    waiting: int
    stalled: int
    conflicts: int


@dataclass(frozen=True)
class Settled:
    """What one answer did."""

    synced: int
    conflicts: int
    retry: int


_DIRTY = and_(records.c.local_rev > records.c.synced_rev, sync_state.c.blocked.is_(False))
_JOINED = records.join(sync_state, sync_state.c.client_record_id == records.c.client_record_id)


class Outbox:
    """The lines waiting to reach the server, as the sync engine sees them."""

    def __init__(self, store: Store, policy: BackoffPolicy) -> None:
        self._store = store
        self._policy = policy

    def sessions_due(self, now: float) -> list[str]:
        """Sessions whose oldest waiting line may go now, oldest first.

        A session waits while its oldest line waits: its lines reach the server in order.
        """
        heads = _session_heads()
        query = select(heads.c.session_id).where(heads.c.next_attempt_at <= now).order_by(heads.c.seq)
        with self._store.read() as conn:
            return [row.session_id for row in conn.execute(query)]

    def next_due(self) -> float | None:
        """When a session's oldest waiting line may go next (epoch seconds), or ``None`` if nothing waits.

        The lines behind a session's oldest wait with it: their own due time does not count (a line
        that could go but must not overtake would have the sync worker spin until then).
        """
        heads = _session_heads()
        with self._store.read() as conn:
            return conn.execute(select(func.min(heads.c.next_attempt_at))).scalar()

    def take(self, session_id: str, limit: int, now: float | None = None) -> list[Outgoing]:
        """The session's oldest waiting lines, at most ``limit``, as they stand now.

        With ``now``, the batch ends before the first line still waiting out its backoff: the lines
        behind it wait too, so that they do not overtake it.
        """
        query = (
            select(records, sync_state.c.attempts, sync_state.c.next_attempt_at)
            .select_from(_JOINED)
            .where(and_(_DIRTY, records.c.session_id == session_id))
            .order_by(records.c.seq)
            .limit(limit)
        )
        with self._store.read() as conn:
            rows = [row._mapping for row in conn.execute(query)]
        if now is not None:
            waiting = next((n for n, row in enumerate(rows) if row["next_attempt_at"] > now), len(rows))
            rows = rows[:waiting]
        return [_outgoing(row) for row in rows]

    def settle(
        self, sent: list[Outgoing], answer: contract.SyncBatchResponse, now: float, delay_for: Callable[[int], float]
    ) -> Settled:
        """Apply the server's answer in one transaction.

        Args:
            sent: the lines of the batch, as they were sent.
            answer: what the server said of each.
            now: epoch seconds.
            delay_for: seconds to wait before attempt ``n`` (the backoff policy, with its jitter).
        """
        by_id = {o.record.client_record_id: o for o in sent}
        refused = {
            conflict.client_record_id: conflict for conflict in answer.conflicts if conflict.client_record_id in by_id
        }
        ok = [by_id[i] for i in dict.fromkeys(answer.ok) if i in by_id and i not in refused]
        failed = {e.client_record_id: e.message for e in answer.errors if e.client_record_id in by_id}
        unanswered = set(by_id) - {o.record.client_record_id for o in ok} - set(refused) - set(failed)
        failed.update(dict.fromkeys(unanswered, kept(translate("outbox", "The server did not answer for this line."))))
        detected = utc_iso(datetime.fromtimestamp(now, UTC))
        # Everything is made ready before the write lock is taken: a scan waits only for the statements.
        marks = [(o.local_rev, o.local_rev, (o.record.base_version or 0) + 1, o.record.client_record_id) for o in ok]
        resets = [(o.record.client_record_id,) for o in ok]
        conflict_rows = [
            (record_id, conflict.conflict_type, conflict.message, json.dumps(conflict.details),
             by_id[record_id].record.model_dump_json(), detected)
            for record_id, conflict in refused.items()
        ]  # fmt: skip
        blocks = [(conflict.message, record_id) for record_id, conflict in refused.items()]
        retries = self._retries([(by_id[i], message) for i, message in failed.items()], now, delay_for)
        with self._store.write() as conn:
            for statement, rows in (
                (_MARK_SYNCED, marks), (_RESET_STATE, resets), (_INSERT_CONFLICT, conflict_rows),
                (_BLOCK, blocks), (_RETRY, retries),
            ):  # fmt: skip
                if rows:
                    conn.exec_driver_sql(statement, rows)
        return Settled(synced=len(ok), conflicts=len(refused), retry=len(failed))

    def failed(self, sent: list[Outgoing], message: Said | str, now: float, delay_for: Callable[[int], float]) -> None:
        """The whole batch failed (network, server error): its lines wait the backoff (the reason kept in
        no language, read back in the station's)."""
        retries = self._retries([(outgoing, kept(message)) for outgoing in sent], now, delay_for)
        if retries:
            with self._store.write() as conn:
                conn.exec_driver_sql(_RETRY, retries)

    def defer(self, sent: list[Outgoing], until: float, message: Said | str) -> None:
        """The server asked us to wait (429): not a failure, no attempt counted."""
        ids = [o.record.client_record_id for o in sent]
        with self._store.write() as conn:
            conn.execute(
                update(sync_state)
                .where(sync_state.c.client_record_id.in_(ids))
                .values(next_attempt_at=until, last_error=kept(message))
            )

    def wake_stalled(self) -> int:
        """Make stalled lines due at once (the periodic wake and "sync now" do this); how many."""
        with self._store.write() as conn:
            return conn.execute(
                update(sync_state)
                .where(and_(sync_state.c.stalled.is_(True), sync_state.c.blocked.is_(False)))
                .values(next_attempt_at=0.0)
            ).rowcount

    def checkpoint(self, *, due_only: bool = False) -> None:
        """Fold the database's WAL in, here on the sync side, so that no scan's commit has to
        (``Store.checkpoint``)."""
        self._store.checkpoint(due_only=due_only)

    def counts(self) -> QueueCounts:
        with self._store.read() as conn:
            waiting, stalled = conn.execute(
                select(func.count(), func.coalesce(func.sum(case((sync_state.c.stalled.is_(True), 1), else_=0)), 0))
                .select_from(_JOINED)
                .where(_DIRTY)
            ).one()
            pending = conn.execute(
                select(func.count()).select_from(conflicts).where(conflicts.c.status == "pending")
            ).scalar_one()
        return QueueCounts(waiting=int(waiting), stalled=int(stalled), conflicts=int(pending))

    def last_error(self) -> str | None:
        """The most recent reason a line is waiting, if any, in the station's language."""
        with self._store.read() as conn:
            stored = conn.execute(
                select(sync_state.c.last_error)
                .select_from(_JOINED)
                .where(and_(_DIRTY, sync_state.c.last_error.is_not(None)))
                .order_by(sync_state.c.next_attempt_at.desc())
                .limit(1)
            ).scalar()
        return None if stored is None else readable(stored)

    def _retries(
        self, failures: list[tuple[Outgoing, str]], now: float, delay_for: Callable[[int], float]
    ) -> list[tuple[object, ...]]:
        """The retry rows for failed lines: one backoff for the batch (one draw of its jitter), from the
        attempt count of its lines."""
        if not failures:
            return []
        attempts = max(outgoing.attempts for outgoing, _ in failures) + 1
        retry_at = now + delay_for(attempts)
        return [
            (outgoing.attempts + 1, retry_at, self._policy.is_stalled(outgoing.attempts + 1), message,
             outgoing.record.client_record_id)
            for outgoing, message in failures
        ]  # fmt: skip


# Plain statements run with many parameter sets: an answer settles 100 lines in a few statements, and
# the write lock is held only while SQLite runs them.
_MARK_SYNCED = (
    "UPDATE records SET synced_rev = CASE WHEN synced_rev < ? THEN ? ELSE synced_rev END, server_version = ? "
    "WHERE client_record_id = ?"
)
_RESET_STATE = (
    "UPDATE sync_state SET attempts = 0, next_attempt_at = 0.0, stalled = 0, last_error = NULL "
    "WHERE client_record_id = ?"
)
_INSERT_CONFLICT = (
    "INSERT INTO conflicts (client_record_id, conflict_type, message, details, local_data, detected_at, status) "
    "VALUES (?, ?, ?, ?, ?, ?, 'pending')"
)
_BLOCK = "UPDATE sync_state SET blocked = 1, last_error = ? WHERE client_record_id = ?"
_RETRY = (
    "UPDATE sync_state SET attempts = ?, next_attempt_at = ?, stalled = ?, last_error = ? WHERE client_record_id = ?"
)


def _session_heads() -> Any:
    """Each session with waiting lines: its oldest waiting line's ``seq`` and when that line may go."""
    oldest = (
        select(records.c.session_id, func.min(records.c.seq).label("seq"))
        .select_from(_JOINED)
        .where(_DIRTY)
        .group_by(records.c.session_id)
        .subquery()
    )
    return (
        select(oldest.c.session_id, oldest.c.seq, sync_state.c.next_attempt_at)
        .join(records, records.c.seq == oldest.c.seq)
        .join(sync_state, sync_state.c.client_record_id == records.c.client_record_id)
        .subquery()
    )


def _outgoing(row: Any) -> Outgoing:
    record = contract.SyncRecord(
        client_record_id=row["client_record_id"],
        session_id=row["session_id"],
        rack_id=row["rack_id"],
        floor=row["floor"],
        item_code=row["item_code"],
        verified_qty=row["verified_qty"],
        damage_qty=row["damage_qty"],
        serial_numbers=json.loads(row["serial_numbers"]),
        status=contract.RecordStatusWire(row["status"]),
        created_at=datetime.fromisoformat(row["created_at"].replace("Z", "+00:00")),
        updated_at=datetime.fromisoformat(row["updated_at"].replace("Z", "+00:00")),
        uom=row["uom"],
        lock_token=row["lock_token"],
        base_version=row["server_version"],
        barcode=row["barcode"],
        manual_entry=bool(row["manual_entry"]),
    )
    return Outgoing(record=record, local_rev=row["local_rev"], attempts=row["attempts"])
