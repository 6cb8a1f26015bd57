"""Session routes: heartbeat (lease renewal), active sessions, detail, stats, complete, history."""

from __future__ import annotations

from fastapi import APIRouter
from sqlalchemy import Connection, select

from station import contract
from station.server import db
from station.server import racks_db as rdb
from station.server.deps import CurrentUser, SessionId, State, Supervisor, is_supervisor
from station.server.errors import ApiError
from station.server.recounts_db import finish
from station.server.security import Identity

router = APIRouter(prefix="/api/sessions", tags=["sessions"])

ENDED = {
    "completed": "it was completed",
    "superseded": "another session took the rack",
    "lost": "its lease lapsed and the rack was taken since",
}


def detail(session: rdb.SessionRow, last_renewal: float | None = None) -> contract.SessionDetail:
    return contract.SessionDetail(
        id=session.id,
        user_id=session.username,
        rack_id=session.rack_id,
        floor=session.floor,
        status=session.status,
        started_at=session.started_at,
        last_heartbeat=max(filter(None, (session.last_heartbeat, last_renewal)), default=None),
        completed_at=session.completed_at,
        item_count=session.item_count,
        verified_count=session.verified_count,
        station=session.station,
    )


async def visible_session(
    state: State, who: Identity, session_id: str, *, own_only: bool = False, totals: bool = False
) -> rdb.SessionRow:
    session = await state.read(rdb.get_session, session_id, totals=totals)
    if session is None:
        raise ApiError(404, f"There is no session {session_id}.")
    if session.username != who.username and (own_only or not is_supervisor(who)):
        raise ApiError(403, f"Session {session_id} belongs to {session.username}.")
    return session


@router.post("/{session_id}/heartbeat", response_model=contract.HeartbeatResponse)
async def heartbeat(state: State, who: CurrentUser, session_id: SessionId) -> contract.HeartbeatResponse:
    """Renew the session's rack lease; re-take it if it lapsed while nobody else took the rack."""
    session = await visible_session(state, who, session_id, own_only=True)
    if session.status == "superseded":
        rack = await state.read(rdb.get_rack, session.rack_id)
        raise ApiError(409, _lost(session.rack_id, rack.claimed_by if rack else None))
    if session.status == "completed" and (released := await state.read(released_by_other, session)):
        raise ApiError(409, released)
    if session.status in ENDED:
        raise ApiError(409, f"Session {session_id} has ended ({ENDED[session.status]}); claim the rack again.")
    if session.status == "paused":
        raise ApiError(409, f"Rack {session.rack_id} is paused; resume it to keep counting.")
    ttl = state.settings.lease_ttl_s
    grant = await state.leases.renew(session.rack_id, session.id, who.username, ttl)
    now = state.now()
    if grant.acquired:
        # A normal renewal writes nothing: the lease itself tells when it was last renewed.
        if grant.retaken or session.status != "active":
            await state.db(rdb.heartbeat_seen, session, now)
        if grant.retaken:
            await state.publish(
                session.rack_id, "claimed", floor=session.floor, claimed_by=who.username, session_id=session.id
            )
        message = "Lease had lapsed; re-taken for this session" if grant.retaken else "Heartbeat received"
        return contract.HeartbeatResponse(
            id=session.id,
            rack_lock_renewed=True,
            lock_ttl_remaining=round(grant.ttl_s, 1),
            message=message,
            lock_token=grant.token,
        )
    status = "superseded" if grant.holder_session else "lost"
    await state.db(rdb.end_session, session, status, now)
    if grant.holder_session:
        raise ApiError(
            409, f"Rack {session.rack_id} is now held by {grant.holder_user}; this session's lease was lost."
        )
    return contract.HeartbeatResponse(
        success=False,
        id=session.id,
        rack_lock_renewed=False,
        lock_ttl_remaining=0,
        message=f"The lease on rack {session.rack_id} is gone; claim the rack again.",
        lock_token=grant.token,
    )


