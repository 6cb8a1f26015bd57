"""The rack grid's item model, and the delegate that paints each rack as a coloured tile with its mark."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractListModel, QLocale, QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainter
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from station.i18n import QT_TRANSLATE_NOOP, translate
from station.session.values import RackTile, TileState
from station.ui.overview_chart import RECOUNT
from station.ui.theme import scaled, text_scale, tile_colours

TileRole = Qt.ItemDataRole.UserRole + 1
StatusRole = Qt.ItemDataRole.UserRole + 2

_WORDS = {
    TileState.AVAILABLE: QT_TRANSLATE_NOOP("racks_model", "free"),
    TileState.ACTIVE: QT_TRANSLATE_NOOP("racks_model", "being counted"),
    TileState.PAUSED: QT_TRANSLATE_NOOP("racks_model", "paused"),
    TileState.COMPLETED: QT_TRANSLATE_NOOP("racks_model", "done"),
    TileState.MINE: QT_TRANSLATE_NOOP("racks_model", "yours"),
}


MARKS = {TileState.AVAILABLE: "○", TileState.ACTIVE: "◐", TileState.PAUSED: "‖", TileState.COMPLETED: "✔",
         TileState.MINE: "★"}  # fmt: skip
"""Painted in a tile's corner: its state is never told by its colour alone."""


def legend() -> str:
    """What the tiles' marks mean, under the grid."""
    return translate("racks_model", "○ free · ★ yours · ◐ being counted · ‖ paused · ✔ done · ↻ to recount")


RECOUNT_MARK = "↻"


def mark(tile: RackTile) -> str:
    """The tile's mark: its state's, or a recount's when the rack waits for one."""
    if tile.recount and tile.state in (TileState.AVAILABLE, TileState.COMPLETED):
        return RECOUNT_MARK
    return MARKS[tile.state]


def describe(tile: RackTile) -> str:
    """The tile's second line: who, what, how much."""
    if tile.recount and tile.state in (TileState.AVAILABLE, TileState.COMPLETED):
        if tile.recount_for:
            return translate("racks_model", "to recount · for {user}").format(user=tile.recount_for)
        return translate("racks_model", "to recount · {items} items").format(items=tile.item_count)
    locale = QLocale()
    counted, items = locale.toString(tile.counted_count), locale.toString(tile.item_count)
    if tile.state is TileState.ACTIVE and tile.claimed_by:
        return f"{tile.claimed_by} · {counted}/{items}"
    if tile.state is TileState.PAUSED and tile.claimed_by:
        return translate("racks_model", "paused ({user})").format(user=tile.claimed_by)
    words = translate("racks_model", _WORDS[tile.state])
    if tile.state in (TileState.MINE, TileState.COMPLETED):
        return f"{words} · {counted}/{items}"
    count = tile.item_count  # a plain name: lupdate reads no other
    return translate("racks_model", "{state} · %n item(s)", None, count).format(state=words)


class RacksModel(QAbstractListModel):
    """The racks of one floor, in building order."""

    def __init__(self) -> None:
        super().__init__()
        self._tiles: list[RackTile] = []

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._tiles)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._tiles):
            return None
        tile = self._tiles[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return tile.rack_id
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{tile.rack_id}: {describe(tile)}"
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return translate("racks_model", "Rack {rack}, {state}").format(rack=tile.rack_id, state=describe(tile))
        if role == TileRole:
            return tile
        if role == StatusRole:
            return tile.state.value
        return None

    def set_tiles(self, tiles: list[RackTile]) -> None:
        """Show a fresh listing: unchanged racks keep their rows, changed ones are repainted."""
        if [t.rack_id for t in tiles] != [t.rack_id for t in self._tiles]:
            self.beginResetModel()
            self._tiles = list(tiles)
            self.endResetModel()
            return
        for row, (old, new) in enumerate(zip(self._tiles, tiles, strict=True)):
            if old != new:
                self._tiles[row] = new
                index = self.index(row)
                self.dataChanged.emit(index, index)

    def row_of(self, rack_id: str) -> int | None:
        wanted = rack_id.strip().upper()
        return next((n for n, t in enumerate(self._tiles) if t.rack_id.upper() == wanted), None)

    def tile(self, row: int) -> RackTile:
        return self._tiles[row]


class TileDelegate(QStyledItemDelegate):
    """Paints a rack: a rounded tile in its status colour, the id large, who and how much below."""

    SIZE = QSize(190, 96)
    """At the theme's own text size; ``size()`` grows with the station's text size."""

    @classmethod
    def size(cls) -> QSize:
        return cls.SIZE * text_scale()

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:  # noqa: N802
        return self.size()

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        tile: RackTile = index.data(TileRole)
        colours = tile_colours()
        fill = getattr(colours, tile.state.value, colours.active)
        dark = tile.state in (TileState.MINE, TileState.COMPLETED)
        if tile.recount and tile.state in (TileState.AVAILABLE, TileState.COMPLETED):
            fill, dark = RECOUNT, True  # the overview's "to recount" red
        rect = QRect(option.rect).adjusted(4, 4, -4, -4)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setBrush(fill)
        pen = painter.pen()
        pen.setWidth(4 if option.state & QStyle.StateFlag.State_Selected else 1)
        pen.setColor(colours.mine if option.state & QStyle.StateFlag.State_Selected else fill.darker(130))
        painter.setPen(pen)
        painter.drawRoundedRect(rect, 10, 10)
        painter.setPen(colours.text_on_dark if dark else colours.text)
        split = round(rect.height() * 0.48)  # the id above, who and how much below
        big = QFont(option.font)
        big.setPointSize(scaled(20))
        big.setBold(True)
        painter.setFont(big)
        left = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        top = QRect(rect.left() + 12, rect.top() + 4, rect.width() - 20, split)
        painter.drawText(top, left, tile.rack_id)
        painter.drawText(top, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, mark(tile))
        small = QFont(option.font)
        small.setPointSize(scaled(12))
        words, room = describe(tile), rect.width() - 20
        while small.pointSize() > scaled(9) and QFontMetrics(small).horizontalAdvance(words) > room:
            small.setPointSize(small.pointSize() - 1)  # "to recount · for counter2" fits the tile
        painter.setFont(small)
        bottom = QRect(rect.left() + 12, rect.top() + split, rect.width() - 20, rect.height() - split - 4)
        elided = painter.fontMetrics().elidedText(describe(tile), Qt.TextElideMode.ElideRight, bottom.width())
        painter.drawText(bottom, left, elided)
        painter.restore()
