"""The rack grid: tiles coloured by status, live; type or scan a rack id and Enter to claim it."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QLocale, QSize, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QListView, QVBoxLayout, QWidget

from station.domain.wedge import Entry
from station.i18n import translate
from station.scanner.keyboard import SCAN_TARGET
from station.session.values import RackTile, TileState
from station.ui.racks_model import RacksModel, TileDelegate, TileRole, legend
from station.ui.theme import restyle
from station.ui.words import Say, SaysAgain, Words


class RacksView(SaysAgain, QWidget):
    """Signals:
    claim_requested(rack_id): Enter on a rack id (typed or scanned), or on a tile.
    back(): Esc, to the floors.
    """

    claim_requested = Signal(str)
    back = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("racksView")
        self.floor = ""
        self.words = Words()
        self.title = QLabel("")
        self.title.setObjectName("screenTitle")
        self.live = QLabel("")
        self.live.setObjectName("hint")
        self.field = QLineEdit()
        self.field.setObjectName("rackField")
        self.words.set(
            self.field,
            lambda: translate("racks_view", "Scan or type a rack id, then Enter (G-R05)"),
            "setPlaceholderText",
        )
        self.field.setProperty(SCAN_TARGET, True)
        self.message = QLabel("")
        self.message.setObjectName("error")
        self.message.setWordWrap(True)
        self.model = RacksModel()
        self.grid = QListView()
        self.grid.setObjectName("rackGrid")
        self.grid.setModel(self.model)
        self.grid.setItemDelegate(TileDelegate(self.grid))
        self.grid.setViewMode(QListView.ViewMode.IconMode)
        self.grid.setResizeMode(QListView.ResizeMode.Adjust)
        self.grid.setMovement(QListView.Movement.Static)
        self.grid.setUniformItemSizes(True)
        self.grid.setGridSize(TileDelegate.size() + QSize(8, 8))
        self.grid.setSpacing(4)
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.live)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 8)
        layout.addLayout(top)
        layout.addWidget(self.field)
        layout.addWidget(self.message)
        layout.addWidget(self.grid, 1)
        self.legend = QLabel("")
        self.words.set(self.legend, legend)
        self.legend.setObjectName("hint")
        layout.addWidget(self.legend)
        hint = QLabel("")
        self.words.set(
            hint,
            lambda: translate("racks_view", "Enter claims · arrows move among the racks · Esc goes back to the floors"),
        )
        hint.setObjectName("hint")
        layout.addWidget(hint)
        self.grid.activated.connect(lambda index: self.claim_requested.emit(index.data(TileRole).rack_id))

    def show_floor(self, floor: str) -> None:
        self.floor = floor
        self.words.set(self.title, lambda: translate("racks_view", "{floor}: racks").format(floor=floor))
        self.words.set(self.message, "")
        self.field.clear()
        self.field.setFocus()

    def show_racks(self, tiles: list[RackTile]) -> None:
        self.model.set_tiles(tiles)
        free, total, floor = sum(t.state is TileState.AVAILABLE for t in tiles), len(tiles), self.floor
        self.words.set(
            self.title,
            lambda: translate("racks_view", "{floor}: racks ({free} free of {total})").format(
                floor=floor, free=QLocale().toString(free), total=QLocale().toString(total)
            ),
        )

    def show_note(self, sentence: Say) -> None:
        """News that is not an error (a rack finished, a claim on its way): not in red."""
        self.words.set(self.message, sentence)
        restyle(self.message, level="info")

    def show_live(self, live: bool) -> None:
        self.words.set(
            self.live,
            lambda: translate("racks_view", "live") if live else translate("racks_view", "updating every 5 s"),
        )

    def show_error(self, sentence: Say) -> None:
        self.words.set(self.message, sentence)
        restyle(self.message, level="")
        self.field.selectAll()
        self.field.setFocus()

    def on_entry(self, entry: Entry) -> None:
        """A rack id scanned or typed (the scan filter hands over Enter in the rack field)."""
        rack_id = (entry.scanned or entry.text).strip().upper()
        self.field.clear()
        if not rack_id:
            index = self.grid.currentIndex()
            if index.isValid():
                self.claim_requested.emit(index.data(TileRole).rack_id)
            return
        row = self.model.row_of(rack_id)
        if row is None:
            floor = self.floor
            self.show_error(
                lambda: translate(
                    "racks_view", "There is no rack {rack} on {floor}. Check the label, or Esc for another floor."
                ).format(rack=rack_id, floor=floor)
            )
            return
        self.grid.setCurrentIndex(self.model.index(row))
        self.show_note(lambda: translate("racks_view", "Claiming {rack}…").format(rack=rack_id))
        self.claim_requested.emit(rack_id)

    def retranslate(self) -> None:
        """The language changed: every word again, the tiles repainted in it."""
        self.words.again()
        self.grid.viewport().update()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        super().changeEvent(event)  # a new language: said again (SaysAgain)
        if event.type() in (QEvent.Type.StyleChange, QEvent.Type.FontChange):
            self.grid.setGridSize(TileDelegate.size() + QSize(8, 8))  # the text size changed: tiles follow it

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        if event.key() == Qt.Key.Key_Escape:
            self.back.emit()
            return
        if event.key() in (Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Up, Qt.Key.Key_Down):
            self.grid.setFocus()
            self.grid.keyPressEvent(event)
            return
        super().keyPressEvent(event)
