"""Racks, floors and counting sessions in the server's database (each function runs in one transaction)."""

from __future__ import annotations

import secrets
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, and_, bindparam, func, insert, select, update

from station.server import db

LIVE_SESSION = ("active", "paused", "expired")
"""Session states from which the same user may take the rack back."""


@dataclass(frozen=True)
class RackRow:
    rack_id: str
    floor: str
    status: str
    claimed_by: str | None
    session_id: str | None
    lock_token: int
    updated_at: float
    item_count: int = 0
    counted_count: int = 0
    recount: str | None = None
    """The rack's recount status (station.server.recounts_db), in listings."""
    recount_for: str | None = None


@dataclass(frozen=True)
class SessionRow:
    id: str
    username: str
    rack_id: str
    floor: str
    status: str
    lock_token: int
    started_at: float
    last_heartbeat: float | None
    completed_at: float | None
    item_count: int = 0
    verified_count: int = 0
    station: str | None = None


def new_session_id(username: str, rack_id: str, now: float) -> str:
    """A session id in StockVerify's shape, made unique."""
    return f"session_{username}_{rack_id}_{int(now)}_{secrets.token_hex(3)}"


def _rack(row: Any) -> RackRow:
    return RackRow(**row._mapping)


def floors(conn: Connection) -> list[str]:
    """Floor names in building order (the order of their first rack)."""
    first = func.min(db.racks.c.position)
    query = select(db.racks.c.floor).group_by(db.racks.c.floor).order_by(first)
    return [row.floor for row in conn.execute(query)]


def get_rack(conn: Connection, rack_id: str, *, counts: bool = True) -> RackRow | None:
    """One rack; ``counts`` adds its expected and counted lines (claiming needs neither)."""
    row = conn.execute(_RACK_COUNTED if counts else _RACK, {"b_rack": rack_id}).first()
    return _rack(row) if row else None


def racks_on_floor(conn: Connection, floor: str) -> list[RackRow]:
    query = _rack_query().where(db.racks.c.floor == floor).order_by(db.racks.c.position)
    return [_rack(row) for row in conn.execute(query)]


def racks_by_id(conn: Connection, rack_ids: Sequence[str]) -> list[RackRow]:
    query = _rack_query().where(db.racks.c.rack_id.in_(rack_ids)).order_by(db.racks.c.position)
    return [_rack(row) for row in conn.execute(query)]


def _rack_query() -> Any:
    """Racks with their expected item count and the lines counted in their latest session, as
    correlated subqueries on indexed columns: one statement, not one query per rack."""
    r = db.racks.c
    expected = select(func.count()).where(db.items.c.rack_id == r.rack_id).scalar_subquery()
    counted = select(func.count()).where(db.records.c.session_id == r.session_id).scalar_subquery()
    recount = select(db.recounts.c.status).where(db.recounts.c.rack_id == r.rack_id).scalar_subquery()
    recount_for = select(db.recounts.c.assigned_to).where(db.recounts.c.rack_id == r.rack_id).scalar_subquery()
    return select(*_RACK_COLUMNS, expected.label("item_count"), counted.label("counted_count"),
                  recount.label("recount"), recount_for.label("recount_for"))  # fmt: skip


_RACK_COLUMNS = (
    db.racks.c.rack_id,
    db.racks.c.floor,
    db.racks.c.status,
    db.racks.c.claimed_by,
    db.racks.c.session_id,
    db.racks.c.lock_token,
    db.racks.c.updated_at,
)


def get_session(conn: Connection, session_id: str, *, totals: bool = False) -> SessionRow | None:
    """One session; with ``totals`` also its counted lines and pieces (a heartbeat needs neither)."""
    row = conn.execute(_SESSION_TOTALS if totals else _SESSION, {"b_session": session_id}).first()
    return SessionRow(**row._mapping) if row else None


def list_sessions(
    conn: Connection, *, username: str | None, statuses: Sequence[str] | None, limit: int = 200
) -> list[SessionRow]:
    query = _session_query(True)
    if username is not None:
        query = query.where(db.sessions.c.username == username)
    if statuses is not None:
        query = query.where(db.sessions.c.status.in_(statuses))
    query = query.order_by(db.sessions.c.started_at.desc()).limit(limit)
    return [SessionRow(**row._mapping) for row in conn.execute(query)]


