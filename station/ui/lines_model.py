"""The counted lines as a table model: expected beside counted (unless blind), and where each line stands.

Sent (✓), waiting (…), refused by the server (red, with its reason) or set aside by a supervisor
(grey, struck); a typed line says so beside its name. Names come first: the code column is elided in
the middle by the view, the whole of a line is in its tooltip and in ``line_words``.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QLocale, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont

from station.domain.lines import Line
from station.i18n import QT_TRANSLATE_NOOP, translate
from station.ui.numbers import number
from station.ui.theme import line_colours

LineRole = Qt.ItemDataRole.UserRole + 1

COLUMNS = ("Item", "Name", "Counted", "Damaged", "Expected", "Serials", "Sent")
CODE = COLUMNS.index("Item")
"""The columns by name (in English, for code); shown as ``HEADERS``, translated."""
HEADERS = (
    QT_TRANSLATE_NOOP("lines_model", "Item"),
    QT_TRANSLATE_NOOP("lines_model", "Name"),
    QT_TRANSLATE_NOOP("lines_model", "Counted"),
    QT_TRANSLATE_NOOP("lines_model", "Damaged"),
    QT_TRANSLATE_NOOP("lines_model", "Expected"),
    QT_TRANSLATE_NOOP("lines_model", "Serials"),
    QT_TRANSLATE_NOOP("lines_model", "Sent"),
)
EXPECTED = COLUMNS.index("Expected")
SERIALS = COLUMNS.index("Serials")
SENT = COLUMNS.index("Sent")
OVER, UNDER = "▲", "▼"
"""Beside an expected quantity the count differs from (amber), so that the colour is not the only sign."""
TYPED = QT_TRANSLATE_NOOP("lines_model", "typed")
"""Beside the name of a line typed in rather than scanned."""


def line_state(line: Line) -> str:
    """The Sent column: sent (✓), waiting (…), refused with the server's reason, or set aside."""
    if line.excluded:
        return translate("lines_model", "set aside")
    if line.refused:
        return translate("lines_model", "✕ refused")
    return "✓" if line.synced else "…"


def line_tip(line: Line) -> str | None:
    """What hovering over a line explains: why it was refused or set aside, that it was typed."""
    tips = []
    if line.excluded:
        tips.append(translate("lines_model", "A supervisor set this line aside: it counts for nothing."))
    elif line.refused:
        tips.append(
            translate("lines_model", "The server refused this line: {reason} A supervisor decides (F9).").format(
                reason=line.refused
            )
        )
    if line.manual_entry:
        tips.append(translate("lines_model", "Typed in, not scanned."))
    return " ".join(tips) or None


def line_words(line: Line) -> str:
    """A line in full, for the status line when it is the current one: what the table may have elided."""
    words = translate("lines_model", "{code} · {name}: {counted} counted").format(
        code=line.item_code,
        name=line.item_name or translate("lines_model", "unknown barcode"),
        counted=line.verified_qty,
    )
    tip = line_tip(line)
    return f"{words} · {line_state(line)}" + (f" · {tip}" if tip else "")


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
            return translate("lines_model", HEADERS[section])
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
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tip(line, column)
        if role in (Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.FontRole):
            return self._look(line, column, role)
        return None

    def _look(self, line: Line, column: int, role: int) -> Any:
        """Colours and fonts: refused red, set aside grey and struck, typed in blue, over expected amber."""
        colours = line_colours()
        if role == Qt.ItemDataRole.FontRole:
            if not line.excluded and not (line.refused and column == SENT):
                return None
            font = QFont()
            font.setStrikeOut(line.excluded)
            font.setBold(not line.excluded)
            return font
        if role == Qt.ItemDataRole.BackgroundRole:
            return colours.refused if line.refused and not line.excluded else None
        if line.excluded:
            return colours.excluded_text
        if line.refused:
            return colours.refused_text
        if line.manual_entry and column == 1:
            return colours.typed_text
        if column == EXPECTED:
            expected = self._expected.get(line.item_code)
            # Amber only past the expected count (a double scan, the wrong item): short of it is plain, for
            # a line still being counted is short; F10's review says what ends short.
            if expected is not None and not self.blind and line.verified_qty > expected:
                return QColor("#b26a00")
        return None

    def _tip(self, line: Line, column: int) -> str | None:
        """The whole of an elided cell (the code, the name, every serial), then why the line stands as it does."""
        whole = {CODE: line.item_code, 1: self._text(line, 1), SERIALS: ", ".join(line.serials)}.get(column, "")
        tip = line_tip(line)
        return "\n".join(part for part in (whole, tip) if part) or None

    def _text(self, line: Line, column: int) -> str:
        if column == 0:
            return line.item_code
        if column == 1:
            name = line.item_name or (translate("lines_model", "unknown barcode") if line.unknown_item else "")
            return f"{name} · {translate('lines_model', TYPED)}" if line.manual_entry else name
        if column == 2:
            return QLocale().toString(line.verified_qty)
        if column == 3:
            return QLocale().toString(line.damage_qty) if line.damage_qty else ""
        if column == EXPECTED:
            expected = self._expected.get(line.item_code)
            if self.blind or expected is None:
                return ""
            mark = "" if line.verified_qty == expected else OVER if line.verified_qty > expected else UNDER
            return f"{number(expected)} {mark}".rstrip()
        if column == 5:
            return ", ".join(line.serials[-3:]) + (" …" if len(line.serials) > 3 else "")
        return line_state(line)

    def retranslate(self) -> None:
        """The language changed: the headers and every row's words again."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)
        if self._lines:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._lines) - 1, len(COLUMNS) - 1))

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
        sent_column = SENT
        for row, line in enumerate(self._lines):
            synced = line.client_record_id not in unsynced
            if line.synced != synced:
                self._lines[row] = dataclasses.replace(line, synced=synced)
                self.dataChanged.emit(self.index(row, sent_column), self.index(row, sent_column))
                changed += 1
        return changed

    def refresh(self, lines: list[Line]) -> int:
        """The lines as the store now holds them (refusals and decisions arrive so); how many rows
        changed. Lines not shown yet are added."""
        changed = 0
        for line in lines:
            row = self._rows.get(line.client_record_id)
            if row is None or self._lines[row] != line:
                self.upsert(line)
                changed += 1
        return changed

    def row_of(self, line: Line) -> int | None:
        """The row showing ``line`` (by its id), if any."""
        return self._rows.get(line.client_record_id)

    def line(self, row: int) -> Line:
        return self._lines[row]

    def lines(self) -> list[Line]:
        return list(self._lines)
