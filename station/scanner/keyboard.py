"""The one application-wide key filter: every keystroke of the window goes through the wedge detector.

Keys are never held back: a field with focus still gets what is typed into it. What the filter adds
is the verdict at Enter (or Tab): was that a scan, and which part was typed. A field marked
``scanTarget`` (the scan field, the rack field, a serial prompt) hands its whole entry over as an
``Entry``; anywhere else a fast burst still counts as a scan, so a counter whose focus wandered to the
table can keep scanning. A field marked ``typingField`` (the log-in screen's) keeps its Enter and Tab
whatever the timing: a user name typed fast and then Tab moves to the PIN; a badge scanned into a
``"badge"`` field fills it and moves on to the next field.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget

from station.domain.barcodes import GS
from station.domain.wedge import DoubleReadGuard, Entry, WedgeDetector, WedgeSettings

SCAN_TARGET = "scanTarget"
"""Dynamic property of the fields whose Enter is an entry for the screen, not for the field."""

TYPING_FIELD = "typingField"
"""Dynamic property of fields whose keys are the person's: their Enter and Tab are never eaten as a scan.
The value ``"badge"`` marks a user field: a scan into it fills it with the badge and moves to the next field."""
BADGE = "badge"

_TERMINATORS = {Qt.Key.Key_Return: "enter", Qt.Key.Key_Enter: "enter", Qt.Key.Key_Tab: "tab"}


def monotonic_ms() -> float:
    return time.monotonic() * 1000


class ScanFilter(QObject):
    """Install on the QApplication; emits what terminators end.

    Signals:
        entered(Entry): an entry ended by Enter/Tab in a scan target, or a scan anywhere.
    """

    entered = Signal(object)

    def __init__(
        self, settings: WedgeSettings, clock_ms: Callable[[], float] = monotonic_ms, double_read_ms: float = 300.0
    ) -> None:
        super().__init__()
        self.detector = WedgeDetector(settings)
        self.double_reads = DoubleReadGuard(double_read_ms)
        self._clock_ms = clock_ms

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.FocusIn:
            self.detector.reset()  # what was typed elsewhere is not part of the next entry
            return False
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        focus = QApplication.focusWidget()
        if focus is not None and watched is not focus:
            return False  # the same key propagating to a parent: seen once already
        key = Qt.Key(event.key())
        now = self._clock_ms()
        if key in _TERMINATORS and not (event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier):
            started = self.detector.burst_started_ms
            entry = self.detector.terminator(_TERMINATORS[key], now)
            if entry is None:
                return False
            if entry.scanned and self.double_reads.is_repeat(entry.scanned, started or now, now):
                if (_is_target(focus) or _typing(focus)) and isinstance(focus, QLineEdit):
                    focus.clear()  # the label read twice: counted once
                return True
            if _typing(focus):
                return _badge(focus, entry)
            if _is_target(focus):
                self.entered.emit(_as_typed_in(focus, entry))
                return True
            if entry.scanned:
                self.entered.emit(Entry(entry.scanned, entry.scanned))
                return True
            return False
        if key == Qt.Key.Key_Backspace:
            self.detector.backspace()
            return False
        text = event.text()
        control = event.modifiers() & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier)
        if text == GS or (text and text.isprintable() and not control):
            self.detector.key(text, now)  # a wedge sends GS1's separator as Ctrl+], which Qt gives as GS
        elif key == Qt.Key.Key_Escape:
            self.detector.reset()
        return False


def _as_typed_in(field: QWidget | None, entry: Entry) -> Entry:
    """The entry as the field holds it (the field is the truth; the detector only adds the timing)."""
    text = field.text() if isinstance(field, QLineEdit) else entry.text
    scanned = entry.scanned if entry.scanned and text.endswith(entry.scanned) else None
    return Entry(text, scanned)


def _typing(widget: QWidget | None) -> bool:
    return widget is not None and bool(widget.property(TYPING_FIELD))


def _badge(field: QWidget | None, entry: Entry) -> bool:
    """A scan into a badge field: the field holds the badge, and the next field has focus (the
    terminator is used up). Anything else typed there keeps its Enter and Tab (not used up)."""
    if not entry.scanned or not isinstance(field, QLineEdit) or field.property(TYPING_FIELD) != BADGE:
        return False
    if field.text() != entry.text:  # a badge over a name that was there already (the last user's)
        field.setText(entry.scanned)
    field.focusNextChild()
    return True


def _is_target(widget: QWidget | None) -> bool:
    return widget is not None and bool(widget.property(SCAN_TARGET))
