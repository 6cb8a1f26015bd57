"""Themes: the QSS files in resources/themes, and the colours the rack tiles are painted with."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QWidget

from station.resources import resources_dir

THEMES = ("light", "dark")


@dataclass(frozen=True)
class TileColours:
    """Rack tile colours: the same meaning as everywhere else (green free, blue yours, amber paused)."""

    available: QColor
    active: QColor
    paused: QColor
    completed: QColor
    mine: QColor
    text: QColor
    text_on_dark: QColor


TILES = {
    "light": TileColours(QColor("#d8f0de"), QColor("#d5d9e0"), QColor("#ffe3a3"), QColor("#8a919c"),
                         QColor("#0b57d0"), QColor("#1b1f24"), QColor("#ffffff")),
    "dark": TileColours(QColor("#00c853"), QColor("#424242"), QColor("#ffd600"), QColor("#616161"),
                        QColor("#2979ff"), QColor("#000000"), QColor("#ffffff")),
}  # fmt: skip


DIFFERENCES = {"light": (QColor("#fff3cd"), QColor("#7a4a00")), "dark": (QColor("#ffd600"), QColor("#000000"))}
"""Background and text of a value that differs between the station and the server (amber: look here)."""


@dataclass(frozen=True)
class LineColours:
    """How a counted line's state is painted in the lines table."""

    refused: QColor
    refused_text: QColor
    excluded_text: QColor
    typed_text: QColor


LINES = {
    "light": LineColours(QColor("#fde2e1"), QColor("#a50e0e"), QColor("#8a919c"), QColor("#0b3d91")),
    "dark": LineColours(QColor("#5c0011"), QColor("#ffb3b3"), QColor("#8a8a8a"), QColor("#8ab4ff")),
}
"""Refused lines red (a supervisor decides, F9), set-aside lines grey, typed entries blue."""


def apply_theme(app: QApplication, name: str = "light") -> str:
    """Style the application with a theme; the theme's name (unknown names fall back to light)."""
    chosen = name if name in THEMES else "light"
    app.setStyleSheet((resources_dir() / "themes" / f"{chosen}.qss").read_text(encoding="utf-8"))
    app.setProperty("stationTheme", chosen)
    return chosen


def current_theme() -> str:
    app = QApplication.instance()
    theme = str(app.property("stationTheme")) if app is not None else "light"
    return theme if theme in THEMES else "light"


def tile_colours() -> TileColours:
    return TILES[current_theme()]


def difference_colours() -> tuple[QColor, QColor]:
    return DIFFERENCES[current_theme()]


def line_colours() -> LineColours:
    return LINES[current_theme()]


def restyle(widget: QWidget, **properties: object) -> None:
    """Set dynamic properties that the QSS selects on, and make Qt apply them now.

    Re-polishing costs milliseconds with a full style sheet; when nothing changed it is skipped.
    """
    if all(widget.property(key) == value for key, value in properties.items()):
        return
    for key, value in properties.items():
        widget.setProperty(key, value)
    style = widget.style()
    style.unpolish(widget)
    style.polish(widget)
