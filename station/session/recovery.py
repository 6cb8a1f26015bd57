"""Going back to a rack after a restart or a fresh claim: which session to open, and with what note."""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from station import contract
from station.domain.sessions import SessionState
from station.i18n import QT_TRANSLATE_NOOP, translate
from station.store.sessions import ActiveSession

LAPSED = QT_TRANSLATE_NOOP("recovery", "The lease on this rack lapsed while the station was closed; taking it back…")


def fresh(
    username: str, server_url: str, claimed_at: str, session_id: str, rack_id: str, floor: str,
    token: int | None, ttl: float,
) -> ActiveSession:  # fmt: skip
    """A session the server has just granted (or named as this person's): counted from now, the lease
    taken (its first heartbeat) at ``claimed_at``."""
    return ActiveSession(
        session_id=session_id,
        username=username,
        rack_id=rack_id,
        floor=floor,
        lock_token=token,
        lock_ttl=ttl,
        claimed_at=claimed_at,
        last_heartbeat=claimed_at,
        status=SessionState.ACTIVE,
        server_url=server_url,
    )


async def recover(
    local: ActiveSession | None,
    mine: list[contract.RackStatus],
    *,
    online: bool,
    open_rack: Callable[[ActiveSession, str], Awaitable[None]],
    granted: Callable[[contract.RackStatus], ActiveSession],
    beat: Callable[[], Awaitable[object]],
) -> bool:
    """Open the session this station kept (``local``), else the one the server names as this person's
    (``mine``); whether one was opened. A kept, active session is checked at once with a heartbeat."""
    if local is None and mine:
        rack = mine[0]
        if rack.session_id:
            await open_rack(granted(rack), "")
            return True
    if local is None:
        return False
    held = any(r.session_id == local.session_id for r in mine)
    await open_rack(local, "" if held or not online else translate("recovery", LAPSED))
    if local.status is not SessionState.PAUSED:
        await beat()  # learn at once whether the rack is still ours
    return True
