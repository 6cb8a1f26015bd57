"""The scanning screen: a scan field that always has focus, the lines, the numbers, a large verdict.

The header names the rack; the banner the rack's state (paused, the lease at risk); the message says
at a glance whether the last scan counted, or asks a question (an unknown code, serials) answered
with keys while scanning goes on.
"""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QEvent, QLocale, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from station.domain.lease import LeaseState
from station.domain.lines import Line
from station.i18n import QT_TRANSLATE_NOOP, translate
from station.scanner.keyboard import SCAN_TARGET
from station.session.values import LeaseStatus, OpenedRack, ScanOutcome, SessionStats, Verdict
from station.ui.labels import ElidedLabel, MarkedLabel, WrappingLabel
from station.ui.lines_model import (
    CODE,
    EXPECTED,
    SENT,
    SERIALS,
    LineRole,
    LinesModel,
    line_state,
    line_words,
)
from station.ui.scan_words import at_risk, mode_words, resaid, taken, with_damaged
from station.ui.stats_panel import StatsPanel
from station.ui.theme import restyle, scaled
from station.ui.words import Say, SaysAgain, Words, said

PLACEHOLDER = QT_TRANSLATE_NOOP("scan_view", "Scan, or type a code and Enter (a number first multiplies)")
LONG_MESSAGE = 48
"""Characters beyond which the large message is set in smaller type."""
ANSWER_DELAY_MS = 120
"""Y or N alone answers a question; a key following this soon makes it the start of a scanned code."""

MARKS = {"good": "✔", "bad": "✘", "ask": "?", "paused": "‖", "damage": "⚠"}
"""Beside the large message, so that its colour is never the only sign of how a scan went."""
CODE_SHARE = 0.3
"""At most this share of the width the numbers leave goes to the item code; the name gets the most."""
CODE_WIDTH = "0000000000000"
"""The item column is as wide as an EAN-13 code; a longer code is elided in the middle (the name comes first)."""

_VERDICT_STYLE = {
    Verdict.COUNTED: "good",
    Verdict.MULTIPLIER: "good",
    Verdict.NEEDS_SERIALS: "ask",
    Verdict.UNKNOWN: "ask",
}


