"""Applying a sync batch: ownership, fencing, record rules, serial uniqueness and versions, in one transaction.

Every record of a batch ends in exactly one of three lists: ``ok`` (stored, or already stored the
same: a resend is harmless), ``conflicts`` (refused until a person decides; kept in the conflicts
table with both sides) or ``errors`` (could not be written this time; the station retries).
The batch reads what it needs in a handful of queries, not one per record; the ownership and
fencing checks read nothing of their own (the session and rack rows are read anyway).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, Select, bindparam, func, select, tuple_
from sqlalchemy.exc import IntegrityError

from station import contract
from station.domain.records import LineCount, line_problems
from station.server import db
from station.server.racks_db import LIVE_SESSION
from station.server.sync_writes import Write, keep_conflict, write_all

_COMPARED = (
    "session_id", "rack_id", "floor", "item_code", "verified_qty", "damage_qty", "serial_numbers", "status",
    "updated_at", "uom", "item_condition", "lock_token", "barcode", "manual_entry",
)  # fmt: skip
_IMMUTABLE = ("session_id", "rack_id", "item_code")
"""What a line's id stands for: another value under the same id is another line, not an edit."""

MAX_ORPHAN_CONFLICTS = 50
"""Pending conflicts one person may leave for lines of sessions that are not theirs (unknown ones
included); past that, such lines are answered as errors to send again later, not stored."""

IN_CHUNK = 4_000
"""Values in one ``IN`` list: (item, serial) pairs take two variables each, and SQLite allows 32,766
(PostgreSQL 65,535) in one statement."""


@dataclass
class Outcome:
    ok: list[str] = field(default_factory=list)
    conflicts: list[contract.SyncConflict] = field(default_factory=list)
    errors: list[contract.SyncErrorEntry] = field(default_factory=list)


class _Refused(Exception):
    def __init__(
        self,
        kind: contract.ConflictType,
        message: str,
        details: dict[str, Any],
        server_data: dict[str, Any],
        *,
        orphan: bool = False,
        keep: bool = True,
    ):
        super().__init__(message)
        self.kind, self.message, self.details, self.server_data = kind, message, details, server_data
        self.orphan = orphan  # the line is not for a session of the sender's: counts toward their quota
        self.keep = keep  # worth a supervisor's time (a repeat within one batch is not)


def record_row(record: contract.SyncRecord) -> dict[str, Any]:
    """A wire record as a database row (times as epoch seconds)."""
    row = record.model_dump(mode="json", exclude={"base_version", "created_at", "updated_at", "client_record_id"})
    row.update(
        client_record_id=record.client_record_id,
        created_at=record.created_at.timestamp(),
        updated_at=record.updated_at.timestamp(),
    )
    return row


def apply_batch(
    conn: Connection, batch: contract.SyncBatchRequest, submitted_by: str, now: float, *, careful: bool = False
) -> Outcome:
    """Check and store a batch in the caller's transaction.

    The records are written in a few bulk statements. If another process wrote one of the same
    serials in the meantime, that raises ``IntegrityError`` and the whole transaction is undone; the
    caller then runs the batch again ``careful``: each record in a savepoint of its own, the ones that
    collide answered as errors to retry.
    """
    context = _Context.load(conn, batch.records)
    outcome = Outcome()
    writes: list[Write] = []
    seen: set[str] = set()
    quota: _Quota | None = None
    for record in batch.records:
        row = record_row(record)
        existing = context.existing.get(record.client_record_id)
        try:
            if record.client_record_id in seen:
                raise _Refused(
                    contract.ConflictType.VERSION_CONFLICT,
                    "This line comes twice in the batch; only its first copy was taken.",
                    {"repeated_in_batch": True},
                    {},
                    keep=False,
                )
            seen.add(record.client_record_id)
            if _resent(existing, row, submitted_by):
                # A resend of what is stored (its answer was lost): harmless, whatever happened since.
                outcome.ok.append(record.client_record_id)
                continue
            context.check(record, existing, submitted_by)
        except _Refused as refusal:
            if refusal.keep:
                if refusal.orphan and quota is None:  # read only when a batch has such lines
                    quota = _Quota.load(conn, submitted_by)
                if not _keep(conn, record, row, refusal, submitted_by, now, quota if refusal.orphan else None):
                    outcome.errors.append(_over_quota(record))
                    continue
            outcome.conflicts.append(
                contract.SyncConflict(
                    client_record_id=record.client_record_id,
                    conflict_type=refusal.kind,
                    message=refusal.message,
                    details=refusal.details,
                )
            )
            continue
        version = existing["version"] + 1 if existing else 1
        writes.append(Write({**row, "version": version, "submitted_by": submitted_by, "received_at": now}, existing))
        context.stored({**row, "submitted_by": submitted_by, "session_user": submitted_by}, version)
    if not careful:
        write_all(conn, writes)
        outcome.ok.extend(w.row["client_record_id"] for w in writes)
    else:
        for write in writes:
            try:
                with conn.begin_nested():
                    write_all(conn, [write])
                outcome.ok.append(write.row["client_record_id"])
            except IntegrityError as exc:
                outcome.errors.append(
                    contract.SyncErrorEntry(
                        client_record_id=write.row["client_record_id"],
                        error_type="write_conflict",
                        message=f"Another write got there first ({exc.orig.__class__.__name__}); send it again.",
                    )
                )
    return outcome


