"""F10's review: what was counted against what the rack expects, and which lines still wait."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from enum import StrEnum

from station.domain.lines import Line
from station.i18n import translate


class Standing(StrEnum):
    """How an item's count stands against what the rack expects."""

    MISSING = "missing"
    """Expected here, and none counted."""
    UNEXPECTED = "unexpected"
    """Counted, and not expected on this rack."""
    OVER = "over"
    UNDER = "under"
    MATCHED = "matched"
    COUNTED = "counted"
    """Nothing to hold it against: a blind count, or no expected quantity known."""


ORDER = (Standing.MISSING, Standing.UNEXPECTED, Standing.UNDER, Standing.OVER, Standing.COUNTED, Standing.MATCHED)
"""What needs a look comes first."""


@dataclass(frozen=True)
class ItemReview:
    """One item of the rack: counted beside expected (``None`` when blind or unknown), and its lines' state."""

    item_code: str
    name: str
    counted: int
    damaged: int
    expected: float | None
    standing: Standing
    waiting: int = 0
    """Lines of the item not yet acknowledged by the server (refused ones not included)."""
    refused: str = ""
    """The server's reason, when a line of the item was refused and waits for a supervisor."""
    excluded: int = 0
    """Lines a supervisor set aside ("ignore"): they count for nothing."""

    @property
    def difference(self) -> float | None:
        """Counted less expected: positive over, negative under."""
        return None if self.expected is None else self.counted - self.expected


@dataclass(frozen=True)
class Review:
    """The rack as F10 shows it before anything is finalised."""

    rack_id: str
    blind: bool
    items: tuple[ItemReview, ...]
    expected_items: int
    lines: int
    pieces: int
    damaged: int
    waiting: int
    refused: int
    excluded: int

    def of(self, standing: Standing) -> tuple[ItemReview, ...]:
        return tuple(item for item in self.items if item.standing is standing)

    @property
    def all_well(self) -> bool:
        """Everything expected counted as expected, nothing else, every line sent."""
        off = (Standing.MISSING, Standing.UNEXPECTED, Standing.OVER, Standing.UNDER)
        return not any(item.standing in off for item in self.items) and not self.waiting and not self.refused

    @property
    def blocked(self) -> bool:
        """Lines the server refused wait for a supervisor: the rack cannot simply be finished."""
        return self.refused > 0

    def headline(self) -> str:
        """One sentence: how the count stands, and whether every line was sent (its clauses each
        translated whole, with their counts, and listed the way the language lists them)."""
        parts = [self._counted()]
        if not self.blind:
            if unexpected := len(self.of(Standing.UNEXPECTED)):
                parts.append(translate("review", "%n not expected here", None, unexpected))
            if under := len(self.of(Standing.UNDER)):
                parts.append(translate("review", "%n under", None, under))
            if over := len(self.of(Standing.OVER)):
                parts.append(translate("review", "%n over", None, over))
        if self.refused:
            parts.append(translate("review", "%n line(s) refused by the server", None, self.refused))
        if self.waiting:
            parts.append(translate("review", "%n line(s) not sent yet", None, self.waiting))
        if not self.refused and not self.waiting:
            parts.append(translate("review", "all lines sent"))
        listed = translate("review", ", ", "between the clauses of the review's headline").join(parts)
        return translate("review", "{clauses}.", "the review's headline: its clauses, then a full stop").format(
            clauses=listed
        )

    def blocker(self) -> str:
        """What stops the rack from finishing, or "" when nothing does."""
        if not self.refused:
            return ""
        return translate(
            "review",
            "%n line(s) refused by the server [waits|wait] for a supervisor. F9: a supervisor decides.",
            None,
            self.refused,
        )

    def refusals(self) -> list[str]:
        """Each refused item and the server's reason: what the supervisor will decide on."""
        return [
            translate("review", "{item}: {reason}").format(item=item.name or item.item_code, reason=item.refused)
            for item in self.items
            if item.refused
        ]

    def _counted(self) -> str:
        if self.blind or not self.expected_items:
            lines = translate("review", "%n line(s)", "in: 5 pieces counted in 2 lines", self.lines)
            if self.blind:
                return translate(
                    "review",
                    "%n piece(s) counted in {lines} (a blind count: expected quantities are not shown)",
                    None,
                    self.pieces,
                ).format(lines=lines)
            return translate("review", "%n piece(s) counted in {lines}", None, self.pieces).format(lines=lines)
        missing = len(self.of(Standing.MISSING))
        if not missing:
            return translate("review", "All %n expected items counted", None, self.expected_items)
        return translate(
            "review", "{counted} of %n expected items counted, {missing} missing", None, self.expected_items
        ).format(counted=self.expected_items - missing, missing=missing)


