"""Rack routes: floors, listings, claim, release, pause, resume, status, the caller's racks, items."""

from __future__ import annotations

from typing import Annotated
from urllib.parse import unquote

from fastapi import APIRouter, Depends, Header
from sqlalchemy import Connection, select

from station import contract
from station.server import conflicts_db, db, recounts_db
from station.server import racks_db as rdb
from station.server.claim_db import claim_context
from station.server.deps import CurrentUser, Floor, RackId, State, is_supervisor
from station.server.errors import ApiError
from station.server.leases import LeaseInfo
from station.server.security import Identity

router = APIRouter(prefix="/api/racks", tags=["racks"])


def _station_name(x_station_name: Annotated[str | None, Header()] = None) -> str | None:
    """(ext) The station's own name, percent-encoded in ``X-Station-Name``; kept on the session it claims."""
    return unquote(x_station_name)[:64].strip() or None if x_station_name else None


StationName = Annotated[str | None, Depends(_station_name)]


def rack_view(rack: rdb.RackRow, lease: LeaseInfo | None, now: float, viewer: Identity | None) -> contract.RackSummary:
    """A rack as ``viewer`` sees it: the database's record corrected by the lease's truth.

    A rack whose lease lapsed shows as available at once, before the sweeper has written it down.
    A counter sees the session and fencing token of their own rack only (``viewer`` None: everything).
    """
    status, claimed_by, session_id, expires = rack.status, rack.claimed_by, rack.session_id, None
    if rack.status == "active":
        if lease is not None and lease.session_id == rack.session_id:
            expires = now + lease.ttl_s
        else:
            status, claimed_by = "available", None
    shown = viewer is None or is_supervisor(viewer) or (rack.claimed_by == viewer.username)
    if status in ("completed", "available") and rack.recount in recounts_db.OPEN:
        # Waiting for its second count: offered as available to the counter assigned to recount it. Unassigned,
        # it stays completed (``recount`` says it waits), though any counter's claim of it is taken.
        assigned = viewer is not None and rack.recount_for == viewer.username
        status = "available" if assigned or (status == "available" and rack.recount_for is None) else "completed"
    return contract.RackSummary(
        rack_id=rack.rack_id,
        floor=rack.floor,
        status=contract.RackState(status),
        claimed_by=claimed_by,
        session_id=session_id if shown else None,
        lock_expires_at=expires,
        updated_at=rack.updated_at,
        lock_token=rack.lock_token if shown else None,
        item_count=rack.item_count,
        counted_count=rack.counted_count,
        recount=rack.recount,
        recount_for=rack.recount_for,
    )


async def views(state: State, racks: list[rdb.RackRow], viewer: Identity | None) -> list[contract.RackSummary]:
    leases = await state.leases.inspect([rack.rack_id for rack in racks])
    now = state.now()
    return [rack_view(rack, leases.get(rack.rack_id), now, viewer) for rack in racks]


async def known_rack(state: State, rack_id: str) -> rdb.RackRow:
    rack = await state.read(rdb.get_rack, rack_id)
    if rack is None:
        raise ApiError(404, f"There is no rack {rack_id}.")
    return rack


@router.get("/floors", response_model=list[str])
async def list_floors(state: State, _who: CurrentUser) -> list[str]:
    return await state.read(rdb.floors)


@router.get("", response_model=list[contract.RackSummary])
async def list_racks(state: State, who: CurrentUser, floor: Floor) -> list[contract.RackSummary]:
    """Every rack of a floor with its live status (extension: the rack grid uses this)."""
    return await views(state, await state.read(rdb.racks_on_floor, floor), who)


@router.get("/available", response_model=list[contract.AvailableRack])
async def list_available(state: State, who: CurrentUser, floor: Floor) -> list[contract.AvailableRack]:
    racks = await views(state, await state.read(rdb.racks_on_floor, floor), who)
    return [
        contract.AvailableRack(rack_id=r.rack_id, floor=r.floor, status=r.status, item_count=r.item_count)
        for r in racks
        if r.status in (contract.RackState.AVAILABLE, contract.RackState.PAUSED)
    ]


