"""The floor picker: large buttons with racks free and counted; keys 1–9, arrows and Enter."""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QFrame, QLabel, QPushButton, QScrollArea, QVBoxLayout, QWidget

from station.i18n import translate
from station.session.values import FloorSummary
from station.ui.words import SaysAgain, Words


class FloorsView(SaysAgain, QWidget):
    """Signals:
    chosen(floor): a floor was picked.
    logout(): Esc.
    """

    chosen = Signal(str)
    logout = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("floorsView")
        self.words = Words()
        self.title = QLabel("")
        self.words.set(self.title, lambda: translate("floors_view", "Pick a floor"))
        self.title.setObjectName("screenTitle")
        self.message = QLabel("")
        self.message.setObjectName("hint")
        self.message.setWordWrap(True)
        self._buttons: list[QPushButton] = []
        floors = QWidget()
        floors.setObjectName("floorList")
        self._box = QVBoxLayout(floors)
        self._box.setContentsMargins(0, 0, 0, 0)
        self._box.addStretch(1)
        self.floor_scroll = QScrollArea()  # a warehouse of many floors, or large text on a low screen: it scrolls
        self.floor_scroll.setObjectName("floorScroll")
        self.floor_scroll.setWidget(floors)
        self.floor_scroll.setWidgetResizable(True)
        self.floor_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.floor_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(40, 24, 40, 24)
        layout.addWidget(self.title)
        layout.addWidget(self.message)
        layout.addWidget(self.floor_scroll, 1)
        hint = QLabel("")
        self.words.set(hint, lambda: translate("floors_view", "1–9 picks a floor · ↑ ↓ and Enter · Esc logs out"))
        hint.setObjectName("hint")
        layout.addWidget(hint)

    def show_floors(self, floors: list[FloorSummary], last_floor: str | None) -> None:
        for button in self._buttons:
            self.words.drop(button)
            self._box.removeWidget(button)
            button.deleteLater()
        self._buttons = []
        for number, floor in enumerate(floors, start=1):
            button = QPushButton()
            self.words.set(button, partial(_floor_text, number, floor))
            button.setObjectName("floorButton")
            button.setProperty("floor", floor.name)
            button.setAutoDefault(True)
            button.clicked.connect(lambda _checked=False, name=floor.name: self.chosen.emit(name))
            self._box.insertWidget(self._box.count() - 1, button)  # above the stretch
            button.show()  # now, not when the layout gets to it: focus only goes to a visible widget
            self._buttons.append(button)
        self.words.set(self.message, lambda: "" if floors else translate("floors_view", "The server lists no floors."))
        focus = next((b for b in self._buttons if b.property("floor") == last_floor), None)
        (focus or (self._buttons[0] if self._buttons else self)).setFocus()
        if focus is not None:
            self.floor_scroll.ensureWidgetVisible(focus)

    def show_message(self, sentence: str) -> None:
        self.words.set(self.message, sentence)

    def retranslate(self) -> None:
        """The language changed: the title, the hint and every floor's words again."""
        self.words.again()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        key = event.key()
        if Qt.Key.Key_1 <= key <= Qt.Key.Key_9:
            index = key - Qt.Key.Key_1
            if index < len(self._buttons):
                self._buttons[index].click()
            return
        if key in (Qt.Key.Key_Up, Qt.Key.Key_Down) and self._buttons:
            current = next((n for n, b in enumerate(self._buttons) if b.hasFocus()), 0)
            step = -1 if key == Qt.Key.Key_Up else 1
            chosen = self._buttons[(current + step) % len(self._buttons)]
            chosen.setFocus()
            self.floor_scroll.ensureWidgetVisible(chosen)
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            focused = next((b for b in self._buttons if b.hasFocus()), None)
            if focused is not None:
                focused.click()
                return
        if key == Qt.Key.Key_Escape:
            self.logout.emit()
            return
        super().keyPressEvent(event)

    def buttons(self) -> list[QPushButton]:
        return list(self._buttons)


def _floor_text(number: int, floor: FloorSummary) -> str:
    """A floor's button: its key (1–9), its name, racks free and counted."""
    key = f"{number}  " if number <= 9 else "   "
    locale = QLocale()
    return key + translate("floors_view", "{floor}     {free} free · {counted} of {racks} counted").format(
        floor=floor.name,
        free=locale.toString(floor.available),
        counted=locale.toString(floor.counted),
        racks=locale.toString(floor.racks),
    )