def released_by_other(conn: Connection, session: rdb.SessionRow) -> str:
    """The 409 sentence for a session someone else (a supervisor) released: who, and their note; or ""."""
    a = db.audit.c
    rows = conn.execute(
        select(a.actor, a.note, a.before)
        .where(a.subject == session.rack_id, a.action == "release")
        .order_by(a.at.desc(), a.id.desc())
        .limit(20)
    )
    for actor, note, before in rows:
        if actor != session.username and (before or {}).get("session_id") == session.id:
            said = "" if note == f"released {session.username}'s session" else note
            return f"Rack {session.rack_id} was released by {actor}{f': {said}' if said else ''}; {RELEASED_END}"
    return ""


RELEASED_END = "this session has ended."
"""How the release sentence ends: the station reads who released the rack and their note before it."""


def _lost(rack_id: str, holder: str | None) -> str:
    return f"Rack {rack_id} is now held by {holder or 'another session'}; this session's lease was lost."


@router.get("/active", response_model=list[contract.SessionDetail])
async def active_sessions(state: State, who: CurrentUser) -> list[contract.SessionDetail]:
    """Sessions being counted or paused: a supervisor sees everyone's, a counter their own."""
    username = None if is_supervisor(who) else who.username
    rows = await state.read(rdb.list_sessions, username=username, statuses=("active", "paused"))
    return await with_renewals(state, rows)


async def with_renewals(state: State, sessions: list[rdb.SessionRow]) -> list[contract.SessionDetail]:
    """Session details whose last heartbeat comes from the live lease (renewals are not written down)."""
    leases = await state.leases.inspect(sorted({s.rack_id for s in sessions}))
    now, ttl = state.now(), state.settings.lease_ttl_s
    renewed = {lease.session_id: now - (ttl - lease.ttl_s) for lease in leases.values()}
    return [detail(s, renewed.get(s.id)) for s in sessions]


@router.get("/recent", response_model=list[contract.SessionDetail])
async def recent_sessions(state: State, _who: Supervisor) -> list[contract.SessionDetail]:
    """Everyone's sessions, newest first: a supervisor's history of the count (extension)."""
    return await with_renewals(state, await state.read(rdb.list_sessions, username=None, statuses=None, limit=100))


@router.get("/user/history", response_model=list[contract.SessionDetail])
async def history(state: State, who: CurrentUser) -> list[contract.SessionDetail]:
    """The caller's sessions, newest first."""
    return [detail(row) for row in await state.read(rdb.list_sessions, username=who.username, statuses=None)]


@router.get("/{session_id}", response_model=contract.SessionDetail)
async def get_session(state: State, who: CurrentUser, session_id: SessionId) -> contract.SessionDetail:
    return (await with_renewals(state, [await visible_session(state, who, session_id, totals=True)]))[0]


@router.get("/{session_id}/stats", response_model=contract.SessionStats)
async def stats(state: State, who: CurrentUser, session_id: SessionId) -> contract.SessionStats:
    """Pieces counted (total), in good condition (verified), damaged; expected items not counted yet
    (pending); and the pace."""
    session = await visible_session(state, who, session_id)
    totals = await state.read(rdb.session_totals, session.id)
    end = session.completed_at or state.now()
    duration = max(0.0, end - session.started_at)
    return contract.SessionStats(
        id=session.id,
        total_items=totals["pieces"],
        verified_items=totals["pieces"] - totals["damaged"],
        damage_items=totals["damaged"],
        pending_items=totals["pending"],
        duration_seconds=round(duration, 1),
        items_per_minute=round(totals["pieces"] / (duration / 60), 2) if duration >= 1 else 0.0,
    )


@router.post("/{session_id}/complete", response_model=contract.CompleteResponse)
async def complete(state: State, who: CurrentUser, session_id: SessionId) -> contract.CompleteResponse:
    """Finish counting: the lease is given up and the rack shows as completed."""
    session = await visible_session(state, who, session_id, own_only=True)
    if session.status == "completed":
        return contract.CompleteResponse(id=session.id)
    if session.status in ENDED:
        raise ApiError(409, f"Session {session_id} has ended ({ENDED[session.status]}).")
    await state.leases.release(session.rack_id, session.id)
    status = await state.db(finish, session, state.now(), state.settings.tolerances)
    await state.publish(session.rack_id, "released", floor=session.floor, status=status, released_by=who.username)
    return contract.CompleteResponse(id=session.id)
