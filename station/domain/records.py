"""Record rules: what a counted line may hold, and the sentences for what it may not."""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

from station.domain.errors import Rejected
from station.i18n import QT_TRANSLATE_NOOP, translate

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
        check_quantity(quantity, what="scan")
        if quantity == 0:
            raise Rejected("zero_quantity", translate("records", "A scan must count at least one piece."))
        clean = tuple(normalise_serial(s) for s in serials)
        for serial in clean:
            if serial in self.serials:
                raise Rejected(
                    "duplicate_serial",
                    translate(
                        "records", "Serial {serial} is already counted on this line. Scan the next piece's serial."
                    ).format(serial=serial),
                )
        line = LineCount(
            verified_qty=self.verified_qty + quantity,
            damage_qty=self.damage_qty + (quantity if damaged else 0),
            serials=self.serials + clean,
        )
        check_quantity(line.verified_qty, what="line")
        _raise_first(_serial_problems(line.serials))
        return line


_QUANTITY_SENTENCES = {
    "quantity": (
        QT_TRANSLATE_NOOP("records", "The quantity cannot be negative ({quantity})."),
        QT_TRANSLATE_NOOP(
            "records",
            "The quantity would be {quantity}, more than one line can hold ({most}). "
            "Check the number and enter it again.",
        ),
    ),
    "scan": (
        QT_TRANSLATE_NOOP("records", "A scan cannot be negative ({quantity})."),
        QT_TRANSLATE_NOOP(
            "records",
            "A scan would be {quantity}, more than one line can hold ({most}). Check the number and enter it again.",
        ),
    ),
    "line": (
        QT_TRANSLATE_NOOP("records", "This line cannot be negative ({quantity})."),
        QT_TRANSLATE_NOOP(
            "records",
            "This line would be {quantity}, more than one line can hold ({most}). Check the number and enter it again.",
        ),
    ),
    "counted": (
        QT_TRANSLATE_NOOP("records", "The counted quantity cannot be negative ({quantity})."),
        QT_TRANSLATE_NOOP(
            "records",
            "The counted quantity would be {quantity}, more than one line can hold ({most}). "
            "Check the number and enter it again.",
        ),
    ),
    "damaged": (
        QT_TRANSLATE_NOOP("records", "The damaged quantity cannot be negative ({quantity})."),
        QT_TRANSLATE_NOOP(
            "records",
            "The damaged quantity would be {quantity}, more than one line can hold ({most}). "
            "Check the number and enter it again.",
        ),
    ),
}
"""What ``check_quantity`` says of each kind of quantity: below zero, and above the ceiling (English)."""


def check_quantity(quantity: int, *, what: str = "quantity") -> int:
    """Refuse a quantity below zero or above the ceiling; return it when fine. ``what`` is the kind of
    quantity the sentence names: ``quantity``, ``scan``, ``line``, ``counted`` or ``damaged``."""
    negative, too_large = _QUANTITY_SENTENCES[what]
    if quantity < 0:
        raise Rejected("negative_quantity", translate("records", negative).format(quantity=quantity))
    if quantity > MAX_LINE_QUANTITY:
        raise Rejected(
            "quantity_too_large",
            translate("records", too_large).format(quantity=f"{quantity:,}", most=f"{MAX_LINE_QUANTITY:,}"),
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
            translate("records", "“{typed}” is not a whole number of pieces. Type digits only, then scan.").format(
                typed=cleaned[:20]
            ),
        )
    value = int(cleaned)
    if value == 0:
        raise Rejected(
            "zero_quantity", translate("records", "A scan must count at least one piece. Type 1 or more, then scan.")
        )
    if value > MAX_MULTIPLIER:
        raise Rejected(
            "quantity_too_large",
            translate(
                "records",
                "{quantity} pieces in one scan is more than allowed ({most}). Check the number and type it again.",
            ).format(quantity=f"{value:,}", most=f"{MAX_MULTIPLIER:,}"),
        )
    return value


def normalise_serial(raw: str) -> str:
    """A serial number without the surrounding blanks a scanner or a person adds.

    Raises:
        Rejected: for an empty, overlong or unprintable serial.
    """
    serial = raw.strip()
    if not serial:
        raise Rejected("empty_serial", translate("records", "The serial number is empty. Scan the serial label again."))
    if len(serial) > MAX_SERIAL_LENGTH:
        raise Rejected(
            "serial_too_long",
            translate(
                "records",
                "That serial number is too long ({length} characters, at most {most}). "
                "Scan the serial label, not the product barcode.",
            ).format(length=len(serial), most=MAX_SERIAL_LENGTH),
        )
    if not _SERIAL.fullmatch(serial):
        raise Rejected(
            "bad_serial",
            translate("records", "A serial number has only letters, digits and punctuation, no spaces. Scan it again."),
        )
    return serial


def line_problems(line: LineCount, *, serialized: bool) -> list[Rejected]:
    """Every rule the line breaks, each as a rejection with its sentence (empty when valid)."""
    problems: list[Rejected] = []
    for quantity, what in (
        (line.verified_qty, "counted"),
        (line.damage_qty, "damaged"),
    ):
        try:
            check_quantity(quantity, what=what)
        except Rejected as exc:
            problems.append(exc)
    if line.damage_qty > line.verified_qty >= 0:
        problems.append(
            Rejected(
                "damage_above_verified",
                translate("records", "Damaged ({damaged}) cannot be more than counted ({counted}).").format(
                    damaged=line.damage_qty, counted=line.verified_qty
                ),
            )
        )
    problems.extend(_serial_problems(line.serials))
    if serialized and len(line.serials) != line.verified_qty:
        problems.append(
            Rejected(
                "serial_count_mismatch",
                translate(
                    "records",
                    "This item has serial numbers: {counted} counted but %n serials entered. "
                    "Enter one serial for each piece.",
                    None,
                    len(line.serials),
                ).format(counted=line.verified_qty),
            )
        )
    if not serialized and line.serials:
        problems.append(
            Rejected(
                "unexpected_serials",
                translate(
                    "records", "This item has no serial numbers; remove the %n entered.", None, len(line.serials)
                ),
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
            problems.append(
                Rejected(
                    "duplicate_serial", translate("records", "Serial {serial} is entered twice.").format(serial=serial)
                )
            )
        seen.add(serial)
    return problems


def _raise_first(problems: list[Rejected]) -> None:
    if problems:
        raise problems[0]
