"""Themes: the QSS files in resources/themes at the station's text size, and the colours tiles are painted with."""

from __future__ import annotations

import re
from dataclasses import dataclass

from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QWidget

from station.resources import resources_dir

THEMES = ("light", "dark")
_POINTS = re.compile(r"(\d+(?:\.\d+)?)pt\b")
_SPACING = re.compile(r"\b((?:padding(?:-left|-right|-top|-bottom)?|min-height|max-height|max-width)\s*:)([^;}]*)")
_PIXELS = re.compile(r"(\d+(?:\.\d+)?)px\b")


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


def render_qss(text: str, scale: float = 1.0) -> str:
    """A theme's QSS at a text size: every point size, and the paddings and heights around text, times
    ``scale`` (borders and corners stay as they are)."""
    if abs(scale - 1.0) < 1e-6:
        return text

    def points(match: re.Match[str]) -> str:
        return f"{max(1, round(float(match.group(1)) * scale))}pt"

    def pixels(match: re.Match[str]) -> str:
        return f"{round(float(match.group(1)) * scale)}px"

    def spacing(match: re.Match[str]) -> str:
        return match.group(1) + _PIXELS.sub(pixels, match.group(2))

    return _SPACING.sub(spacing, _POINTS.sub(points, text))


def apply_theme(app: QApplication, name: str = "light", scale: float = 1.0) -> str:
    """Style the application with a theme at a text size; the theme's name (unknown names fall back to light)."""
    chosen = name if name in THEMES else "light"
    text = (resources_dir() / "themes" / f"{chosen}.qss").read_text(encoding="utf-8")
    app.setStyleSheet(render_qss(text, scale))
    app.setProperty("stationTheme", chosen)
    app.setProperty("stationTextScale", scale)
    return chosen


def current_theme() -> str:
    app = QApplication.instance()
    theme = str(app.property("stationTheme")) if app is not None else "light"
    return theme if theme in THEMES else "light"


def text_scale() -> float:
    """The text size the theme is rendered at (1.0: the theme's own sizes)."""
    app = QApplication.instance()
    scale = app.property("stationTextScale") if app is not None else None
    return float(scale) if isinstance(scale, int | float) and scale > 0 else 1.0


def scaled(points: float) -> int:
    """A point size (or a length next to text) at the station's text size."""
    return max(1, round(points * text_scale()))


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
