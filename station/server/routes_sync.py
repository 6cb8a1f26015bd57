"""Sync routes: the batch upload, and conflicts for supervisors to list and resolve."""

from __future__ import annotations

import time
from typing import Annotated, Literal

from fastapi import APIRouter, Path, Query
from sqlalchemy.exc import IntegrityError, OperationalError

from station import contract as c
from station.server import conflicts_db, sync_db
from station.server.deps import CurrentUser, State, Supervisor
from station.server.errors import ApiError

router = APIRouter(prefix="/api/sync", tags=["sync"])

ConflictStatusFilter = Literal["pending", "resolved", "ignored", "all"]


@router.post("/batch", response_model=c.SyncBatchResponse)
async def sync_batch(state: State, who: CurrentUser, body: c.SyncBatchRequest) -> c.SyncBatchResponse:
    """Store up to 100 counted lines in one transaction; each is ok, a conflict, or an error to retry."""
    started = time.perf_counter()
    try:
        try:
            outcome = await state.db(sync_db.apply_batch, body, who.username, state.now())
        except IntegrityError:  # another process won a race for a serial: go again, record by record
            outcome = await state.db(sync_db.apply_batch, body, who.username, state.now(), careful=True)
    except OperationalError as exc:
        raise ApiError(
            503,
            "The server's database is busy; the batch was not stored. The station will send it again.",
            {"Retry-After": "2"},
        ) from exc
    return c.SyncBatchResponse(
        ok=outcome.ok,
        conflicts=outcome.conflicts,
        errors=outcome.errors,
        batch_id=body.batch_id,
        processing_time_ms=round((time.perf_counter() - started) * 1000, 2),
        total_records=len(body.records),
    )


@router.get("/conflicts", response_model=list[c.ServerConflict])
async def list_conflicts(
    state: State, _who: Supervisor, status: Annotated[ConflictStatusFilter, Query()] = "pending"
) -> list[c.ServerConflict]:
    """Conflicts grouped by rack and session, oldest first (supervisors and admins)."""
    return await state.read(conflicts_db.list_conflicts, status)


@router.post("/conflicts/{conflict_id}/resolve", response_model=c.ServerConflict)
async def resolve_conflict(
    state: State,
    who: Supervisor,
    conflict_id: Annotated[str, Path(min_length=1, max_length=64)],
    body: c.ConflictResolution,
) -> c.ServerConflict:
    """Settle a conflict; who, when, the note and the record before and after are audited."""
    return await state.db(conflicts_db.resolve, conflict_id, body, who.username, state.now())
