"""The counted lines as a table model: expected beside counted (unless blind), and whether each is sent."""

from __future__ import annotations

import dataclasses
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from station.domain.lines import Line

LineRole = Qt.ItemDataRole.UserRole + 1

COLUMNS = ("Item", "Name", "Counted", "Damaged", "Expected", "Serials", "Sent")
EXPECTED = COLUMNS.index("Expected")


class LinesModel(QAbstractTableModel):
    """One row per item counted in the session, newest changes kept in place (first-counted order)."""

    def __init__(self) -> None:
        super().__init__()
        self._lines: list[Line] = []
        self._rows: dict[str, int] = {}  # line id -> row, so that an update does not search
        self._expected: dict[str, float | None] = {}
        self.blind = False

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._lines)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return COLUMNS[section]
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._lines):
            return None
        line = self._lines[index.row()]
        column = index.column()
        if role == LineRole:
            return line
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(line, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (2, 3, 4):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and column == EXPECTED:
            expected = self._expected.get(line.item_code)
            if expected is not None and not self.blind and expected != line.verified_qty:
                return QColor("#b26a00")
        return None

    def _text(self, line: Line, column: int) -> str:
        if column == 0:
            return line.item_code
        if column == 1:
            return line.item_name or ("unknown barcode" if line.unknown_item else "")
        if column == 2:
            return str(line.verified_qty)
        if column == 3:
            return str(line.damage_qty) if line.damage_qty else ""
        if column == EXPECTED:
            expected = self._expected.get(line.item_code)
            return "" if self.blind or expected is None else f"{expected:g}"
        if column == 5:
            return ", ".join(line.serials[-3:]) + (" …" if len(line.serials) > 3 else "")
        return "✓" if line.synced else "…"

    def reset(self, lines: list[Line], expected: dict[str, float | None], *, blind: bool) -> None:
        self.beginResetModel()
        self._lines = list(lines)
        self._rows = {line.client_record_id: row for row, line in enumerate(self._lines)}
        self._expected = dict(expected)
        self.blind = blind
        self.endResetModel()

    def upsert(self, line: Line) -> int:
        """Show a line as it now stands; its row."""
        row = self._rows.get(line.client_record_id)
        if row is not None:
            self._lines[row] = line
            self.dataChanged.emit(self.index(row, 0), self.index(row, len(COLUMNS) - 1))
            return row
        row = len(self._lines)
        self.beginInsertRows(QModelIndex(), row, row)
        self._lines.append(line)
        self._rows[line.client_record_id] = row
        self.endInsertRows()
        return row

    def set_unsynced(self, unsynced: set[str]) -> int:
        """Mark every line sent except ``unsynced`` (and those back to waiting); how many rows changed."""
        changed = 0
        sent_column = len(COLUMNS) - 1
        for row, line in enumerate(self._lines):
            synced = line.client_record_id not in unsynced
            if line.synced != synced:
                self._lines[row] = dataclasses.replace(line, synced=synced)
                self.dataChanged.emit(self.index(row, sent_column), self.index(row, sent_column))
                changed += 1
        return changed

    def line(self, row: int) -> Line:
        return self._lines[row]

    def lines(self) -> list[Line]:
        return list(self._lines)
