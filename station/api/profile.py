"""Which server the station talks to — Station's reference server or StockVerify as it ships — and what that changes."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Flavour(StrEnum):
    """``auto`` finds out from the server's answers; the others are set by IT when it is known."""

    AUTO = "auto"
    REFERENCE = "reference"
    STOCKVERIFY = "stockverify"


@dataclass(frozen=True)
class Profile:
    """What the server at the other end can and cannot do, and how its answers are to be read.

    Every difference between the servers lives here as a named field, read where it matters; nothing
    else in the station asks which server it is.
    """

    flavour: Flavour
    query_redis_service: bool = False
    """Claim, release, pause and resume need a ``redis_service`` query parameter (StockVerify's 422)."""
    records_without_rack_id: bool = False
    """Records leave ``rack_id`` out: StockVerify compares its lock's owner with the record's session
    and refuses the holder's own lines as ``rack_locked`` when it is there."""
    retry_after_rounded_down: bool = False
    """``Retry-After`` is rounded down: wait a second more than it says."""
    stats_count_lines: bool = False
    """Session stats: ``total_items`` counts lines (records), ``damage_items`` damaged pieces."""
    completes_sessions: bool = False
    """A finished rack is marked counted by ``POST /api/sessions/{id}/complete`` (release alone frees it)."""
    resolves_conflicts: bool = True
    """Supervisors' decisions can be sent (StockVerify answers 401 to every token)."""
    supervisor_releases: bool = True
    """A supervisor may release someone else's rack (StockVerify: only the claimer, 403)."""
    pin_ignores_user: bool = False
    """PIN log-in finds the user by the PIN alone, whatever user name is sent."""


REFERENCE = Profile(Flavour.REFERENCE)
STOCKVERIFY = Profile(
    Flavour.STOCKVERIFY,
    query_redis_service=True,
    records_without_rack_id=True,
    retry_after_rounded_down=True,
    stats_count_lines=True,
    completes_sessions=True,
    resolves_conflicts=False,
    supervisor_releases=False,
    pin_ignores_user=True,
)
