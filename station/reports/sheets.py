"""Reports as plain tables: titles, sections of rows, the server's own totals, and sign-off lines.

Every figure comes from a contract model as the server gave it; a total is the server's total, never
summed again here, so a report always agrees with the server.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime

from station import contract_oversight as o

Cell = str | int | float | None

SIGN_OFF = ("Counted by", "Checked by", "Approved by")
"""The signatures a count report carries, each with a date."""


@dataclass(frozen=True)
class Section:
    """One table: a title, column headings, rows, and the total row (``None``: no totals)."""

    title: str
    headers: tuple[str, ...]
    rows: list[tuple[Cell, ...]]
    total: tuple[Cell, ...] | None = None


@dataclass(frozen=True)
class Report:
    """A report: its title, lines under it, its tables, and whether it is signed off."""

    title: str
    facts: list[str]
    sections: list[Section] = field(default_factory=list)
    sign_off: tuple[str, ...] = SIGN_OFF
    name: str = "report"
    """A file name's stem for it (``rack-G-R01``)."""


def when(at: float | None) -> str:
    """A time as people read it in a report (UTC)."""
    if at is None:
        return ""
    return datetime.fromtimestamp(at, UTC).strftime("%Y-%m-%d %H:%M UTC")


def _percent(value: float | None) -> Cell:
    return None if value is None else round(value, 1)


ITEM_HEADERS = ("Item", "Name", "Category", "UoM", "Expected", "Counted", "Damaged", "Difference", "%", "Price",
                "Value", "State", "Over tolerance")  # fmt: skip


def _item_row(item: o.ItemVariance) -> tuple[Cell, ...]:
    return (item.item_code, item.name, item.category or "", item.uom, item.expected, item.counted, item.damaged,
            item.difference, _percent(item.percent), item.price, item.value, str(item.state),
            "yes" if item.over_tolerance else "no")  # fmt: skip


def rack_sheet(variance: o.RackVariance, recount: o.Recount | None = None) -> Report:
    """A rack's count sheet: every item expected against counted, the rack's totals, and its recount."""
    t = variance.totals
    facts = [
        f"Floor {t.floor} · state {t.state} · counted by {t.counted_by or 'nobody yet'}",
        f"Count {t.session_id or 'none'}{'' if t.finished else ' (not finished)'}",
    ]
    if recount is not None:
        facts.append(_recount_fact(recount))
    total = ("Total", "", "", "", t.expected, t.counted, None, t.difference, _percent(t.percent), None, t.value,
             f"{t.items_over_tolerance} over tolerance", "yes" if t.over_tolerance else "no")  # fmt: skip
    section = Section("Items", ITEM_HEADERS, [_item_row(item) for item in variance.items], total)
    return Report(f"Count sheet · rack {t.rack_id}", facts, [section], name=f"rack-{t.rack_id}")


def _recount_fact(recount: o.Recount) -> str:
    counts = [f"{label} count {c.pieces} pieces by {c.counted_by}" for label, c in
              (("first", recount.first), ("second", recount.second)) if c is not None]  # fmt: skip
    said = f"Recount ({recount.reason}): {recount.status}; " + "; ".join(counts)
    if recount.approved:
        said += f"; {recount.approved} count approved by {recount.approved_by} ({recount.approved_count} pieces)"
        said += f": {recount.note}" if recount.note else ""
    return said


RACK_HEADERS = ("Rack", "State", "Counted by", "Items", "Expected", "Counted", "Difference", "%", "Value", "Missing",
                "Unexpected", "Items over tolerance", "Over tolerance")  # fmt: skip


def _rack_row(rack: o.RackTotals) -> tuple[Cell, ...]:
    if not rack.finished:  # no count to compare yet: what is expected, and what is counted so far
        return (rack.rack_id, str(rack.state), rack.counted_by or "", rack.items, rack.expected, rack.counted,
                None, None, None, None, None, None, "")  # fmt: skip
    return (rack.rack_id, str(rack.state), rack.counted_by or "", rack.items, rack.expected, rack.counted,
            rack.difference, _percent(rack.percent), rack.value, rack.missing, rack.unexpected,
            rack.items_over_tolerance, "yes" if rack.over_tolerance else "no")  # fmt: skip


def floor_sections(variance: o.FloorVariance) -> list[Section]:
    total = ("Total (finished racks)", f"{variance.racks_finished} finished", "", None, variance.expected,
             variance.counted, variance.difference, None, variance.value, None, None, variance.items_over_tolerance,
             f"{variance.racks_over_tolerance} racks")  # fmt: skip
    racks = Section(f"Racks · {variance.floor}", RACK_HEADERS, [_rack_row(r) for r in variance.racks], total)
    hot = Section(
        f"Hot spots · {variance.floor}",
        ("Rack", *ITEM_HEADERS),
        [(spot.rack_id, *_item_row(spot)) for spot in variance.hot_spots],
    )
    return [racks, hot]


def floor_report(variance: o.FloorVariance) -> Report:
    """A floor's variance: each rack's totals, the floor's over its finished racks, and its hot spots."""
    facts = [f"{len(variance.racks)} racks, {variance.racks_finished} finished; "
             f"{variance.racks_over_tolerance} over tolerance"]  # fmt: skip
    return Report(f"Variance · floor {variance.floor}", facts, floor_sections(variance), name=f"floor-{variance.floor}")


PROGRESS_HEADERS = ("Floor", "Racks", "Free", "Counting", "Paused", "Done", "To recount", "% done", "Lines", "Pieces")
FLOOR_HEADERS = ("Floor", "Racks", "Finished", "Expected", "Counted", "Difference", "Value", "Racks over tolerance")


def _progress_row(p: o.Progress, label: str) -> tuple[Cell, ...]:
    return (label, p.racks, p.free, p.counting, p.paused, p.done, p.to_recount, p.percent_done, p.lines, p.pieces)


def summary_report(summary: o.CountSummary, floors: Sequence[o.FloorVariance] = ()) -> Report:
    """The whole count: progress, each floor's variance totals, the count's totals, then (when given) each
    floor's racks; signed off by who counted, checked and approved it."""
    overall = summary.progress.overall
    facts = [
        f"As of {when(summary.at)}: {overall.done} of {overall.racks} racks done ({overall.percent_done} %), "
        f"{overall.to_recount} to recount",
        f"Difference {summary.difference} pieces, value {summary.value:.2f}; "
        f"{summary.racks_over_tolerance} racks over tolerance",
    ]
    progress = Section(
        "Progress",
        PROGRESS_HEADERS,
        [_progress_row(p, p.floor) for p in summary.progress.floors],
        _progress_row(overall, "Total"),
    )
    totals = Section(
        "Variance by floor",
        FLOOR_HEADERS,
        [
            (f.floor, f.racks, f.racks_finished, f.expected, f.counted, f.difference, f.value, f.racks_over_tolerance)
            for f in summary.floors
        ],  # fmt: skip
        (
            "Total",
            overall.racks,
            sum(f.racks_finished for f in summary.floors),
            summary.expected,
            summary.counted,
            summary.difference,
            summary.value,
            summary.racks_over_tolerance,
        ),  # fmt: skip
    )
    sections = [progress, totals]
    for floor in floors:
        sections += floor_sections(floor)
    return Report("Stock-take summary", facts, sections, name="count-summary")
