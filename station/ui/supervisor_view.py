"""The supervisor view (F7): who counts what, how fast, and how long since each station's heartbeat.

Also the recent sessions of everyone, a rack's history, and releasing a gone counter's rack.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QListWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from station import contract
from station.i18n import QT_TRANSLATE_NOOP, translate
from station.session.values import SessionRow
from station.ui.numbers import short_date_time, short_time
from station.ui.theme import difference_colours, restyle
from station.ui.words import Say, SaysAgain, Words

ACTIVE_COLUMNS = [
    QT_TRANSLATE_NOOP("supervisor_view", "Rack"),
    QT_TRANSLATE_NOOP("supervisor_view", "Floor"),
    QT_TRANSLATE_NOOP("supervisor_view", "Counter"),
    QT_TRANSLATE_NOOP("supervisor_view", "Status"),
    QT_TRANSLATE_NOOP("supervisor_view", "Lines"),
    QT_TRANSLATE_NOOP("supervisor_view", "Pieces"),
    QT_TRANSLATE_NOOP("supervisor_view", "Pieces/min"),
    QT_TRANSLATE_NOOP("supervisor_view", "Heartbeat"),
    QT_TRANSLATE_NOOP("supervisor_view", "Station"),
]
RECENT_COLUMNS = [
    QT_TRANSLATE_NOOP("supervisor_view", "Rack"),
    QT_TRANSLATE_NOOP("supervisor_view", "Counter"),
    QT_TRANSLATE_NOOP("supervisor_view", "Status"),
    QT_TRANSLATE_NOOP("supervisor_view", "Started"),
    QT_TRANSLATE_NOOP("supervisor_view", "Ended"),
    QT_TRANSLATE_NOOP("supervisor_view", "Pieces"),
    QT_TRANSLATE_NOOP("supervisor_view", "Station"),
]
"""The tables' headers, in English; translated where they are shown."""
HEARTBEAT = ACTIVE_COLUMNS.index("Heartbeat")
STATUS_WORDS = {
    "available": QT_TRANSLATE_NOOP("supervisor_view", "available"),
    "active": QT_TRANSLATE_NOOP("supervisor_view", "active"),
    "paused": QT_TRANSLATE_NOOP("supervisor_view", "paused"),
    "completed": QT_TRANSLATE_NOOP("supervisor_view", "completed"),
    "released": QT_TRANSLATE_NOOP("supervisor_view", "released"),
    "superseded": QT_TRANSLATE_NOOP("supervisor_view", "superseded"),
}
"""A session's status as the server sends it, in words (one it does not know is shown as sent)."""
ACTION_WORDS = {
    "release": QT_TRANSLATE_NOOP("supervisor_view", "released"),
    "move-serial": QT_TRANSLATE_NOOP("supervisor_view", "moved a serial"),
    "resolve:accept_server": QT_TRANSLATE_NOOP("supervisor_view", "resolved: kept the server's count"),
    "resolve:accept_local": QT_TRANSLATE_NOOP("supervisor_view", "resolved: took the station's count"),
    "resolve:merge": QT_TRANSLATE_NOOP("supervisor_view", "resolved: recounted"),
    "resolve:ignore": QT_TRANSLATE_NOOP("supervisor_view", "resolved: set aside"),
}
"""What a supervisor did to a rack, as its history records it, in words."""
STALE_HEARTBEAT_S = 60.0
"""A station silent for longer than this has probably gone: its age is highlighted."""


def _age(seconds: float | None) -> str:
    if seconds is None:
        return translate("supervisor_view", "never")
    if seconds < 90:
        return translate("supervisor_view", "{seconds} s ago").format(seconds=QLocale().toString(round(seconds)))
    return translate("supervisor_view", "{minutes} min ago").format(minutes=QLocale().toString(round(seconds / 60)))


def _status(status: str) -> str:
    words = STATUS_WORDS.get(status)
    return translate("supervisor_view", words) if words else status


def _time(when: datetime | None) -> str:
    return short_time(when) if when else "—"


