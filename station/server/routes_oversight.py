"""Oversight routes (ext, supervisors and admins): progress, variance, the summary, lines, rack history, recounts."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query

from station import contract_oversight as o
from station.server import oversight_db, recounts_db
from station.server import racks_db as rdb
from station.server import variance as v
from station.server.deps import Floor, RackId, SessionId, State, Supervisor
from station.server.errors import ApiError

router = APIRouter(prefix="/api/oversight", tags=["oversight"])


@router.get("/progress", response_model=o.CountProgress)
async def progress(state: State, _who: Supervisor) -> o.CountProgress:
    """Racks free, counting, paused, done and to recount, per floor and overall; lines, pieces, who counts."""
    return await state.read(oversight_db.progress, state.now())


@router.get("/summary", response_model=o.CountSummary)
async def summary(state: State, _who: Supervisor) -> o.CountSummary:
    """The whole count: progress and each floor's variance totals (what the summary report prints)."""
    return await state.read(oversight_db.summary, state.settings.tolerances, state.now())


@router.get("/tolerances", response_model=o.Tolerances)
async def tolerances(state: State, _who: Supervisor) -> o.Tolerances:
    """How far a count may differ from the books, for the warehouse and per item category."""
    return o.Tolerances.model_validate(state.settings.tolerances.model_dump())


@router.get("/variance", response_model=o.FloorVariance)
async def floor_variance(state: State, _who: Supervisor, floor: Floor) -> o.FloorVariance:
    """A floor's racks in totals, the floor's totals over its finished racks, and its hot spots."""
    found = await state.read(v.floor_variance, floor, state.settings.tolerances)
    if found is None:
        raise ApiError(404, f"There is no floor {floor}.")
    return found


@router.get("/racks/{rack_id}/variance", response_model=o.RackVariance)
async def rack_variance(state: State, _who: Supervisor, rack_id: RackId) -> o.RackVariance:
    """A rack's items, expected against its current count (the approved one where there is one)."""
    found = await state.read(v.rack_variance, rack_id, state.settings.tolerances)
    if found is None:
        raise ApiError(404, f"There is no rack {rack_id}.")
    return found


@router.get("/racks/{rack_id}/history", response_model=list[o.RackHistoryEntry])
async def rack_history(state: State, _who: Supervisor, rack_id: RackId) -> list[o.RackHistoryEntry]:
    """Every count of the rack, finished ones included, and every supervisor's act on it, oldest first."""
    if await state.read(rdb.get_rack, rack_id, counts=False) is None:
        raise ApiError(404, f"There is no rack {rack_id}.")
    return await state.read(oversight_db.rack_history, rack_id)


@router.get("/sessions/{session_id}/lines", response_model=o.SessionLines)
async def session_lines(
    state: State,
    _who: Supervisor,
    session_id: SessionId,
    offset: Annotated[int, Query(ge=0, le=10_000_000)] = 0,
    limit: Annotated[int, Query(ge=1, le=oversight_db.MAX_LINES_PAGE)] = oversight_db.MAX_LINES_PAGE,
) -> o.SessionLines:
    """One page of a session's lines, oldest first."""
    session = await state.read(rdb.get_session, session_id)
    if session is None:
        raise ApiError(404, f"There is no session {session_id}.")
    return await state.read(oversight_db.session_lines, session, offset, limit)


@router.get("/recounts", response_model=list[o.Recount])
async def recounts(state: State, _who: Supervisor, open: bool = True) -> list[o.Recount]:  # noqa: A002
    """Racks sent to a recount: those not approved yet, or (``open=false``) every one."""
    return await state.read(recounts_db.listing, open_only=open)


@router.get("/racks/{rack_id}/recount", response_model=o.Recount)
async def recount(state: State, _who: Supervisor, rack_id: RackId) -> o.Recount:
    """The rack's latest recount: both counts, who recounts it, which count was approved."""
    return await state.read(recounts_db.read, rack_id)


@router.post("/racks/{rack_id}/recount", response_model=o.Recount)
async def send_to_recount(state: State, who: Supervisor, rack_id: RackId, body: o.RecountRequest) -> o.Recount:
    """Send a counted rack to a recount, for one counter (``assign_to``) or for anyone; audited."""
    answer = await state.db(recounts_db.send, rack_id, who.username, body.assign_to, body.note, state.now())
    await state.publish(rack_id, "recount", floor=answer.floor, status=answer.status, assigned_to=answer.assigned_to)
    return answer


@router.post("/racks/{rack_id}/recount/assign", response_model=o.Recount)
async def assign(state: State, who: Supervisor, rack_id: RackId, body: o.AssignRequest) -> o.Recount:
    """Who recounts the rack (``counter`` null: anyone), before its second count starts; audited."""
    answer = await state.db(recounts_db.assign, rack_id, who.username, body.counter, body.note, state.now())
    await state.publish(rack_id, "recount", floor=answer.floor, status=answer.status, assigned_to=answer.assigned_to)
    return answer


@router.post("/racks/{rack_id}/recount/approve", response_model=o.Recount)
async def approve(state: State, who: Supervisor, rack_id: RackId, body: o.ApproveRequest) -> o.Recount:
    """Keep one of the rack's counts (first or second), with a note in the rack's history."""
    answer = await state.db(recounts_db.approve, rack_id, who.username, body, state.now())
    await state.publish(rack_id, "recount", floor=answer.floor, status=answer.status, approved=answer.approved)
    return answer
