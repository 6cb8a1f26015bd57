"""The overview's third level: one rack's items expected / counted / variance, both counts of a recount, its history."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QListWidget, QVBoxLayout, QWidget

from station import contract_oversight as o
from station.i18n import QT_TRANSLATE_NOOP, translate
from station.session.oversight_ports import RackLook
from station.ui.overview_chart import state_colour, state_word
from station.ui.overview_pages import fill, fit, headers, mark, percent, reselect, selected_row, signed, table
from station.ui.theme import difference_colours

ITEM_COLUMNS = (
    QT_TRANSLATE_NOOP("overview", "Item"), QT_TRANSLATE_NOOP("overview", "Name"),
    QT_TRANSLATE_NOOP("overview", "Expected"), QT_TRANSLATE_NOOP("overview", "Counted"),
    QT_TRANSLATE_NOOP("overview", "1st count"), QT_TRANSLATE_NOOP("overview", "2nd count"),
    QT_TRANSLATE_NOOP("overview", "Damaged"), QT_TRANSLATE_NOOP("overview", "Difference"),
    QT_TRANSLATE_NOOP("overview", "%"), QT_TRANSLATE_NOOP("overview", "Value"), QT_TRANSLATE_NOOP("overview", "State"),
)  # fmt: skip
COUNT_COLUMNS = (
    QT_TRANSLATE_NOOP("overview", "Count"), QT_TRANSLATE_NOOP("overview", "Counted by"),
    QT_TRANSLATE_NOOP("overview", "Finished"), QT_TRANSLATE_NOOP("overview", "Lines"),
    QT_TRANSLATE_NOOP("overview", "Pieces"), QT_TRANSLATE_NOOP("overview", "Approved"),
)  # fmt: skip
ITEM_STATES = {
    o.VarianceState.OK: QT_TRANSLATE_NOOP("overview", "as expected"),
    o.VarianceState.OVER: QT_TRANSLATE_NOOP("overview", "over"),
    o.VarianceState.UNDER: QT_TRANSLATE_NOOP("overview", "short"),
    o.VarianceState.MISSING: QT_TRANSLATE_NOOP("overview", "missing"),
    o.VarianceState.UNEXPECTED: QT_TRANSLATE_NOOP("overview", "not expected here"),
}
RECOUNT_STATES = {
    o.RecountStatus.TO_RECOUNT: QT_TRANSLATE_NOOP("overview", "waiting for its second count"),
    o.RecountStatus.RECOUNTING: QT_TRANSLATE_NOOP("overview", "being recounted"),
    o.RecountStatus.RECOUNTED: QT_TRANSLATE_NOOP("overview", "both counts in: approve one"),
    o.RecountStatus.APPROVED: QT_TRANSLATE_NOOP("overview", "approved"),
}


def when(at: float | None) -> str:
    return datetime.fromtimestamp(at).strftime("%d %b %H:%M") if at is not None else "—"


class RackPage(QWidget):
    """One rack: its items against the books, its two counts side by side, and everything done to it."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("rackPage")
        self.look: RackLook | None = None
        self.totals = QLabel("")
        self.totals.setObjectName("rackTotals")
        self.totals.setWordWrap(True)
        self.items = table("rackItems", ITEM_COLUMNS, stretch=1)  # the name takes the width left
        self.recount = QLabel("")
        self.recount.setObjectName("recountState")
        self.recount.setWordWrap(True)
        self.counts = table("rackCounts", COUNT_COLUMNS)
        self.counts.setMinimumHeight(116)  # its heading and both counts
        self.counts.setMaximumHeight(130)
        self.history = QListWidget()
        self.history.setObjectName("rackHistoryList")
        self.history.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.history.setWordWrap(True)
        left = QVBoxLayout()
        self.counts_title = QLabel(translate("overview", "Counts (Tab here, Enter approves the one picked)"))
        left.addWidget(self.counts_title)
        left.addWidget(self.recount)
        left.addWidget(self.counts)
        right = QVBoxLayout()
        self.history_title = QLabel(translate("overview", "History"))
        right.addWidget(self.history_title)
        right.addWidget(self.history)
        below = QHBoxLayout()
        below.addLayout(left, 3)
        below.addLayout(right, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.totals)
        layout.addWidget(self.items, 3)
        layout.addLayout(below, 2)

    def retranslate(self) -> None:
        """The language changed: the headers and what the rack shows said again."""
        headers(self.items, ITEM_COLUMNS)
        headers(self.counts, COUNT_COLUMNS)
        self.counts_title.setText(translate("overview", "Counts (Tab here, Enter approves the one picked)"))
        self.history_title.setText(translate("overview", "History"))
        if self.look is not None:
            self.show_rack(self.look)

    def show_rack(self, look: RackLook) -> None:
        self.look = look
        totals = look.variance.totals
        self._items(look.variance.items, look.counts)
        sentence = translate(
            "overview",
            "Rack {rack} ({state}), counted by {who}: expected {expected:,}, counted {counted:,}, difference "
            "{difference} pieces ({percent}%), value {value} · {missing} missing, {unexpected} not expected, "
            "{over} items over tolerance",
        )
        self.totals.setText(sentence.format(
            rack=totals.rack_id, state=state_word(totals.state), who=totals.counted_by or "—",
            expected=totals.expected, counted=totals.counted, difference=signed(totals.difference),
            percent=percent(totals.percent), value=signed(totals.value), missing=totals.missing,
            unexpected=totals.unexpected, over=totals.items_over_tolerance,
        ))  # fmt: skip
        colour = state_colour(totals.state)
        self.totals.setStyleSheet(f"border-left: 8px solid {colour.name()}; padding-left: 6px;")
        self._recount(look.recount)
        self.history.clear()
        for entry in look.history:
            self.history.addItem(_history_line(entry))
        if not look.history:
            self.history.addItem(translate("overview", "Nothing has happened to this rack yet."))

    def _items(self, items: list[o.ItemVariance], counts: tuple[dict[str, int], dict[str, int]] | None) -> None:
        chosen = self.selected_item()
        self.items.setRowCount(len(items))
        background, text = difference_colours()
        for n, item in enumerate(items):
            value = None if item.value is None else signed(item.value)
            first, second = (
                (counts[0].get(item.item_code, 0), counts[1].get(item.item_code, 0)) if counts else (None, None)
            )
            fill(self.items, n, [item.item_code, item.name, item.expected, item.counted, first, second, item.damaged,
                                 signed(item.difference), percent(item.percent), value,
                                 translate("overview", ITEM_STATES[item.state])])  # fmt: skip
            if item.over_tolerance:
                for column in (7, 8, 9, 10):
                    mark(self.items, n, column, background, text)
            elif item.state is not o.VarianceState.OK:
                mark(self.items, n, 10, background)
            if counts and first != second:
                mark(self.items, n, 4, background, text)
                mark(self.items, n, 5, background, text)
        for column in (4, 5):  # both counts of a recount side by side, item by item
            self.items.setColumnHidden(column, counts is None)
        reselect(self.items, [item.item_code for item in items], chosen)

    def _recount(self, recount: o.Recount | None) -> None:
        counts: list[tuple[o.CountChoice, o.CountTaken]] = []
        if recount is None:
            self.recount.setText(
                translate("overview", "Not sent to a recount. R sends it (to anyone, or A: to one counter).")
            )
            self.counts.setRowCount(0)
            return
        for choice, taken in ((o.CountChoice.FIRST, recount.first), (o.CountChoice.SECOND, recount.second)):
            if taken is not None:
                counts.append((choice, taken))
        reason = translate("overview", "over tolerance") if recount.reason is o.RecountReason.TOLERANCE else (
            translate("overview", "sent by {who}").format(who=recount.requested_by))  # fmt: skip
        whom = recount.assigned_to or translate("overview", "anyone")
        sentence = translate("overview", "Recount ({reason}): {status} · for {whom}").format(
            reason=reason, status=translate("overview", RECOUNT_STATES[recount.status]), whom=whom)  # fmt: skip
        if recount.approved is not None:
            sentence += " · " + translate("overview", "{count} count approved by {who}: {note}").format(
                count=_choice(recount.approved), who=recount.approved_by or "—", note=recount.note)  # fmt: skip
        self.recount.setText(sentence)
        self.counts.setRowCount(len(counts))
        for n, (choice, taken) in enumerate(counts):
            approved = translate("overview", "approved") if recount.approved is choice else ""
            fill(self.counts, n, [_choice(choice), taken.counted_by, when(taken.finished_at), taken.lines,
                                  taken.pieces, approved])  # fmt: skip
            if approved:
                mark(self.counts, n, 5, state_colour(o.CountState.DONE))
        fit(self.counts)
        if counts:
            self.counts.selectRow(len(counts) - 1)

    def chosen_count(self) -> o.CountChoice | None:
        """The count picked in the counts table (the second, if there is one, when none was picked)."""
        look = self.look
        if look is None or look.recount is None:
            return None
        row = selected_row(self.counts)
        present = [
            c for c, t in ((o.CountChoice.FIRST, look.recount.first), (o.CountChoice.SECOND, look.recount.second)) if t
        ]
        if not present:
            return None
        return present[row] if row is not None and row < len(present) else present[-1]

    def selected_item(self) -> str | None:
        row = selected_row(self.items)
        look = self.look
        if look is None or row is None or row >= len(look.variance.items):
            return None
        return look.variance.items[row].item_code


def _choice(choice: o.CountChoice) -> str:
    return translate("overview", "first") if choice is o.CountChoice.FIRST else translate("overview", "second")


def _history_line(entry: o.RackHistoryEntry) -> str:
    if entry.action == "counted":
        line = translate("overview", "{when}  {who} counted it: {lines} lines, {pieces} pieces ({status})").format(
            when=when(entry.at), who=entry.actor, lines=entry.lines or 0, pieces=entry.pieces or 0,
            status=entry.status or "—")  # fmt: skip
    else:
        what = entry.action.replace("resolve:", "resolved: ").replace("_", " ").replace("-", " ")
        line = f"{when(entry.at)}  {entry.actor}  {what}"
    return f"{line} — {entry.note}" if entry.note else line
