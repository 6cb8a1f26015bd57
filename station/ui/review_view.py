"""F10's review, over the whole window: counted against expected per item, the lines still waiting, the result.

Keys only: Enter finishes the rack, Esc goes back to counting with nothing changed, F9 opens the
conflicts, ↑ ↓ PgUp PgDn scroll. A scan made while it is open is handed back (``scans``), never dropped.
"""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QCloseEvent, QFont, QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from station.domain.wedge import Entry
from station.session.review import ItemReview, Review, Standing, plural
from station.ui.theme import difference_colours, restyle

COLUMNS = ("Item", "Name", "Counted", "Damaged", "Expected", "±", "State")
EXPECTED, DIFFERENCE, STATE = COLUMNS.index("Expected"), COLUMNS.index("±"), COLUMNS.index("State")
NUMBERS = (2, 3, EXPECTED, DIFFERENCE)
_STANDING = {
    Standing.MISSING: "missing",
    Standing.UNEXPECTED: "not expected here",
    Standing.OVER: "over",
    Standing.UNDER: "under",
    Standing.MATCHED: "as expected",
    Standing.COUNTED: "counted",
}
MAX_REASONS = 3
"""Refused items whose reasons the review spells out; the table marks every one."""
_SCROLL = {Qt.Key.Key_Up: -1, Qt.Key.Key_Down: 1, Qt.Key.Key_PageUp: -10, Qt.Key.Key_PageDown: 10}


class Stage(Enum):
    REVIEWING = "reviewing"
    FINISHING = "finishing"
    DONE = "done"


