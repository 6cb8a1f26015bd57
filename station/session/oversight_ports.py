"""The supervisor's overview as the screens see it: the ``Overseer`` port and the plain values it answers.

Kept apart from ``oversight``, which reaches the server: the screens import this module only.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

from station import contract_oversight as o
from station.session.values import Failure


@dataclass(frozen=True)
class RackLook:
    """One rack as the overview shows it: its variance, its recount (``None``: never sent), its history."""

    variance: o.RackVariance
    recount: o.Recount | None = None
    history: list[o.RackHistoryEntry] = field(default_factory=list)
    counts: tuple[dict[str, int], dict[str, int]] | None = None
    """A recount's two counts item by item (pieces by item code), once the second has begun."""


@dataclass(frozen=True)
class Scope:
    """What a report covers: the whole count, a floor (``floor``), or a rack (``rack``)."""

    floor: str | None = None
    rack: str | None = None

    def name(self) -> str:
        """A file name's stem for the report of this scope."""
        if self.rack:
            return f"rack-{self.rack}"
        return f"floor-{self.floor}" if self.floor else "count-summary"


class Overseer(Protocol):
    """The overview's data and the recount verbs (``oversight.CountOverseer``); each answers a value or a
    ``Failure`` sentence (a server without the routes included)."""

    async def summary(self) -> o.CountSummary | Failure:
        """The whole count: each floor's progress and totals."""
        ...

    async def floor(self, floor: str) -> o.FloorVariance | Failure: ...

    async def rack(self, rack_id: str) -> RackLook | Failure: ...

    async def history(self, rack_id: str) -> list[o.RackHistoryEntry] | Failure: ...

    async def send_to_recount(self, rack_id: str, assign_to: str | None, note: str) -> o.Recount | Failure: ...

    async def assign(self, rack_id: str, counter: str | None, note: str) -> o.Recount | Failure: ...

    async def approve(self, rack_id: str, count: o.CountChoice, note: str) -> o.Recount | Failure: ...

    async def export(self, scope: Scope, form: str, path: Path) -> Path | Failure:
        """Fetch the scope's figures and write its report as ``form`` (pdf, xlsx, csv) off the GUI thread."""
        ...
