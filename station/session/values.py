"""What the screens are shown and told: plain values, with no I/O behind them.

The ui may import this module (and ``conflict_rows``, ``ports``) but nothing else of ``session``:
those modules reach the server and the local database, which the screens never do.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum

from station.domain.lease import LeaseState
from station.domain.lines import Item, Line
from station.i18n import QT_TRANSLATE_NOOP


class FailureKind(StrEnum):
    """What kind of trouble a ``Failure`` is, for what the screen does beside showing its sentence."""

    REFUSED = "refused"
    """The server or a counting rule said no."""
    OFFLINE = "offline"
    """The server cannot be reached; counting goes on, what needs the server waits."""
    SIGNED_OUT = "signed_out"
    """The sign-in expired: the person logs in again, nothing is lost."""
    LOCAL = "local"
    """This station's own database could not do it (disk full, damaged)."""
    NEEDS_SUPERVISOR = "needs_supervisor"
    """Only a supervisor may go on (the counts disagree at F10)."""


@dataclass(frozen=True)
class Failure:
    """Anything a person asked for that did not happen: one sentence for them (the log has the rest)."""

    sentence: str
    kind: FailureKind = FailureKind.REFUSED


class TileState(StrEnum):
    """A rack on the grid, as this station's person sees it."""

    AVAILABLE = "available"
    ACTIVE = "active"
    PAUSED = "paused"
    COMPLETED = "completed"
    MINE = "mine"


@dataclass(frozen=True)
class FloorSummary:
    """A floor on the floors screen."""

    name: str
    available: int = 0
    counted: int = 0
    racks: int = 0


@dataclass(frozen=True)
class RackTile:
    """A rack on the rack grid."""

    rack_id: str
    floor: str
    state: TileState
    claimed_by: str | None
    item_count: int
    counted_count: int
    recount: bool = False
    """Waiting for its recount (sent by a supervisor, or over tolerance), or being recounted."""
    recount_for: str | None = None
    """Who is to recount it (``None``: anyone)."""


@dataclass(frozen=True)
class OpenedRack:
    """The rack the scanning screen opens: its session, its lines so far, what the catalogue expects."""

    session_id: str
    rack_id: str
    floor: str
    username: str
    lines: list[Line]
    expected: dict[str, float | None] = field(default_factory=dict)
    blind: bool = False
    note: str = ""


@dataclass(frozen=True)
class SessionStats:
    """The scanning screen's numbers for the session."""

    total: int
    verified: int
    damaged: int
    waiting: int
    per_minute: float
    duration_s: float
    refused: int = 0
    """Lines the server refused, waiting for a supervisor (not among ``waiting``)."""
    paused: bool = False
    """The rack is paused: the clock is stopped."""


@dataclass(frozen=True)
class LeaseStatus:
    """The lease as the status bar and the scanning screen show it."""

    state: LeaseState
    remaining: float
    holder: str | None
    reason: str
    rack_id: str
    released_by: str | None = None
    """Who released the rack under this station (a supervisor): lost that way, not taken."""
    note: str = ""


class Verdict(StrEnum):
    COUNTED = "counted"
    REJECTED = "rejected"
    NEEDS_SERIALS = "needs_serials"
    UNKNOWN = "unknown"
    MULTIPLIER = "multiplier"
    STOPPED = "stopped"


@dataclass(frozen=True)
class ScanOutcome:
    """What became of an entry (a scan, a typed code, an undo, an edit).

    ``item``, ``quantity``, ``code`` and ``manual`` say what to count when the verdict asks the person
    first (serials to scan, an unknown code to confirm).
    """

    verdict: Verdict
    sentence: str
    line: Line | None = None
    item: Item | None = None
    quantity: int = 1
    code: str = ""
    manual: bool = False

    @property
    def good(self) -> bool:
        return self.verdict in (Verdict.COUNTED, Verdict.MULTIPLIER)

    @property
    def asks(self) -> bool:
        """A question waits for the counter (serials, an unknown barcode): it sounds as one, not as an error."""
        return self.verdict in (Verdict.NEEDS_SERIALS, Verdict.UNKNOWN)


@dataclass(frozen=True)
class FoundItem:
    """An item Ctrl+F found by name or code, and the rack it is expected on (``None``: not known)."""

    item: Item
    rack_id: str | None
    here: bool
    """Expected on the rack being counted."""


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
    station: str = ""
    """The station it was claimed from, where the server says (ext)."""

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


@dataclass(frozen=True)
class Allowed:
    """What the server lets a supervisor do from a station (StockVerify as it ships lets neither)."""

    supervisor_release: bool = True
    """A supervisor may release a rack someone else claimed: F10's "release anyway", the board's R."""
    decisions: bool = True
    """Supervisors' decisions on refused lines reach the server (F9)."""


ONLY_CLAIMER = QT_TRANSLATE_NOOP(
    "values",
    "No supervisor can release this rack anyway on this server (StockVerify lets only the counter who claimed "
    "it release it). Settle the refused lines in StockVerify, then press F10 again.",
)
"""Why no supervisor is offered F10's "release anyway" on a server that forbids it, and what to do (English:
shown as ``translate("values", ONLY_CLAIMER)``)."""
ONLY_CLAIMER_COUNTS = QT_TRANSLATE_NOOP(
    "values",
    "No supervisor can release this rack anyway on this server (StockVerify lets only the counter who claimed "
    "it release it). Settle the difference in StockVerify, then press F10 again.",
)
"""The same, when the server's count and the station's differ (no line refused)."""
