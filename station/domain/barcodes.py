"""Barcodes: what a scanner sent, cleaned of wedge artefacts, classified and checked.

A keyboard-wedge scanner types what it reads, and brings artefacts with it: an AIM symbology
prefix (``]C1``, ``]E0``), a trailing CR/LF/Tab, a GS1 group separator (ASCII 29) that the keyboard
layout could not type and so was dropped or replaced by text such as ``<GS>``. ``normalise`` turns
that into a ``Scan``; ``parse_gs1`` reads GS1 element strings (AI 01, 10, 17, 21) through biip.

Not every code is a GTIN: ERPs print 6-digit internal codes (51..., 52..., 53...) and alphanumeric
item codes. A check digit is only meaningful for GTIN-shaped codes, and only the caller knows whether
the catalogue already knows a code, so ``normalise`` reports ``check_digit_ok`` and
``require_check_digit`` refuses a bad one when the caller asks.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

from station.domain.errors import Rejected
from station.i18n import translate

GS = "\x1d"
"""The GS1 group separator (FNC1 as a scanner transmits it)."""

MAX_SCAN_LENGTH = 128
"""Longer than any label we read: more than this is several labels run together, or typing."""

# What keyboard-wedge scanners send in place of GS when the layout cannot type it.
_GS_SUBSTITUTES = ("<GS>", "{GS}", "[GS]", "<FNC1>", "^]", "\u241d", "\\x1d", "\\x1D")
_TRAILING = "\r\n\t "
_ITEM_CODE = re.compile(r"[A-Za-z0-9][A-Za-z0-9._/\-]*")
_INTERNAL_CODE = re.compile(r"5[123]\d{4}")
_AIM_PREFIX = re.compile(r"\][A-Za-z][0-9A-Za-z]")
_AIS_THAT_MAY_FOLLOW = ("01", "10", "17", "21")


class CodeKind(StrEnum):
    """What a scanned code is."""

    EAN_8 = "EAN-8"
    UPC_E = "UPC-E"
    UPC_A = "UPC-A"
    EAN_13 = "EAN-13"
    GTIN_14 = "GTIN-14"
    GS1 = "GS1 element string"
    INTERNAL = "internal code"
    ITEM_CODE = "item code"

    @property
    def is_gtin(self) -> bool:
        return self in _GTIN_KINDS


_GTIN_KINDS = frozenset({CodeKind.EAN_8, CodeKind.UPC_E, CodeKind.UPC_A, CodeKind.EAN_13, CodeKind.GTIN_14})


@dataclass(frozen=True)
class Gs1Label:
    """The parts of a GS1 element string a count uses.

    ``alternatives`` holds the other readings of a label whose separators were lost, when there is
    more than one way to split it (see ``resolve_gs1``).
    """

    gtin: str | None = None
    batch: str | None = None
    expiry: date | None = None
    serial: str | None = None
    other: tuple[tuple[str, str], ...] = ()
    alternatives: tuple[Gs1Label, ...] = field(default=(), compare=False)


@dataclass(frozen=True)
class Scan:
    """A scanned or typed code, cleaned and classified.

    Attributes:
        raw: exactly what arrived.
        code: the cleaned code used for look-up (for a GS1 label, its GTIN).
        kind: what the code is.
        symbology: the AIM symbology identifier the scanner prefixed, if any (``]E0``).
        check_digit_ok: for GTIN kinds, whether the check digit is right; ``None`` otherwise.
        gs1: the parsed element string, for GS1 labels.
    """

    raw: str
    code: str
    kind: CodeKind
    symbology: str | None = None
    check_digit_ok: bool | None = None
    gs1: Gs1Label | None = None


def gtin_check_digit(body: str) -> int:
    """The GS1 mod-10 check digit for ``body`` (a GTIN without its last digit)."""
    if not body.isdigit():
        raise ValueError(f"a GTIN body has only digits, not {body!r}")
    from biip.checksums import gs1_standard_check_digit  # biip is imported when first needed: not before the log-in

    return gs1_standard_check_digit(body)


def is_valid_gtin(code: str) -> bool:
    """Whether ``code`` is an 8, 12, 13 or 14 digit GTIN with a correct check digit."""
    if not (code.isascii() and code.isdigit() and len(code) in (8, 12, 13, 14)):
        return False
    return gtin_check_digit(code[:-1]) == int(code[-1])


def is_valid_upc_e(code: str) -> bool:
    """Whether ``code`` is an 8-digit UPC-E (number system 0 or 1) with a correct check digit."""
    if not (code.isascii() and code.isdigit() and len(code) == 8 and code[0] in "01"):
        return False
    from biip import ParseError
    from biip.upc import Upc

    try:
        Upc.parse(code)
    except ParseError:
        return False
    return True


def upc_e_to_upc_a(code: str) -> str:
    """The 12-digit UPC-A that an 8-digit UPC-E stands for."""
    from biip import ParseError
    from biip.upc import Upc

    try:
        return Upc.parse(code).as_upc_a()
    except ParseError as exc:
        raise ValueError(str(exc)) from exc


def gtin_forms(code: str) -> list[str]:
    """The forms one GTIN is printed in: ``code`` itself, then as GTIN-12, -13 and -14 (leading zeros).

    A GS1 label carries a GTIN-14 (``0`` + the EAN-13); a catalogue may hold the EAN-13 or UPC-A.
    """
    forms = [code]
    if code.isascii() and code.isdigit() and len(code) in (12, 13, 14):
        stripped = code.lstrip("0")
        forms += [stripped.rjust(n, "0") for n in (12, 13, 14) if len(stripped) <= n]
    return list(dict.fromkeys(forms))


def split_burst(raw: str) -> list[str]:
    """Split what arrived at once into single scans.

    Some scanners send several labels in one burst, each ended by CR, LF or Tab.
    """
    return [part for part in re.split(r"[\r\n\t]+", raw) if part.strip()]


def normalise(raw: str) -> Scan:
    """Clean and classify one scan.

    Raises:
        Rejected: with a sentence for the counter when the input cannot be a code at all.
    """
    text = raw.rstrip(_TRAILING).lstrip(" ")
    if not text:
        raise Rejected("empty", translate("barcodes", "Nothing was read. Scan the label again."))
    for substitute in _GS_SUBSTITUTES:
        text = text.replace(substitute, GS)

    symbology: str | None = None
    gs1_symbology = False
    if _AIM_PREFIX.match(text):
        from biip.symbology import GS1Symbology, SymbologyIdentifier

        identifier = SymbologyIdentifier.extract(text)
        symbology = identifier.value
        gs1_symbology = identifier.gs1_symbology in GS1Symbology.with_gs1_messages()
        text = text[len(symbology) :]
    text = text.lstrip(GS)  # GS1-128 scanners may send the leading FNC1 too

    if len(text) > MAX_SCAN_LENGTH:
        raise Rejected(
            "too_long",
            translate(
                "barcodes", "That was too long for one barcode ({length} characters). Scan one label at a time."
            ).format(length=len(text)),
        )
    if any(ch != GS and (ord(ch) < 32 or ord(ch) == 127) for ch in text):
        raise Rejected(
            "unreadable", translate("barcodes", "The scanner sent unreadable characters. Scan the label again.")
        )
    if not text:
        raise Rejected("empty", translate("barcodes", "Nothing was read. Scan the label again."))

    if gs1_symbology or GS in text or text.startswith("("):
        label = parse_gs1(text)
        return Scan(raw=raw, code=label.gtin or text, kind=CodeKind.GS1, symbology=symbology, gs1=label)
    if text.isdigit() and len(text) in (8, 12, 13, 14):
        kind, ok = _classify_gtin(text, symbology)
        return Scan(raw=raw, code=text, kind=kind, symbology=symbology, check_digit_ok=ok)
    if text.isdigit() and len(text) > 16 and text.startswith("01") and is_valid_gtin(text[2:16]):
        label = parse_gs1(text)
        return Scan(raw=raw, code=label.gtin or text, kind=CodeKind.GS1, symbology=symbology, gs1=label)
    if _INTERNAL_CODE.fullmatch(text):
        return Scan(raw=raw, code=text, kind=CodeKind.INTERNAL, symbology=symbology)
    if _ITEM_CODE.fullmatch(text) and text.isascii():
        return Scan(raw=raw, code=text, kind=CodeKind.ITEM_CODE, symbology=symbology)
    raise Rejected(
        "not_a_code",
        translate(
            "barcodes", "“{text}” is not a barcode or item code. Scan again, or type the code printed on the label."
        ).format(text=_printable(text)),
    )


def require_check_digit(scan: Scan) -> Scan:
    """Refuse a GTIN-shaped scan whose check digit is wrong: it was almost certainly misread."""
    if scan.check_digit_ok is False:
        raise Rejected(
            "bad_check_digit",
            translate(
                "barcodes",
                "The barcode {code} failed its check digit, so it was probably misread. "
                "Scan it again, or type the number printed under the bars.",
            ).format(code=scan.code),
        )
    return scan


def parse_gs1(text: str) -> Gs1Label:
    """Read a GS1 element string (``01…17…10…<GS>21…`` or the printed ``(01)…`` form).

    When no separator is present, a variable-length field may have swallowed the fields after it
    (the scanner dropped the GS). Every way of putting the separators back that reads as a valid
    label is kept: the first reading in ``alternatives`` order is the one with no separator added.

    Raises:
        Rejected: when no reading is valid.
    """
    if text.startswith("("):
        return _read_message(text, hri=True)
    if GS in text:
        return _read_message(text, hri=False)
    readings: dict[Gs1Label, None] = {}
    for candidate in _separator_candidates(text):
        try:
            readings.setdefault(_read_message(candidate, hri=False))
        except Rejected:
            continue
    if not readings:
        return _read_message(text, hri=False)  # raises with the reason
    first, *others = readings
    return Gs1Label(
        gtin=first.gtin,
        batch=first.batch,
        expiry=first.expiry,
        serial=first.serial,
        other=first.other,
        alternatives=tuple(others),
    )


def resolve_gs1(label: Gs1Label, *, serialized: bool) -> Gs1Label:
    """Choose the reading of a label that fits the item: with a serial when the item has them.

    Raises:
        Rejected: when the label still reads two ways (its batch and serial ran together).
    """
    readings = [label, *label.alternatives]
    if serialized:
        with_serial = [r for r in readings if r.serial is not None]
        if len(with_serial) > 1:
            raise Rejected(
                "lost_separator",
                translate(
                    "barcodes",
                    "This label's batch and serial number ran together (the scanner dropped a separator), "
                    "so they cannot be told apart. Type the serial number, or ask IT to set the scanner to send GS.",
                ),
            )
        chosen = with_serial[0] if with_serial else readings[0]
    else:
        without_serial = [r for r in readings if r.serial is None]
        chosen = without_serial[0] if without_serial else readings[0]
    return Gs1Label(chosen.gtin, chosen.batch, chosen.expiry, chosen.serial, chosen.other)


def _classify_gtin(code: str, symbology: str | None) -> tuple[CodeKind, bool]:
    if len(code) == 8:
        if symbology != "]E4" and not is_valid_gtin(code) and is_valid_upc_e(code):
            return CodeKind.UPC_E, True
        return CodeKind.EAN_8, is_valid_gtin(code)
    kind = {12: CodeKind.UPC_A, 13: CodeKind.EAN_13, 14: CodeKind.GTIN_14}[len(code)]
    return kind, is_valid_gtin(code)


def _separator_candidates(text: str) -> list[str]:
    """``text`` as sent, then with one or two separators put back where a known AI could start."""
    starts = [i for i in range(3, len(text) - 2) if text[i : i + 2] in _AIS_THAT_MAY_FOLLOW]
    candidates = [text]
    for count in (1, 2):
        for cut in itertools.combinations(starts, count):
            pieces = [text[a:b] for a, b in itertools.pairwise((0, *cut, len(text)))]
            candidates.append(GS.join(pieces))
    return candidates


def _read_message(text: str, *, hri: bool) -> Gs1Label:
    from biip import ParseError
    from biip.gs1_messages import GS1Message

    try:
        message = GS1Message.parse_hri(text) if hri else GS1Message.parse(text)
    except ParseError as exc:
        raise Rejected(
            "bad_gs1",
            translate("barcodes", "This GS1 label could not be read. Scan it again, or type the item code."),
        ) from exc
    seen: set[str] = set()
    values: dict[str, str] = {}
    expiry: date | None = None
    other: list[tuple[str, str]] = []
    for element in message.element_strings:
        ai = element.ai.ai
        if ai in seen:
            raise Rejected(
                "bad_gs1",
                translate("barcodes", "This GS1 label repeats a field. Scan it again, or type the item code."),
            )
        seen.add(ai)
        if element.gtin_error:
            raise Rejected(
                "bad_check_digit",
                translate(
                    "barcodes",
                    "The GTIN in this GS1 label failed its check digit. Scan it again, or type the item code.",
                ),
            )
        if ai in ("01", "10", "21"):
            values[ai] = element.value
        elif ai == "17":
            expiry = element.date
        else:
            other.append((ai, element.value))
    return Gs1Label(
        gtin=values.get("01"),
        batch=values.get("10"),
        expiry=expiry,
        serial=values.get("21"),
        other=tuple(other),
    )


def _printable(text: str) -> str:
    shown = text.replace(GS, "<GS>")
    return shown if len(shown) <= 40 else shown[:37] + "…"
