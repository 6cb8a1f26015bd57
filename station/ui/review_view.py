"""F10's review, over the whole window: counted against expected per item, the lines still waiting, the result.

Keys only: Enter finishes the rack, Esc goes back to counting with nothing changed, F9 opens the
conflicts, ↑ ↓ PgUp PgDn scroll. A scan made while it is open is handed back (``scans``), never dropped.
"""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QEvent, QLocale, QObject, Qt, Signal
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
from station.i18n import QT_TRANSLATE_NOOP, translate
from station.session.review import ItemReview, Review, Standing
from station.ui.numbers import number
from station.ui.theme import difference_colours, restyle
from station.ui.words import Say, SaysAgain, said

COLUMNS = ("Item", "Name", "Counted", "Damaged", "Expected", "±", "State")
"""The columns by name (in English, for code); shown as ``HEADERS``, translated."""
HEADERS = (
    QT_TRANSLATE_NOOP("review_view", "Item"),
    QT_TRANSLATE_NOOP("review_view", "Name"),
    QT_TRANSLATE_NOOP("review_view", "Counted"),
    QT_TRANSLATE_NOOP("review_view", "Damaged"),
    QT_TRANSLATE_NOOP("review_view", "Expected"),
    "±",
    QT_TRANSLATE_NOOP("review_view", "State"),
)
EXPECTED, DIFFERENCE, STATE = COLUMNS.index("Expected"), COLUMNS.index("±"), COLUMNS.index("State")
NUMBERS = (2, 3, EXPECTED, DIFFERENCE)
_STANDING = {
    Standing.MISSING: QT_TRANSLATE_NOOP("review_view", "missing"),
    Standing.UNEXPECTED: QT_TRANSLATE_NOOP("review_view", "not expected here"),
    Standing.OVER: QT_TRANSLATE_NOOP("review_view", "over"),
    Standing.UNDER: QT_TRANSLATE_NOOP("review_view", "under"),
    Standing.MATCHED: QT_TRANSLATE_NOOP("review_view", "as expected"),
    Standing.COUNTED: QT_TRANSLATE_NOOP("review_view", "counted"),
}
MAX_REASONS = 3
"""Refused items whose reasons the review spells out; the table marks every one."""
_SCROLL = {Qt.Key.Key_Up: -1, Qt.Key.Key_Down: 1, Qt.Key.Key_PageUp: -10, Qt.Key.Key_PageDown: 10}


class Stage(Enum):
    REVIEWING = "reviewing"
    FINISHING = "finishing"
    DONE = "done"


class ReviewView(SaysAgain, QDialog):
    """Signals:
    finish_asked(): Enter while reviewing: finalise, send, check with the server, release.
    conflicts_asked(): F9 while reviewing: a supervisor decides on the refused lines.
    """

    finish_asked = Signal()
    conflicts_asked = Signal()

    def __init__(self, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setObjectName("reviewView")
        self.setWindowTitle(translate("review_view", "Finish the rack"))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # the review takes the keys: nothing in it does
        self.stage = Stage.REVIEWING
        self._rack_id = ""
        self._review: Review | None = None
        self._result: Say = ""
        self._late = 0
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
        self.table.setHorizontalHeaderLabels([translate("review_view", header) for header in HEADERS])
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
        self._review = review
        self.title.setText(translate("review_view", "Finish rack {rack}?").format(rack=review.rack_id))
        count_pieces, count_lines = review.pieces, review.lines  # plain names: lupdate reads no other
        pieces = translate("review_view", "%n piece(s)", None, count_pieces)
        lines = translate("review_view", "%n line(s)", None, count_lines)
        if review.damaged:
            totals = translate("review_view", "{pieces} ({damaged} damaged) in {lines}").format(
                pieces=pieces, damaged=QLocale().toString(review.damaged), lines=lines
            )
        else:
            totals = translate("review_view", "{pieces} in {lines}").format(pieces=pieces, lines=lines)
        self.totals.setText(totals)
        self._rack_id = review.rack_id
        self.headline.setText(review.headline())
        restyle(self.headline, tone="good" if review.all_well else "bad" if review.blocked else "warn")
        reasons = review.refusals()
        more = len(reasons) - MAX_REASONS
        shown = reasons[:MAX_REASONS] + ([translate("review_view", "and %n more", None, more)] if more > 0 else [])
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
            self.keys.setText(
                translate(
                    "review_view",
                    "F9: a supervisor decides · Enter: finish anyway (a supervisor releases) · Esc: count on",
                )
            )
        else:
            self.keys.setText(
                translate("review_view", "Enter: finish the rack · Esc: back to counting · ↑ ↓ PgUp PgDn scroll")
            )

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

    def show_finishing(self, sentence: Say) -> None:
        self.stage = Stage.FINISHING
        self._result = sentence
        self._show_result("info", said(sentence))
        kept = len(self.scans)
        if kept:
            self.keys.setText(
                translate("review_view", "Finishing: please wait. %n scan(s) kept for after.", None, kept)
            )
        else:
            self.keys.setText(translate("review_view", "Finishing: please wait."))

    def show_done(self, sentence: Say, *, late: int = 0) -> None:
        """The rack is finished: the sentence in green; Enter (or Esc, or the next scan) closes. ``late``
        scans came while it was being finished: they did not count, and it says so in red."""
        self.stage = Stage.DONE
        self._result, self._late = sentence, late
        sentence = said(sentence)
        self.title.setText(translate("review_view", "Finished: rack {rack}").format(rack=self._rack_id))
        self._show_result("good", sentence)
        if late:
            self.blocker.setText(
                translate(
                    "review_view",
                    "Not counted: %n scan(s) made while the rack was being finished. "
                    "Scan again on the rack [it belongs|they belong] to.",
                    None,
                    late,
                )
            )
            restyle(self.blocker, level="bad")
            self.blocker.show()
        self.keys.setText(translate("review_view", "Enter: next rack (or scan its label)"))

    def _show_result(self, tone: str, sentence: str) -> None:
        self.outcome.setText(sentence)
        restyle(self.outcome, tone=tone)
        self.outcome.show()

    # --- keys and scans --------------------------------------------------------------------------

    def on_entry(self, entry: Entry) -> None:
        """A scan while the review is open: kept; while finishing it waits, else the review closes for it."""
        self.scans.append(entry)
        if self.stage is Stage.FINISHING:
            self.show_finishing(self._result)
        else:
            self.reject()

    def retranslate(self) -> None:
        """The language changed: the review said again, at the stage it is at."""
        self.setWindowTitle(translate("review_view", "Finish the rack"))
        self.table.setHorizontalHeaderLabels([translate("review_view", header) for header in HEADERS])
        if self._review is not None:
            self.show_review(self._review)
        if self.stage is Stage.FINISHING:
            self.show_finishing(self._result)
        elif self.stage is Stage.DONE:
            self.show_done(self._result, late=self._late)

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
    expected = "" if item.expected is None else number(item.expected)
    difference = item.difference
    shown = "" if difference is None or not difference else number(difference, signed=True)
    state = [translate("review_view", _STANDING[item.standing])]
    if item.refused:
        state.append(translate("review_view", "refused (F9)"))
    if item.waiting:
        state.append(translate("review_view", "not sent yet"))
    if item.excluded:
        state.append(translate("review_view", "set aside by a supervisor"))
    damaged = number(item.damaged) if item.damaged else ""
    return (item.item_code, item.name, number(item.counted), damaged, expected, shown, " · ".join(state))
