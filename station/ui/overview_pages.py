"""The overview's first two levels: the whole count (floors with progress bars) and one floor (racks and variance)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QProgressBar,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from station import contract_oversight as o
from station.i18n import QT_TRANSLATE_NOOP, translate
from station.ui.overview_chart import (
    progress_chart,
    show_progress,
    show_variance,
    state_colour,
    state_word,
    variance_chart,
)
from station.ui.theme import difference_colours

FLOOR_COLUMNS = (
    QT_TRANSLATE_NOOP("overview", "Floor"), QT_TRANSLATE_NOOP("overview", "Done"),
    QT_TRANSLATE_NOOP("overview", "Free"), QT_TRANSLATE_NOOP("overview", "Counting"),
    QT_TRANSLATE_NOOP("overview", "Paused"), QT_TRANSLATE_NOOP("overview", "To recount"),
    QT_TRANSLATE_NOOP("overview", "Pieces"), QT_TRANSLATE_NOOP("overview", "Difference"),
    QT_TRANSLATE_NOOP("overview", "Over tolerance"), QT_TRANSLATE_NOOP("overview", "Counters"),
)  # fmt: skip
RACK_COLUMNS = (
    QT_TRANSLATE_NOOP("overview", "Rack"), QT_TRANSLATE_NOOP("overview", "State"),
    QT_TRANSLATE_NOOP("overview", "Counted by"), QT_TRANSLATE_NOOP("overview", "Expected"),
    QT_TRANSLATE_NOOP("overview", "Counted"), QT_TRANSLATE_NOOP("overview", "Difference"),
    QT_TRANSLATE_NOOP("overview", "%"), QT_TRANSLATE_NOOP("overview", "Value"),
    QT_TRANSLATE_NOOP("overview", "Over tolerance"),
)  # fmt: skip


def table(name: str, columns: Sequence[str], stretch: int = -1) -> QTableWidget:
    """A read-only table picked row by row with the arrows; column ``stretch`` (the last) takes the width left."""
    sheet = QTableWidget(0, len(columns))
    sheet.setObjectName(name)
    headers(sheet, columns)
    sheet.verticalHeader().hide()
    sheet.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)  # fitted once a fill
    sheet.horizontalHeader().setSectionResizeMode(stretch % len(columns), QHeaderView.ResizeMode.Stretch)
    sheet.setProperty("stretch", stretch % len(columns))
    sheet.setTextElideMode(Qt.TextElideMode.ElideRight)
    sheet.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    sheet.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    sheet.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    sheet.setTabKeyNavigation(False)
    return sheet


def headers(sheet: QTableWidget, columns: Sequence[str]) -> None:
    """The column headers, in the language of the moment."""
    sheet.setHorizontalHeaderLabels([translate("overview", column) for column in columns])


def fill(sheet: QTableWidget, row: int, cells: Sequence[object]) -> None:
    """One row's texts; numbers right-aligned."""
    for column, value in enumerate(cells):
        item = QTableWidgetItem("—" if value is None else str(value))
        if isinstance(value, int | float):
            item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        else:
            item.setToolTip(item.text())  # a long name elided in its column is read in full here
        sheet.setItem(row, column, item)


def mark(sheet: QTableWidget, row: int, column: int, background: QColor, text: QColor | None = None) -> None:
    item = sheet.item(row, column)
    if item is not None:
        item.setBackground(background)
        if text is not None:
            item.setForeground(text)


def signed(number: int | float) -> str:
    """A difference with its sign (none for nothing)."""
    if not number:
        return "0" if isinstance(number, int) else "0.00"
    return f"{number:+,}" if isinstance(number, int) else f"{number:+,.2f}"


def percent(value: float | None) -> str:
    if value is None:
        return "—"
    return f"{value:+.1f}" if value else "0.0"


