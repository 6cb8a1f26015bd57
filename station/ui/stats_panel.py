"""The scanning screen's strip of numbers: pieces, good, damaged, pace, waiting, refused and time.

Its words keep the scanning screen's translation context ("scan_view"): they are part of that screen.
"""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel

from station.i18n import QT_TRANSLATE_NOOP, translate
from station.session.values import SessionStats
from station.ui.numbers import number
from station.ui.theme import restyle
from station.ui.words import Words


class StatsPanel(QFrame):
    """Total, good, damaged, waiting to sync, pace and time: large numbers, small words."""

    NAMES = (("total", QT_TRANSLATE_NOOP("scan_view", "counted")), ("verified", QT_TRANSLATE_NOOP("scan_view", "good")),
             ("damaged", QT_TRANSLATE_NOOP("scan_view", "damaged")),
             ("per_minute", QT_TRANSLATE_NOOP("scan_view", "per minute")),
             ("waiting", QT_TRANSLATE_NOOP("scan_view", "waiting to sync")),
             ("refused", QT_TRANSLATE_NOOP("scan_view", "refused (F9)")),
             ("duration", QT_TRANSLATE_NOOP("scan_view", "time")))  # fmt: skip
    """In one row, each number over its name: the strip is low, so the lines keep their height at any text size."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("statsPanel")
        grid = QGridLayout(self)
        grid.setVerticalSpacing(0)
        grid.setContentsMargins(6, 4, 6, 4)
        self.values: dict[str, QLabel] = {}
        self.names: dict[str, QLabel] = {}
        self.words = Words()
        for column, (key, words) in enumerate(self.NAMES):
            value = QLabel("0")
            value.setObjectName("statValue")
            value.setAlignment(Qt.AlignmentFlag.AlignCenter)
            name = QLabel("")
            self.words.set(name, partial(translate, "scan_view", words))
            name.setObjectName("statName")
            name.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
            name.setWordWrap(True)  # "waiting to sync" may take two lines on a narrow screen
            grid.addWidget(value, 0, column)
            grid.addWidget(name, 1, column)
            grid.setColumnStretch(column, 1)
            self.values[key] = value
            self.names[key] = name

    def show_stats(self, stats: SessionStats) -> None:
        """Pieces, pace and time (paused time left out; the clock says when it is stopped)."""
        minutes, seconds = divmod(int(stats.duration_s), 60)
        hours, minutes = divmod(minutes, 60)
        locale = QLocale()
        shown = {
            "total": locale.toString(stats.total),
            "verified": locale.toString(stats.verified),
            "damaged": locale.toString(stats.damaged),
            "per_minute": pace(stats),
            "duration": f"{hours}:{minutes:02d}:{seconds:02d}",
        }
        for key, value in shown.items():
            self.values[key].setText(str(value))
        paused = stats.paused
        self.words.set(
            self.names["duration"],
            lambda: translate("scan_view", "time · paused") if paused else translate("scan_view", "time"),
        )

    def retranslate(self) -> None:
        self.words.again()

    def show_queue(self, waiting: int, refused: int) -> None:
        """The same numbers as the status bar, from the same news, at the same moment."""
        self.values["waiting"].setText(QLocale().toString(waiting))
        self.values["refused"].setText(QLocale().toString(refused))
        restyle(self.values["refused"], count="some" if refused else "none")


def pace(stats: SessionStats) -> str:
    """Pieces a minute: over a first minute it is an estimate (≈), before 10 s of counting a dash."""
    if stats.duration_s >= 60:
        return number(stats.per_minute)
    return f"≈{QLocale().toString(round(stats.per_minute))}" if stats.duration_s >= 10 and stats.total else "—"