class SupervisorView(SaysAgain, QWidget):
    """Signals:
    back(): Esc.
    refresh(): F5, or the view was opened.
    history_wanted(rack_id): H, for the selected session's rack (active or recent: Tab between the tables).
    release_wanted(rack_id, user): R, for the selected active session.
    overview_wanted(rack_id, floor): O (the whole count), or Enter on a session (its rack in the overview).
    """

    back = Signal()
    refresh = Signal()
    history_wanted = Signal(str)
    release_wanted = Signal(str, str)
    overview_wanted = Signal(str, str)

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("supervisorView")
        self.active_rows: list[SessionRow] = []
        self.recent_rows: list[SessionRow] = []
        self._now: datetime | None = None
        self._history: tuple[str, list[contract.AuditEntry]] | None = None
        self.words = Words()
        title = QLabel("")
        self.words.set(title, lambda: translate("supervisor_view", "Supervisor — who is counting"))
        title.setObjectName("screenTitle")
        self.message = QLabel("")
        self.message.setObjectName("banner")
        self.message.setWordWrap(True)
        self.message.hide()
        self.active = self._table("activeSessions", ACTIVE_COLUMNS)
        self.recent = self._table("recentSessions", RECENT_COLUMNS)
        self.history_title = QLabel("")
        self.words.set(
            self.history_title, lambda: translate("supervisor_view", "Rack history: select a session and press H")
        )
        self.history = QListWidget()
        self.history.setObjectName("rackHistory")
        self.history.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.history.setMaximumHeight(150)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(40, 20, 40, 20)
        layout.addWidget(title)
        layout.addWidget(self.message)
        layout.addWidget(self.active, 3)
        recent_title = QLabel("")
        self.words.set(recent_title, lambda: translate("supervisor_view", "Recent sessions"))
        layout.addWidget(recent_title)
        layout.addWidget(self.recent, 2)
        layout.addWidget(self.history_title)
        layout.addWidget(self.history)
        hint = QLabel("")
        self.words.set(
            hint,
            lambda: translate(
                "supervisor_view",
                "↑ ↓ pick a session · Tab active / recent · R releases its rack (a note is asked) · H its rack's "
                "history · Enter its rack in the overview · O the overview · F5 refreshes · F9 conflicts · Esc back",
            ),
        )
        hint.setObjectName("hint")
        hint.setWordWrap(True)
        layout.addWidget(hint)
        self._keys()

    @staticmethod
    def _table(name: str, columns: list[str]) -> QTableWidget:
        table = QTableWidget(0, len(columns))
        table.setObjectName(name)
        table.setHorizontalHeaderLabels([translate("supervisor_view", column) for column in columns])
        table.verticalHeader().hide()
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setTabKeyNavigation(False)  # Tab goes from the active sessions to the recent ones
        return table

    def show_sessions(self, active: list[SessionRow], recent: list[SessionRow], now: datetime) -> None:
        chosen = self.selected()
        self.active_rows = active
        self.active.setRowCount(len(active))
        for n, row in enumerate(active):
            self._fill_active(n, row, now)
        again = next((n for n, row in enumerate(active) if chosen and row.session_id == chosen.session_id), 0)
        if active:
            self.active.selectRow(again)
        self._now = now
        self.recent_rows = recent
        self._fill_recent()
        if not active:
            self.show_message("info", lambda: translate("supervisor_view", "Nobody is counting right now."))
        if recent and not self.recent.selectionModel().hasSelection():
            self.recent.selectRow(0)
        if not self.recent.hasFocus():
            self.active.setFocus()

    def _fill_recent(self) -> None:
        self.recent.setRowCount(len(self.recent_rows))
        for n, row in enumerate(self.recent_rows):
            cells = [row.rack_id, row.user, _status(row.status), _time(row.started_at), _time(row.completed_at),
                     QLocale().toString(row.pieces), row.station or "—"]  # fmt: skip
            for column, value in enumerate(cells):
                self.recent.setItem(n, column, QTableWidgetItem(value))

    def retranslate(self) -> None:
        """The language changed: every word again, the tables and the history from what they show."""
        self.words.again()
        for table, columns in ((self.active, ACTIVE_COLUMNS), (self.recent, RECENT_COLUMNS)):
            table.setHorizontalHeaderLabels([translate("supervisor_view", column) for column in columns])
        if self._now is not None:
            self.tick(self._now)
        self._fill_recent()
        if self._history is not None:
            self.show_history(*self._history)

    def tick(self, now: datetime) -> None:
        """Age the heartbeats and paces every second, without asking the server."""
        self._now = now
        for n, row in enumerate(self.active_rows):
            self._fill_active(n, row, now)

    def _fill_active(self, n: int, row: SessionRow, now: datetime) -> None:
        age = row.heartbeat_age(now)
        locale = QLocale()
        cells = [row.rack_id, row.floor, row.user, _status(row.status), locale.toString(row.lines),
                 locale.toString(row.pieces), locale.toString(row.per_minute(now), "f", 1), _age(age),
                 row.station or "—"]  # fmt: skip
        for column, value in enumerate(cells):
            item = self.active.item(n, column)
            if item is None:
                item = QTableWidgetItem()
                self.active.setItem(n, column, item)
            item.setText(value)
        stale = row.status == "active" and (age is None or age > STALE_HEARTBEAT_S)
        background, text = difference_colours()
        cell = self.active.item(n, HEARTBEAT)
        if cell is None:
            return
        if stale:
            cell.setBackground(background)
            cell.setForeground(text)
        else:
            cell.setData(Qt.ItemDataRole.BackgroundRole, None)
            cell.setData(Qt.ItemDataRole.ForegroundRole, None)

    def show_history(self, rack_id: str, entries: list[contract.AuditEntry]) -> None:
        self._history = (rack_id, entries)
        self.words.set(
            self.history_title, lambda: translate("supervisor_view", "Rack {rack} history").format(rack=rack_id)
        )
        self.history.clear()
        for entry in entries:
            when = short_date_time(datetime.fromtimestamp(entry.at))
            words = ACTION_WORDS.get(entry.action)
            what = translate("supervisor_view", words) if words else entry.action.replace("_", " ")
            self.history.addItem(f"{when}  {entry.actor}  {what}  — {entry.note}")
        if not entries:
            self.history.addItem(translate("supervisor_view", "No supervisor has acted on this rack."))

    def show_message(self, level: str, sentence: Say) -> None:
        sentence = self.words.set(self.message, sentence)
        restyle(self.message, level=level)
        self.message.setVisible(bool(sentence))

    def selected(self) -> SessionRow | None:
        rows = self.active.selectionModel().selectedRows() if self.active.selectionModel() else []
        if not rows or rows[0].row() >= len(self.active_rows):
            return None
        return self.active_rows[rows[0].row()]

    def picked(self) -> SessionRow | None:
        """The session picked in the table that has focus: a recent one (finished racks too), else an active one."""
        if not self.recent.hasFocus():
            return self.selected()
        model = self.recent.selectionModel()
        rows = model.selectedRows() if model is not None else []
        return self.recent_rows[rows[0].row()] if rows and rows[0].row() < len(self.recent_rows) else None

    def _keys(self) -> None:
        """Keys that work wherever focus is in the view (the tables would take letters for searching)."""
        keys = {
            "Esc": self.back.emit,
            "F5": self.refresh.emit,
            "H": lambda: self._with_picked(lambda row: self.history_wanted.emit(row.rack_id)),
            "R": lambda: self._with_selected(lambda row: self.release_wanted.emit(row.rack_id, row.user)),
            "O": lambda: self.overview_wanted.emit("", ""),
            "Return": lambda: self._with_picked(lambda row: self.overview_wanted.emit(row.rack_id, row.floor)),
            "Enter": lambda: self._with_picked(lambda row: self.overview_wanted.emit(row.rack_id, row.floor)),
        }
        for key, action in keys.items():
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(action)

    def _with_picked(self, action: Callable[[SessionRow], None]) -> None:
        row = self.picked()
        if row is None:
            self.show_message(
                "warn", translate("supervisor_view", "Pick a session first (↑ ↓, Tab for the recent ones).")
            )
        else:
            action(row)

    def _with_selected(self, action: Callable[[SessionRow], None]) -> None:
        row = self.selected()
        if row is None:
            self.show_message("warn", lambda: translate("supervisor_view", "Pick an active session first (↑ ↓)."))
        else:
            action(row)
