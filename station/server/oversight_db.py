"""Oversight reads: progress per floor and overall, the whole count's summary, a session's lines, a rack's history."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import Connection, func, select

from station import contract
from station import contract_oversight as o
from station.server import conflicts_db, db
from station.server import racks_db as rdb
from station.server.tolerances import Tolerances
from station.server.variance import RackCount, floor_variance, lines, rack_counts, rack_totals

MAX_LINES_PAGE = 500


def progress(conn: Connection, now: float, counts: Sequence[RackCount] | None = None) -> o.CountProgress:
    """Racks free, counting, paused, done and to recount; lines and pieces of their current counts; who counts."""
    counts = rack_counts(conn) if counts is None else counts
    sessions = [count.session_id for count in counts if count.session_id]
    r = db.records.c
    totals = {
        session: (int(n), int(pieces or 0))
        for session, n, pieces in conn.execute(
            select(r.session_id, func.count(), func.sum(r.verified_qty))
            .where(r.session_id.in_(sessions))
            .group_by(r.session_id)
        )
    }
    s = db.sessions.c
    live = conn.execute(select(s.floor, s.username).where(s.status.in_(("active", "paused")))).all()
    floors = rdb.floors(conn)
    by_floor = {floor: [c for c in counts if c.floor == floor] for floor in floors}
    return o.CountProgress(
        overall=_progress("", counts, totals, live),
        floors=[_progress(floor, by_floor[floor], totals, [x for x in live if x.floor == floor]) for floor in floors],
        at=now,
    )


def _progress(
    floor: str, counts: Sequence[RackCount], totals: dict[str, tuple[int, int]], live: Sequence[object]
) -> o.Progress:
    states = [count.state for count in counts]
    done = states.count(o.CountState.DONE)
    read = [totals.get(count.session_id or "", (0, 0)) for count in counts]
    return o.Progress(
        floor=floor, racks=len(counts), free=states.count(o.CountState.FREE),
        counting=states.count(o.CountState.COUNTING), paused=states.count(o.CountState.PAUSED), done=done,
        to_recount=states.count(o.CountState.TO_RECOUNT),
        awaiting_approval=sum(count.awaiting_approval for count in counts),
        percent_done=round(done * 100 / len(counts), 1) if counts else 0.0,
        lines=sum(n for n, _ in read), pieces=sum(p for _, p in read),
        counters=sorted({x.username for x in live}),  # type: ignore[attr-defined]
        stations=len(live),
    )  # fmt: skip


def summary(conn: Connection, tolerances: Tolerances, now: float) -> o.CountSummary:
    """The whole count: progress, and each floor's variance in totals over its finished racks."""
    counts = rack_counts(conn)
    by_rack = lines(conn, counts)
    floors: list[o.FloorTotals] = []
    for floor in rdb.floors(conn):
        racks = [rack_totals(c, by_rack[c.rack_id], tolerances) for c in counts if c.floor == floor]
        finished = [rack for rack in racks if rack.finished]
        floors.append(
            o.FloorTotals(
                floor=floor, racks=len(racks), racks_finished=len(finished),
                expected=sum(r.expected for r in finished), counted=sum(r.counted for r in finished),
                difference=sum(r.difference for r in finished), value=round(sum(r.value for r in finished), 2),
                racks_over_tolerance=sum(r.over_tolerance for r in finished),
            )
        )  # fmt: skip
    return o.CountSummary(
        progress=progress(conn, now, counts), floors=floors, expected=sum(f.expected for f in floors),
        counted=sum(f.counted for f in floors), difference=sum(f.difference for f in floors),
        value=round(sum(f.value for f in floors), 2), racks_over_tolerance=sum(f.racks_over_tolerance for f in floors),
        at=now,
    )  # fmt: skip


def floor_variances(conn: Connection, tolerances: Tolerances, floor: str | None = None) -> list[o.FloorVariance]:
    """Every floor's variance (or one floor's), in building order."""
    names = [floor] if floor is not None else rdb.floors(conn)
    return [v for v in (floor_variance(conn, name, tolerances) for name in names) if v is not None]


def session_lines(conn: Connection, session: rdb.SessionRow, offset: int, limit: int) -> o.SessionLines:
    """One page of a session's lines, oldest first, with the items' names."""
    r, i = db.records.c, db.items.c
    total = conn.execute(select(func.count()).where(r.session_id == session.id)).scalar_one()
    query = (
        select(r.client_record_id, r.item_code, func.coalesce(i.name, "").label("name"), r.barcode, r.verified_qty,
               r.damage_qty, r.serial_numbers, r.status, r.manual_entry, r.version, r.updated_at)
        .select_from(db.records.outerjoin(db.items, i.item_code == r.item_code))
        .where(r.session_id == session.id)
        .order_by(r.created_at, r.client_record_id)
        .offset(offset)
        .limit(min(limit, MAX_LINES_PAGE))
    )  # fmt: skip
    return o.SessionLines(
        session_id=session.id, rack_id=session.rack_id, username=session.username, total=total, offset=offset,
        limit=min(limit, MAX_LINES_PAGE),
        lines=[o.SessionLine.model_validate(dict(row._mapping)) for row in conn.execute(query)],
    )  # fmt: skip


def rack_history(conn: Connection, rack_id: str) -> list[o.RackHistoryEntry]:
    """Every count of the rack (finished ones included) and every supervisor's act on it, oldest first."""
    s, r = db.sessions.c, db.records.c
    lines_n = select(func.count()).where(r.session_id == s.id).scalar_subquery()
    pieces = select(func.coalesce(func.sum(r.verified_qty), 0)).where(r.session_id == s.id).scalar_subquery()
    counts = [
        o.RackHistoryEntry(
            at=row.started_at,
            actor=row.username,
            action="counted",
            session_id=row.id,
            status=row.status,
            finished_at=row.completed_at,
            lines=row.lines,
            pieces=row.pieces,
        )  # fmt: skip
        for row in conn.execute(
            select(
                s.id, s.username, s.status, s.started_at, s.completed_at, lines_n.label("lines"), pieces.label("pieces")
            ).where(s.rack_id == rack_id)
        )  # fmt: skip
    ]
    acts = [_act(entry) for entry in conflicts_db.rack_history(conn, rack_id)]
    return sorted(counts + acts, key=lambda entry: entry.at)


def _act(entry: contract.AuditEntry) -> o.RackHistoryEntry:
    return o.RackHistoryEntry(at=entry.at, actor=entry.actor, action=entry.action, note=entry.note)
