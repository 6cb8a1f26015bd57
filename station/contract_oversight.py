"""The oversight wire contract (ext, docs/CONTRACT.md): progress, variance, recounts, lines and rack history.

Answers only the reference server gives (StockVerify has none of them). Read tolerantly, written
strictly, like everything in ``station.contract``.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated

from pydantic import Field, StringConstraints

from station.contract import Answer, Epoch, Request
from station.wire_text import Name, Note


class CountState(StrEnum):
    """Where a rack stands in the whole count."""

    FREE = "free"
    COUNTING = "counting"
    PAUSED = "paused"
    DONE = "done"
    TO_RECOUNT = "to_recount"
    """Sent to a recount (over tolerance, or by a supervisor) and not settled yet: waiting for its
    second count, being recounted, or waiting for a supervisor to approve one of its two counts."""


class Progress(Answer):
    """How far one floor (or, with ``floor`` empty, the whole count) is."""

    floor: str = ""
    racks: int = 0
    free: int = 0
    counting: int = 0
    paused: int = 0
    done: int = 0
    to_recount: int = 0
    awaiting_approval: int = 0
    """Of ``to_recount``: racks with both counts, waiting for a supervisor to approve one."""
    percent_done: float = 0.0
    """``done`` out of ``racks``, in percent (one decimal)."""
    lines: int = 0
    """Lines in the racks' current counts."""
    pieces: int = 0
    """Pieces in the racks' current counts (the approved count where there is one)."""
    counters: list[str] = Field(default_factory=list)
    """Who is counting or paused now, by user name."""
    stations: int = 0
    """Sessions being counted or paused now: one a station."""


class CountProgress(Answer):
    """``GET /api/oversight/progress``: the whole count and each floor, in building order."""

    overall: Progress
    floors: list[Progress] = Field(default_factory=list)
    at: Epoch | None = None


class VarianceState(StrEnum):
    """How an item's count compares with the books."""

    OK = "ok"
    OVER = "over"
    UNDER = "under"
    MISSING = "missing"
    """Expected on the rack, none counted."""
    UNEXPECTED = "unexpected"
    """Counted on the rack, not expected there."""


class Tolerance(Answer):
    """How far a count may differ from the books before it is over tolerance: an item is over when its
    difference is more than ``units`` pieces and more than ``percent`` of its expected quantity."""

    percent: float = 0.0
    units: int = 0


class Tolerances(Answer):
    """``GET /api/oversight/tolerances``: the warehouse's tolerance and each category's own."""

    default: Tolerance = Field(default_factory=Tolerance)
    categories: dict[str, Tolerance] = Field(default_factory=dict)
    recount: bool = True
    """Whether a rack finished over tolerance goes to a recount on its own."""


class ItemVariance(Answer):
    """One item of a rack: expected against counted."""

    rack_id: str = ""
    item_code: str
    name: str = ""
    category: str | None = None
    uom: str = ""
    expected: int = 0
    counted: int = 0
    damaged: int = 0
    difference: int = 0
    """``counted - expected``."""
    percent: float | None = None
    """``difference`` in percent of ``expected``; none when nothing was expected."""
    price: float | None = None
    """The item's price (MRP) where the catalogue has one."""
    value: float | None = None
    """``difference × price``; none without a price."""
    state: VarianceState = VarianceState.OK
    over_tolerance: bool = False


class RackTotals(Answer):
    """A rack's variance in totals (a line of a floor's variance)."""

    rack_id: str
    floor: str = ""
    state: CountState = CountState.FREE
    finished: bool = False
    """Whether the totals read a finished count (only those add up into a floor's totals)."""
    session_id: str | None = None
    """The count read: the approved one, else the latest."""
    counted_by: str | None = None
    items: int = 0
    expected: int = 0
    counted: int = 0
    difference: int = 0
    percent: float | None = None
    value: float = 0.0
    """The sum of the items' values (those with a price)."""
    missing: int = 0
    unexpected: int = 0
    over: int = 0
    under: int = 0
    items_over_tolerance: int = 0
    over_tolerance: bool = False


class RackVariance(Answer):
    """``GET /api/oversight/racks/{rack}/variance``: a rack's totals and every item."""

    totals: RackTotals
    items: list[ItemVariance] = Field(default_factory=list)


