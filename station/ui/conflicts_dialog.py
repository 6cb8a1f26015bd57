"""F9: the conflicts waiting for a supervisor, both sides compared, and four decisions with a note.

Grouped by rack and session; a decision applies to one conflict or to many at once.

First a supervisor's PIN (the counter stays logged in); the supervisor's token serves this dialog's
calls only and is dropped when it closes.
"""

from __future__ import annotations

from functools import partial

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
from station.i18n import translate
from station.session.conflict_rows import FIELDS, ConflictRow
from station.ui.conflict_words import ACTIONS, LABELS, action_text, group_text, item_texts, shown
from station.ui.fitting import fitting, room
from station.ui.numbers import short_date_time
from station.ui.supervisor_prompt import SupervisorPrompt
from station.ui.theme import difference_colours, restyle
from station.ui.words import Say, SaysAgain, Words

ROW = Qt.ItemDataRole.UserRole
COUNTS = {"verified_qty", "damage_qty", "serial_numbers"}
"""Always compared; the other fields only where both sides have them."""


class ConflictsDialog(SaysAgain, QDialog):
    """The supervisor's conflict desk, as the supervisor sees it; ``ConflictsPresenter`` talks to the desk.

    Signals:
        decided(list[ConflictRow], Resolution, str, MergedCount | None): a decision, with its note.
    """

    decided = Signal(object, object, str, object)

    def __init__(self, parent: QWidget | None, *, user: str = "") -> None:
        super().__init__(parent)
        self.setObjectName("conflictsDialog")
        self.words = Words()
        self.words.set(self, lambda: translate("conflicts_dialog", "Conflicts"), "setWindowTitle")
        self.deciding = False  # the presenter sets it (a supervisor is authorised)
        self.busy = False
        self.pages = QStackedWidget()
        self.prompt = SupervisorPrompt(
            lambda: translate(
                "conflicts_dialog",
                "Conflicts are settled by a supervisor. Type the supervisor's user name and PIN; "
                "the counter stays logged in.",
            ),
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
        self._headers()
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.note = QLineEdit()
        self.note.setObjectName("resolutionNote")
        self.words.set(
            self.note, lambda: translate("conflicts_dialog", "Note: why this decision (required)"), "setPlaceholderText"
        )
        self.recount = self._recount_row()
        self.error = QLabel("")
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        buttons = QGridLayout()  # two by two: the dialog fits a 1366-pixel-wide desk
        self.buttons: dict[contract.Resolution, QPushButton] = {}
        for n, (key, resolution, label) in enumerate(ACTIONS):
            button = QPushButton()
            self.words.set(button, partial(action_text, key, label))
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
        hint = QLabel("")
        self.words.set(
            hint,
            lambda: translate(
                "conflicts_dialog",
                "↑ ↓ pick · Shift+↑↓ or Ctrl+A for several · Tab to the note · F5–F8 decide · Esc closes",
            ),
        )
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
        self.words.set(
            self.recount_serials,
            lambda: translate("conflicts_dialog", "serials, separated by commas"),
            "setPlaceholderText",
        )
        labels = QLabel(), QLabel(), QLabel()
        self.words.set(labels[0], lambda: translate("conflicts_dialog", "Recount: counted"))
        self.words.set(labels[1], lambda: translate("conflicts_dialog", "of which damaged"))
        self.words.set(labels[2], lambda: translate("conflicts_dialog", "Serials"))
        form = QFormLayout(box)
        form.addRow(labels[0], self.recount_verified)
        form.addRow(labels[1], self.recount_damaged)
        form.addRow(labels[2], self.recount_serials)
        box.hide()
        return box

    # --- what the presenter shows --------------------------------------------------------------

    def _headers(self) -> None:
        self.tree.setHeaderLabels(
            [
                translate("conflicts_dialog", "Rack · session · item"),
                translate("conflicts_dialog", "Conflict"),
                translate("conflicts_dialog", "State"),
            ]
        )
        self.table.setHorizontalHeaderLabels(
            ["", translate("conflicts_dialog", "This station"), translate("conflicts_dialog", "Server")]
        )

    def retranslate(self) -> None:
        """The language changed: every word again; the conflicts listed and the one shown, in place."""
        self.words.again()
        self._headers()
        for top in range(self.tree.topLevelItemCount()):
            group = self.tree.topLevelItem(top)
            for n in range(group.childCount() if group is not None else 0):
                item = group.child(n) if group is not None else None
                row = item.data(0, ROW) if item is not None else None
                if item is not None and isinstance(row, ConflictRow):
                    for column, text in enumerate(item_texts(row)):
                        item.setText(column, text)
                    if n == 0 and group is not None:
                        group.setText(0, group_text(row))
        rows = self.selected()
        self._show(rows[0] if rows else None, len(rows))

    def show_desk(self, rows: list[ConflictRow], level: str, sentence: Say) -> None:
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
        self.words.set(self.error, " ".join(refused))

    def _banner(self, level: str, sentence: Say) -> None:
        self.words.set(self.banner, sentence)
        restyle(self.banner, level=level)
        self.banner.show()

    def _fill(self, rows: list[ConflictRow]) -> None:
        self.tree.clear()
        groups: dict[tuple[str, str], QTreeWidgetItem] = {}
        for row in rows:
            group = groups.get((row.rack_id, row.session_id))
            if group is None:
                group = QTreeWidgetItem([group_text(row), "", ""])
                bold = QFont(group.font(0))
                bold.setBold(True)
                group.setFont(0, bold)
                self.tree.addTopLevelItem(group)
                group.setFirstColumnSpanned(True)
                groups[(row.rack_id, row.session_id)] = group
            item = QTreeWidgetItem(item_texts(row))
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
        self.words.set(self.error, "")
        self.recount.hide()
        self._show(rows[0] if rows else None, len(rows))

    def _show(self, row: ConflictRow | None, count: int = 1) -> None:
        if row is None:
            self.title.setText(translate("conflicts_dialog", "Nothing selected"))
            self.facts.setText("")
            self.table.setRowCount(0)
            self.waiting.hide()
            return
        self.title.setText(row.explanation)
        when = short_date_time(row.detected_at) if row.detected_at else translate("conflicts_dialog", "unknown time")
        if row.counted_by:
            facts = translate(
                "conflicts_dialog",
                "{item} on rack {rack}, counted by {user}; refused {when}. The server said: {message}",
            )
        else:
            facts = translate(
                "conflicts_dialog",
                "{item} on rack {rack}, counted by someone unknown; refused {when}. The server said: {message}",
            )
        facts = facts.format(item=row.item, rack=row.rack_id, user=row.counted_by, when=when, message=row.message)
        if count > 1:
            several = translate(
                "conflicts_dialog",
                "%n conflict(s) selected; a decision applies to [it|all of them]. Showing the first.",
                None,
                count,
            )
            facts = f"{several}\n{facts}"
        self.facts.setText(facts)
        if row.waiting is not None:
            sentence = translate(
                "conflicts_dialog", "Resolved here by {user} ({decision}: {note}), not yet sent."
            ).format(
                user=row.waiting.decided_by,
                decision=translate("conflicts_dialog", LABELS[row.waiting.resolution]),
                note=row.waiting.note,
            )
            if row.waiting_error:
                sentence += f" {row.waiting_error}"
            self.waiting.setText(sentence)
            restyle(self.waiting, level="warn")
            self.waiting.show()
        else:
            self.waiting.hide()
        fields = [name for name in FIELDS if name in COUNTS or (name in row.station and name in row.server)]
        self.table.setRowCount(len(fields))
        self.table.setHorizontalHeaderLabels(["", translate("conflicts_dialog", "This station"), row.server_side])
        background, text = difference_colours()
        for n, name in enumerate(fields):
            server = (
                shown(row.server.get(name))
                if row.server.keys() & COUNTS
                else translate("conflicts_dialog", "not on the server")
            )
            cells = [
                translate("conflict_rows", FIELDS[name]),
                shown(row.station.get(name)),
                server if name in COUNTS else shown(row.server.get(name)),
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
            self.words.set(
                self.error, lambda: translate("conflicts_dialog", "Pick a conflict that is still waiting (↑ ↓).")
            )
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
            self.words.set(self.error, lambda: translate("conflicts_dialog", "Write a note first: why this decision."))
            self.note.setFocus()
            return
        self.busy = True
        self.words.set(self.error, lambda: translate("conflicts_dialog", "Settling…"))
        self.decided.emit(rows, resolution, note, merged)

    def _open_recount(self, row: ConflictRow) -> None:
        self.recount_verified.setValue(int(row.station.get("verified_qty") or 0))
        self.recount_damaged.setValue(int(row.station.get("damage_qty") or 0))
        self.recount_serials.setText(", ".join(row.station.get("serial_numbers") or []))
        self.recount_serials.setEnabled(row.serialized)
        self.recount.show()
        self.words.set(
            self.error, lambda: translate("conflicts_dialog", "Type the recount, a note, and press F7 again.")
        )
        self.recount_verified.setFocus()
        self.recount_verified.selectAll()

    def _recount(self, rows: list[ConflictRow]) -> contract.MergedCount | None:
        """The recount as typed, checked by the counting rules; ``None`` (with a sentence) when it breaks one."""
        if len({row.item for row in rows}) > 1:
            self.words.set(
                self.error,
                lambda: translate(
                    "conflicts_dialog", "A recount is for one item: pick the conflicts of one line only."
                ),
            )
            return None
        try:
            serials = tuple(normalise_serial(s) for s in self.recount_serials.text().split(",") if s.strip())
            line = LineCount(self.recount_verified.value(), self.recount_damaged.value(), serials)
            check_line(line, serialized=rows[0].serialized)
        except Rejected as bad:
            self.words.set(self.error, bad.sentence)
            return None
        return contract.MergedCount(
            verified_qty=line.verified_qty, damage_qty=line.damage_qty, serial_numbers=list(line.serials)
        )

    # --- closing ---------------------------------------------------------------------------------

    def done(self, result: int) -> None:
        self.deciding = False
        super().done(result)