class ScanView(SaysAgain, QWidget):
    """What the counter sees while counting; its presenter (``scanning``) hands it every outcome.

    Signals:
        answered(bool): the question on screen was answered: Y (True), N or Esc (False).
        retranslated(): the language changed and the screen said its words again (the presenter says its own).
    """

    answered = Signal(bool)
    retranslated = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("scanView")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)  # the damage-mode border
        self.asking = ""
        """The question open on the screen: "unknown", "serials", or "" for none."""
        self.paused = False
        self.words = Words()
        self._keys: Say = ""
        self._damage = False
        self._multiplier = 0
        self._damaged = 0
        self._answer = QTimer(self)
        self._answer.setObjectName("question-answer")
        self._answer.setSingleShot(True)
        self._answer.setInterval(ANSWER_DELAY_MS)
        self._answer.timeout.connect(self._answer_typed)
        self._lease_said = False  # the banner holds the lease's news
        self._fit = QTimer(self)  # columns are fitted once per turn of the loop, however many scans came
        self._fit.setObjectName("fit-columns")
        self._fit.setSingleShot(True)
        self._fit.setInterval(0)
        self._fit.timeout.connect(self._fit_columns)
        self.header = QLabel("")
        self.header.setObjectName("screenTitle")
        self.session_label = ElidedLabel("")
        self.session_label.setObjectName("hint")
        self.current = ElidedLabel("")
        self.current.setObjectName("currentLine")  # the current line in full: what the table may elide
        self.banner = WrappingLabel("")
        self.banner.setObjectName("banner")
        self.banner.hide()
        self.message = MarkedLabel("")
        self.words.set(self.message, lambda: translate("scan_view", "Scan the first item."))
        self.message.setObjectName("scanMessage")
        self.question = WrappingLabel("")
        self.question.setObjectName("questionKeys")
        self.question.hide()
        self.field = QLineEdit()
        self.field.setObjectName("scanField")
        self.words.set(self.field, lambda: translate("scan_view", PLACEHOLDER), "setPlaceholderText")
        self.field.setProperty(SCAN_TARGET, True)
        self.field.installEventFilter(self)  # Ctrl+Z undoes the last scan, not the field's typing
        self.mode = QLabel("")
        self.mode.setObjectName("mode")
        self.model = LinesModel()
        self.table = QTableView()
        self.table.setObjectName("linesTable")
        self.table.setModel(self.model)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the scan field keeps the focus
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)  # one line a row: what does not fit is elided, whole in the tooltip
        # A long code keeps its start and its end, a long name its size ("Steel Pressure…3 L"): in the middle,
        # by the view itself (a Python delegate would cost every painted cell a call into Python).
        self.table.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.table.selectionModel().selectionChanged.connect(lambda _new, _old: self._show_current())
        self.model.dataChanged.connect(lambda _first, _last, _roles: self._show_current())  # sent, refused…
        # Sized when rows come and go, not on every count: ResizeToContents would ask every row of
        # the table for its text each time one line changes.
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self._fit_columns()
        self.stats = StatsPanel()
        self.refusals = WrappingLabel("")
        self.refusals.setObjectName("refusals")
        self.refusals.hide()
        top = QHBoxLayout()
        top.addWidget(self.header)
        beside = QVBoxLayout()  # two small lines in the height of the title: who, and the current line in full
        for small in (self.session_label, self.current):
            small.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
            small.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            beside.addWidget(small)
        top.addLayout(beside, 1)
        entry = QHBoxLayout()
        entry.addWidget(self.field, 1)
        entry.addWidget(self.mode)
        self.hint = QLabel("")
        self.words.set(
            self.hint,
            lambda: translate(
                "scan_view",
                "F2 damaged · Ctrl+Z undo · ↑↓ pick a line, F4 edit · Ctrl+F find · F5 send now · F8 pause · "
                "F10 finish",
            ),
        )
        self.hint.setObjectName("hint")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 8, 20, 6)
        layout.addLayout(top)
        layout.addWidget(self.banner)
        layout.addWidget(self.message)
        layout.addWidget(self.question)
        layout.addLayout(entry)
        layout.addWidget(self.stats)  # a strip across the screen: the lines keep the width, names first
        layout.addWidget(self.table, 1)
        layout.addWidget(self.refusals)
        layout.addWidget(self.hint)

    def open_session(self, view: OpenedRack) -> None:
        self.words.set(
            self.header,
            lambda: translate("scan_view", "Rack {rack} · {floor}").format(rack=view.rack_id, floor=view.floor),
        )
        self.words.set(
            self.session_label,
            lambda: translate("scan_view", "{user} · session {session}").format(
                user=view.username, session=view.session_id[-12:]
            ),
        )
        self.model.reset(view.lines, view.expected, blind=view.blind)
        self._show_refusals()
        self.table.setColumnHidden(EXPECTED, view.blind)
        self._fit_columns()
        self.end_question()
        self.paused = False
        self._damaged = 0
        self.set_mode(False, 0)
        self.show_banner("info" if view.note else "", view.note)
        counted = len(view.lines)
        self.say(
            lambda: (
                translate("scan_view", "%n line(s) counted so far. Scan on.", None, counted)
                if counted
                else translate("scan_view", "Scan the first item.")
            ),
            "",
        )
        self.field.clear()
        self.field.setFocus()

    def show_outcome(self, outcome: ScanOutcome) -> None:
        sentence, line = outcome.sentence, outcome.line
        said: Say = sentence
        if self._damage and outcome.verdict is Verdict.COUNTED and line is not None and line.damage_qty:
            said = partial(with_damaged, sentence, line.damage_qty)
        self.say(said, _VERDICT_STYLE.get(outcome.verdict, "bad"))
        if outcome.good and self.banner.property("level") == "resumed":
            self.show_banner("", "")  # counting again: "resumed" has been read
        if line is not None:
            self.update_line(line)
        self.field.setFocus()

    def say(self, sentence: Say, verdict: str) -> None:
        """The large message: good (green), bad (red), ask (amber), paused, or "" (plain)."""
        text = self.words.set(self.message, sentence)
        long = "true" if len(text) > LONG_MESSAGE else "false"  # in smaller type, so it stays two lines
        self.message.set_mark(MARKS.get(verdict, ""))
        restyle(self.message, verdict=verdict, long=long)

    # --- questions, asked on the screen while scanning goes on --------------------------------

    def ask(self, kind: str, sentence: Say, keys: Say) -> None:
        """Ask in the large message; ``keys`` say how to answer. Scans go on meanwhile."""
        self.asking = kind
        self._keys = keys
        self.say(sentence, "ask")
        self.show_kept(0)
        self.question.show()
        self.words.set(
            self.field,
            lambda: (
                translate("scan_view", "Scan the serial") if kind == "serials" else translate("scan_view", "Y or N")
            ),
            "setPlaceholderText",
        )
        self.field.setFocus()

    def show_kept(self, kept: int) -> None:
        """Scans made while the question is open: kept, and counted in order once it is answered."""
        keys = self._keys
        if kept:
            self.words.set(
                self.question,
                lambda: translate(
                    "scan_view", "{keys} · %n scan(s) kept, counted after your answer", None, kept
                ).format(keys=said(keys)),
            )
        else:
            self.words.set(self.question, keys)
        restyle(self.question, kept="true" if kept else "false")

    def end_question(self) -> None:
        self.asking = ""
        self._answer.stop()
        self.question.hide()
        self.words.set(self.field, lambda: translate("scan_view", PLACEHOLDER), "setPlaceholderText")

    def _answer_typed(self) -> None:
        """Y or N stood alone long enough to be an answer, not the start of a scan."""
        text = self.field.text().strip().lower()
        if self.asking == "unknown" and text in ("y", "n"):
            self.field.clear()
            self.answered.emit(text == "y")

    def update_line(self, line: Line) -> None:
        rows = self.model.rowCount()
        before = self.model.row_of(line)
        shown = self.model.line(before) if before is not None else None
        row = self.model.upsert(line)
        if self.model.rowCount() != rows or (shown is not None and line_state(shown) != line_state(line)):
            self._fit.start()
        if line.refused or (shown is not None and shown.refused):
            self._show_refusals()
        self.table.selectRow(row)
        self.table.scrollTo(self.model.index(row, 0))

    def _show_refusals(self) -> None:
        """Below the lines, in words: which lines the server refused and why (a supervisor decides, F9)."""
        refused = [line for line in self.model.lines() if line.refused and not line.excluded]
        self.refusals.setVisible(bool(refused))
        if not refused:
            return
        first, others = refused[0], len(refused) - 1
        name = first.item_name or first.item_code
        if others:
            text = translate(
                "scan_view",
                "✕ {name} was refused: {reason} %n more line(s) refused too. A supervisor decides (F9).",
                None,
                others,
            )
        else:
            text = translate("scan_view", "✕ {name} was refused: {reason} A supervisor decides (F9).")
        self.refusals.setText(text.format(name=name, reason=first.refused))  # said again by ``retranslate``

    def refresh_lines(self, lines: list[Line]) -> None:
        """The lines as the store holds them now: refusals and decisions show on their lines."""
        if self.model.refresh(lines):
            self._fit_columns()
            self._show_refusals()

    def _fit_columns(self) -> None:
        for column in (2, 3, 4, SENT):
            self.table.resizeColumnToContents(column)
        self._share_columns()

    def _share_columns(self) -> None:
        """Names first: the code and the serials take at most a share of what the numbers leave, elided in
        the middle beyond it; the name stretches over the rest."""
        numbers = sum(
            self.table.columnWidth(column) for column in (2, 3, 4, SENT) if not self.table.isColumnHidden(column)
        )
        spare = max(0, self.table.viewport().width() - numbers)
        code = self.table.fontMetrics().horizontalAdvance(CODE_WIDTH) + scaled(24)
        needed = max(self.table.sizeHintForColumn(CODE), scaled(60))
        self.table.setColumnWidth(CODE, min(needed, code, max(scaled(60), int(spare * CODE_SHARE))))
        self.table.setColumnWidth(SERIALS, min(code // 2, max(scaled(40), int(spare * CODE_SHARE / 2))))

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self._share_columns()

    def _show_current(self) -> None:
        """The current line in full (its code and name may be elided in the table), beside the rack's title."""
        rows = self.table.selectionModel().selectedRows()
        words = line_words(self.model.line(rows[0].row())) if rows else ""
        if words != self.current.text():
            self.current.setText(words)
            self.current.setToolTip(words)

    def show_unsynced(self, unsynced: set[str]) -> None:
        """The worker sent some lines: tick them off."""
        self.model.set_unsynced(unsynced)

    def set_mode(self, damage: bool, multiplier: int) -> None:
        """Damage mode (the screen framed amber, the count of damaged beside the field) and the
        multiplier waiting for the next scan."""
        self._damage = damage
        self._multiplier = multiplier
        self.words.set(self.mode, partial(mode_words, damage, self._damaged, multiplier))
        restyle(self.mode, damage="true" if damage else "false", multiplier="true" if multiplier else "false")
        for framed in (self, self.header, self.session_label, self.current, self.hint):
            restyle(framed, damage="true" if damage else "false")
        restyle(self.message, damage="true" if damage else "false")

    def say_damage_mode(self, damage: bool) -> None:
        """F2 was pressed: say what the next scans count as."""
        damaged = self._damaged
        if damage:
            self.say(
                lambda: translate(
                    "scan_view", "DAMAGED: the next scans count as damaged ({count} so far). F2: back to good."
                ).format(count=QLocale().toString(damaged)),
                "damage",
            )
        else:
            self.say(
                lambda: translate("scan_view", "Good: the next scans count as good ({count} damaged counted).").format(
                    count=QLocale().toString(damaged)
                ),
                "",
            )

    def show_paused(self, paused: bool, sentence: Say) -> None:
        """The rack paused (not an error: a calm banner, the clock stopped) or resumed."""
        self.paused = paused
        if paused:
            self.show_banner(
                "paused",
                lambda: translate("scan_view", "PAUSED · {why} The clock is stopped.").format(why=said(sentence)),
            )
            self.say(lambda: translate("scan_view", "Paused. Press F8 to resume counting."), "paused")
        else:
            self.show_banner("resumed", sentence)
            self.say(lambda: translate("scan_view", "Resumed. Scan on."), "")
        self.field.setFocus()

    def set_lease(self, lease: LeaseStatus) -> None:
        if self.paused and lease.state is not LeaseState.LOST:
            return  # a paused rack beats no lease: its countdown is no news; the paused banner stays
        if lease.state is LeaseState.AT_RISK:
            self.show_banner("warn", partial(at_risk, lease), lease=True)
        elif lease.state is LeaseState.EXPIRED:
            self.show_banner(
                "bad",
                lambda: translate("scan_view", "The lease on {rack} ran out. Taking the rack back…").format(
                    rack=lease.rack_id
                ),
                lease=True,
            )
        elif lease.state is LeaseState.LOST:
            self.show_banner("bad", partial(taken, lease), lease=True)
            self.say(lambda: translate("scan_view", "Scanning has stopped."), "bad")
        elif self._lease_said:  # the lease is well again; what others said (a refused finish) stays
            self.show_banner("", "")

    def show_banner(self, level: str, text: Say, *, lease: bool = False) -> None:
        """The banner above the lines; ``lease`` says it is the lease's news, which a good heartbeat clears."""
        self._lease_said = lease
        text = self.words.set(self.banner, text)
        restyle(self.banner, level=level)
        self.banner.setVisible(bool(text))

    def retranslate(self) -> None:
        """The language changed: every word again, from what the screen shows now."""
        self.words.again()
        if not self.asking and isinstance(self.words.said(self.message), str) and self.message.text():
            # The session's sentence (the last scan's) came ready-made in the old language: the line it
            # was about says it again, in the new one.
            self.words.set(self.message, partial(resaid, self.selected_line()))
        self.stats.retranslate()
        self.model.retranslate()
        self._show_refusals()
        self._show_current()
        self._fit_columns()
        self.retranslated.emit()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        super().changeEvent(event)  # a new language: said again (SaysAgain)
        if event.type() in (QEvent.Type.StyleChange, QEvent.Type.FontChange):
            self._fit_columns()  # the text size changed: the item column follows it

    def set_stats(self, stats: SessionStats) -> None:
        self.stats.show_stats(stats)
        if stats.damaged != self._damaged:
            self._damaged = stats.damaged
            self.set_mode(self._damage, self._multiplier)

    def selected_line(self) -> Line | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.data(rows[0], LineRole) if rows else None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        # A line edit claims Ctrl+Z for itself (ShortcutOverride); keep it from the field so that the
        # window's Ctrl+Z (undo the last scan) gets it.
        if watched is self.field and event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent):
            return event.matches(QKeySequence.StandardKey.Undo) or event.matches(QKeySequence.StandardKey.Redo)
        if watched is self.field and self.asking and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            return self._question_key(event)
        return super().eventFilter(watched, event)

    def _question_key(self, event: QKeyEvent) -> bool:
        """Esc answers no (or cancels the serials); Y or N alone in the field answers an unknown code,
        once no further key has followed it (a scanned code may begin with either letter)."""
        if event.key() == Qt.Key.Key_Escape:
            self.field.clear()
            self.answered.emit(False)
            return True
        plain = not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if self.asking == "unknown" and plain and event.key() in (Qt.Key.Key_Y, Qt.Key.Key_N) and not self.field.text():
            self._answer.start()
        return False

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        if event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down) and self.model.rowCount():
            current = self.table.currentIndex().row() if self.table.currentIndex().isValid() else -1
            step = -1 if event.key() == Qt.Key.Key_Up else 1
            self.table.selectRow(max(0, min(self.model.rowCount() - 1, current + step)))
            return
        super().keyPressEvent(event)