@router.get("/user/active", response_model=list[contract.RackStatus])
async def my_racks(state: State, who: CurrentUser) -> list[contract.RackSummary]:
    """The caller's racks that a restarted station can go back to: counting, paused, or lapsed."""
    sessions = await state.read(rdb.list_sessions, username=who.username, statuses=rdb.LIVE_SESSION)
    mine = {s.rack_id: s.id for s in sessions}
    racks = await state.read(rdb.racks_by_id, list(mine))
    # Only racks whose session is the caller's are kept, so nothing of anyone else's is shown.
    return [view for view in await views(state, racks, None) if view.session_id == mine[view.rack_id]]


@router.get("/{rack_id}/status", response_model=contract.RackStatus)
async def rack_status(state: State, who: CurrentUser, rack_id: RackId) -> contract.RackSummary:
    return (await views(state, [await known_rack(state, rack_id)], who))[0]


@router.post("/{rack_id}/claim", response_model=contract.ClaimResponse)
async def claim(
    state: State, who: CurrentUser, rack_id: RackId, body: contract.ClaimRequest, station: StationName = None
) -> contract.ClaimResponse:
    context = await state.read(claim_context, rack_id, who.username)
    rack, own, recount = context.rack, context.own, context.recount
    if rack is None:
        raise ApiError(404, f"There is no rack {rack_id}.")
    if body.floor != rack.floor:
        raise ApiError(400, f"Rack {rack_id} is on floor {rack.floor}, not {body.floor}.")
    if own is None and (refusal := recounts_db.may_claim(rack, recount, who.username)):
        raise ApiError(409, refusal)
    if rack.status == "paused" and own is None:
        raise ApiError(
            409, f"Rack {rack_id} is paused by {rack.claimed_by}; they can resume it, or a supervisor release it."
        )
    now = state.now()
    session_id = own.id if own else rdb.new_session_id(who.username, rack_id, now)
    ttl = state.settings.lease_ttl_s
    grant = await state.leases.claim(rack_id, session_id, who.username, ttl, rack.lock_token)
    if not grant.acquired:
        raise ApiError(409, f"Rack {rack_id} is locked by {grant.holder_user}")
    second_count = recount is not None and recount.open

    def take(conn: Connection) -> None:
        rdb.take_rack(
            conn, rack, session_id, who.username, grant.token, now, resumed=own is not None, station=station,
            previous_live=context.previous_live,
        )  # fmt: skip
        if second_count:
            recounts_db.second_count_started(conn, rack_id, session_id)

    try:
        await state.db(take)
    except Exception:
        await state.leases.release(rack_id, session_id)
        raise
    await state.publish(rack_id, "claimed", floor=rack.floor, claimed_by=who.username, session_id=session_id)
    return contract.ClaimResponse(
        rack_id=rack_id,
        session_id=session_id,
        floor=rack.floor,
        lock_ttl=ttl,
        message=f"Rack {rack_id} claimed successfully",
        lock_token=grant.token,
    )


async def held_session(state: State, who: Identity, rack: rdb.RackRow, verb: str) -> rdb.SessionRow:
    """The session counting ``rack``, which must be the caller's (supervisors may release any)."""
    session = await state.read(rdb.get_session, rack.session_id) if rack.session_id else None
    if session is None or session.status not in rdb.LIVE_SESSION or rack.status == "available":
        raise ApiError(409, f"Rack {rack.rack_id} is not claimed, so there is nothing to {verb}.")
    if session.username != who.username and not (verb == "release" and is_supervisor(who)):
        raise ApiError(403, f"Rack {rack.rack_id} is held by {session.username}; only they can {verb} it.")
    return session


