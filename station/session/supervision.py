"""``SupervisorBoard``: who is counting what, how fast, and whether their station is still alive.

For a supervisor logged in at a station: the active sessions with the age of their last heartbeat,
the recent sessions of everyone, a rack's audit history, and releasing a rack whose counter has gone.
Each call answers its value or a ``Failure``.
"""

from __future__ import annotations

from datetime import UTC, datetime

from station import contract
from station.api.client import ServerClient
from station.domain.clock import Clock
from station.i18n import QT_TRANSLATE_NOOP, translate
from station.session.failures import KNOWN, failure_of
from station.session.values import Failure, SessionRow

NO_SESSIONS = QT_TRANSLATE_NOOP(
    "supervision",
    "This server (StockVerify as it ships) lists no sessions: its list is always empty. The racks screen "
    "shows who holds each rack.",
)


class SupervisorBoard:
    """The supervisor view's data, over the logged-in supervisor's own token."""

    def __init__(self, client: ServerClient, clock: Clock) -> None:
        self._client = client
        self._clock = clock

    def now(self) -> datetime:
        return self._clock.wall()

    async def sessions(self) -> tuple[list[SessionRow], list[SessionRow]] | Failure:
        """The active sessions and the recent ones of everyone."""
        if not self._client.profile.lists_sessions:
            return Failure(translate("supervision", NO_SESSIONS))
        try:
            active, recent = await self._client.active_sessions(), await self._client.recent_sessions()
        except KNOWN as error:
            return failure_of(error)
        return [_row(s) for s in active], [_row(s) for s in recent]

    async def history(self, rack_id: str) -> list[contract.AuditEntry] | Failure:
        try:
            return await self._client.rack_history(rack_id)
        except KNOWN as error:
            return failure_of(error)

    async def release(self, rack_id: str, note: str) -> str | Failure:
        """Release a rack whose counter has gone; the server audits it with the note. The sentence."""
        try:
            answer = await self._client.release(rack_id, note.strip())
        except KNOWN as error:
            return failure_of(error)
        return answer.message or translate("supervision", "Rack {rack} released.").format(rack=rack_id)


def _when(epoch: float | None) -> datetime | None:
    return None if epoch is None else datetime.fromtimestamp(epoch, UTC)


def _row(s: contract.SessionDetail) -> SessionRow:
    return SessionRow(
        session_id=s.id,
        rack_id=s.rack_id,
        floor=s.floor,
        user=s.user_id,
        status=s.status,
        started_at=_when(s.started_at),
        last_heartbeat=_when(s.last_heartbeat),
        completed_at=_when(s.completed_at),
        lines=s.item_count,
        pieces=s.verified_count,
        station=s.station or "",
    )
