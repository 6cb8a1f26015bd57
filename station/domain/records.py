"""Record rules: what a counted line may hold, and the sentences for what it may not."""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

from station.domain.errors import Rejected

MAX_LINE_QUANTITY = 99_999
"""No rack holds more of one item than this; a bigger number is a typo or a stuck key."""

MAX_MULTIPLIER = 9_999
"""The largest number a counter may type before a scan ("12", then scan = 12)."""

MAX_SERIAL_LENGTH = 64

_SERIAL = re.compile(r"[\x21-\x7e]+")  # printable ASCII, no spaces


class RecordStatus(StrEnum):
    """Whether a counted line may still change (``partial``) or its rack was finished."""

    PARTIAL = "partial"
    FINALIZED = "finalized"


@dataclass(frozen=True)
class LineCount:
    """What was counted of one item in one rack.

    ``damage_qty`` is part of ``verified_qty``: 10 counted of which 2 damaged is (10, 2).
    """

    verified_qty: int = 0
    damage_qty: int = 0
    serials: tuple[str, ...] = ()

    def add(self, quantity: int, *, damaged: bool = False, serials: tuple[str, ...] = ()) -> LineCount:
        """The line after ``quantity`` more pieces were counted.

        Raises:
            Rejected: when the result would break a rule (a serial counted twice, a line too large).
        """
        check_quantity(quantity, what="A scan")
        if quantity == 0:
            raise Rejected("zero_quantity", "A scan must count at least one piece.")
        clean = tuple(normalise_serial(s) for s in serials)
        for serial in clean:
            if serial in self.serials:
                raise Rejected(
                    "duplicate_serial",
                    f"Serial {serial} is already counted on this line. Scan the next piece's serial.",
                )
        line = LineCount(
            verified_qty=self.verified_qty + quantity,
            damage_qty=self.damage_qty + (quantity if damaged else 0),
            serials=self.serials + clean,
        )
        check_quantity(line.verified_qty, what="This line")
        _raise_first(_serial_problems(line.serials))
        return line


def check_quantity(quantity: int, *, what: str = "The quantity") -> int:
    """Refuse a quantity below zero or above the ceiling; return it when fine."""
    if quantity < 0:
        raise Rejected("negative_quantity", f"{what} cannot be negative ({quantity}).")
    if quantity > MAX_LINE_QUANTITY:
        raise Rejected(
            "quantity_too_large",
            f"{what} would be {quantity:,}, more than one line can hold ({MAX_LINE_QUANTITY:,}). "
            "Check the number and enter it again.",
        )
    return quantity


def parse_multiplier(text: str) -> int:
    """Read the number a counter typed before a scan ("12" then scan counts 12).

    Raises:
        Rejected: for anything but a whole number from 1 to ``MAX_MULTIPLIER``.
    """
    cleaned = text.strip()
    if not cleaned.isascii() or not cleaned.isdigit():
        raise Rejected(
            "not_a_number",
            f"“{cleaned[:20]}” is not a whole number of pieces. Type digits only, then scan.",
        )
    value = int(cleaned)
    if value == 0:
        raise Rejected("zero_quantity", "A scan must count at least one piece. Type 1 or more, then scan.")
    if value > MAX_MULTIPLIER:
        raise Rejected(
            "quantity_too_large",
            f"{value:,} pieces in one scan is more than allowed ({MAX_MULTIPLIER:,}). "
            "Check the number and type it again.",
        )
    return value


def normalise_serial(raw: str) -> str:
    """A serial number without the surrounding blanks a scanner or a person adds.

    Raises:
        Rejected: for an empty, overlong or unprintable serial.
    """
    serial = raw.strip()
    if not serial:
        raise Rejected("empty_serial", "The serial number is empty. Scan the serial label again.")
    if len(serial) > MAX_SERIAL_LENGTH:
        raise Rejected(
            "serial_too_long",
            f"That serial number is too long ({len(serial)} characters, at most {MAX_SERIAL_LENGTH}). "
            "Scan the serial label, not the product barcode.",
        )
    if not _SERIAL.fullmatch(serial):
        raise Rejected(
            "bad_serial",
            "A serial number has only letters, digits and punctuation, no spaces. Scan it again.",
        )
    return serial


def line_problems(line: LineCount, *, serialized: bool) -> list[Rejected]:
    """Every rule the line breaks, each as a rejection with its sentence (empty when valid)."""
    problems: list[Rejected] = []
    for quantity, what in (
        (line.verified_qty, "The counted quantity"),
        (line.damage_qty, "The damaged quantity"),
    ):
        try:
            check_quantity(quantity, what=what)
        except Rejected as exc:
            problems.append(exc)
    if line.damage_qty > line.verified_qty >= 0:
        problems.append(
            Rejected(
                "damage_above_verified",
                f"Damaged ({line.damage_qty}) cannot be more than counted ({line.verified_qty}).",
            )
        )
    problems.extend(_serial_problems(line.serials))
    if serialized and len(line.serials) != line.verified_qty:
        problems.append(
            Rejected(
                "serial_count_mismatch",
                f"This item has serial numbers: {line.verified_qty} counted but {len(line.serials)} "
                "serials entered. Enter one serial for each piece.",
            )
        )
    if not serialized and line.serials:
        problems.append(
            Rejected(
                "unexpected_serials",
                f"This item has no serial numbers; remove the {len(line.serials)} entered.",
            )
        )
    return problems


def check_line(line: LineCount, *, serialized: bool) -> LineCount:
    """Refuse a line that breaks a rule, with the first rule's sentence; return it when valid."""
    _raise_first(line_problems(line, serialized=serialized))
    return line


def _serial_problems(serials: tuple[str, ...]) -> list[Rejected]:
    problems: list[Rejected] = []
    seen: set[str] = set()
    for raw in serials:
        try:
            serial = normalise_serial(raw)
        except Rejected as exc:
            problems.append(exc)
            continue
        if serial in seen:
            problems.append(Rejected("duplicate_serial", f"Serial {serial} is entered twice."))
        seen.add(serial)
    return problems


def _raise_first(problems: list[Rejected]) -> None:
    if problems:
        raise problems[0]