def _session_query(totals: bool) -> Any:
    s = db.sessions.c
    columns: list[Any] = [s.id, s.username, s.rack_id, s.floor, s.status, s.lock_token, s.started_at, s.last_heartbeat,
               s.completed_at, s.station]  # fmt: skip
    if totals:
        mine = db.records.c.session_id == s.id
        lines = select(func.count()).where(mine).scalar_subquery()
        pieces = select(func.coalesce(func.sum(db.records.c.verified_qty), 0)).where(mine).scalar_subquery()
        columns += [lines.label("item_count"), pieces.label("verified_count")]
    return select(*columns)


def session_totals(conn: Connection, session_id: str) -> dict[str, int]:
    """Pieces counted and damaged in a session, and expected items of its rack not counted yet."""
    r = db.records.c
    pieces, damaged = conn.execute(
        select(func.coalesce(func.sum(r.verified_qty), 0), func.coalesce(func.sum(r.damage_qty), 0)).where(
            r.session_id == session_id
        )
    ).one()
    rack_id = select(db.sessions.c.rack_id).where(db.sessions.c.id == session_id).scalar_subquery()
    counted_items = select(r.item_code).where(r.session_id == session_id)
    pending = conn.execute(
        select(func.count())
        .select_from(db.items)
        .where(and_(db.items.c.rack_id == rack_id, db.items.c.item_code.not_in(counted_items)))
    ).scalar_one()
    return {"pieces": int(pieces), "damaged": int(damaged), "pending": int(pending)}


def take_rack(
    conn: Connection,
    rack: RackRow,
    session_id: str,
    username: str,
    token: int,
    now: float,
    *,
    resumed: bool,
    station: str | None = None,
    previous_live: bool = True,
) -> None:
    """Record that ``session_id`` holds ``rack`` with fencing token ``token``.

    ``resumed`` says the session exists already (the caller took its own rack back). The rack's
    previous session, if it was another one and still live, is marked superseded; ``previous_live``
    False says it was read ended already (an ended session never comes back), so no statement is spent
    on it. ``station`` (X-Station-Name), when given, is kept with the session, in the statement that
    writes it.
    """
    if rack.session_id and rack.session_id != session_id and previous_live:
        conn.execute(_SUPERSEDE, {"b_session": rack.session_id, "b_now": now})
    if resumed:
        resume = {"b_session": session_id, "b_token": token, "b_now": now}
        if station:
            conn.execute(_RESUME_AT, {**resume, "b_station": station})
        else:
            conn.execute(_RESUME, resume)
    else:
        conn.execute(
            insert(db.sessions),
            {"id": session_id, "username": username, "rack_id": rack.rack_id, "floor": rack.floor, "status": "active",
             "lock_token": token, "started_at": now, "last_heartbeat": now, "station": station},
        )  # fmt: skip
    conn.execute(
        _TAKE, {"b_rack": rack.rack_id, "b_user": username, "b_session": session_id, "b_token": token, "b_now": now}
    )


def heartbeat_seen(conn: Connection, session: SessionRow, now: float) -> None:
    """A renewal succeeded after a lapse: the session is active again, and so is the rack if the
    sweeper had freed it meanwhile."""
    conn.execute(_HEARD, {"b_session": session.id, "b_now": now})
    conn.execute(
        _RETAKEN, {"b_rack": session.rack_id, "b_session": session.id, "b_user": session.username, "b_now": now}
    )


def end_session(conn: Connection, session: SessionRow, status: str, now: float) -> None:
    """Mark a session ended (completed, superseded, lost)."""
    conn.execute(
        update(db.sessions)
        .where(and_(db.sessions.c.id == session.id, db.sessions.c.status.in_(LIVE_SESSION)))
        .values(status=status, completed_at=now)
    )


