"""Live rack events: the ``/ws/updates`` websocket, and the sweeper that frees racks whose lease lapsed."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import AsyncIterator

from fastapi import APIRouter, WebSocket, status

from station.contract import RackUpdate
from station.server import racks_db as rdb
from station.server.deps import AppState, is_supervisor
from station.server.security import Identity, InvalidToken

log = logging.getLogger(__name__)

router = APIRouter(tags=["live"])


SUBPROTOCOL = "bearer"
"""A browser cannot set headers on a websocket: it offers the subprotocols ``bearer`` and the token."""
RECHECK_S = 5.0
"""How often an idle socket's token and log-in are checked again (expiry, log-out, a deleted user)."""
_TEXT_ONLY = "This socket takes text messages only."


@router.websocket("/ws/updates")
async def updates(websocket: WebSocket) -> None:
    """Rack events as they happen.

    Authorise with ``Authorization: Bearer`` (stations), the subprotocols ``bearer, <token>``
    (browsers), or ``?token=`` (StockVerify's clients; the logs blank it). The socket is closed (1008)
    when its token expires or its log-in ends, and (1003) on a binary frame. Counters receive no
    session ids; a user may hold ``sockets_per_user`` sockets on one server process.
    """
    state: AppState = websocket.app.state.station
    token, subprotocol = _token(websocket)
    try:
        who = await state.authenticate(token)
    except InvalidToken as exc:
        await websocket.close(code=status.WS_1008_POLICY_VIOLATION, reason=str(exc))
        return
    cap = state.settings.sockets_per_user
    if state.sockets.get(who.username, 0) >= cap:
        reason = f"{who.username} already has {cap} live connections open; close one first."
        await websocket.close(code=status.WS_1008_POLICY_VIOLATION, reason=reason)
        return
    state.sockets[who.username] = state.sockets.get(who.username, 0) + 1
    try:
        async with state.events.subscribe() as events:  # before accepting: nothing after "open" is missed
            await websocket.accept(subprotocol=subprotocol)
            tasks = {
                asyncio.create_task(_forward(websocket, events, state, who)),
                asyncio.create_task(_listen(websocket)),
            }
            try:
                await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
            finally:
                for task in tasks:
                    task.cancel()
                for task in tasks:
                    with contextlib.suppress(asyncio.CancelledError, Exception):
                        await task
    finally:
        state.sockets[who.username] -= 1
        if not state.sockets[who.username]:
            del state.sockets[who.username]


def _token(websocket: WebSocket) -> tuple[str, str | None]:
    """The token the client offers, and the subprotocol to accept (when it came as one)."""
    header = websocket.headers.get("authorization", "")
    if header.lower().startswith("bearer "):
        return header[7:].strip(), None
    offered = [part.strip() for part in websocket.headers.get("sec-websocket-protocol", "").split(",")]
    if len(offered) == 2 and offered[0].lower() == SUBPROTOCOL:
        return offered[1], offered[0]
    return websocket.query_params.get("token", ""), None


async def _listen(websocket: WebSocket) -> None:
    """Read what the client sends (its own pings, ignored) until it goes; a binary frame closes with 1003."""
    while True:
        message = await websocket.receive()
        if message["type"] == "websocket.disconnect":
            return
        if message.get("bytes") is not None:
            await websocket.close(code=status.WS_1003_UNSUPPORTED_DATA, reason=_TEXT_ONLY)
            return


async def _forward(websocket: WebSocket, events: AsyncIterator[RackUpdate], state: AppState, who: Identity) -> None:
    """Send each event the caller may see, while the token and its log-in hold; then close with 1008."""
    iterator = aiter(events)
    following: asyncio.Future[RackUpdate] | None = None
    try:
        while True:
            if following is None:
                following = asyncio.ensure_future(anext(iterator))
            done, _ = await asyncio.wait({following}, timeout=RECHECK_S)
            try:
                if state.now() >= who.expires_at:
                    raise InvalidToken("The sign-in token has expired; log in again.")
                now = await state.confirm(who)
            except InvalidToken as exc:
                await websocket.close(code=status.WS_1008_POLICY_VIOLATION, reason=str(exc))
                return
            if done:
                update, following = following.result(), None
                await websocket.send_text(visible_to(now, update).model_dump_json())
    finally:
        if following is not None:
            following.cancel()


HIDDEN_FROM_COUNTERS = ("session_id", "lock_token")


def visible_to(who: Identity, update: RackUpdate) -> RackUpdate:
    """The event as ``who`` may see it: supervisors all of it, counters without session ids or tokens."""
    if is_supervisor(who) or not any(name in update.data for name in HIDDEN_FROM_COUNTERS):
        return update
    data = {name: value for name, value in update.data.items() if name not in HIDDEN_FROM_COUNTERS}
    return update.model_copy(update={"data": data})


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
