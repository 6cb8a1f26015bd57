"""The supervisor view (F7): who counts what, how fast, and how long since each station's heartbeat.

Also the recent sessions of everyone, a rack's history, and releasing a gone counter's rack.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import Qt, Signal
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
from station.i18n import translate
from station.session.values import SessionRow
from station.ui.theme import difference_colours, restyle

ACTIVE_COLUMNS = ["Rack", "Floor", "Counter", "Status", "Lines", "Pieces", "Pieces/min", "Heartbeat", "Station"]
RECENT_COLUMNS = ["Rack", "Counter", "Status", "Started", "Ended", "Pieces", "Station"]
HEARTBEAT = ACTIVE_COLUMNS.index("Heartbeat")
STALE_HEARTBEAT_S = 60.0
"""A station silent for longer than this has probably gone: its age is highlighted."""


def _age(seconds: float | None) -> str:
    if seconds is None:
        return "never"
    if seconds < 90:
        return f"{seconds:.0f} s ago"
    return f"{seconds / 60:.0f} min ago"


def _time(when: datetime | None) -> str:
    return when.astimezone().strftime("%H:%M") if when else "—"


class SupervisorView(QWidget):
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
        title = QLabel("Supervisor — who is counting")
        title.setObjectName("screenTitle")
        self.message = QLabel("")
        self.message.setObjectName("banner")
        self.message.setWordWrap(True)
        self.message.hide()
        self.active = self._table("activeSessions", ACTIVE_COLUMNS)
        self.recent = self._table("recentSessions", RECENT_COLUMNS)
        self.history_title = QLabel("Rack history: select a session and press H")
        self.history = QListWidget()
        self.history.setObjectName("rackHistory")
        self.history.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.history.setMaximumHeight(150)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(40, 20, 40, 20)
        layout.addWidget(title)
        layout.addWidget(self.message)
        layout.addWidget(self.active, 3)
        recent_title = QLabel("Recent sessions")
        layout.addWidget(recent_title)
        layout.addWidget(self.recent, 2)
        layout.addWidget(self.history_title)
        layout.addWidget(self.history)
        hint = QLabel(translate("supervisor_view", "↑ ↓ pick a session · Tab active / recent · R releases its rack "
                                "(a note is asked) · H its rack's history · Enter its rack in the overview · O the "
                                "overview · F5 refreshes · F9 conflicts · Esc back"))  # fmt: skip
        hint.setObjectName("hint")
        hint.setWordWrap(True)
        layout.addWidget(hint)
        self._keys()

    @staticmethod
    def _table(name: str, columns: list[str]) -> QTableWidget:
        table = QTableWidget(0, len(columns))
        table.setObjectName(name)
        table.setHorizontalHeaderLabels(columns)
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
        self.recent_rows = recent
        self.recent.setRowCount(len(recent))
        for n, row in enumerate(recent):
            cells = [row.rack_id, row.user, row.status, _time(row.started_at), _time(row.completed_at), str(row.pieces),
                     row.station or "—"]  # fmt: skip
            for column, value in enumerate(cells):
                self.recent.setItem(n, column, QTableWidgetItem(value))
        if recent and not self.recent.selectionModel().hasSelection():
            self.recent.selectRow(0)
        if not active:
            self.show_message("info", "Nobody is counting right now.")
        if not self.recent.hasFocus():
            self.active.setFocus()

    def tick(self, now: datetime) -> None:
        """Age the heartbeats and paces every second, without asking the server."""
        for n, row in enumerate(self.active_rows):
            self._fill_active(n, row, now)

    def _fill_active(self, n: int, row: SessionRow, now: datetime) -> None:
        age = row.heartbeat_age(now)
        cells = [row.rack_id, row.floor, row.user, row.status, str(row.lines), str(row.pieces),
                 f"{row.per_minute(now):.1f}", _age(age), row.station or "—"]  # fmt: skip
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
        self.history_title.setText(f"Rack {rack_id} history")
        self.history.clear()
        for entry in entries:
            when = datetime.fromtimestamp(entry.at).strftime("%d %b %H:%M")
            what = entry.action.replace("resolve:", "resolved: ").replace("_", " ")
            self.history.addItem(f"{when}  {entry.actor}  {what}  — {entry.note}")
        if not entries:
            self.history.addItem("No supervisor has acted on this rack.")

    def show_message(self, level: str, sentence: str) -> None:
        self.message.setText(sentence)
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
            self.show_message("warn", "Pick an active session first (↑ ↓).")
        else:
            action(row)
