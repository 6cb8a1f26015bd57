"""The overview's charts (Qt Charts): racks by state per floor, stacked, and a floor's differences per rack."""

from __future__ import annotations

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalStackedBarSeries,
    QStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QMargins, Qt
from PySide6.QtGui import QColor, QPainter

from station import contract_oversight as o
from station.i18n import QT_TRANSLATE_NOOP, translate

STATES = (
    (o.CountState.DONE, QT_TRANSLATE_NOOP("overview", "done"), QColor("#2e7d32")),
    (o.CountState.TO_RECOUNT, QT_TRANSLATE_NOOP("overview", "to recount"), QColor("#c62828")),
    (o.CountState.COUNTING, QT_TRANSLATE_NOOP("overview", "counting"), QColor("#1565c0")),
    (o.CountState.PAUSED, QT_TRANSLATE_NOOP("overview", "paused"), QColor("#f9a825")),
    (o.CountState.FREE, QT_TRANSLATE_NOOP("overview", "free"), QColor("#cfd8dc")),
)
"""Each state's word and colour, the same on the chart, in the tables and on the counter's rack grid."""

SHORT, OVER = QColor("#c62828"), QColor("#1565c0")
RECOUNT = STATES[1][2]
"""A rack waiting for its recount, wherever it is shown (the counter's rack grid too)."""


def state_word(state: o.CountState) -> str:
    return next(translate("overview", word) for known, word, _ in STATES if known is state)


def state_colour(state: o.CountState) -> QColor:
    return next(colour for known, _, colour in STATES if known is state)


def _view(chart: QChart, name: str) -> QChartView:
    chart.setMargins(QMargins(4, 4, 4, 4))
    chart.setBackgroundRoundness(0)
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    view = QChartView(chart)
    view.setObjectName(name)
    view.setRenderHint(QPainter.RenderHint.Antialiasing)
    view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    return view


def progress_chart() -> QChartView:
    """An empty chart of racks by state, one stacked bar a floor (``show_progress`` fills it)."""
    chart = QChart()
    chart.setTitle(translate("overview", "Racks by state, per floor"))
    return _view(chart, "progressChart")


def show_progress(view: QChartView, floors: list[o.Progress]) -> None:
    """Racks done, to recount, counting, paused and free of each floor, as one stacked bar a floor."""
    chart = view.chart()
    chart.removeAllSeries()
    for axis in chart.axes():
        chart.removeAxis(axis)
    series = QHorizontalStackedBarSeries()
    for state, word, colour in STATES:
        bars = QBarSet(translate("overview", word))
        bars.setColor(colour)
        bars.setBorderColor(colour.darker(130))
        bars.append([float(getattr(floor, state.value)) for floor in reversed(floors)])  # first floor on top
        series.append(bars)
    chart.addSeries(series)
    names = QBarCategoryAxis()
    names.append([floor.floor for floor in reversed(floors)])
    racks = QValueAxis()
    most = max((floor.racks for floor in floors), default=1) or 1
    racks.setRange(0, most)
    if most <= 10:
        racks.setTickCount(most + 1)  # one tick a rack: no label said twice
    else:
        racks.applyNiceNumbers()
    racks.setLabelFormat("%d")
    racks.setTitleText(translate("overview", "racks"))
    chart.addAxis(names, Qt.AlignmentFlag.AlignLeft)
    chart.addAxis(racks, Qt.AlignmentFlag.AlignBottom)
    series.attachAxis(names)
    series.attachAxis(racks)


def variance_chart() -> QChartView:
    chart = QChart()
    chart.setTitle(translate("overview", "Difference against the books, per counted rack (pieces)"))
    return _view(chart, "varianceChart")


def show_variance(view: QChartView, racks: list[o.RackTotals]) -> None:
    """Each finished rack's difference in pieces: short below the line in red, over above it in blue."""
    chart = view.chart()
    chart.removeAllSeries()
    for axis in chart.axes():
        chart.removeAxis(axis)
    finished = [rack for rack in racks if rack.finished]
    short, over = QBarSet(translate("overview", "short")), QBarSet(translate("overview", "over"))
    short.setColor(SHORT)
    over.setColor(OVER)
    short.append([float(min(rack.difference, 0)) for rack in finished])
    over.append([float(max(rack.difference, 0)) for rack in finished])
    series = QStackedBarSeries()
    series.append(short)
    series.append(over)
    chart.addSeries(series)
    names = QBarCategoryAxis()
    names.append([rack.rack_id for rack in finished])
    pieces = QValueAxis()
    low = min((rack.difference for rack in finished), default=0)
    high = max((rack.difference for rack in finished), default=0)
    pieces.setRange(min(low, -1), max(high, 1))
    pieces.applyNiceNumbers()
    pieces.setLabelFormat("%d")
    chart.addAxis(names, Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(pieces, Qt.AlignmentFlag.AlignLeft)
    series.attachAxis(names)
    series.attachAxis(pieces)