def _resent(existing: dict[str, Any] | None, row: dict[str, Any], submitted_by: str) -> bool:
    """Whether ``row`` is the sender's own stored line, unchanged."""
    return (
        existing is not None
        and existing.get("session_user") == submitted_by
        and all(existing[k] == row[k] for k in _COMPARED)
    )


@dataclass
class _Context:
    """What the checks need, read once for the whole batch."""

    sessions: dict[str, Any]
    racks: dict[str, Any]
    existing: dict[str, dict[str, Any]]
    serialized: dict[str, bool]
    serial_owner: dict[tuple[str, str], str]

    @classmethod
    def load(cls, conn: Connection, records: list[contract.SyncRecord]) -> _Context:
        # Each result is read in full before the next statement runs: a cursor left open holds a
        # snapshot (and on SQLite a read lock) that outlives a failure.
        pairs = list({(r.item_code, s) for r in records for s in r.serial_numbers})
        sessions = conn.execute(_SESSIONS, {"ids": list({r.session_id for r in records})}).all()
        racks = conn.execute(_RACKS, {"ids": list({r.rack_id for r in records})}).all()
        existing = conn.execute(_RECORDS, {"ids": list({r.client_record_id for r in records})}).all()
        items = conn.execute(_ITEMS, {"ids": list({r.item_code for r in records})}).all()
        owners = _chunked(conn, _OWNERS, "pairs", pairs)
        known = {row.client_record_id: dict(row._mapping) for row in existing}
        # A serial owned by a line outside the batch is a conflict to be: read that line too, so that
        # the supervisor sees both lines side by side.
        others = {row.client_record_id for row in owners} - {r.client_record_id for r in records}
        known.update({row.client_record_id: dict(row._mapping) for row in _chunked(conn, _RECORDS, "ids", others)})
        return cls(
            sessions={row.id: row for row in sessions},
            racks={row.rack_id: row for row in racks},
            existing=known,
            serialized={row.item_code: row.serialized for row in items},
            serial_owner={(row.item_code, row.serial): row.client_record_id for row in owners},
        )

    def check(self, record: contract.SyncRecord, existing: dict[str, Any] | None, submitted_by: str) -> None:
        """Raise ``_Refused`` for the first rule the record breaks."""
        self._check_owner(record, existing, submitted_by)
        self._check_lease(record)
        serialized = self.serialized.get(record.item_code, bool(record.serial_numbers))
        line = LineCount(record.verified_qty, record.damage_qty, tuple(record.serial_numbers))
        problems = line_problems(line, serialized=serialized)
        duplicates = [p for p in problems if p.code == "duplicate_serial"]
        others = [p for p in problems if p.code != "duplicate_serial"]
        if others:
            raise _Refused(
                contract.ConflictType.INVALID_QUANTITY,
                " ".join(p.sentence for p in others),
                {"problems": [p.code for p in others]},
                {},
            )
        if duplicates:
            raise _Refused(
                contract.ConflictType.DUPLICATE_SERIAL,
                duplicates[0].sentence,
                contract.DuplicateSerialDetails(within_record=True).model_dump(exclude_none=True),
                {},
            )
        for serial in record.serial_numbers:
            owner = self.serial_owner.get((record.item_code, serial))
            if owner is not None and owner != record.client_record_id:
                other = self.existing.get(owner) or {"client_record_id": owner}
                # The other line is named by its rack, counter and time: never by its record id.
                details = contract.DuplicateSerialDetails(
                    serial_number=serial,
                    other_rack_id=other.get("rack_id"),
                    other_counted_by=other.get("session_user"),
                    other_counted_at=other.get("updated_at"),
                )
                where = f" on rack {details.other_rack_id}" if details.other_rack_id else ""
                raise _Refused(
                    contract.ConflictType.DUPLICATE_SERIAL,
                    f"Serial {serial} of {record.item_code} is already counted on another line{where}.",
                    details.model_dump(exclude_none=True),
                    _jsonable(other),
                )
        if existing is not None:
            self._check_version(record, existing, submitted_by)

    def _check_owner(self, record: contract.SyncRecord, existing: dict[str, Any] | None, submitted_by: str) -> None:
        """A line goes only into the sender's own session; a stored line changes only as its own counter's."""
        session = self.sessions.get(record.session_id)
        if session is None:
            raise _Refused(
                contract.ConflictType.STALE_LOCK,
                f"The server does not know session {record.session_id} (was it reset?); "
                "a supervisor must decide about this line.",
                {"unknown": f"session {record.session_id}"},
                {},
                orphan=True,
            )
        if session.username != submitted_by:
            raise _Refused(
                contract.ConflictType.RACK_LOCKED,
                f"Session {record.session_id} is not yours: a line goes only into the session of the person "
                "who counts it.",
                {"not_your_session": True},
                {},
                orphan=True,
            )
        if existing is None:
            return
        if existing.get("session_user") != submitted_by:
            raise _Refused(
                contract.ConflictType.VERSION_CONFLICT,
                "Another person's line has this id already; a line is changed only by the person who counted it.",
                {"not_your_line": True},
                _jsonable(existing),
            )
        changed = [name for name in _IMMUTABLE if existing[name] != getattr(record, name)]
        if changed:
            raise _Refused(
                contract.ConflictType.VERSION_CONFLICT,
                f"A different line ({', '.join(changed)}) has this id already; a line's id cannot be reused.",
                {"changed": changed},
                _jsonable(existing),
            )

    def _check_lease(self, record: contract.SyncRecord) -> None:
        """The line's session must be the rack's current, live session, and its token the current one."""
        session = self.sessions[record.session_id]
        rack = self.racks.get(record.rack_id)
        if rack is None or session.rack_id != record.rack_id:
            raise _Refused(
                contract.ConflictType.RACK_LOCKED,
                f"Session {session.id} counts rack {session.rack_id}, not {record.rack_id}.",
                {"session_rack_id": session.rack_id},
                {"rack_id": record.rack_id},
            )
        rack_side = {"rack_id": rack.rack_id, "lock_token": rack.lock_token, "session_id": rack.session_id,
                     "claimed_by": rack.claimed_by, "status": rack.status}  # fmt: skip
        current = rack.session_id == session.id and session.status in LIVE_SESSION
        if not current and record.lock_token is None and rack.status in ("active", "paused"):
            # A StockVerify-era client knows no fencing tokens: answer in its own terms.
            raise _Refused(
                contract.ConflictType.RACK_LOCKED,
                f"Rack {rack.rack_id} is being counted by {rack.claimed_by} in another session.",
                {},
                rack_side,
            )
        if not current:
            raise _Refused(
                contract.ConflictType.STALE_LOCK,
                f"Session {session.id} is no longer counting rack {rack.rack_id} ({_ended(session.status)}); "
                "a supervisor must decide about this line.",
                {"record_lock_token": record.lock_token, "session_status": session.status},
                rack_side,
            )
        if record.lock_token is not None and record.lock_token != rack.lock_token:
            raise _Refused(
                contract.ConflictType.STALE_LOCK,
                f"Rack {rack.rack_id} was taken by another session since this line was counted.",
                {"record_lock_token": record.lock_token},
                rack_side,
            )

    @staticmethod
    def _check_version(record: contract.SyncRecord, existing: dict[str, Any], submitted_by: str) -> None:
        """A stored line changes only from the version it is at now.

        One exception: the sender's own later edit after an answer it never stored (lost, or its disk
        was full) carries an older version, or none; it is taken when it is newer than the stored
        line. A replay of an older copy is not newer, so it cannot roll the line back.
        """
        if record.base_version == existing["version"]:
            return
        lost_ack = (
            (record.base_version is None or record.base_version < existing["version"])
            and existing.get("submitted_by") == submitted_by
            and record.updated_at.timestamp() > existing["updated_at"]
        )
        if lost_ack:
            return
        raise _Refused(
            contract.ConflictType.VERSION_CONFLICT,
            f"This line changed on the server (version {existing['version']}) since the station's copy "
            f"(version {record.base_version if record.base_version is not None else 'none'}).",
            {"server_version": existing["version"], "base_version": record.base_version},
            _jsonable(existing),
        )

    def stored(self, row: dict[str, Any], version: int) -> None:
        self.existing[row["client_record_id"]] = {**row, "version": version}
        for serial in row["serial_numbers"]:
            self.serial_owner[(row["item_code"], serial)] = row["client_record_id"]


