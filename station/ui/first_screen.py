"""The log-in screen before anything else: Qt, the theme, the language and the window's frame only.

``station`` paints this first; the store, the server client, the session and the other screens are
imported and made behind it (``station.app.run``), and attached to the same window.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from station import __version__
from station.resources import resources_dir
from station.ui.language import Languages
from station.ui.main_window import MainWindow
from station.ui.theme import apply_theme


def application() -> QApplication:
    """The one QApplication, named and with the station's icon."""
    QApplication.setAttribute(Qt.ApplicationAttribute.AA_ShareOpenGLContexts)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("Station")
    app.setApplicationVersion(__version__)
    app.setQuitOnLastWindowClosed(False)  # qasync: we quit ourselves, after shutting down in order
    app.setWindowIcon(QIcon(str(resources_dir() / "icons" / "station.svg")))
    return app


def first_screen(app: QApplication, station_name: str, language: str, theme: str, folder: Path) -> MainWindow:
    """The window with its log-in screen, shown maximised and painted; the rest is attached later.

    Args:
        station_name: this station's name, on the log-in screen.
        language: IT's ``station.language`` (a counter's choice kept in ``folder`` wins).
        theme: the feedback theme.
        folder: the station's data folder, where the people's preferences are kept.
    """
    apply_theme(app, theme)
    window = MainWindow(station_name, Languages(language, folder))  # the language before any word is shown
    window.showMaximized()  # the screen's available size, whatever size the desk is
    app.processEvents()  # painted now: what follows takes a moment, and keys typed meanwhile wait in the queue
    return window
