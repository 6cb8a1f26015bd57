"""The F9 dialog's values: a conflict as the dialog compares it, the supervisor deciding, what came of it.

Plain values the ui may import; ``conflict_desk`` makes them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from station import contract
from station.i18n import QT_TRANSLATE_NOOP, translate

EXPLAINED = {
    contract.ConflictType.DUPLICATE_SERIAL: QT_TRANSLATE_NOOP(
        "conflict_rows", "A serial number on this line is already counted on another line."
    ),
    contract.ConflictType.INVALID_QUANTITY: QT_TRANSLATE_NOOP(
        "conflict_rows", "The quantities break a counting rule (more damaged than counted, or too many)."
    ),
    contract.ConflictType.RACK_LOCKED: QT_TRANSLATE_NOOP(
        "conflict_rows", "The rack was held by someone else when this line reached the server."
    ),
    contract.ConflictType.STALE_LOCK: QT_TRANSLATE_NOOP(
        "conflict_rows",
        "The line was counted after this station's lease on the rack had lapsed and someone else had taken the rack.",
    ),
    contract.ConflictType.VERSION_CONFLICT: QT_TRANSLATE_NOOP(
        "conflict_rows", "The line was changed on the server since this station last saw it."
    ),
}
"""Each kind of conflict in English (``explain`` says it in the station's language)."""
FIELDS = {
    "verified_qty": QT_TRANSLATE_NOOP("conflict_rows", "Counted"),
    "damage_qty": QT_TRANSLATE_NOOP("conflict_rows", "of which damaged"),
    "serial_numbers": QT_TRANSLATE_NOOP("conflict_rows", "Serials"),
    "lock_token": QT_TRANSLATE_NOOP("conflict_rows", "Lease (fencing token)"),
    "claimed_by": QT_TRANSLATE_NOOP("conflict_rows", "Rack held by"),
    "version": QT_TRANSLATE_NOOP("conflict_rows", "Version of the line"),
}
"""What the dialog compares, in order, with its labels (English: shown as ``field_label(name)``)."""


HERE_ONLY = QT_TRANSLATE_NOOP(
    "conflict_rows",
    "this server cannot take supervisors' decisions, so none was sent. Settle the same lines in StockVerify, "
    "then press F10 again: it checks this station's count against the server's.",
)
"""What a decision on a server that cannot take decisions came to, and what to do (English)."""


def explain(conflict_type: str) -> str:
    """The conflict type in one sentence a supervisor can act on."""
    try:
        return translate("conflict_rows", EXPLAINED[contract.ConflictType(conflict_type)])
    except ValueError:
        return translate("conflict_rows", "The server refused this line.")


def field_label(name: str) -> str:
    """The label of a compared field (one of ``FIELDS``) in the station's language."""
    return translate("conflict_rows", FIELDS[name])


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
    holder: str = ""
    """For a duplicate serial, where the serial is counted already: rack, counter, time (those known)."""

    @property
    def differs(self) -> set[str]:
        """The fields both sides have and disagree on."""
        return {name for name in self.station.keys() & self.server.keys() if self.station[name] != self.server[name]}

    @property
    def server_side(self) -> str:
        """What the server's column shows: for a duplicate serial, the other line holding it."""
        if self.conflict_type == contract.ConflictType.DUPLICATE_SERIAL:
            other = translate("conflict_rows", "Server: other line")
            return f"{other}\n{self.holder}" if self.holder else other  # a second line: the column is narrow
        return translate("conflict_rows", "Server")

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
            parts.append(translate("conflict_rows", "%n settled on the server.", None, self.sent))
        if self.kept:
            parts.append(
                translate(
                    "conflict_rows", "%n resolved here, not yet sent: they go when the server is back.", None, self.kept
                )
            )
        if self.here:
            here = translate("conflict_rows", "%n decided at this station only: {why}", None, self.here)
            parts.append(here.format(why=translate("conflict_rows", HERE_ONLY)))
        parts.extend(self.refused)
        return " ".join(parts) or translate("conflict_rows", "Nothing was settled.")
