"""The scanning screen: a scan field that always has focus, the lines, the numbers, a large verdict.

The header names the rack; the message says at a glance whether the last scan counted.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from station.domain.lease import LeaseState
from station.domain.lines import Line
from station.scanner.keyboard import SCAN_TARGET
from station.session.values import LeaseStatus, OpenedRack, ScanOutcome, SessionStats, Verdict
from station.ui.lines_model import EXPECTED, LineRole, LinesModel
from station.ui.theme import restyle

_VERDICT_STYLE = {
    Verdict.COUNTED: "good",
    Verdict.MULTIPLIER: "good",
    Verdict.NEEDS_SERIALS: "ask",
    Verdict.UNKNOWN: "ask",
}


class ScanView(QWidget):
    """What the counter sees while counting; its presenter (``scanning``) hands it every outcome."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("scanView")
        self.header = QLabel("")
        self.header.setObjectName("screenTitle")
        self.session_label = QLabel("")
        self.session_label.setObjectName("hint")
        self.banner = QLabel("")
        self.banner.setObjectName("banner")
        self.banner.setWordWrap(True)
        self.banner.hide()
        self.message = QLabel("Scan the first item.")
        self.message.setObjectName("scanMessage")
        self.message.setWordWrap(True)
        self.message.setMinimumHeight(90)
        self.field = QLineEdit()
        self.field.setObjectName("scanField")
        self.field.setPlaceholderText("Scan, or type a code and Enter (a number first multiplies)")
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
        # Sized when rows come and go, not on every count: ResizeToContents would ask every row of
        # the table for its text each time one line changes.
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self._fit_columns()
        self.stats = StatsPanel()
        top = QHBoxLayout()
        top.addWidget(self.header, 1)
        top.addWidget(self.session_label)
        entry = QHBoxLayout()
        entry.addWidget(self.field, 1)
        entry.addWidget(self.mode)
        body = QHBoxLayout()
        body.addWidget(self.table, 3)
        body.addWidget(self.stats, 1)
        hint = QLabel("F2 damage · Ctrl+Z undo · ↑↓ pick a line, F4 edit it · F5 send now · F8 pause · F10 finish")
        hint.setObjectName("hint")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 12, 20, 8)
        layout.addLayout(top)
        layout.addWidget(self.banner)
        layout.addWidget(self.message)
        layout.addLayout(entry)
        layout.addLayout(body, 1)
        layout.addWidget(hint)

    def open_session(self, view: OpenedRack) -> None:
        self.header.setText(f"Rack {view.rack_id} · {view.floor}")
        self.session_label.setText(f"{view.username} · session {view.session_id[-12:]}")
        self.model.reset(view.lines, view.expected, blind=view.blind)
        self.table.setColumnHidden(EXPECTED, view.blind)
        self._fit_columns()
        self.set_mode(False, 0)
        self.show_banner("info" if view.note else "", view.note)
        self.message.setText(
            "Scan the first item." if not view.lines else f"{len(view.lines)} lines counted so far. Scan on."
        )
        restyle(self.message, verdict="")
        self.field.clear()
        self.field.setFocus()

    def show_outcome(self, outcome: ScanOutcome) -> None:
        self.message.setText(outcome.sentence)
        restyle(self.message, verdict=_VERDICT_STYLE.get(outcome.verdict, "bad"))
        if outcome.line is not None:
            self.update_line(outcome.line)
        self.field.setFocus()

    def update_line(self, line: Line) -> None:
        rows = self.model.rowCount()
        row = self.model.upsert(line)
        if self.model.rowCount() != rows:
            self._fit_columns()
        self.table.selectRow(row)
        self.table.scrollTo(self.model.index(row, 0))

    def _fit_columns(self) -> None:
        for column in (0, 2, 3, 4, 6):
            self.table.resizeColumnToContents(column)
        self.table.setColumnWidth(5, max(self.table.columnWidth(5), 160))

    def show_unsynced(self, unsynced: set[str]) -> None:
        """The worker sent some lines: tick them off."""
        self.model.set_unsynced(unsynced)

    def set_mode(self, damage: bool, multiplier: int) -> None:
        parts = (["DAMAGED (F2)"] if damage else []) + ([f"×{multiplier}"] if multiplier else [])
        self.mode.setText("  ".join(parts) or "good (F2: damaged)")
        restyle(self.mode, damage="true" if damage else "false")

    def set_lease(self, lease: LeaseStatus) -> None:
        if lease.state is LeaseState.AT_RISK:
            left = f"{lease.remaining:.0f} s left"
            self.show_banner(
                "warn",
                f"The server has not renewed the lease on {lease.rack_id}: {left}. "
                "Keep scanning; the station keeps trying.",
            )
        elif lease.state is LeaseState.EXPIRED:
            self.show_banner("bad", f"The lease on {lease.rack_id} ran out. Taking the rack back…")
        elif lease.state is LeaseState.LOST:
            who = lease.holder or "another session"
            self.show_banner("bad", f"{lease.rack_id} was taken by {who}. Scanning has stopped; your lines are kept.")
            self.message.setText("Scanning has stopped.")
            restyle(self.message, verdict="bad")
        elif self.banner.property("level") in ("warn", "bad"):
            self.show_banner("", "")

    def show_banner(self, level: str, text: str) -> None:
        self.banner.setText(text)
        restyle(self.banner, level=level)
        self.banner.setVisible(bool(text))

    def set_stats(self, stats: SessionStats) -> None:
        self.stats.show_stats(stats)

    def selected_line(self) -> Line | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.data(rows[0], LineRole) if rows else None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        # A line edit claims Ctrl+Z for itself (ShortcutOverride); keep it from the field so that the
        # window's Ctrl+Z (undo the last scan) gets it.
        if watched is self.field and event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent):
            return event.matches(QKeySequence.StandardKey.Undo) or event.matches(QKeySequence.StandardKey.Redo)
        return super().eventFilter(watched, event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        if event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down) and self.model.rowCount():
            current = self.table.currentIndex().row() if self.table.currentIndex().isValid() else -1
            step = -1 if event.key() == Qt.Key.Key_Up else 1
            self.table.selectRow(max(0, min(self.model.rowCount() - 1, current + step)))
            return
        super().keyPressEvent(event)


class StatsPanel(QFrame):
    """Total, good, damaged, waiting to sync, pace and time: large numbers, small words."""

    NAMES = (("total", "counted"), ("verified", "good"), ("damaged", "damaged"), ("waiting", "waiting to sync"),
             ("per_minute", "per minute"), ("duration", "time"))  # fmt: skip

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("statsPanel")
        grid = QGridLayout(self)
        self.values: dict[str, QLabel] = {}
        for row, (key, words) in enumerate(self.NAMES):
            value = QLabel("0")
            value.setObjectName("statValue")
            name = QLabel(words)
            name.setObjectName("statName")
            grid.addWidget(value, row * 2, 0)
            grid.addWidget(name, row * 2 + 1, 0)
            self.values[key] = value
        grid.setRowStretch(len(self.NAMES) * 2, 1)

    def show_stats(self, stats: SessionStats) -> None:
        minutes, seconds = divmod(int(stats.duration_s), 60)
        hours, minutes = divmod(minutes, 60)
        pace = f"{stats.per_minute:g}" if stats.duration_s >= 60 else "—"  # not before a minute has passed
        shown = {
            "total": stats.total,
            "verified": stats.verified,
            "damaged": stats.damaged,
            "waiting": stats.waiting,
            "per_minute": pace,
            "duration": f"{hours}:{minutes:02d}:{seconds:02d}",
        }
        for key, value in shown.items():
            self.values[key].setText(str(value))
