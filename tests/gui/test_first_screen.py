"""The log-in screen paints before the rest of the station exists; the rest attaches to the same window,
and what the counter typed meanwhile is kept."""

from __future__ import annotations

from pathlib import Path

import qasync
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from station.app import build
from station.config import Settings
from station.server.embedded import EmbeddedServer
from station.store.database import open_store
from station.ui.first_screen import application, first_screen
from tests.helpers.gui import Driver


def test_the_log_in_screen_paints_first_and_the_station_attaches_to_it(
    qapp: QApplication, qloop: qasync.QEventLoop, reference_server: EmbeddedServer, tmp_path: Path
) -> None:
    assert application() is qapp
    settings = Settings().with_overrides(
        server={"url": reference_server.url}, station={"name": "Dock 3"}, feedback={"sound": False}
    )
    window = first_screen(qapp, "Dock 3", "en", "light", tmp_path)
    assert window.login_view.isVisible() and not window.attached
    assert window.stack.count() == 1  # the log-in screen alone: no other screen is made yet
    assert window.windowTitle() == "Station — Dock 3"
    assert window.login_view.hint.wordWrap()  # its line of keys wraps on a narrow desk, painted as it will stay
    window.login_view.user.setFocus()
    QTest.keyClicks(window.login_view.user, "counter1")  # typed before the rest is there
    QTest.keyClick(window.login_view.user, Qt.Key.Key_Return)  # no password yet: the PIN is asked for
    station = build(qapp, settings, open_store(tmp_path / "station.db"), window=window)
    assert station.window is window and window.attached and window.stack.count() == 6
    driver = Driver(qapp, qloop, station)
    station.worker.start()
    window.start()  # as run() does once the station is whole
    try:
        assert window.login_view.user.text() == "counter1"  # kept: there is no last user to put in its place
        driver.type("1111")
        driver.until(lambda: station.session.user is not None)
        driver.until(lambda: window.stack.currentWidget() is window.floors_view)
        assert window.windowTitle() == "Station — Dock 3 — counter1"
    finally:
        driver.stop()
