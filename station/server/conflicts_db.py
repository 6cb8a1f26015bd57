"""Conflicts a supervisor resolves: listing them, and applying a resolution with an audit line."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, func, insert, select, update

from station import contract
from station.domain.records import LineCount, line_problems
from station.server import db
from station.server.errors import ApiError
from station.server.racks_db import audit

_RECORD_COLUMNS = {column.name for column in db.records.columns} - {"version", "submitted_by", "received_at"}


def to_wire(row: Any, settled_line: contract.SettledLine | None = None) -> contract.ServerConflict:
    return contract.ServerConflict.model_validate({**row._mapping, "settled_line": settled_line})


def settled_lines(conn: Connection, record_ids: set[str]) -> dict[str, contract.SettledLine]:
    """The lines as the server holds them now (a line it does not hold is version 0, counting nothing)."""
    r = db.records.c
    query = select(r.client_record_id, r.verified_qty, r.damage_qty, r.serial_numbers, r.version)
    held = {
        row.client_record_id: contract.SettledLine.model_validate(dict(row._mapping))
        for row in conn.execute(query.where(r.client_record_id.in_(record_ids)))
    }
    return {record_id: held.get(record_id, contract.SettledLine()) for record_id in record_ids}


def list_conflicts(conn: Connection, status: str, *, limit: int, offset: int = 0) -> list[contract.ServerConflict]:
    """One page of conflicts grouped by rack and session, oldest first, each with who counted the line."""
    cf = db.conflicts.c
    sent_by = cf.local_data["submitted_by"].as_string()
    query = (
        # Who sent the line (kept since the server checks ownership), else whose session it names.
        select(db.conflicts, func.coalesce(sent_by, db.sessions.c.username).label("counted_by"))
        .outerjoin(db.sessions, db.sessions.c.id == cf.session_id)
        .order_by(cf.rack_id, cf.session_id, cf.detected_at, cf.id)
        .limit(limit)
        .offset(offset)
    )
    if status != "all":
        query = query.where(cf.status == status)
    rows = list(conn.execute(query))
    settled = {row.client_record_id for row in rows if row.status != contract.ConflictStatus.PENDING}
    lines = settled_lines(conn, settled) if settled else {}
    return [to_wire(row, lines.get(row.client_record_id)) for row in rows]


def rack_history(conn: Connection, rack_id: str) -> list[contract.AuditEntry]:
    """What supervisors did on a rack: releases, and every conflict of it they settled."""
    a = db.audit.c
    conflict_ids = select(db.conflicts.c.id).where(db.conflicts.c.rack_id == rack_id)
    records = select(db.records.c.client_record_id).where(db.records.c.rack_id == rack_id)
    query = (
        select(a.at, a.actor, a.action, a.subject, a.note)
        .where((a.subject == rack_id) | a.subject.in_(conflict_ids) | a.subject.in_(records))
        .order_by(a.at, a.id)
    )
    return [contract.AuditEntry.model_validate(dict(row._mapping)) for row in conn.execute(query)]


def resolve(
    conn: Connection, conflict_id: str, body: contract.ConflictResolution, actor: str, now: float
) -> contract.ServerConflict:
    """Apply a supervisor's decision; the record as it was and as it is now go to the audit table.

    Raises:
        ApiError: 404 for an unknown conflict, 409 for one already settled, 422 for a recount that
            breaks the record rules.
    """
    conflict = conn.execute(select(db.conflicts).where(db.conflicts.c.id == conflict_id)).first()
    if conflict is None:
        raise ApiError(404, f"There is no conflict {conflict_id}.")
    if conflict.status != contract.ConflictStatus.PENDING:
        raise ApiError(
            409, f"Conflict {conflict_id} was settled already ({conflict.resolution} by {conflict.resolved_by})."
        )
    before = _record(conn, conflict.client_record_id)
    local = {k: v for k, v in conflict.local_data.items() if k in _RECORD_COLUMNS}
    if body.resolution is contract.Resolution.ACCEPT_LOCAL:
        _put(conn, local, before, actor, now, take_serials=True)
    elif body.resolution is contract.Resolution.MERGE:
        assert body.merged_data is not None  # the request model insists
        merged = {**local, **body.merged_data.model_dump()}
        _check_recount(conn, merged)
        _put(conn, merged, before, actor, now, take_serials=False)
    after = _record(conn, conflict.client_record_id)
    status = (
        contract.ConflictStatus.IGNORED
        if body.resolution is contract.Resolution.IGNORE
        else contract.ConflictStatus.RESOLVED
    )
    conn.execute(
        update(db.conflicts)
        .where(db.conflicts.c.id == conflict_id)
        .values(
            status=status.value,
            resolution=body.resolution.value,
            resolution_note=body.resolution_note,
            resolved_by=actor,
            resolved_at=now,
        )
    )
    audit(
        conn,
        actor,
        f"resolve:{body.resolution.value}",
        conflict_id,
        now,
        body.resolution_note,
        before=before,
        after=after,
    )
    resolved = conn.execute(select(db.conflicts).where(db.conflicts.c.id == conflict_id)).one()
    return to_wire(resolved, settled_lines(conn, {conflict.client_record_id})[conflict.client_record_id])


def _record(conn: Connection, record_id: str) -> dict[str, Any] | None:
    row = conn.execute(select(db.records).where(db.records.c.client_record_id == record_id)).first()
    return dict(row._mapping) if row else None


def _check_recount(conn: Connection, merged: dict[str, Any]) -> None:
    serialized = conn.execute(select(db.items.c.serialized).where(db.items.c.item_code == merged["item_code"])).scalar()
    line = LineCount(merged["verified_qty"], merged["damage_qty"], tuple(merged["serial_numbers"]))
    problems = line_problems(line, serialized=bool(serialized) if serialized is not None else bool(line.serials))
    if problems:
        raise ApiError(422, "The recount is not valid: " + " ".join(p.sentence for p in problems))
    for serial in merged["serial_numbers"]:
        owner = _serial_owner(conn, merged["item_code"], serial)
        if owner not in (None, merged["client_record_id"]):
            raise ApiError(
                409,
                f"Serial {serial} is counted on another line; "
                "leave it out of the recount, or keep the station's count.",
            )


def _serial_owner(conn: Connection, item_code: str, serial: str) -> str | None:
    s = db.serials.c
    return conn.execute(select(s.client_record_id).where(s.item_code == item_code, s.serial == serial)).scalar()


def _put(
    conn: Connection, row: dict[str, Any], before: dict[str, Any] | None, actor: str, now: float, *, take_serials: bool
) -> None:
    """Store ``row`` as the record; with ``take_serials`` its serials move off any other line."""
    record_id = row["client_record_id"]
    if take_serials:
        for serial in row["serial_numbers"]:
            owner = _serial_owner(conn, row["item_code"], serial)
            if owner not in (None, record_id):
                _drop_serial(conn, owner, serial, actor, now)
    values = {**row, "submitted_by": actor, "received_at": now}
    if before is None:
        conn.execute(insert(db.records).values(**values, version=1))
    else:
        conn.execute(
            update(db.records)
            .where(db.records.c.client_record_id == record_id)
            .values(**values, version=before["version"] + 1)
        )
    conn.execute(db.serials.delete().where(db.serials.c.client_record_id == record_id))
    if row["serial_numbers"]:
        conn.execute(
            insert(db.serials),
            [
                {"item_code": row["item_code"], "serial": s, "client_record_id": record_id}
                for s in row["serial_numbers"]
            ],
        )


def _drop_serial(conn: Connection, record_id: str, serial: str, actor: str, now: float) -> None:
    """Take one serial (and the piece it stands for) off another line, audited."""
    other = _record(conn, record_id)
    if other is None:
        return
    serials = [s for s in other["serial_numbers"] if s != serial]
    verified = max(0, other["verified_qty"] - 1)
    conn.execute(
        update(db.records)
        .where(db.records.c.client_record_id == record_id)
        .values(
            serial_numbers=serials,
            verified_qty=verified,
            damage_qty=min(other["damage_qty"], verified),
            version=other["version"] + 1,
        )
    )
    conn.execute(db.serials.delete().where(db.serials.c.client_record_id == record_id, db.serials.c.serial == serial))
    audit(conn, actor, "move-serial", record_id, now, f"serial {serial} moved to another line", before=other)
