"""The supervisor's overview (F6, or O on the supervisor view): the count → a floor → a rack, by keys.

Enter drills down, Esc goes back up, R sends the rack to a recount, A assigns its recount, P (or Enter
on a count) approves one of its counts, Ctrl+E exports the level shown, F5 refreshes.
"""

from __future__ import annotations

from enum import IntEnum

from PySide6.QtCore import Qt, Signal, SignalInstance
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QLabel, QStackedWidget, QVBoxLayout, QWidget

from station import contract_oversight as o
from station.i18n import translate
from station.session.oversight_ports import RackLook
from station.ui.overview_pages import CountPage, FloorPage
from station.ui.rack_page import RackPage
from station.ui.theme import restyle
from station.ui.words import SaysAgain


class Level(IntEnum):
    COUNT = 0
    FLOOR = 1
    RACK = 2


class OverviewView(SaysAgain, QWidget):
    """Signals:
    back(): Esc on the whole count.
    refresh(): F5.
    floor_wanted(str): Enter on a floor.
    rack_wanted(str): Enter on a rack.
    up(): Esc on a floor or a rack.
    recount_wanted(str): R, on a rack (its page, or picked on a floor).
    assign_wanted(str): A, likewise.
    approve_wanted(str, CountChoice): P, or Enter on one of the rack's counts.
    export_wanted(): Ctrl+E.
    """

    back = Signal()
    refresh = Signal()
    floor_wanted = Signal(str)
    rack_wanted = Signal(str)
    up = Signal()
    recount_wanted = Signal(str)
    assign_wanted = Signal(str)
    approve_wanted = Signal(str, object)
    export_wanted = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("overviewView")
        self.title = QLabel("")
        self.title.setObjectName("screenTitle")
        self.message = QLabel("")
        self.message.setObjectName("banner")
        self.message.setWordWrap(True)
        self.message.hide()
        self.count_page = CountPage()
        self.floor_page = FloorPage()
        self.rack_page = RackPage()
        self.pages = QStackedWidget()
        for page in (self.count_page, self.floor_page, self.rack_page):
            self.pages.addWidget(page)
        self.hint = QLabel("")
        self.hint.setObjectName("hint")
        self.hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 12, 24, 12)
        layout.addWidget(self.title)
        layout.addWidget(self.message)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.hint)
        self.floor = ""
        self.rack = ""
        self.show_level(Level.COUNT)
        self._keys()

    @property
    def level(self) -> Level:
        return Level(self.pages.currentIndex())

    def show_level(self, level: Level, floor: str = "", rack: str = "", *, focus: bool = True) -> None:
        """Bring a level to the front (its figures follow from the presenter)."""
        self.floor, self.rack = (floor or self.floor, rack) if level is not Level.COUNT else ("", "")
        self.pages.setCurrentIndex(level)
        titles = {
            Level.COUNT: translate("overview", "Overview — the whole count"),
            Level.FLOOR: translate("overview", "Overview — floor {floor}").format(floor=self.floor),
            Level.RACK: translate("overview", "Overview — floor {floor}, rack {rack}").format(
                floor=self.floor, rack=self.rack
            ),  # fmt: skip
        }
        hints = {
            Level.COUNT: translate(
                "overview",
                "↑ ↓ pick a floor · Enter its racks · Ctrl+E exports the count's summary · F5 refreshes · Esc back",
            ),  # fmt: skip
            Level.FLOOR: translate(
                "overview",
                "↑ ↓ pick a rack · Enter its items · R sends it to a recount · "
                "A assigns its recount · Ctrl+E exports the floor's variance · Esc up",
            ),  # fmt: skip
            Level.RACK: translate(
                "overview",
                "R sends it to a recount · A assigns the recount · Tab to its counts, "
                "Enter or P approves one (a note is asked) · Ctrl+E exports its count sheet · "
                "Esc up",
            ),  # fmt: skip
        }
        self.title.setText(titles[level])
        self.hint.setText(hints[level])
        if focus:
            self.focus_level()

    def retranslate(self) -> None:
        """The language changed: the title, the keys and every level said again, from what they show."""
        self.show_level(self.level, self.floor, self.rack, focus=False)
        for page in (self.count_page, self.floor_page, self.rack_page):
            page.retranslate()

    def focus_level(self) -> None:
        tables = {
            Level.COUNT: self.count_page.table,
            Level.FLOOR: self.floor_page.table,
            Level.RACK: self.rack_page.items,
        }
        tables[self.level].setFocus()

    def show_summary(self, summary: o.CountSummary) -> None:
        self.count_page.show_summary(summary)

    def show_floor(self, variance: o.FloorVariance) -> None:
        self.floor_page.show_floor(variance)

    def show_rack(self, look: RackLook) -> None:
        self.rack_page.show_rack(look)

    def show_message(self, level: str, sentence: str) -> None:
        self.message.setText(sentence)
        restyle(self.message, level=level)
        self.message.setVisible(bool(sentence))

    def picked_rack(self) -> str | None:
        """The rack R and A act on: the one shown, or the one picked on the floor."""
        if self.level is Level.RACK:
            return self.rack
        if self.level is Level.FLOOR:
            return self.floor_page.selected()
        return None

    # --- keys ------------------------------------------------------------------------------------

    def _keys(self) -> None:
        """Keys that work wherever focus is in the view (the tables would take letters for searching)."""
        keys = {
            "Esc": self._escape,
            "F5": self.refresh.emit,
            "Return": self._enter,
            "Enter": self._enter,
            "R": lambda: self._on_rack(self.recount_wanted),
            "A": lambda: self._on_rack(self.assign_wanted),
            "P": self._approve,
            "Ctrl+E": self.export_wanted.emit,
        }
        for key, action in keys.items():
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(action)

    def _escape(self) -> None:
        if self.level is Level.COUNT:
            self.back.emit()
        else:
            self.up.emit()

    def _enter(self) -> None:
        if self.level is Level.COUNT:
            floor = self.count_page.selected()
            if floor:
                self.floor_wanted.emit(floor)
        elif self.level is Level.FLOOR:
            rack = self.floor_page.selected()
            if rack:
                self.rack_wanted.emit(rack)
        elif self.rack_page.counts.hasFocus():
            self._approve()

    def _on_rack(self, signal: SignalInstance) -> None:
        rack = self.picked_rack()
        if rack:
            signal.emit(rack)
        else:
            self.show_message("warn", translate("overview", "Pick a rack first: Enter on a floor, then ↑ ↓."))

    def _approve(self) -> None:
        if self.level is not Level.RACK:
            self.show_message(
                "warn", translate("overview", "Open the rack first (Enter) to approve one of its counts.")
            )
            return
        choice = self.rack_page.chosen_count()
        if choice is None:
            self.show_message("warn", translate("overview", "Rack {rack} has no recount to approve.").format(
                rack=self.rack))  # fmt: skip
            return
        self.approve_wanted.emit(self.rack, choice)
