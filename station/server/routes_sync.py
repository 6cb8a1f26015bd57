"""Sync routes: the batch upload, and conflicts for supervisors to list and resolve."""

from __future__ import annotations

import time
from typing import Annotated, Literal

from fastapi import APIRouter, Query
from sqlalchemy.exc import IntegrityError

from station import contract
from station.server import conflicts_db, sync_db
from station.server.deps import ConflictId, CurrentUser, State, Supervisor
from station.server.errors import ApiError

router = APIRouter(prefix="/api/sync", tags=["sync"])

ConflictStatusFilter = Literal["pending", "resolved", "ignored", "all"]
CONFLICT_PAGE = 100
"""Conflicts in one page of the listing unless the caller asks for fewer or more (at most ``MAX_CONFLICT_PAGE``)."""
MAX_CONFLICT_PAGE = 500


@router.post("/batch", response_model=contract.SyncBatchResponse)
async def sync_batch(state: State, who: CurrentUser, body: contract.SyncBatchRequest) -> contract.SyncBatchResponse:
    """Store up to 100 counted lines in one transaction; each is ok, a conflict, or an error to retry."""
    started = time.perf_counter()
    serials = sum(len(record.serial_numbers) for record in body.records)
    if serials > contract.MAX_SERIALS_PER_BATCH:
        raise ApiError(
            413,
            f"A batch holds at most {contract.MAX_SERIALS_PER_BATCH} serial numbers in all; this one has {serials}. "
            "Send its lines in smaller batches.",
        )
    try:
        outcome = await state.db(sync_db.apply_batch, body, who.username, state.now())
    except IntegrityError:  # another process won a race for a serial: go again, record by record
        outcome = await state.db(sync_db.apply_batch, body, who.username, state.now(), careful=True)
    return contract.SyncBatchResponse(
        ok=outcome.ok,
        conflicts=outcome.conflicts,
        errors=outcome.errors,
        batch_id=body.batch_id,
        processing_time_ms=round((time.perf_counter() - started) * 1000, 2),
        total_records=len(body.records),
    )


@router.get("/conflicts", response_model=list[contract.ServerConflict])
async def list_conflicts(
    state: State,
    _who: Supervisor,
    status: Annotated[ConflictStatusFilter, Query()] = "pending",
    limit: Annotated[int, Query(ge=1, le=MAX_CONFLICT_PAGE)] = CONFLICT_PAGE,
    offset: Annotated[int, Query(ge=0, le=2**31 - 1)] = 0,
) -> list[contract.ServerConflict]:
    """One page of conflicts grouped by rack and session, oldest first (supervisors and admins).

    A page shorter than ``limit`` is the last one.
    """
    return await state.read(conflicts_db.list_conflicts, status, limit=limit, offset=offset)


@router.post("/conflicts/{conflict_id}/resolve", response_model=contract.ServerConflict)
async def resolve_conflict(
    state: State, who: Supervisor, conflict_id: ConflictId, body: contract.ConflictResolution
) -> contract.ServerConflict:
    """Settle a conflict; who, when, the note and the record before and after are audited."""
    return await state.db(conflicts_db.resolve, conflict_id, body, who.username, state.now())
