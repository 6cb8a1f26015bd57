"""Variance: each rack's current count against the items' expected quantities, judged by the tolerances.

A rack's current count is its approved count, else the one a recount reads (``RecountRow.count_session``),
else its latest session. Everything is read in four statements for any number of racks: the racks with
their recounts, the counts' counters, the racks' items, and the counts' lines summed per item.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from sqlalchemy import Connection, func, select

from station import contract_oversight as o
from station.server import db
from station.server.tolerances import Tolerances

HOT_SPOTS = 10
"""Items a floor's variance names as its hot spots."""

_RECOUNT_OPEN = ("to_recount", "recounting", "recounted")


@dataclass(frozen=True)
class RackCount:
    """A rack and the count of it that its variance reads."""

    rack_id: str
    floor: str
    status: str
    state: o.CountState
    session_id: str | None
    finished: bool
    awaiting_approval: bool
    counted_by: str | None = None


@dataclass
class Line:
    """One item of a rack's count, as read."""

    rack_id: str
    item_code: str
    name: str
    category: str | None
    uom: str
    expected: int
    counted: int
    damaged: int
    price: float | None


def rack_counts(conn: Connection, *, floor: str | None = None, rack_id: str | None = None) -> list[RackCount]:
    """Racks in building order (one floor's, one rack, or every one) with the count each one reads."""
    r, c = db.racks.c, db.recounts.c
    query = (
        select(r.rack_id, r.floor, r.status, r.session_id, c.status.label("recount"), c.first_session_id,
               c.second_session_id, c.approved)
        .select_from(db.racks.outerjoin(db.recounts, c.rack_id == r.rack_id))
        .order_by(r.position)
    )  # fmt: skip
    if floor is not None:
        query = query.where(r.floor == floor)
    if rack_id is not None:
        query = query.where(r.rack_id == rack_id)
    counts = [_count(row) for row in conn.execute(query)]
    ids = {count.session_id for count in counts if count.session_id}
    if not ids:
        return counts
    who = dict(conn.execute(select(db.sessions.c.id, db.sessions.c.username).where(db.sessions.c.id.in_(ids))).all())
    return [
        RackCount(**{**count.__dict__, "counted_by": who.get(count.session_id)}) if count.session_id else count
        for count in counts
    ]


def _count(row: object) -> RackCount:
    recount = getattr(row, "recount", None)
    status: str = getattr(row, "status", "")
    if recount in ("to_recount", "recounting"):
        session = row.first_session_id  # type: ignore[attr-defined]
    elif recount == "recounted" or (recount == "approved" and row.approved == "second"):  # type: ignore[attr-defined]
        session = row.second_session_id  # type: ignore[attr-defined]
    elif recount == "approved":
        session = row.first_session_id  # type: ignore[attr-defined]
    else:
        session = row.session_id  # type: ignore[attr-defined]
    if status == "active":
        state = o.CountState.COUNTING
    elif status == "paused":
        state = o.CountState.PAUSED
    elif recount in _RECOUNT_OPEN:
        state = o.CountState.TO_RECOUNT
    elif status == "completed":
        state = o.CountState.DONE
    else:
        state = o.CountState.FREE
    finished = bool(session) and (status == "completed" or recount in _RECOUNT_OPEN)
    return RackCount(
        rack_id=row.rack_id,  # type: ignore[attr-defined]
        floor=row.floor,  # type: ignore[attr-defined]
        status=status,
        state=state,
        session_id=session,
        finished=finished,
        awaiting_approval=recount == "recounted" and state is o.CountState.TO_RECOUNT,
    )


def lines(conn: Connection, counts: Sequence[RackCount]) -> dict[str, list[Line]]:
    """Every rack's lines: its expected items, then what was counted there unexpectedly."""
    found: dict[str, dict[str, Line]] = {count.rack_id: {} for count in counts}
    i = db.items.c
    query = select(i.rack_id, i.item_code, i.name, i.category, i.uom, i.expected_qty, i.mrp).order_by(i.item_code)
    rack_ids = list(found)
    query = query.where(i.rack_id.in_(rack_ids)) if len(rack_ids) < 500 else query.where(i.rack_id.is_not(None))
    for rack, code, name, category, uom, expected, price in conn.execute(query):
        if rack in found:
            found[rack][code] = Line(rack, code, name, category, uom, expected or 0, 0, 0, price)
    rack_of = {count.session_id: count.rack_id for count in counts if count.session_id}
    if rack_of:
        r = db.records.c
        summed = (
            select(r.session_id, r.item_code, func.sum(r.verified_qty), func.sum(r.damage_qty))
            .where(r.session_id.in_(list(rack_of)))
            .group_by(r.session_id, r.item_code)
        )
        strangers: list[Line] = []
        for session_id, code, counted, damaged in conn.execute(summed):
            rack = rack_of[session_id]
            line = found[rack].get(code)
            if line is None:
                line = found[rack][code] = Line(rack, code, "", None, "", 0, 0, 0, None)
                strangers.append(line)
            line.counted, line.damaged = int(counted or 0), int(damaged or 0)
        if strangers:
            _describe(conn, strangers)
    return {rack: list(items.values()) for rack, items in found.items()}


