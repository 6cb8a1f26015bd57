"""Live rack events: the ``/ws/updates`` websocket, and the sweeper that frees racks whose lease lapsed."""

from __future__ import annotations

import asyncio
import contextlib
import logging

from fastapi import APIRouter, WebSocket, WebSocketDisconnect, status

from station.server import racks_db as rdb
from station.server.deps import AppState
from station.server.security import InvalidToken

log = logging.getLogger(__name__)

router = APIRouter(tags=["live"])


@router.websocket("/ws/updates")
async def updates(websocket: WebSocket) -> None:
    """Rack events as they happen. Authorise with ``Authorization: Bearer`` (or ``?token=`` where a
    client cannot set headers)."""
    state: AppState = websocket.app.state.station
    header = websocket.headers.get("authorization", "")
    token = header[7:] if header.lower().startswith("bearer ") else websocket.query_params.get("token", "")
    try:
        state.tokens.verify(token)
    except InvalidToken as exc:
        await websocket.close(code=status.WS_1008_POLICY_VIOLATION, reason=str(exc))
        return
    await websocket.accept()
    async with state.events.subscribe() as events:
        forward = asyncio.create_task(_forward(websocket, events))
        try:
            while True:  # the client may send pings of its own; a disconnect ends the loop
                await websocket.receive_text()
        except WebSocketDisconnect:
            pass
        finally:
            forward.cancel()
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await forward


async def _forward(websocket: WebSocket, events: object) -> None:
    async for update in events:  # type: ignore[attr-defined]
        await websocket.send_text(update.model_dump_json())


async def sweep_once(state: AppState) -> list[str]:
    """Free every rack the database thinks is counted but whose lease has lapsed; announce each once."""
    active = await state.read(rdb.active_racks)
    if not active:
        return []
    leases = await state.leases.inspect([rack_id for rack_id, _ in active])
    freed: list[str] = []
    for rack_id, session_id in active:
        lease = leases.get(rack_id)
        if lease is not None and lease.session_id == session_id:
            continue
        if await state.db(rdb.expire_lapsed, rack_id, session_id, state.now()):
            freed.append(rack_id)
            await state.publish(rack_id, "expired", session_id=session_id)
    return freed


async def sweep_forever(state: AppState) -> None:
    while True:
        await asyncio.sleep(state.settings.sweep_interval_s)
        try:
            await sweep_once(state)
        except Exception:
            log.exception("the lease sweeper failed; it will try again")