class FloorVariance(Answer):
    """``GET /api/oversight/variance?floor=F``: every rack's totals, the floor's, and its hot spots."""

    floor: str
    racks: list[RackTotals] = Field(default_factory=list)
    racks_finished: int = 0
    expected: int = 0
    counted: int = 0
    difference: int = 0
    value: float = 0.0
    items_over_tolerance: int = 0
    racks_over_tolerance: int = 0
    hot_spots: list[ItemVariance] = Field(default_factory=list)
    """The items of finished racks over tolerance with the largest differences in value (else pieces)."""


class FloorTotals(Answer):
    """A floor's line in the whole count's summary."""

    floor: str
    racks: int = 0
    racks_finished: int = 0
    expected: int = 0
    counted: int = 0
    difference: int = 0
    value: float = 0.0
    racks_over_tolerance: int = 0


class CountSummary(Answer):
    """``GET /api/oversight/summary``: the whole count, for the report accounts sign."""

    progress: CountProgress
    floors: list[FloorTotals] = Field(default_factory=list)
    expected: int = 0
    counted: int = 0
    difference: int = 0
    value: float = 0.0
    racks_over_tolerance: int = 0
    at: Epoch | None = None


class SessionLine(Answer):
    """One counted line of a session, as the server holds it."""

    client_record_id: str
    item_code: str
    name: str = ""
    barcode: str | None = None
    verified_qty: int = 0
    damage_qty: int = 0
    serial_numbers: list[str] = Field(default_factory=list)
    status: str = ""
    manual_entry: bool = False
    version: int = 1
    updated_at: Epoch | None = None


class SessionLines(Answer):
    """``GET /api/oversight/sessions/{id}/lines``: one page of a session's lines, oldest first."""

    session_id: str
    rack_id: str = ""
    username: str = ""
    total: int = 0
    offset: int = 0
    limit: int = 0
    lines: list[SessionLine] = Field(default_factory=list)


class RecountStatus(StrEnum):
    TO_RECOUNT = "to_recount"
    """Waiting for its second count."""
    RECOUNTING = "recounting"
    RECOUNTED = "recounted"
    """Both counts in: a supervisor approves one."""
    APPROVED = "approved"


class RecountReason(StrEnum):
    TOLERANCE = "tolerance"
    SUPERVISOR = "supervisor"


class CountChoice(StrEnum):
    FIRST = "first"
    SECOND = "second"


class CountTaken(Answer):
    """One of a recount's two counts."""

    session_id: str
    counted_by: str = ""
    finished_at: Epoch | None = None
    lines: int = 0
    pieces: int = 0


class Recount(Answer):
    """A rack's recount: both counts side by side, who recounts it, and which count was approved."""

    rack_id: str
    floor: str = ""
    status: RecountStatus
    reason: RecountReason = RecountReason.SUPERVISOR
    requested_by: str = ""
    requested_at: Epoch | None = None
    assigned_to: str | None = None
    """Only this counter may claim the rack for its second count; anyone when none."""
    first: CountTaken | None = None
    second: CountTaken | None = None
    approved: CountChoice | None = None
    approved_count: int | None = None
    """Pieces in the approved count."""
    approved_by: str | None = None
    approved_at: Epoch | None = None
    note: str = ""


class RecountRequest(Request):
    """A supervisor sends a finished rack to a recount, for someone in particular or for anyone."""

    assign_to: Name | None = None
    note: Note = ""


class AssignRequest(Request):
    """Who recounts the rack (``None``: anyone)."""

    counter: Name | None = None
    note: Note = ""


class ApproveRequest(Request):
    """The count a supervisor keeps, and why."""

    count: CountChoice
    note: Annotated[Note, StringConstraints(min_length=1)]


class RackHistoryEntry(Answer):
    """One line of a rack's history: its counts (sessions) and every supervisor's act on it."""

    at: Epoch
    actor: str
    action: str
    """``counted`` (a session: started … finished), ``release``, ``send-to-recount``, ``assign``,
    ``approve``, and the conflict decisions (``accept_local`` …)."""
    note: str = ""
    session_id: str | None = None
    status: str | None = None
    """A session's status (completed, active, paused, superseded …)."""
    finished_at: Epoch | None = None
    lines: int | None = None
    pieces: int | None = None
