"""Racks the server listed on each floor: only those are claimed (StockVerify creates a rack of any other id)."""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from station import contract
from station.i18n import translate
from station.session.values import Failure


class Listed:
    """The rack ids each floor's last listing held, so that a typed id the server does not have is a
    sentence, not a claim (StockVerify as it ships makes a new rack of any id claimed)."""

    def __init__(self) -> None:
        self._floors: dict[str, set[str]] = {}
        self._recounts: set[str] = set()

    def seen(self, floor: str, racks: list[contract.RackSummary]) -> list[contract.RackSummary]:
        """Keep ``racks`` as the floor's listing; them, unchanged."""
        self._floors[floor] = {rack.rack_id.upper() for rack in racks}
        self._recounts -= self._floors[floor]
        self._recounts |= {rack.rack_id.upper() for rack in racks if rack.recount == "to_recount"}
        return racks

    def recount_note(self, rack_id: str) -> str:
        """What the scanning screen says on opening a rack listed as waiting for its recount, else ""."""
        if rack_id.upper() not in self._recounts:
            return ""
        return translate(
            "claiming",
            "Rack {rack} is a recount: count every item again from the start. The first count is kept beside "
            "yours, and a supervisor approves one of them.",
        ).format(rack=rack_id)

    async def unknown(
        self, rack_id: str, floor: str, relist: Callable[[], Awaitable[list[contract.RackSummary]]]
    ) -> Failure | None:
        """Why ``rack_id`` cannot be claimed on ``floor``, if the server does not list it there. A rack
        missing from the last listing is asked for once more (it may be new). A floor never listed here
        is not checked: the racks screen lists a floor before anything on it can be claimed.

        Raises:
            ApiError: the listing could not be had.
        """
        known = self._floors.get(floor)
        if known is None:
            return None
        if rack_id not in known:
            known = {rack.rack_id.upper() for rack in self.seen(floor, await relist())}
        if rack_id in known:
            return None
        return Failure(translate("claiming", "There is no rack {rack} on {floor}.").format(rack=rack_id, floor=floor))