def _ended(status: str) -> str:
    return {"completed": "it was completed", "superseded": "another session took the rack"}.get(
        status, f"the session is {status}"
    )


@dataclass
class _Quota:
    """How many more conflicts for sessions not theirs a sender may leave pending."""

    left: int

    @classmethod
    def load(cls, conn: Connection, username: str) -> _Quota:
        cf = db.conflicts.c
        own_sessions = select(db.sessions.c.id).where(db.sessions.c.username == username)
        query = select(func.count()).where(
            cf.status == "pending",
            cf.local_data["submitted_by"].as_string() == username,
            cf.session_id.not_in(own_sessions),
        )
        return cls(MAX_ORPHAN_CONFLICTS - conn.execute(query).scalar_one())


def _keep(
    conn: Connection,
    record: contract.SyncRecord,
    row: dict[str, Any],
    refusal: _Refused,
    submitted_by: str,
    now: float,
    quota: _Quota | None,
) -> bool:
    """Keep the conflict for a supervisor; whether it is kept (a spent quota keeps no new one)."""
    local = _jsonable({**row, "base_version": record.base_version, "submitted_by": submitted_by})
    values = {
        "client_record_id": record.client_record_id,
        "conflict_type": refusal.kind.value,
        "rack_id": record.rack_id,
        "session_id": record.session_id,
        "message": refusal.message,
        "local_data": local,
        "server_data": refusal.server_data,
        "detected_at": now,
    }
    may_add = quota is None or quota.left > 0
    kept = keep_conflict(conn, values, may_add=may_add)
    if kept and quota is not None and may_add:
        quota.left -= 1
    return kept


