"""Ctrl+F on the scanning screen: find an item by name or code when its label will not scan."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from PySide6.QtCore import QEvent, QObject, QSize, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from station.domain.wedge import Entry
from station.i18n import QT_TRANSLATE_NOOP, translate
from station.scanner.keyboard import TYPING_FIELD
from station.session.values import FoundItem
from station.ui.fitting import fitting
from station.ui.words import SaysAgain

FIND_KEY = "Ctrl+F"
HINT = QT_TRANSLATE_NOOP(
    "find_view", "Type part of the name or code · ↑ ↓ pick · Enter counts it (marked as typed) · Esc closes"
)


def where(found: FoundItem) -> str:
    if found.here:
        return translate("find_view", "this rack")
    if found.rack_id:
        return translate("find_view", "expected on {rack}").format(rack=found.rack_id)
    return translate("find_view", "no rack known")


class FindDialog(SaysAgain, QDialog):
    """Type, pick with the arrows, Enter: the item is counted as a typed line.

    Signals:
        chosen(FoundItem): the counter picked an item (the dialog then closes).
    """

    chosen = Signal(object)

    def __init__(self, parent: QWidget | None, search: Callable[[str], list[FoundItem]]) -> None:
        super().__init__(parent)
        self.setObjectName("findDialog")
        self.resize(fitting(QSize(900, 480), parent))
        self._search = search
        self.found: list[FoundItem] = []
        self.field = QLineEdit()
        self.field.setObjectName("findField")
        self.field.setProperty(TYPING_FIELD, True)  # typed fast or scanned, its Enter is the counter's
        self.results = QListWidget()
        self.results.setObjectName("findResults")
        self.results.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the arrows move it from the field
        self.note = QLabel("")
        self.note.setObjectName("hint")
        self.note.setWordWrap(True)
        layout = QVBoxLayout(self)
        for widget in (self.field, self.results, self.note):
            layout.addWidget(widget)
        self._connect_signals()
        self.retranslate()

    def retranslate(self) -> None:
        """The language changed (or the dialog is new): its words, and what it found, said again."""
        self.setWindowTitle(translate("find_view", "Find an item"))
        self.field.setPlaceholderText(translate("find_view", "Name or code"))
        self._show_found(self.field.text())

    def _connect_signals(self) -> None:
        self.field.textChanged.connect(self.on_text_changed)
        self.field.returnPressed.connect(self.choose)
        self.field.installEventFilter(self)
        self.results.itemActivated.connect(lambda _item: self.choose())

    def on_text_changed(self, text: str) -> None:
        self.found = self._search(text)
        self._show_found(text)
        if self.found:
            self.results.setCurrentRow(0)

    def _show_found(self, text: str) -> None:
        row = self.results.currentRow()
        self.results.clear()
        for found in self.found:
            item = found.item
            place = (
                translate("find_view", "{where}, serialized").format(where=where(found))
                if item.serialized
                else where(found)
            )
            label = f"{item.item_code}   {item.name}   ({place})"
            self.results.addItem(QListWidgetItem(label))
        if self.found:
            self.results.setCurrentRow(max(0, min(row, len(self.found) - 1)))
            self.note.setText(translate("find_view", HINT))
        else:
            self.note.setText(
                translate("find_view", "Nothing found: type more of the name or code.")
                if text.strip()
                else translate("find_view", HINT)
            )

    def choose(self) -> None:
        row = self.results.currentRow()
        if 0 <= row < len(self.found):
            self.chosen.emit(self.found[row])
            self.accept()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if watched is self.field and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            step = {Qt.Key.Key_Up: -1, Qt.Key.Key_Down: 1}.get(Qt.Key(event.key()))
            if step is not None and self.found:
                self.results.setCurrentRow(max(0, min(len(self.found) - 1, self.results.currentRow() + step)))
                return True
        return super().eventFilter(watched, event)


def hook_find(view: QWidget, search: Callable[[str], list[FoundItem]], count: Callable[[Entry], None]) -> QShortcut:
    """Ctrl+F on ``view`` opens the find dialog; the item chosen goes to ``count`` as a typed code."""
    shortcut = QShortcut(QKeySequence(FIND_KEY), view, context=Qt.ShortcutContext.WidgetWithChildrenShortcut)

    def open_find() -> None:
        dialog = FindDialog(view.window(), search)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.chosen.connect(lambda found: count(Entry(found.item.item_code, None)))
        dialog.finished.connect(partial(_back, QApplication.focusWidget() or view))
        dialog.open()
        dialog.field.setFocus()

    shortcut.activated.connect(open_find)
    return shortcut


def _back(widget: QWidget, _result: int) -> None:
    """Keys go back to where they were (the scan field), whatever the window manager does."""
    widget.window().activateWindow()
    widget.setFocus()
