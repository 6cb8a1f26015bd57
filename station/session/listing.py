"""The server's floors and racks, and a session's numbers, as the screens show them."""

from __future__ import annotations

from datetime import datetime

from station import contract
from station.domain.lines import Totals
from station.session.values import FloorSummary, RackTile, SessionStats, TileState
from station.store.sessions import ActiveSession, parse_utc

RECOUNT_OPEN = ("to_recount", "recounting")
"""A rack's recount (ext) not counted yet: the grid says "to recount", and claiming it says it is one."""


def floor_summary(name: str, racks: list[contract.RackSummary]) -> FloorSummary:
    """A floor with how many of its racks are free and how many are counted."""
    return FloorSummary(
        name=name,
        available=sum(r.status in (contract.RackState.AVAILABLE, contract.RackState.PAUSED) for r in racks),
        counted=sum(r.status is contract.RackState.COMPLETED for r in racks),
        racks=len(racks),
    )


def rack_tile(rack: contract.RackSummary, me: str | None) -> RackTile:
    """A rack on the grid; the one this person is counting is theirs."""
    mine = me is not None and rack.claimed_by == me and rack.status == contract.RackState.ACTIVE
    return RackTile(
        rack_id=rack.rack_id,
        floor=rack.floor,
        state=TileState.MINE if mine else TileState(rack.status),
        claimed_by=rack.claimed_by,
        item_count=rack.item_count,
        counted_count=rack.counted_count or 0,
        recount=rack.recount in RECOUNT_OPEN,
        recount_for=rack.recount_for,
    )


def session_stats(totals: Totals, session: ActiveSession, now: datetime) -> SessionStats:
    """The scanning screen's numbers: pieces, good, damaged, waiting and refused, pace and time.

    Paused time counts for neither the clock nor the pace; the pace is pieces a minute of counting
    (over a minute that is still starting it is extrapolated, and the screen says so).
    """
    elapsed = (now - parse_utc(session.claimed_at)).total_seconds()
    duration = max(0.0, elapsed - session.paused_for(now))
    pace = totals.pieces / (duration / 60) if duration > 0 else 0.0
    return SessionStats(
        total=totals.pieces,
        verified=totals.pieces - totals.damaged,
        damaged=totals.damaged,
        waiting=totals.unsynced - totals.blocked,
        per_minute=round(pace, 1),
        duration_s=duration,
        refused=totals.blocked,
        paused=session.paused_since is not None,
    )
