"""Conflicts the server refused, and the supervisors' decisions on them until the server has them.

A decision is written here first (``decide``), whether or not the server can be reached, and is
"resolved here, not yet sent" until the server takes it (``sent``). Only then does the line leave
the blocked state: it becomes what the server holds after the decision, marked with the decision.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, insert, select, update

from station import contract
from station.domain.clock import Clock, utc_iso
from station.said import Said, kept, readable
from station.store.database import Store
from station.store.schema import conflicts, records, resolutions, sync_state

PENDING, DECIDED, RESOLVED = "pending", "decided", "resolved"


@dataclass(frozen=True)
class Decision:
    """What a supervisor decided about one conflict.

    ``conflict_id`` is this station's conflict, ``server_conflict_id`` the server's; at least one is set.
    """

    resolution: contract.Resolution
    note: str
    decided_by: str
    conflict_id: int | None = None
    server_conflict_id: str | None = None
    merged: contract.MergedCount | None = None


@dataclass(frozen=True)
class Unsent:
    """A decision kept at this station that the server does not have yet."""

    id: int
    decision: Decision
    client_record_id: str | None
    conflict_type: str | None
    decided_at: str
    last_error: str | None


@dataclass(frozen=True)
class LocalConflict:
    """A line the server refused, as this station sent it."""

    id: int
    client_record_id: str
    conflict_type: str
    message: str
    details: dict[str, Any]
    sent: dict[str, Any]
    detected_at: str
    status: str
    server_conflict_id: str | None
    item_name: str
    username: str
    decision: Decision | None
    last_error: str | None


class Conflicts:
    """This station's refused lines and the decisions on them."""

    def __init__(self, store: Store, clock: Clock) -> None:
        self._store = store
        self._clock = clock

    def open(self) -> list[LocalConflict]:
        """Conflicts waiting for a decision, or decided here and not yet sent, oldest first."""
        cf, r = conflicts.c, records.c
        query = (
            select(conflicts, r.item_name, r.username)
            .outerjoin(records, r.client_record_id == cf.client_record_id)
            .where(cf.status.in_((PENDING, DECIDED)))
            .order_by(cf.id)
        )
        rz = resolutions.c
        refused = select(rz.conflict_id, rz.last_error).where(rz.sent_at == "withdrawn").order_by(rz.id)
        with self._store.read() as conn:
            rows = [row._mapping for row in conn.execute(query)]
            decided = {u.decision.conflict_id: u for u in _unsent(conn)}
            why_refused = {row.conflict_id: readable(row.last_error) for row in conn.execute(refused)}  # latest wins
        return [_conflict(row, decided.get(row["id"]), why_refused.get(row["id"])) for row in rows]

    def link(self, server_ids: dict[int, str]) -> None:
        """Remember which of the server's conflicts each local one is."""
        with self._store.write() as conn:
            for local_id, server_id in server_ids.items():
                conn.execute(update(conflicts).where(conflicts.c.id == local_id).values(server_conflict_id=server_id))

    def decide(self, decisions: list[Decision]) -> list[int]:
        """Keep the decisions (all or none) before anything is sent; their ids, in order."""
        now = utc_iso(self._clock.wall())
        ids = []
        with self._store.write() as conn:
            for d in decisions:
                merged = d.merged.model_dump_json() if d.merged is not None else None
                kept = conn.execute(
                    insert(resolutions).values(
                        conflict_id=d.conflict_id, server_conflict_id=d.server_conflict_id,
                        resolution=d.resolution.value, merged_data=merged, note=d.note,
                        decided_by=d.decided_by, decided_at=now,
                    )
                )  # fmt: skip
                ids.append(int(kept.lastrowid))
                if d.conflict_id is not None:
                    conn.execute(update(conflicts).where(conflicts.c.id == d.conflict_id).values(status=DECIDED))
        return ids

    def unsent(self) -> list[Unsent]:
        """Decisions the server does not have yet, oldest first."""
        with self._store.read() as conn:
            return _unsent(conn)

    def sent(self, resolution_id: int, held: contract.SettledLine | None, *, resolution: str | None = None) -> None:
        """The server took the decision: the conflict is settled, and its line becomes what was decided.

        ``held`` is the line as the server holds it now, when the server says (``None`` when it does
        not); ``resolution`` the decision the server kept when someone else had settled it first.
        """
        now = utc_iso(self._clock.wall())
        with self._store.write() as conn:
            row = conn.execute(select(resolutions).where(resolutions.c.id == resolution_id)).one()
            done = update(resolutions).where(resolutions.c.id == resolution_id)
            conn.execute(done.values(sent_at=now, last_error=None))
            if row.conflict_id is None:
                return
            decided = resolution or row.resolution
            merged = row.merged_data if decided == row.resolution else None
            _settle(conn, row.conflict_id, decided, merged, held, now)

    def settled_elsewhere(self, settled: list[tuple[int, str, contract.SettledLine | None]]) -> None:
        """The server says someone settled these at another station: (conflict, their decision, the line
        as the server holds it). Their lines become what was decided there."""
        now = utc_iso(self._clock.wall())
        with self._store.write() as conn:
            for conflict_id, resolution, held in settled:
                _settle(conn, conflict_id, resolution, None, held, now)

    def failed(self, resolution_id: int, sentence: Said | str) -> None:
        """The server could not take the decision yet; it stays kept, with the reason (kept in no
        language: it is read back in the station's language of the moment)."""
        with self._store.write() as conn:
            conn.execute(update(resolutions).where(resolutions.c.id == resolution_id).values(last_error=kept(sentence)))

    def withdraw(self, resolution_id: int, sentence: Said | str) -> None:
        """The server refused the decision itself (a recount that breaks a rule): the conflict is
        open again, and the reason is kept on the decision for the next supervisor to read."""
        with self._store.write() as conn:
            row = conn.execute(select(resolutions).where(resolutions.c.id == resolution_id)).one()
            conn.execute(
                update(resolutions)
                .where(resolutions.c.id == resolution_id)
                .values(sent_at="withdrawn", last_error=kept(sentence))
            )
            if row.conflict_id is not None:
                conn.execute(update(conflicts).where(conflicts.c.id == row.conflict_id).values(status=PENDING))


