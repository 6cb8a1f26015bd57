"""``SupervisorBoard``: who is counting what, how fast, and whether their station is still alive.

For a supervisor logged in at a station: the active sessions with the age of their last heartbeat,
the recent sessions of everyone, a rack's audit history, and releasing a rack whose counter has gone.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from station import contract as c
from station.api.client import ServerClient
from station.domain.clock import Clock


@dataclass(frozen=True)
class SessionRow:
    """One session as the supervisor view shows it."""

    session_id: str
    rack_id: str
    floor: str
    user: str
    status: str
    started_at: datetime | None
    last_heartbeat: datetime | None
    completed_at: datetime | None
    lines: int
    pieces: int

    def per_minute(self, now: datetime) -> float:
        """Pieces a minute over the session so far (or its whole length, once it has ended)."""
        if self.started_at is None:
            return 0.0
        end = self.completed_at or now
        minutes = (end - self.started_at).total_seconds() / 60
        return round(self.pieces / minutes, 1) if minutes >= 1 else float(self.pieces)

    def heartbeat_age(self, now: datetime) -> float | None:
        """Seconds since the station last renewed the lease."""
        return None if self.last_heartbeat is None else max(0.0, (now - self.last_heartbeat).total_seconds())


class SupervisorBoard:
    """The supervisor view's data, over the logged-in supervisor's own token."""

    def __init__(self, client: ServerClient, clock: Clock) -> None:
        self.client = client
        self.clock = clock

    def now(self) -> datetime:
        return self.clock.wall()

    async def active(self) -> list[SessionRow]:
        return [_row(s) for s in await self.client.active_sessions()]

    async def recent(self) -> list[SessionRow]:
        return [_row(s) for s in await self.client.recent_sessions()]

    async def history(self, rack_id: str) -> list[c.AuditEntry]:
        return await self.client.rack_history(rack_id)

    async def release(self, rack_id: str, note: str) -> str:
        """Release a rack whose counter has gone; the server audits it with the note."""
        answer = await self.client.release(rack_id, note.strip())
        return answer.message or f"Rack {rack_id} released."


def _when(epoch: float | None) -> datetime | None:
    return None if epoch is None else datetime.fromtimestamp(epoch, UTC)


def _row(s: c.SessionDetail) -> SessionRow:
    return SessionRow(s.id, s.rack_id, s.floor, s.user_id, s.status, _when(s.started_at), _when(s.last_heartbeat),
                      _when(s.completed_at), s.item_count, s.verified_count)  # fmt: skip