def _describe(conn: Connection, strangers: Iterable[Line]) -> None:
    """Names, categories and prices of items counted where they are not expected (unknown codes stay bare)."""
    by_code: dict[str, list[Line]] = {}
    for line in strangers:
        by_code.setdefault(line.item_code, []).append(line)
    i = db.items.c
    for code, name, category, uom, price in conn.execute(
        select(i.item_code, i.name, i.category, i.uom, i.mrp).where(i.item_code.in_(list(by_code)))
    ):
        for line in by_code[code]:
            line.name, line.category, line.uom, line.price = name, category, uom, price


def measure(line: Line, tolerances: Tolerances) -> tuple[int, o.VarianceState, bool]:
    """An item's difference, its state, and whether it is over tolerance."""
    difference = line.counted - line.expected
    if line.expected > 0 and line.counted == 0:
        state = o.VarianceState.MISSING
    elif line.expected <= 0 and line.counted > 0:
        state = o.VarianceState.UNEXPECTED
    elif difference > 0:
        state = o.VarianceState.OVER
    elif difference < 0:
        state = o.VarianceState.UNDER
    else:
        state = o.VarianceState.OK
    over = difference != 0 and tolerances.exceeded(line.category, line.expected, line.counted)
    return difference, state, over


def item_variance(line: Line, tolerances: Tolerances) -> o.ItemVariance:
    difference, state, over = measure(line, tolerances)
    return o.ItemVariance(
        rack_id=line.rack_id, item_code=line.item_code, name=line.name, category=line.category, uom=line.uom,
        expected=line.expected, counted=line.counted, damaged=line.damaged, difference=difference,
        percent=percent(difference, line.expected), price=line.price,
        value=round(difference * line.price, 2) if line.price is not None else None, state=state, over_tolerance=over,
    )  # fmt: skip


def percent(difference: int, expected: int) -> float | None:
    return round(difference * 100 / expected, 1) if expected > 0 else None


def rack_totals(count: RackCount, items: Sequence[Line], tolerances: Tolerances) -> o.RackTotals:
    expected = counted = missing = unexpected = over_n = under = over_tolerance = 0
    value = 0.0
    for line in items:
        difference, state, over = measure(line, tolerances)
        expected += line.expected
        counted += line.counted
        if line.price is not None:
            value += difference * line.price
        missing += state is o.VarianceState.MISSING
        unexpected += state is o.VarianceState.UNEXPECTED
        over_n += state is o.VarianceState.OVER
        under += state is o.VarianceState.UNDER
        over_tolerance += over
    difference = counted - expected
    return o.RackTotals(
        rack_id=count.rack_id, floor=count.floor, state=count.state, finished=count.finished,
        session_id=count.session_id, counted_by=count.counted_by, items=len(items), expected=expected,
        counted=counted, difference=difference, percent=percent(difference, expected), value=round(value, 2),
        missing=missing, unexpected=unexpected, over=over_n, under=under, items_over_tolerance=over_tolerance,
        over_tolerance=count.finished and over_tolerance > 0,
    )  # fmt: skip


def rack_variance(conn: Connection, rack_id: str, tolerances: Tolerances) -> o.RackVariance | None:
    counts = rack_counts(conn, rack_id=rack_id)
    if not counts:
        return None
    items = lines(conn, counts)[rack_id]
    return o.RackVariance(
        totals=rack_totals(counts[0], items, tolerances), items=[item_variance(line, tolerances) for line in items]
    )


def floor_variance(conn: Connection, floor: str, tolerances: Tolerances) -> o.FloorVariance | None:
    """A floor's racks in totals, the floor's totals over its finished racks, and its hot spots."""
    counts = rack_counts(conn, floor=floor)
    if not counts:
        return None
    by_rack = lines(conn, counts)
    racks = [rack_totals(count, by_rack[count.rack_id], tolerances) for count in counts]
    finished = [rack for rack in racks if rack.finished]
    hot: list[tuple[float, int, Line]] = []
    for count in counts:
        if count.finished:
            for line in by_rack[count.rack_id]:
                difference, _, over = measure(line, tolerances)
                if over:
                    hot.append((abs(difference * line.price) if line.price else 0.0, abs(difference), line))
    hot.sort(key=lambda spot: (spot[0], spot[1]), reverse=True)
    return o.FloorVariance(
        floor=floor, racks=racks, racks_finished=len(finished), expected=sum(r.expected for r in finished),
        counted=sum(r.counted for r in finished), difference=sum(r.difference for r in finished),
        value=round(sum(r.value for r in finished), 2),
        items_over_tolerance=sum(r.items_over_tolerance for r in finished),
        racks_over_tolerance=sum(r.over_tolerance for r in finished),
        hot_spots=[item_variance(line, tolerances) for _, _, line in hot[:HOT_SPOTS]],
    )  # fmt: skip


def session_over_tolerance(conn: Connection, rack_id: str, session_id: str, tolerances: Tolerances) -> int:
    """Items of ``rack_id`` whose count in ``session_id`` is over tolerance."""
    count = RackCount(rack_id, "", "completed", o.CountState.DONE, session_id, True, False)
    return sum(measure(line, tolerances)[2] for line in lines(conn, [count])[rack_id])
