"""A counting session's state at this station: counting, paused, lost to another session, or ended."""

from __future__ import annotations

from enum import StrEnum


class SessionState(StrEnum):
    """Where the station's session on a rack stands; kept across restarts."""

    ACTIVE = "active"
    PAUSED = "paused"
    LOST = "lost"
    ENDED = "ended"