def fit(sheet: QTableWidget) -> None:
    """Every column but the stretching one (which takes the rest of the width) fitted to its texts."""
    for column in range(sheet.columnCount()):
        if column != sheet.property("stretch"):
            sheet.resizeColumnToContents(column)


def reselect(sheet: QTableWidget, keys: list[str], chosen: str | None) -> None:
    """After a fill: the columns fitted to their texts (once: fitting each cell as it is set made a 40-rack
    floor stall the screen for half a second), and the row chosen before selected again (else the first)."""
    fit(sheet)
    if keys:
        sheet.selectRow(keys.index(chosen) if chosen in keys else 0)


def selected_row(sheet: QTableWidget) -> int | None:
    model = sheet.selectionModel()
    rows = model.selectedRows() if model is not None else []
    return rows[0].row() if rows else None


class CountPage(QWidget):
    """The whole count: one row a floor with its progress bar, and racks by state as a stacked bar chart."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("countPage")
        self.floors: list[str] = []
        self.summary: o.CountSummary | None = None
        self.totals = QLabel("")
        self.totals.setObjectName("countTotals")
        self.totals.setWordWrap(True)
        self.table = table("floorsProgress", FLOOR_COLUMNS)
        self.chart = progress_chart()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.totals)
        layout.addWidget(self.table, 2)
        layout.addWidget(self.chart, 3)

    def retranslate(self) -> None:
        """The language changed: the headers, the figures and the chart said again."""
        headers(self.table, FLOOR_COLUMNS)
        self.chart.chart().setTitle(translate("overview", "Racks by state, per floor"))
        if self.summary is not None:
            self.show_summary(self.summary)

    def show_summary(self, summary: o.CountSummary) -> None:
        self.summary = summary
        chosen = self.selected()
        progress = summary.progress
        totals = {floor.floor: floor for floor in summary.floors}
        self.floors = [floor.floor for floor in progress.floors]
        self.table.setRowCount(len(progress.floors))
        background, text = difference_colours()
        for n, floor in enumerate(progress.floors):
            sums = totals.get(floor.floor, o.FloorTotals(floor=floor.floor))
            counting = ", ".join(floor.counters) or "—"
            cells = [floor.floor, "", floor.free, floor.counting, floor.paused, floor.to_recount, floor.pieces,
                     signed(sums.difference), sums.racks_over_tolerance, counting]  # fmt: skip
            fill(self.table, n, cells)
            self.table.setCellWidget(n, 1, _bar(floor))
            if floor.to_recount:
                mark(self.table, n, 5, state_colour(o.CountState.TO_RECOUNT), QColor("white"))
            if sums.racks_over_tolerance:
                mark(self.table, n, 8, background, text)
        reselect(self.table, self.floors, chosen)
        overall = progress.overall
        sentence = translate(
            "overview",
            "{percent:.1f}% of {racks} racks done · {recount} to recount ({approve} waiting for approval) · "
            "{pieces:,} pieces counted · {counters} counting at {stations} stations · difference {difference} "
            "pieces, value {value}",
        )
        self.totals.setText(sentence.format(
            percent=overall.percent_done, racks=overall.racks, recount=overall.to_recount,
            approve=overall.awaiting_approval, pieces=overall.pieces, counters=len(overall.counters),
            stations=overall.stations, difference=signed(summary.difference), value=signed(summary.value),
        ))  # fmt: skip
        show_progress(self.chart, progress.floors)

    def selected(self) -> str | None:
        row = selected_row(self.table)
        return self.floors[row] if row is not None and row < len(self.floors) else None


def _bar(floor: o.Progress) -> QProgressBar:
    bar = QProgressBar()
    bar.setObjectName("floorProgress")
    bar.setRange(0, max(floor.racks, 1))
    bar.setValue(floor.done)
    bar.setFormat(translate("overview", "{done} of {racks} · {percent:.0f}%").format(
        done=floor.done, racks=floor.racks, percent=floor.percent_done))  # fmt: skip
    bar.setMinimumWidth(180)
    bar.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    return bar


class FloorPage(QWidget):
    """One floor: its racks with state and variance, its differences as a chart, its hot spots."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("floorPage")
        self.racks: list[o.RackTotals] = []
        self.variance: o.FloorVariance | None = None
        self.totals = QLabel("")
        self.totals.setObjectName("floorTotals")
        self.totals.setWordWrap(True)
        self.table = table("floorRacks", RACK_COLUMNS)
        self.chart = variance_chart()
        self.hot_spots = QListWidget()
        self.hot_spots.setObjectName("hotSpots")
        self.hot_spots.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.hot_spots.setWordWrap(True)
        below = QHBoxLayout()
        below.addWidget(self.chart, 3)
        spots = QVBoxLayout()
        self.spots_title = QLabel(translate("overview", "Hot spots: items over tolerance"))
        spots.addWidget(self.spots_title)
        spots.addWidget(self.hot_spots)
        below.addLayout(spots, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.totals)
        layout.addWidget(self.table, 2)
        layout.addLayout(below, 3)

    def retranslate(self) -> None:
        """The language changed: the headers, the figures and the chart said again."""
        headers(self.table, RACK_COLUMNS)
        self.spots_title.setText(translate("overview", "Hot spots: items over tolerance"))
        self.chart.chart().setTitle(translate("overview", "Difference against the books, per counted rack (pieces)"))
        if self.variance is not None:
            self.show_floor(self.variance)

    def show_floor(self, variance: o.FloorVariance) -> None:
        self.variance = variance
        chosen = self.selected()
        self.racks = variance.racks
        self.table.setRowCount(len(variance.racks))
        background, text = difference_colours()
        for n, rack in enumerate(variance.racks):
            counted = rack.finished or rack.state in (o.CountState.COUNTING, o.CountState.PAUSED)
            numbers: list[object] = [rack.expected, None, None, None, None, None]
            if counted:
                numbers = [rack.expected, rack.counted, signed(rack.difference), percent(rack.percent),
                           signed(rack.value), rack.items_over_tolerance]  # fmt: skip
            fill(self.table, n, [rack.rack_id, state_word(rack.state), rack.counted_by, *numbers])
            mark(self.table, n, 1, state_colour(rack.state), _on(rack.state))
            if rack.over_tolerance:
                for column in (5, 6, 7, 8):
                    mark(self.table, n, column, background, text)
        reselect(self.table, [rack.rack_id for rack in self.racks], chosen)
        sentence = translate(
            "overview",
            "Floor {floor}: {finished} of {racks} racks counted · expected {expected:,}, counted {counted:,}, "
            "difference {difference} pieces, value {value} · {over} racks over tolerance",
        )
        self.totals.setText(sentence.format(
            floor=variance.floor, finished=variance.racks_finished, racks=len(variance.racks),
            expected=variance.expected, counted=variance.counted, difference=signed(variance.difference),
            value=signed(variance.value), over=variance.racks_over_tolerance,
        ))  # fmt: skip
        show_variance(self.chart, variance.racks)
        self.hot_spots.clear()
        for spot in variance.hot_spots:
            value = "" if spot.value is None else f" · {signed(spot.value)}"
            self.hot_spots.addItem(f"{spot.rack_id}  {spot.item_code}  {spot.name}: {signed(spot.difference)}{value}")
        if not variance.hot_spots:
            self.hot_spots.addItem(translate("overview", "No counted item is over tolerance."))

    def selected(self) -> str | None:
        row = selected_row(self.table)
        return self.racks[row].rack_id if row is not None and row < len(self.racks) else None

    def selected_totals(self) -> o.RackTotals | None:
        row = selected_row(self.table)
        return self.racks[row] if row is not None and row < len(self.racks) else None


def _on(state: o.CountState) -> QColor:
    """Text that reads on the state's colour."""
    return QColor("black") if state in (o.CountState.FREE, o.CountState.PAUSED) else QColor("white")
