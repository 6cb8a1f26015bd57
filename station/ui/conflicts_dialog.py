"""F9: the conflicts waiting for a supervisor, both sides compared, and four decisions with a note.

Grouped by rack and session; a decision applies to one conflict or to many at once.

First a supervisor's PIN (the counter stays logged in); the supervisor's token serves this dialog's
calls only and is dropped when it closes.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFormLayout,
    QGridLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from station import contract
from station.domain.errors import Rejected
from station.domain.records import MAX_LINE_QUANTITY, LineCount, check_line, normalise_serial
from station.session.conflict_rows import FIELDS, ConflictRow
from station.ui.fitting import fitting, room
from station.ui.supervisor_prompt import SupervisorPrompt
from station.ui.theme import difference_colours, restyle

ROW = Qt.ItemDataRole.UserRole
COUNTS = {"verified_qty", "damage_qty", "serial_numbers"}
"""Always compared; the other fields only where both sides have them."""
ACTIONS = (
    ("F5", contract.Resolution.ACCEPT_LOCAL, "Keep the station's count"),
    ("F6", contract.Resolution.ACCEPT_SERVER, "Keep the server's"),
    ("F7", contract.Resolution.MERGE, "Enter a recount"),
    ("F8", contract.Resolution.IGNORE, "Ignore"),
)
LABELS = {resolution: label for _key, resolution, label in ACTIONS}


def _shown(value: Any) -> str:
    if value is None:
        return "—"
    if isinstance(value, list):
        return ", ".join(str(v) for v in value) or "none"
    return str(value)


class ConflictsDialog(QDialog):
    """The supervisor's conflict desk, as the supervisor sees it; ``ConflictsPresenter`` talks to the desk.

    Signals:
        decided(list[ConflictRow], Resolution, str, MergedCount | None): a decision, with its note.
    """

    decided = Signal(object, object, str, object)

    def __init__(self, parent: QWidget | None, *, user: str = "") -> None:
        super().__init__(parent)
        self.setObjectName("conflictsDialog")
        self.setWindowTitle("Conflicts")
        self.deciding = False  # the presenter sets it (a supervisor is authorised)
        self.busy = False
        self.pages = QStackedWidget()
        self.prompt = SupervisorPrompt(
            "Conflicts are settled by a supervisor. Type the supervisor's user name and PIN; "
            "the counter stays logged in.",
            user=user,
        )
        self.pages.addWidget(self.prompt)
        self.pages.addWidget(self._desk_page())
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)
        for key, resolution, _label in ACTIONS:
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.activated.connect(lambda r=resolution: self.decide(r))
        self._stack_when_narrow(parent)
        self.resize(fitting(QSize(1400, 860), parent))
        self.prompt.focus_first()

    # --- the page --------------------------------------------------------------------------------

    def _desk_page(self) -> QWidget:
        page = QWidget()
        self.banner = QLabel("")
        self.banner.setObjectName("banner")
        self.banner.setWordWrap(True)
        self.banner.hide()
        self.tree = QTreeWidget()
        self.tree.setObjectName("conflictTree")
        self.tree.setHeaderLabels(["Rack · session · item", "Conflict", "State"])
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.tree.itemSelectionChanged.connect(self._selection_changed)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.header().setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.header().setStretchLastSection(False)
        self.title = QLabel("")
        self.title.setObjectName("conflictTitle")
        self.title.setWordWrap(True)
        self.facts = QLabel("")
        self.facts.setWordWrap(True)
        self.facts.setObjectName("hint")
        self.waiting = QLabel("")
        self.waiting.setObjectName("banner")
        self.waiting.setWordWrap(True)
        self.waiting.hide()
        self.table = QTableWidget(0, 3)
        self.table.setObjectName("comparison")
        self.table.setHorizontalHeaderLabels(["", "This station", "Server"])
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.note = QLineEdit()
        self.note.setObjectName("resolutionNote")
        self.note.setPlaceholderText("Note: why this decision (required)")
        self.recount = self._recount_row()
        self.error = QLabel("")
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        buttons = QGridLayout()  # two by two: the dialog fits a 1366-pixel-wide desk
        self.buttons: dict[contract.Resolution, QPushButton] = {}
        for n, (key, resolution, label) in enumerate(ACTIONS):
            button = QPushButton(f"{key}  {label}")
            button.setObjectName(f"action-{resolution.value}")
            button.setAutoDefault(False)
            button.clicked.connect(lambda _c=False, r=resolution: self.decide(r))
            buttons.addWidget(button, n // 2, n % 2)
            self.buttons[resolution] = button
        detail = QWidget()
        right = QVBoxLayout(detail)
        for widget in (self.title, self.facts, self.waiting, self.table, self.recount, self.note):
            right.addWidget(widget)
        right.addLayout(buttons)
        right.addWidget(self.error)
        self.splitter = splitter = QSplitter()
        splitter.addWidget(self.tree)
        splitter.addWidget(detail)
        self.tree.setMinimumWidth(480)
        splitter.setStretchFactor(0, 9)
        splitter.setStretchFactor(1, 11)
        layout = QVBoxLayout(page)
        layout.addWidget(self.banner)
        layout.addWidget(splitter, 1)
        hint = QLabel("↑ ↓ pick · Shift+↑↓ or Ctrl+A for several · Tab to the note · F5–F8 decide · Esc closes")
        hint.setObjectName("hint")
        hint.setWordWrap(True)
        layout.addWidget(hint)
        return page

    def _stack_when_narrow(self, parent: QWidget | None) -> None:
        """The list above the decision, not beside it, where the screen is too narrow for both side by side."""
        space = room(parent)
        side_by_side = self.splitter.minimumSizeHint().width() + 60  # the dialog's margins and frame
        if space is not None and side_by_side > space.width():
            self.splitter.setOrientation(Qt.Orientation.Vertical)

    def _recount_row(self) -> QWidget:
        box = QWidget()
        box.setObjectName("recount")
        self.recount_verified = QSpinBox()
        self.recount_verified.setRange(0, MAX_LINE_QUANTITY)
        self.recount_damaged = QSpinBox()
        self.recount_damaged.setRange(0, MAX_LINE_QUANTITY)
        self.recount_serials = QLineEdit()
        self.recount_serials.setPlaceholderText("serials, separated by commas")
        form = QFormLayout(box)
        form.addRow("Recount: counted", self.recount_verified)
        form.addRow("of which damaged", self.recount_damaged)
        form.addRow("Serials", self.recount_serials)
        box.hide()
        return box

    # --- what the presenter shows --------------------------------------------------------------

    def show_desk(self, rows: list[ConflictRow], level: str, sentence: str) -> None:
        """The conflicts, and a banner when there is something to say."""
        self.pages.setCurrentIndex(1)
        self._fill(rows)
        if sentence:
            self._banner(level, sentence)
        else:
            self.banner.hide()

    def show_settled(self, refused: list[str]) -> None:
        self.busy = False
        self.note.clear()
        self.error.setText(" ".join(refused))

    def _banner(self, level: str, sentence: str) -> None:
        self.banner.setText(sentence)
        restyle(self.banner, level=level)
        self.banner.show()

    def _fill(self, rows: list[ConflictRow]) -> None:
        self.tree.clear()
        groups: dict[tuple[str, str], QTreeWidgetItem] = {}
        for row in rows:
            group = groups.get((row.rack_id, row.session_id))
            if group is None:
                who = f" · {row.counted_by}" if row.counted_by else ""
                group = QTreeWidgetItem([f"{row.rack_id}{who} · session …{row.session_id[-6:]}", "", ""])
                bold = QFont(group.font(0))
                bold.setBold(True)
                group.setFont(0, bold)
                self.tree.addTopLevelItem(group)
                group.setFirstColumnSpanned(True)
                groups[(row.rack_id, row.session_id)] = group
            state = "resolved here, not yet sent" if row.decided_here else "waiting"
            if row.waiting_error and not row.decided_here:
                state = "waiting (a decision was refused)"
            item = QTreeWidgetItem([row.item, row.conflict_type.replace("_", " "), state])
            item.setData(0, ROW, row)
            group.addChild(item)
        self.tree.expandAll()
        first = next(iter(groups.values()), None)
        child = first.child(0) if first is not None else None
        if child is not None:
            self.tree.setCurrentItem(child)
            self.tree.setFocus()
        else:
            self._show(None)

    # --- selection and detail --------------------------------------------------------------------

    def selected(self) -> list[ConflictRow]:
        """The conflicts chosen: the selected ones, and every one of a selected rack and session."""
        chosen: dict[str, ConflictRow] = {}
        for item in self.tree.selectedItems():
            children = [item.child(n) for n in range(item.childCount())] or [item]
            for child in children:
                row = child.data(0, ROW) if child is not None else None
                if isinstance(row, ConflictRow):
                    chosen[row.key] = row
        return list(chosen.values())

    def _selection_changed(self) -> None:
        rows = self.selected()
        self._show(rows[0] if rows else None, len(rows))

    def _show(self, row: ConflictRow | None, count: int = 1) -> None:
        self.error.clear()
        self.recount.hide()
        if row is None:
            self.title.setText("Nothing selected")
            self.facts.setText("")
            self.table.setRowCount(0)
            self.waiting.hide()
            return
        several = (
            f"{count} conflicts selected; a decision applies to all of them. Showing the first.\n" if count > 1 else ""
        )
        self.title.setText(row.explanation)
        when = row.detected_at.astimezone().strftime("%d %b %H:%M") if row.detected_at else "unknown time"
        self.facts.setText(
            f"{several}{row.item} on rack {row.rack_id}, counted by {row.counted_by or 'unknown'}; "
            f"refused {when}. The server said: {row.message}"
        )
        if row.waiting is not None:
            sentence = (
                f"Resolved here by {row.waiting.decided_by} ({LABELS[row.waiting.resolution].lower()}: "
                f"{row.waiting.note}), not yet sent."
            )
            if row.waiting_error:
                sentence += f" {row.waiting_error}"
            self.waiting.setText(sentence)
            restyle(self.waiting, level="warn")
            self.waiting.show()
        else:
            self.waiting.hide()
        shown = [name for name in FIELDS if name in COUNTS or (name in row.station and name in row.server)]
        self.table.setRowCount(len(shown))
        self.table.setHorizontalHeaderLabels(["", "This station", row.server_side])
        background, text = difference_colours()
        for n, name in enumerate(shown):
            server = _shown(row.server.get(name)) if row.server.keys() & COUNTS else "not on the server"
            cells = [
                FIELDS[name],
                _shown(row.station.get(name)),
                server if name in COUNTS else _shown(row.server.get(name)),
            ]
            for column, value in enumerate(cells):
                cell = QTableWidgetItem(value)
                if name in row.differs and column:
                    cell.setBackground(background)
                    cell.setForeground(text)
                    font = cell.font()
                    font.setBold(True)
                    cell.setFont(font)
                self.table.setItem(n, column, cell)
        self.table.resizeRowsToContents()

    # --- deciding --------------------------------------------------------------------------------

    def decide(self, resolution: contract.Resolution) -> None:
        if not self.deciding or self.pages.currentIndex() != 1 or self.busy:
            return
        rows = [row for row in self.selected() if not row.decided_here]
        if not rows:
            self.error.setText("Pick a conflict that is still waiting (↑ ↓).")
            return
        merged = None
        if resolution is contract.Resolution.MERGE:
            if self.recount.isHidden():
                self._open_recount(rows[0])
                return
            merged = self._recount(rows)
            if merged is None:
                return
        note = self.note.text().strip()
        if not note:
            self.error.setText("Write a note first: why this decision.")
            self.note.setFocus()
            return
        self.busy = True
        self.error.setText("Settling…")
        self.decided.emit(rows, resolution, note, merged)

    def _open_recount(self, row: ConflictRow) -> None:
        self.recount_verified.setValue(int(row.station.get("verified_qty") or 0))
        self.recount_damaged.setValue(int(row.station.get("damage_qty") or 0))
        self.recount_serials.setText(", ".join(row.station.get("serial_numbers") or []))
        self.recount_serials.setEnabled(row.serialized)
        self.recount.show()
        self.error.setText("Type the recount, a note, and press F7 again.")
        self.recount_verified.setFocus()
        self.recount_verified.selectAll()

    def _recount(self, rows: list[ConflictRow]) -> contract.MergedCount | None:
        """The recount as typed, checked by the counting rules; ``None`` (with a sentence) when it breaks one."""
        if len({row.item for row in rows}) > 1:
            self.error.setText("A recount is for one item: pick the conflicts of one line only.")
            return None
        try:
            serials = tuple(normalise_serial(s) for s in self.recount_serials.text().split(",") if s.strip())
            line = LineCount(self.recount_verified.value(), self.recount_damaged.value(), serials)
            check_line(line, serialized=rows[0].serialized)
        except Rejected as bad:
            self.error.setText(bad.sentence)
            return None
        return contract.MergedCount(
            verified_qty=line.verified_qty, damage_qty=line.damage_qty, serial_numbers=list(line.serials)
        )

    # --- closing ---------------------------------------------------------------------------------

    def done(self, result: int) -> None:
        self.deciding = False
        super().done(result)
