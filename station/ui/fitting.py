"""Windows no larger than the screen they open on.

The main window opens at the screen's available size; dialogs at their wanted size, grown with the text
size, or less.
"""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import QWidget

from station.ui.theme import text_scale

CHROME = QSize(40, 60)
"""Kept clear around a dialog: its title bar and frame, and a taskbar."""


def screen_of(near: QWidget | None) -> QScreen | None:
    """The screen ``near`` is on (the primary one without a widget)."""
    screen = near.screen() if near is not None else None
    return screen or QGuiApplication.primaryScreen()


def room(near: QWidget | None) -> QSize | None:
    """The space a dialog opened over ``near`` may take: the screen's available size less ``CHROME``."""
    screen = screen_of(near)
    return screen.availableGeometry().size() - CHROME if screen is not None else None


def fitting(wanted: QSize, near: QWidget | None, *, grows: bool = True) -> QSize:
    """``wanted`` (times the text size, with ``grows``), or less where the screen ``near`` is on is smaller
    (its title bar and a taskbar kept clear)."""
    size = wanted * text_scale() if grows else QSize(wanted)
    space = room(near)
    return size.boundedTo(space) if space is not None else size


def open_full(window: QWidget) -> None:
    """Size ``window`` to its screen's available area (a window manager then maximises it on show)."""
    screen = screen_of(window)
    if screen is not None:
        window.setGeometry(screen.availableGeometry())
