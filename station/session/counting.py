"""Counting a rack: what each scan or typed entry becomes, committed before anyone is told it counted.

An entry is looked up in the cached slice of the rack's catalogue, then on the server; a code nobody
knows is offered to be recorded as unknown. A number typed before a scan multiplies it; damage mode
counts pieces as damaged; a serialized item asks for its serials. Every outcome carries a sentence
for the large message on the screen.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, Signal

from station.api import errors
from station.api.client import ServerClient
from station.domain.barcodes import CodeKind, Scan, normalise, require_check_digit, resolve_gs1
from station.domain.errors import Rejected
from station.domain.lines import Counting, Item, Line
from station.domain.records import LineCount, parse_multiplier
from station.domain.wedge import Entry
from station.i18n import translate
from station.session.values import ScanOutcome, Verdict
from station.store.catalogue import Catalogue
from station.store.errors import StoreError
from station.store.records import Records

log = logging.getLogger(__name__)

MULTIPLIER_DIGITS = 4
"""Typed digits up to this long, then Enter, are a multiplier for the next scan, not a code."""


class CountingController(QObject):
    """The scanning screen's logic for one session. Every action returns its ``ScanOutcome``.

    Signals:
        mode_changed(bool, int): damage mode on or off, and the multiplier waiting (0 for none).
    """

    mode_changed = Signal(bool, int)

    def __init__(self, records: Records, catalogue: Catalogue, client: ServerClient) -> None:
        super().__init__()
        self._records = records
        self._catalogue = catalogue
        self._client = client
        self.counting: Counting | None = None
        self.damage_mode = False
        self.multiplier = 0
        self.on_written: Callable[[], None] = lambda: None  # wakes the sync worker
        self.gate: Callable[[], str] = lambda: ""  # why scans are not counted now ("" when they are)

    def start(self, counting: Counting) -> list[Line]:
        self.counting = counting
        self.damage_mode, self.multiplier = False, 0
        return self._records.lines(counting.session_id)

    def toggle_damage(self) -> bool:
        self.damage_mode = not self.damage_mode
        self.mode_changed.emit(self.damage_mode, self.multiplier)
        return self.damage_mode

    async def enter(self, entry: Entry) -> ScanOutcome:
        """Handle what a scan or Enter produced."""
        text = entry.text.strip()
        if not text:
            return ScanOutcome(Verdict.REJECTED, translate("counting", "Nothing was read. Scan the label again."))
        if stopped := self.gate():
            return ScanOutcome(Verdict.STOPPED, stopped)
        code, manual = (entry.scanned.strip(), False) if entry.scanned else (text, True)
        quantity = self.multiplier or 1
        try:
            if entry.scanned and entry.typed.strip():
                quantity = parse_multiplier(entry.typed)
            elif manual and text.isdigit() and len(text) <= MULTIPLIER_DIGITS:
                self.multiplier = parse_multiplier(text)
                self.mode_changed.emit(self.damage_mode, self.multiplier)
                sentence = translate("counting", "×{multiplier}: now scan the item.").format(multiplier=self.multiplier)
                return ScanOutcome(Verdict.MULTIPLIER, sentence)
            scan = normalise(code)
        except Rejected as refused:
            return ScanOutcome(Verdict.REJECTED, refused.sentence)
        return await self._count_scan(scan, quantity, manual)

    async def _count_scan(self, scan: Scan, quantity: int, manual: bool) -> ScanOutcome:
        item, offline = await self._lookup(scan.code)
        if item is None:
            try:
                require_check_digit(scan)
            except Rejected as misread:
                return ScanOutcome(Verdict.REJECTED, misread.sentence)
            if offline:
                ask = translate(
                    "counting", "The server cannot be reached to look it up. Record {code} as an unknown item?"
                )
            else:
                ask = translate("counting", "No item has this barcode. Record {code} as an unknown item?")
            return ScanOutcome(
                Verdict.UNKNOWN,
                ask.format(code=scan.code),
                code=scan.code,
                quantity=quantity,
                manual=manual,
            )
        serials: tuple[str, ...] = ()
        if scan.kind is CodeKind.GS1 and scan.gs1 is not None:
            try:
                label = resolve_gs1(scan.gs1, serialized=item.serialized)
            except Rejected as ambiguous:
                return ScanOutcome(Verdict.REJECTED, ambiguous.sentence)
            serials = (label.serial,) if label.serial and item.serialized else ()
        if item.serialized and len(serials) != quantity:
            if quantity == 1:
                ask = translate("counting", "{item} has serial numbers: scan its serial.")
            else:
                ask = translate("counting", "{item} has serial numbers: scan all %n serial.", None, quantity)
            return ScanOutcome(
                Verdict.NEEDS_SERIALS,
                ask.format(item=item.name or item.item_code),
                item=item,
                quantity=quantity,
                code=scan.code,
                manual=manual,
            )
        return self.count(item, quantity, serials=serials, manual=manual)

    def count(self, item: Item, quantity: int, *, serials: tuple[str, ...] = (), manual: bool = False) -> ScanOutcome:
        """Commit the count, then say so (never the other way round)."""
        assert self.counting is not None, "no session is being counted"
        try:
            line = self._records.add_scan(
                self.counting, item, quantity, damaged=self.damage_mode, serials=serials, manual=manual
            )
        except Rejected as refused:
            return ScanOutcome(Verdict.REJECTED, refused.sentence, item=item)
        except StoreError as failure:
            log.error("a scan was not saved: %s", failure.sentence)
            return ScanOutcome(Verdict.REJECTED, failure.sentence, item=item)
        self.multiplier = 0
        self.mode_changed.emit(self.damage_mode, 0)
        self.on_written()
        new_line = line.verified_qty == quantity and self._records.set_aside(self.counting.session_id, item.item_code)
        sentence = _counted(self.damage_mode, new_line).format(
            quantity=quantity, item=item.name or item.item_code, total=line.verified_qty
        )
        return ScanOutcome(Verdict.COUNTED, self._elsewhere(item.item_code, sentence), line=line)

    def _elsewhere(self, item_code: str, sentence: str) -> str:
        """``sentence``, and for an item another rack's slice (or its look-up) puts elsewhere, such as
        " — expected on G-R02": it is counted where it is, and the counter is told where it belongs."""
        assert self.counting is not None
        try:
            rack = self._catalogue.rack_of(item_code)
        except StoreError:  # the line is committed; only the warning is lost
            return sentence
        if not rack or rack == self.counting.rack_id:
            return sentence
        return translate("counting", "{counted} — expected on {rack}").format(counted=sentence, rack=rack)

    def record_unknown(self, code: str, quantity: int, *, manual: bool) -> ScanOutcome:
        """The person confirmed: count a code nobody knows under its own barcode."""
        item = Item(item_code=f"UNKNOWN-{code}"[:64], name=f"Unknown barcode {code}", barcode=code, unknown=True)
        return self.count(item, quantity, manual=manual)

    def undo(self) -> ScanOutcome:
        assert self.counting is not None
        try:
            line = self._records.undo_last(self.counting.session_id)
        except (Rejected, StoreError) as failure:
            return ScanOutcome(Verdict.REJECTED, failure.sentence)
        if line is None:
            return ScanOutcome(Verdict.REJECTED, translate("counting", "There is no scan to undo."))
        self.on_written()
        undone = translate("counting", "Undone: {item} is back to {quantity}.")
        return ScanOutcome(
            Verdict.COUNTED, undone.format(item=line.item_name or line.item_code, quantity=line.verified_qty), line=line
        )

    def edit(self, line: Line, count: LineCount) -> ScanOutcome:
        try:
            changed = self._records.edit_line(line.client_record_id, count)
        except (Rejected, StoreError) as refused:
            return ScanOutcome(Verdict.REJECTED, refused.sentence)
        self.on_written()
        now = translate("counting", "{item}: now {quantity}.").format(
            item=changed.item_name or changed.item_code, quantity=changed.verified_qty
        )
        return ScanOutcome(Verdict.COUNTED, now, line=changed)

    async def _lookup(self, code: str) -> tuple[Item | None, bool]:
        """The item for ``code`` (cached slice first), and whether the server could not be asked."""
        cached = self._catalogue.find(code)
        if cached is not None:
            return cached, False
        try:
            found = await self._client.item_by_barcode(code)
        except errors.InvalidRequest:
            return None, False
        except errors.ApiError as failure:
            log.info("look-up of %s failed: %s", code, failure.detail)
            return None, True
        return (self._catalogue.learn(found), False) if found else (None, False)


def _counted(damaged: bool, new_line: bool) -> str:
    """What a count says, before its ``{quantity}``, ``{item}`` and ``{total}`` are filled in."""
    if damaged and new_line:
        return translate(
            "counting", "+{quantity} damaged {item} (now {total}), on a new line (the earlier one is with a supervisor)"
        )
    if new_line:
        return translate(
            "counting", "+{quantity} {item} (now {total}), on a new line (the earlier one is with a supervisor)"
        )
    if damaged:
        return translate("counting", "+{quantity} damaged {item} (now {total})")
    return translate("counting", "+{quantity} {item} (now {total})")