class ReviewView(QDialog):
    """Signals:
    finish_asked(): Enter while reviewing: finalise, send, check with the server, release.
    conflicts_asked(): F9 while reviewing: a supervisor decides on the refused lines.
    """

    finish_asked = Signal()
    conflicts_asked = Signal()

    def __init__(self, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setObjectName("reviewView")
        self.setWindowTitle("Finish the rack")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # the review takes the keys: nothing in it does
        self.stage = Stage.REVIEWING
        self.scans: list[Entry] = []
        """Scans made while the review was open, in order: counted (or offered to the screen in front)
        once it has closed."""
        self.title = QLabel("")
        self.title.setObjectName("screenTitle")
        self.totals = QLabel("")
        self.totals.setObjectName("reviewTotals")
        self.headline = QLabel("")
        self.headline.setObjectName("reviewHeadline")
        self.headline.setWordWrap(True)
        self.blocker = QLabel("")
        self.blocker.setObjectName("banner")
        self.blocker.setWordWrap(True)
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setObjectName("reviewTable")
        self.table.setHorizontalHeaderLabels(COLUMNS)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the keys are the review's, not the table's
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for column in (0, STATE):  # names first: a long code is elided in the middle, a long state at its end
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        self.table.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.table.viewport().installEventFilter(self)
        self.table.setWordWrap(False)
        self.outcome = QLabel("")
        self.outcome.setObjectName("reviewOutcome")
        self.outcome.setWordWrap(True)
        self.outcome.hide()
        self.keys = QLabel("")
        self.keys.setObjectName("reviewKeys")
        self.keys.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.totals)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 12)
        layout.addLayout(top)
        for widget in (self.headline, self.blocker):
            layout.addWidget(widget)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.outcome)
        layout.addWidget(self.keys)

    # --- what it shows ---------------------------------------------------------------------------

    def show_review(self, review: Review) -> None:
        """The rack's review (again, as lines are sent); the scroll position is kept."""
        self.title.setText(f"Finish rack {review.rack_id}?")
        damaged = f" ({review.damaged} damaged)" if review.damaged else ""
        self.totals.setText(f"{plural(review.pieces, 'piece')}{damaged} in {plural(review.lines, 'line')}")
        self.headline.setText(review.headline())
        restyle(self.headline, tone="good" if review.all_well else "bad" if review.blocked else "warn")
        reasons = review.refusals()
        shown = reasons[:MAX_REASONS] + (
            [f"and {len(reasons) - MAX_REASONS} more"] if len(reasons) > MAX_REASONS else []
        )
        self.blocker.setText("\n".join([review.blocker(), *(f"• {reason}" for reason in shown)]).strip())
        restyle(self.blocker, level="bad" if review.blocked else "")
        self.blocker.setVisible(review.blocked)
        scrolled = self.table.verticalScrollBar().value()
        self.table.setRowCount(len(review.items))
        for row, item in enumerate(review.items):
            for column, text in enumerate(_cells(item)):
                self._set(row, column, text, item)
        self.table.setColumnHidden(EXPECTED, review.blind)
        self.table.setColumnHidden(DIFFERENCE, review.blind)
        self.table.verticalScrollBar().setValue(scrolled)
        self._share_columns()
        if review.blocked:
            self.keys.setText("F9: a supervisor decides · Enter: finish anyway (a supervisor releases) · Esc: count on")
        else:
            self.keys.setText("Enter: finish the rack · Esc: back to counting · ↑ ↓ PgUp PgDn scroll")

    def _share_columns(self) -> None:
        """Names first: the code (at most an EAN-13's width) and the state take at most a share each of what
        the numbers leave, elided beyond it; the name gets the rest."""
        numbers = sum(self.table.columnWidth(c) for c in NUMBERS if not self.table.isColumnHidden(c))
        share = max(60, int((self.table.viewport().width() - numbers) * 0.3))
        code = self.table.fontMetrics().horizontalAdvance("0000000000000") + 24
        self.table.setColumnWidth(0, min(max(self.table.sizeHintForColumn(0), 60), code, share))
        self.table.setColumnWidth(STATE, min(self.table.sizeHintForColumn(STATE), share))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if watched is self.table.viewport() and event.type() == QEvent.Type.Resize:
            self._share_columns()  # the table's own width, once it has it
        return super().eventFilter(watched, event)

    def _set(self, row: int, column: int, text: str, item: ItemReview) -> None:
        cell = QTableWidgetItem(text)
        if column in (0, 1, STATE):
            cell.setToolTip(text)  # the whole of what may be elided
        if column in NUMBERS:
            cell.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if item.standing not in (Standing.MATCHED, Standing.COUNTED) or item.refused:
            background, foreground = difference_colours()
            cell.setBackground(background)
            cell.setForeground(foreground)
            if column == len(COLUMNS) - 1:
                font = QFont(cell.font())
                font.setBold(True)
                cell.setFont(font)
        self.table.setItem(row, column, cell)

    def show_finishing(self, sentence: str) -> None:
        self.stage = Stage.FINISHING
        self._show_result("info", sentence)
        self.keys.setText("Finishing: please wait.")

    def show_done(self, sentence: str, *, late: int = 0) -> None:
        """The rack is finished: the sentence in green; Enter (or Esc, or the next scan) closes. ``late``
        scans came while it was being finished: they did not count, and it says so in red."""
        self.stage = Stage.DONE
        self.title.setText(self.title.text().replace("Finish rack", "Finished: rack").rstrip("?"))
        self._show_result("good", sentence)
        if late:
            self.blocker.setText(
                f"Not counted: {plural(late, 'scan')} made while the rack was being finished. "
                "Scan again on the rack they belong to."
            )
            restyle(self.blocker, level="bad")
            self.blocker.show()
        self.keys.setText("Enter: next rack (or scan its label)")

    def _show_result(self, tone: str, sentence: str) -> None:
        self.outcome.setText(sentence)
        restyle(self.outcome, tone=tone)
        self.outcome.show()

    # --- keys and scans --------------------------------------------------------------------------

    def on_entry(self, entry: Entry) -> None:
        """A scan while the review is open: kept; while finishing it waits, else the review closes for it."""
        self.scans.append(entry)
        if self.stage is Stage.FINISHING:
            kept = len(self.scans)
            self.keys.setText(f"Finishing: please wait. {kept} scan{'s' if kept > 1 else ''} kept for after.")
        else:
            self.reject()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        self.setFocus()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        key = event.key()
        if key in _SCROLL:
            bar = self.table.verticalScrollBar()
            bar.setValue(bar.value() + _SCROLL[Qt.Key(key)] * max(1, bar.singleStep()))
        elif self.stage is Stage.FINISHING:
            pass  # the rack is being finished: nothing to take back
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if self.stage is Stage.DONE:
                self.accept()
            else:
                self.finish_asked.emit()
        elif key == Qt.Key.Key_Escape:
            self.reject()
        elif key == Qt.Key.Key_F9 and self.stage is Stage.REVIEWING:
            self.conflicts_asked.emit()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        if self.stage is Stage.FINISHING:
            event.ignore()  # the finish runs to its answer
            return
        super().closeEvent(event)


def _cells(item: ItemReview) -> tuple[str, ...]:
    expected = "" if item.expected is None else f"{item.expected:g}"
    difference = item.difference
    shown = "" if difference is None or not difference else f"{difference:+g}"
    state = [_STANDING[item.standing]]
    if item.refused:
        state.append("refused (F9)")
    if item.waiting:
        state.append("not sent yet")
    if item.excluded:
        state.append("set aside by a supervisor")
    return (item.item_code, item.name, str(item.counted), str(item.damaged or ""), expected, shown, " · ".join(state))