def _over_quota(record: contract.SyncRecord) -> contract.SyncErrorEntry:
    return contract.SyncErrorEntry(
        client_record_id=record.client_record_id,
        error_type="conflict_quota",
        message=f"{MAX_ORPHAN_CONFLICTS} of your lines for sessions that are not yours already wait for a "
        "supervisor; this one is kept on the station and sent again later.",
    )


def _chunked(conn: Connection, statement: Select[Any], name: str, values: Iterable[Any]) -> Sequence[Any]:
    """Rows of ``statement`` for every value, in ``IN`` lists of at most ``IN_CHUNK`` values."""
    values = list(values)
    rows: list[Any] = []
    for start in range(0, len(values), IN_CHUNK):
        rows += conn.execute(statement, {name: values[start : start + IN_CHUNK]}).all()
    return rows


def _jsonable(data: dict[str, Any]) -> dict[str, Any]:
    return {k: (list(v) if isinstance(v, tuple) else v) for k, v in data.items()}


# Built once, with expanding parameters: SQLAlchemy reuses them without rebuilding or re-keying.
_SESSIONS = select(db.sessions).where(db.sessions.c.id.in_(bindparam("ids", expanding=True)))
# FOR SHARE (PostgreSQL; SQLite's BEGIN IMMEDIATE already serialises): a claim that bumps a rack's
# fencing token waits until this batch, which checked the token, has committed.
_RACKS = select(db.racks).where(db.racks.c.rack_id.in_(bindparam("ids", expanding=True))).with_for_update(read=True)
# Each stored line comes with the user of its session: whose line it is, read in the same query.
_RECORDS = (
    select(db.records, db.sessions.c.username.label("session_user"))
    .outerjoin(db.sessions, db.sessions.c.id == db.records.c.session_id)
    .where(db.records.c.client_record_id.in_(bindparam("ids", expanding=True)))
)
_ITEMS = select(db.items.c.item_code, db.items.c.serialized).where(
    db.items.c.item_code.in_(bindparam("ids", expanding=True))
)
_OWNERS = select(db.serials).where(
    tuple_(db.serials.c.item_code, db.serials.c.serial).in_(bindparam("pairs", expanding=True))
)