def finish_rack(conn: Connection, session: SessionRow, now: float, *, finished: bool = True) -> str:
    """The rack's session is over: the rack is completed (counted, zero if nothing was) when its counter
    ``finished`` it; given up by someone else (a supervisor's release), completed only if it counted anything."""
    counted = (
        finished
        or conn.execute(
            select(func.count()).select_from(db.records).where(db.records.c.session_id == session.id)
        ).scalar_one()
    )
    end_session(conn, session, "completed", now)
    status = "completed" if counted else "available"
    conn.execute(
        update(db.racks)
        .where(and_(db.racks.c.rack_id == session.rack_id, db.racks.c.session_id == session.id))
        .values(status=status, claimed_by=None, updated_at=now)
    )
    return status


def set_paused(conn: Connection, session: SessionRow, paused: bool, now: float) -> None:
    conn.execute(
        update(db.sessions)
        .where(db.sessions.c.id == session.id)
        .values(status="paused" if paused else "active", last_heartbeat=now)
    )
    conn.execute(
        update(db.racks)
        .where(db.racks.c.rack_id == session.rack_id)
        .values(status="paused" if paused else "active", updated_at=now)
    )


def expire_lapsed(conn: Connection, rack_id: str, session_id: str, now: float) -> bool:
    """The sweeper found this rack's lease gone: free the rack; whether this process did it first."""
    freed = conn.execute(
        update(db.racks)
        .where(and_(db.racks.c.rack_id == rack_id, db.racks.c.session_id == session_id, db.racks.c.status == "active"))
        .values(status="available", claimed_by=None, updated_at=now)
    ).rowcount
    conn.execute(
        update(db.sessions)
        .where(and_(db.sessions.c.id == session_id, db.sessions.c.status == "active"))
        .values(status="expired")
    )
    return bool(freed)


def active_racks(conn: Connection) -> list[tuple[str, str]]:
    """(rack, session) for every rack the database believes is being counted."""
    query = select(db.racks.c.rack_id, db.racks.c.session_id).where(db.racks.c.status == "active")
    return [(row.rack_id, row.session_id) for row in conn.execute(query)]


def audit(conn: Connection, actor: str, action: str, subject: str, now: float, note: str = "", **change: Any) -> None:
    conn.execute(
        insert(db.audit).values(
            at=now,
            actor=actor,
            action=action,
            subject=subject,
            note=note,
            before=change.get("before"),
            after=change.get("after"),
        )
    )


# Hot statements are built once: SQLAlchemy then skips building and keying them on every call.
_r, _s = db.racks.c, db.sessions.c
_RACK = select(*_RACK_COLUMNS).where(_r.rack_id == bindparam("b_rack"))
_RACK_COUNTED = _rack_query().where(_r.rack_id == bindparam("b_rack"))
_SESSION = _session_query(False).where(_s.id == bindparam("b_session"))
_SESSION_TOTALS = _session_query(True).where(_s.id == bindparam("b_session"))
_SUPERSEDE = (
    update(db.sessions)
    .where(and_(_s.id == bindparam("b_session"), _s.status.in_(LIVE_SESSION)))
    .values(status="superseded", completed_at=bindparam("b_now"))
)
_RESUME = (
    update(db.sessions)
    .where(_s.id == bindparam("b_session"))
    .values(status="active", lock_token=bindparam("b_token"), last_heartbeat=bindparam("b_now"), completed_at=None)
)
_RESUME_AT = _RESUME.values(station=bindparam("b_station"))
_TAKE = (
    update(db.racks)
    .where(_r.rack_id == bindparam("b_rack"))
    .values(status="active", claimed_by=bindparam("b_user"), session_id=bindparam("b_session"),
            lock_token=bindparam("b_token"), updated_at=bindparam("b_now"))
)  # fmt: skip
_HEARD = (
    update(db.sessions)
    .where(_s.id == bindparam("b_session"))
    .values(status="active", last_heartbeat=bindparam("b_now"))
)
_RETAKEN = (
    update(db.racks)
    .where(and_(_r.rack_id == bindparam("b_rack"), _r.session_id == bindparam("b_session"), _r.status == "available"))
    .values(status="active", claimed_by=bindparam("b_user"), updated_at=bindparam("b_now"))
)
