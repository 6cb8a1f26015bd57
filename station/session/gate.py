"""Whether a scan may be counted now: the rack not paused, and the lease alive (``LeaseState.may_scan``)."""

from __future__ import annotations

from station.domain.lease import LeaseState
from station.domain.sessions import SessionState


def why_not_scanning(rack_id: str, session: SessionState, lease: LeaseState | None, holder: str | None) -> str:
    """The sentence a refused scan gets, or "" when scanning goes on."""
    if session is SessionState.PAUSED:
        return f"Rack {rack_id} is paused. Press F8 to resume it."
    if lease is None or lease.may_scan:
        return ""
    if lease is LeaseState.EXPIRED:
        return (
            f"The lease on {rack_id} ran out while the server could not be reached. Scanning goes on as soon as "
            "the station has the rack again; what you counted is kept."
        )
    if lease is LeaseState.LOST:
        who = holder or "another session"
        return f"Rack {rack_id} was taken by {who}. Scanning has stopped; what you counted is kept."
    return f"Rack {rack_id} is no longer being counted here."