def _unsent(conn: Connection) -> list[Unsent]:
    rz, cf = resolutions.c, conflicts.c
    query = (
        select(resolutions, cf.client_record_id, cf.conflict_type)
        .outerjoin(conflicts, cf.id == rz.conflict_id)
        .where(rz.sent_at.is_(None))
        .order_by(rz.id)
    )
    return [
        Unsent(
            id=row.id,
            decision=Decision(
                resolution=contract.Resolution(row.resolution),
                note=row.note,
                decided_by=row.decided_by,
                conflict_id=row.conflict_id,
                server_conflict_id=row.server_conflict_id,
                merged=contract.MergedCount.model_validate_json(row.merged_data) if row.merged_data else None,
            ),
            client_record_id=row.client_record_id,
            conflict_type=row.conflict_type,
            decided_at=row.decided_at,
            last_error=readable(row.last_error) or None,
        )
        for row in conn.execute(query)
    ]


def _settle(
    conn: Connection, conflict_id: int, resolution: str, merged_json: str | None,
    held: contract.SettledLine | None, now: str,
) -> None:  # fmt: skip
    conflict = conn.execute(select(conflicts).where(conflicts.c.id == conflict_id)).one()
    conn.execute(update(conflicts).where(conflicts.c.id == conflict_id).values(status=RESOLVED))
    line = conn.execute(select(records).where(records.c.client_record_id == conflict.client_record_id)).first()
    if line is None:
        return
    sent = json.loads(conflict.local_data)
    if (line.verified_qty, line.damage_qty, json.loads(line.serial_numbers)) != (
        sent.get("verified_qty"), sent.get("damage_qty"), sent.get("serial_numbers"),
    ):  # fmt: skip
        _newer_than_decided(conn, line, held)
    else:
        _settle_line(conn, line, resolution, merged_json, held, now)


def _newer_than_decided(conn: Connection, line: Any, held: contract.SettledLine | None) -> None:
    """The line counted more after it was refused (a station of an earlier version let it): the decision
    was on an older copy, so it does not settle this one. The line keeps its count and goes again, on
    top of what the server holds now; if the server refuses it again, a supervisor sees this count."""
    version = held.version or None if held is not None else line.server_version
    conn.execute(
        update(records).where(records.c.client_record_id == line.client_record_id).values(server_version=version)
    )
    _unblock(conn, line.client_record_id)


def _settle_line(
    conn: Connection, line: Any, resolution: str, merged_json: str | None,
    held: contract.SettledLine | None, now: str,
) -> None:  # fmt: skip
    """The line becomes what the server holds after the decision, so that the station and the server
    agree: the server's copy when it says; else the recount, the line itself (its own count was kept),
    or nothing (the server's was kept, and it never took this line). Settled, it is never sent again."""
    ours = (line.verified_qty, line.damage_qty, json.loads(line.serial_numbers))
    version = line.server_version
    if held is not None:
        count, version = (held.verified_qty, held.damage_qty, held.serial_numbers), held.version or None
    elif merged_json:
        merged = json.loads(merged_json)
        count = (merged["verified_qty"], merged.get("damage_qty", 0), merged.get("serial_numbers", []))
    elif resolution == contract.Resolution.ACCEPT_LOCAL or line.server_version is not None:
        count = ours
    else:
        count = (0, 0, [])
    rev = line.local_rev + (count != ours)
    values: dict[str, Any] = {
        "verified_qty": count[0], "damage_qty": count[1], "serial_numbers": json.dumps(list(count[2])),
        "local_rev": rev, "synced_rev": rev, "server_version": version, "settled": resolution,
    }  # fmt: skip
    if count != ours:
        values["updated_at"] = now
    conn.execute(update(records).where(records.c.client_record_id == line.client_record_id).values(**values))
    _unblock(conn, line.client_record_id)


def _unblock(conn: Connection, record_id: str) -> None:
    conn.execute(
        update(sync_state)
        .where(sync_state.c.client_record_id == record_id)
        .values(blocked=False, stalled=False, attempts=0, next_attempt_at=0.0, last_error=None)
    )


def _conflict(row: Any, unsent: Unsent | None, refused: str | None) -> LocalConflict:
    sent = json.loads(row["local_data"])
    return LocalConflict(
        id=row["id"],
        client_record_id=row["client_record_id"],
        conflict_type=row["conflict_type"],
        message=row["message"],
        details=json.loads(row["details"]),
        sent=sent,
        detected_at=row["detected_at"],
        status=row["status"],
        server_conflict_id=row["server_conflict_id"],
        item_name=row["item_name"] or sent.get("item_code", ""),
        username=row["username"] or "",
        decision=unsent.decision if unsent else None,
        last_error=unsent.last_error if unsent else refused,
    )
