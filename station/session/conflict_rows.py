"""The F9 dialog's values: a conflict as the dialog compares it, the supervisor deciding, what came of it.

Plain values the ui may import; ``conflict_desk`` makes them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from station import contract

EXPLAINED = {
    contract.ConflictType.DUPLICATE_SERIAL: "A serial number on this line is already counted on another line.",
    contract.ConflictType.INVALID_QUANTITY: "The quantities break a counting rule (more damaged than counted, "
    "or too many).",
    contract.ConflictType.RACK_LOCKED: "The rack was held by someone else when this line reached the server.",
    contract.ConflictType.STALE_LOCK: "The line was counted after this station's lease on the rack had lapsed and "
    "someone else had taken the rack.",
    contract.ConflictType.VERSION_CONFLICT: "The line was changed on the server since this station last saw it.",
}
FIELDS = {
    "verified_qty": "Counted",
    "damage_qty": "of which damaged",
    "serial_numbers": "Serials",
    "lock_token": "Lease (fencing token)",
    "claimed_by": "Rack held by",
    "version": "Version of the line",
}
"""What the dialog compares, in order, with its labels."""


HERE_ONLY = (
    "this server cannot take supervisors' decisions, so none was sent. Settle the same lines in StockVerify, "
    "then press F10 again: it checks this station's count against the server's."
)
"""What a decision on a server that cannot take decisions came to, and what to do."""


def explain(conflict_type: str) -> str:
    """The conflict type in one sentence a supervisor can act on."""
    try:
        return EXPLAINED[contract.ConflictType(conflict_type)]
    except ValueError:
        return "The server refused this line."


@dataclass(frozen=True)
class Supervisor:
    """Someone whose PIN the server accepted with a supervisor's or an admin's role."""

    username: str
    token: str | None
    secret: str = field(repr=False, default="")
    verified: bool = True


@dataclass(frozen=True)
class Decided:
    """A decision made at this station about a conflict, not yet sent to the server."""

    decided_by: str
    resolution: contract.Resolution
    note: str


@dataclass(frozen=True)
class ConflictRow:
    """One conflict as the dialog shows it: this station's values beside the server's."""

    key: str
    conflict_type: str
    explanation: str
    rack_id: str
    session_id: str
    item: str
    counted_by: str
    detected_at: datetime | None
    station: dict[str, Any]
    server: dict[str, Any]
    serialized: bool
    local_id: int | None = None
    server_id: str | None = None
    waiting: Decided | None = None
    waiting_error: str | None = None
    message: str = ""

    @property
    def differs(self) -> set[str]:
        """The fields both sides have and disagree on."""
        return {name for name in self.station.keys() & self.server.keys() if self.station[name] != self.server[name]}

    @property
    def server_side(self) -> str:
        """What the server's column shows: for a duplicate serial, the other line holding it."""
        return "Server: other line" if self.conflict_type == contract.ConflictType.DUPLICATE_SERIAL else "Server"

    @property
    def decided_here(self) -> bool:
        return self.waiting is not None


@dataclass
class Listing:
    """The conflicts the dialog lists, and a sentence when the server could not be asked."""

    rows: list[ConflictRow]
    sentence: str = ""
    online: bool = True


@dataclass
class Settlement:
    """What became of a set of decisions."""

    sent: int = 0
    kept: int = 0
    refused: list[str] = field(default_factory=list)
    here: int = 0
    """Decided at this station only: the server cannot take supervisors' decisions at all (StockVerify)."""

    @property
    def sentence(self) -> str:
        parts = []
        if self.sent:
            parts.append(f"{self.sent} settled on the server.")
        if self.kept:
            parts.append(f"{self.kept} resolved here, not yet sent: they go when the server is back.")
        if self.here:
            parts.append(f"{self.here} decided at this station only: {HERE_ONLY}")
        parts.extend(self.refused)
        return " ".join(parts) or "Nothing was settled."