@router.post("/{rack_id}/release", response_model=contract.ReleaseResponse)
async def release(
    state: State, who: CurrentUser, rack_id: RackId, body: contract.ReleaseRequest | None = None
) -> contract.ReleaseResponse:
    """Give the rack up; a supervisor may release anyone's, and every such release is audited with
    its note (the body is an extension: StockVerify's release has none)."""
    rack = await known_rack(state, rack_id)
    session = await held_session(state, who, rack, "release")
    await state.leases.release(rack_id, session.id)
    now = state.now()
    note = body.note if body else ""

    def finish(conn: Connection) -> str:
        status = rdb.finish_rack(conn, session, now, finished=session.username == who.username)
        if session.username != who.username or note:
            whose = "" if session.username == who.username else f"{session.username}'s "
            # The note is shown to counters too: the session id goes only into the audit row.
            rdb.audit(
                conn, who.username, "release", rack_id, now, note or f"released {whose}session",
                before={"session_id": session.id},
            )  # fmt: skip
        return recounts_db.after_finish(conn, session, status, now, state.settings.tolerances)

    status = await state.db(finish)
    # Whose session it was, who released it and why: the counter's station stops at once and says so.
    await state.publish(
        rack_id, "released", floor=rack.floor, status=status, released_by=who.username,
        claimed_by=session.username, note=note,
    )  # fmt: skip
    return contract.ReleaseResponse(rack_id=rack_id, message=f"Rack {rack_id} released")


@router.get("/{rack_id}/history", response_model=list[contract.AuditEntry])
async def history(state: State, who: CurrentUser, rack_id: RackId) -> list[contract.AuditEntry]:
    """The rack's audit lines: supervisors' releases and conflict resolutions (extension).

    A counter sees lines moved between records under the rack's id, not the records' ids; and the
    supervisors' notes only on a rack they have counted themselves (why their count was released or
    settled), not on anyone else's.
    """
    await known_rack(state, rack_id)
    entries, counted_here = await state.read(_history, rack_id, who.username)
    if is_supervisor(who):
        return entries

    def shown(entry: contract.AuditEntry) -> contract.AuditEntry:
        if entry.action == "move-serial":
            return entry.model_copy(update={"subject": rack_id})
        return entry if counted_here else entry.model_copy(update={"note": ""})

    return [shown(entry) for entry in entries]


def _history(conn: Connection, rack_id: str, username: str) -> tuple[list[contract.AuditEntry], bool]:
    """The rack's audit lines, and whether ``username`` has had a session on the rack."""
    mine = select(db.sessions.c.id).where(db.sessions.c.rack_id == rack_id, db.sessions.c.username == username)
    return conflicts_db.rack_history(conn, rack_id), conn.execute(mine.limit(1)).first() is not None


@router.post("/{rack_id}/pause", response_model=contract.RackChangeResponse)
async def pause(state: State, who: CurrentUser, rack_id: RackId) -> contract.RackChangeResponse:
    rack = await known_rack(state, rack_id)
    session = await held_session(state, who, rack, "pause")
    if rack.status != "active":
        raise ApiError(400, f"Rack {rack_id} is {rack.status}, not being counted, so it cannot be paused.")
    await state.leases.release(rack_id, session.id)
    await state.db(rdb.set_paused, session, True, state.now())
    await state.publish(rack_id, "paused", floor=rack.floor, claimed_by=session.username)
    return contract.RackChangeResponse(rack_id=rack_id, status=contract.RackState.PAUSED)


@router.post("/{rack_id}/resume", response_model=contract.RackChangeResponse)
async def resume(state: State, who: CurrentUser, rack_id: RackId) -> contract.RackChangeResponse:
    rack = await known_rack(state, rack_id)
    if rack.status != "paused":
        raise ApiError(400, f"Rack {rack_id} is not paused.")
    session = await held_session(state, who, rack, "resume")
    grant = await state.leases.claim(rack_id, session.id, who.username, state.settings.lease_ttl_s, rack.lock_token)
    if not grant.acquired:
        raise ApiError(409, f"Rack {rack_id} is locked by {grant.holder_user}")
    await state.db(rdb.set_paused, session, False, state.now())
    await state.publish(rack_id, "resumed", floor=rack.floor, claimed_by=session.username)
    return contract.RackChangeResponse(rack_id=rack_id, status=contract.RackState.ACTIVE)
