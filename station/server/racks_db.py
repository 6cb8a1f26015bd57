"""Racks, floors and counting sessions in the server's database (each function runs in one transaction)."""

from __future__ import annotations

import secrets
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, and_, func, insert, select, update

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


def get_rack(conn: Connection, rack_id: str) -> RackRow | None:
    row = conn.execute(_rack_query().where(db.racks.c.rack_id == rack_id)).first()
    return _rack(row) if row else None


def racks_on_floor(conn: Connection, floor: str) -> list[RackRow]:
    query = _rack_query().where(db.racks.c.floor == floor).order_by(db.racks.c.position)
    return [_rack(row) for row in conn.execute(query)]


def racks_by_id(conn: Connection, rack_ids: Sequence[str]) -> list[RackRow]:
    query = _rack_query().where(db.racks.c.rack_id.in_(rack_ids)).order_by(db.racks.c.position)
    return [_rack(row) for row in conn.execute(query)]


def _rack_query() -> Any:
    """Racks with their expected item count and the lines counted in their latest session: two
    grouped subqueries, not one query per rack."""
    expected = select(db.items.c.rack_id, func.count().label("n")).group_by(db.items.c.rack_id).subquery("expected")
    counted = (
        select(db.records.c.session_id, func.count().label("n")).group_by(db.records.c.session_id).subquery("counted")
    )
    r = db.racks.c
    return (
        select(
            r.rack_id,
            r.floor,
            r.status,
            r.claimed_by,
            r.session_id,
            r.lock_token,
            r.updated_at,
            func.coalesce(expected.c.n, 0).label("item_count"),
            func.coalesce(counted.c.n, 0).label("counted_count"),
        )
        .select_from(db.racks)
        .outerjoin(expected, expected.c.rack_id == r.rack_id)
        .outerjoin(counted, counted.c.session_id == r.session_id)
    )


def get_session(conn: Connection, session_id: str) -> SessionRow | None:
    row = conn.execute(_session_query().where(db.sessions.c.id == session_id)).first()
    return SessionRow(**row._mapping) if row else None


def list_sessions(
    conn: Connection, *, username: str | None, statuses: Sequence[str] | None, limit: int = 200
) -> list[SessionRow]:
    query = _session_query()
    if username is not None:
        query = query.where(db.sessions.c.username == username)
    if statuses is not None:
        query = query.where(db.sessions.c.status.in_(statuses))
    query = query.order_by(db.sessions.c.started_at.desc()).limit(limit)
    return [SessionRow(**row._mapping) for row in conn.execute(query)]


def _session_query() -> Any:
    totals = (
        select(
            db.records.c.session_id,
            func.count().label("item_count"),
            func.sum(db.records.c.verified_qty).label("verified_count"),
        )
        .group_by(db.records.c.session_id)
        .subquery("totals")
    )
    s = db.sessions.c
    return (
        select(
            s.id,
            s.username,
            s.rack_id,
            s.floor,
            s.status,
            s.lock_token,
            s.started_at,
            s.last_heartbeat,
            s.completed_at,
            func.coalesce(totals.c.item_count, 0).label("item_count"),
            func.coalesce(totals.c.verified_count, 0).label("verified_count"),
        )
        .select_from(db.sessions)
        .outerjoin(totals, totals.c.session_id == s.id)
    )


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


def take_rack(conn: Connection, rack: RackRow, session_id: str, username: str, token: int, now: float) -> SessionRow:
    """Record that ``session_id`` holds ``rack`` with fencing token ``token``.

    The rack's previous session, if it was someone else's and still live, is marked superseded.
    """
    s = db.sessions.c
    if rack.session_id and rack.session_id != session_id:
        conn.execute(
            update(db.sessions)
            .where(and_(s.id == rack.session_id, s.status.in_(LIVE_SESSION)))
            .values(status="superseded", completed_at=now)
        )
    exists = conn.execute(select(s.id).where(s.id == session_id)).first()
    if exists:
        conn.execute(
            update(db.sessions)
            .where(s.id == session_id)
            .values(status="active", lock_token=token, last_heartbeat=now, completed_at=None)
        )
    else:
        conn.execute(
            insert(db.sessions).values(
                id=session_id,
                username=username,
                rack_id=rack.rack_id,
                floor=rack.floor,
                status="active",
                lock_token=token,
                started_at=now,
                last_heartbeat=now,
            )
        )
    conn.execute(
        update(db.racks)
        .where(db.racks.c.rack_id == rack.rack_id)
        .values(status="active", claimed_by=username, session_id=session_id, lock_token=token, updated_at=now)
    )
    session = get_session(conn, session_id)
    assert session is not None
    return session


def heartbeat_seen(conn: Connection, session: SessionRow, now: float) -> None:
    """A renewal succeeded: note the heartbeat, and make the rack active again if the sweeper (or a
    lapse) had freed it meanwhile."""
    conn.execute(update(db.sessions).where(db.sessions.c.id == session.id).values(status="active", last_heartbeat=now))
    r = db.racks.c
    conn.execute(
        update(db.racks)
        .where(and_(r.rack_id == session.rack_id, r.session_id == session.id, r.status == "available"))
        .values(status="active", claimed_by=session.username, updated_at=now)
    )


def end_session(conn: Connection, session: SessionRow, status: str, now: float) -> None:
    """Mark a session ended (completed, superseded, lost)."""
    conn.execute(
        update(db.sessions)
        .where(and_(db.sessions.c.id == session.id, db.sessions.c.status.in_(LIVE_SESSION)))
        .values(status=status, completed_at=now)
    )


def finish_rack(conn: Connection, session: SessionRow, now: float) -> str:
    """The rack's session is over: the rack is completed if it counted anything, else available again."""
    counted = conn.execute(
        select(func.count()).select_from(db.records).where(db.records.c.session_id == session.id)
    ).scalar_one()
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