def review_of(
    rack_id: str,
    lines: list[Line],
    expected: Mapping[str, float | None],
    *,
    blind: bool,
    name_of: Callable[[str], str] = lambda code: "",
    blocked: int = 0,
) -> Review:
    """The review of a rack's ``lines`` against ``expected`` (item code → quantity, ``None`` unknown).

    Args:
        name_of: an item's name, for expected items that no line names.
        blocked: lines the local database knows to be refused, when the lines do not say so themselves.
    """
    counted: dict[str, list[Line]] = {}
    for line in lines:
        counted.setdefault(line.item_code, []).append(line)
    codes = list(counted) + ([] if blind else [code for code in expected if code not in counted])
    reviewed = (_item(code, counted.get(code, []), None if blind else expected, name_of) for code in codes)
    items = [item for item in reviewed if item is not None]
    items.sort(key=lambda item: ORDER.index(item.standing))
    kept = [line for line in lines if not line.excluded]
    refused = sum(bool(line.refused) for line in kept)
    unmarked = max(0, blocked - refused)  # refused, though the lines do not say so: they are not on their way
    return Review(
        rack_id=rack_id,
        blind=blind,
        items=tuple(items),
        expected_items=0 if blind else sum(quantity is None or quantity > 0 for quantity in expected.values()),
        lines=len(kept),
        # An excluded line holds what the server kept of it (nothing, unless it had taken an earlier copy).
        pieces=sum(line.verified_qty for line in lines),
        damaged=sum(line.damage_qty for line in lines),
        waiting=max(0, sum(not line.synced and not line.refused for line in kept) - unmarked),
        refused=refused + unmarked,
        excluded=len(lines) - len(kept),
    )


def _item(
    code: str, lines: list[Line], expected: Mapping[str, float | None] | None, name_of: Callable[[str], str]
) -> ItemReview | None:
    kept = [line for line in lines if not line.excluded]
    pieces = sum(line.verified_qty for line in lines)  # as the station and the server count them
    known = expected is not None and code in expected
    wanted = expected.get(code) if expected is not None else None
    if expected is None or (known and wanted is None):
        standing = Standing.COUNTED
    elif not known:
        standing = Standing.UNEXPECTED if pieces else Standing.COUNTED
    elif wanted and not pieces:
        standing = Standing.MISSING
    else:
        assert wanted is not None
        standing = Standing.OVER if pieces > wanted else Standing.UNDER if pieces < wanted else Standing.MATCHED
    if not lines and standing is not Standing.MISSING:
        return None  # expected nothing (or nothing known) and nothing counted: nothing to say
    name = next((line.item_name for line in lines if line.item_name), "") or name_of(code)
    return ItemReview(
        item_code=code,
        name=name or (translate("review", "unknown barcode") if any(line.unknown_item for line in lines) else ""),
        counted=pieces,
        damaged=sum(line.damage_qty for line in lines),
        expected=wanted,
        standing=standing,
        waiting=sum(not line.synced and not line.refused for line in kept),
        refused=next((line.refused for line in kept if line.refused), ""),
        excluded=len(lines) - len(kept),
    )


def plural(count: int, noun: str) -> str:
    """``1 line``, ``2 lines`` (English only: a sentence says its count with ``%n`` in ``translate``)."""
    return f"{count} {noun}{'' if count == 1 else 's'}"
