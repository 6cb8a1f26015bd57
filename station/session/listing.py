"""The server's floors and racks as the floors screen and the rack grid show them."""

from __future__ import annotations

from station import contract
from station.session.values import FloorSummary, RackTile, TileState


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
    )
