"""Driving the real window in tests: keys typed or scanned (by a fake key clock), coroutines run on
the qasync loop, and conditions waited for while the loop runs."""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Coroutine
from pathlib import Path
from typing import Any, TypeVar

import qasync
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox, QTableWidget, QTableWidgetItem, QWidget

from station.app import Station, build
from station.config import Settings
from station.domain.barcodes import GS
from station.scanner.sound import Silent
from station.store.database import open_store
from station.ui import tasks

T = TypeVar("T")
W = TypeVar("W", bound=QWidget)
LineSeen = tuple[int, int, tuple[str, ...], bool]
"""A counted line as the tests look at it: verified, damaged, serials, typed by hand."""
SCREENSHOTS = Path(__file__).resolve().parents[2] / "screenshots"
SCAN_GAP_MS = 5.0
TYPE_GAP_MS = 180.0
AIM_MS = 600.0
"""A counter aiming the scanner at the next label: longer than a double read's 300 ms."""


def run_on(loop: qasync.QEventLoop, coroutine: Coroutine[Any, Any, T]) -> T:
    """Run the loop until ``coroutine`` is done.

    Not ``loop.run_until_complete``: qasync's processes Qt's events once more *after* it has marked
    the loop as stopped, and a coroutine step that runs then finds no running loop (httpx and anyio
    fail). Stopping from the future's callback ends ``run_forever`` with nothing run outside it.
    """
    future = asyncio.ensure_future(coroutine, loop=loop)
    future.add_done_callback(lambda _done: loop.stop())
    try:
        loop.run_forever()
    finally:
        # In the application the loop runs whenever Qt processes events. Between two runs here,
        # pytest-qt processes them too (after each test): keep the loop marked running for that, as
        # the application would have it, so a coroutine step that runs then still finds it.
        asyncio.events._set_running_loop(loop)
    return future.result()


def make_station(app: QApplication, server_url: str, data: Path) -> Station:
    """A station named Dock 3, silent, talking to ``server_url``, its store in ``data``."""
    settings = Settings().with_overrides(
        server={"url": server_url}, station={"name": "Dock 3"}, feedback={"sound": False}
    )
    return build(app, settings, open_store(data / "station.db"))


def modal(kind: type[W]) -> W:
    """The modal window on screen, which must be a ``kind``."""
    widget = QApplication.activeModalWidget()
    assert isinstance(widget, kind), f"the modal window is {widget!r}, not a {kind.__name__}"
    return widget


def modal_text() -> str:
    """What the message box on screen says."""
    return modal(QMessageBox).text()


def table_item(table: QTableWidget, row: int, column: int) -> QTableWidgetItem:
    """The item in a table's cell, which must have one."""
    item = table.item(row, column)
    assert item is not None, f"no item at ({row}, {column})"
    return item


class KeyClock:
    """The scan filter's clock in tests: it moves only as the keys are "pressed"."""

    def __init__(self) -> None:
        self.now = 1_000_000.0

    def __call__(self) -> float:
        return self.now


class Driver:
    """One station under test."""

    def __init__(self, app: QApplication, loop: qasync.QEventLoop, station: Station) -> None:
        self.app = app
        self.loop = loop
        self.station = station
        self.window = station.window
        self.sound = Silent()
        self.window.scanning.sound = self.window.racks.sound = self.sound
        self.keys = KeyClock()
        station.scan_filter._clock_ms = self.keys

    def start(self) -> None:
        self.station.worker.start()
        self.window.start()
        self.window.show()
        self.window.activateWindow()
        self.until(lambda: self.window.isVisible())

    def stop(self) -> None:
        self.until(lambda: tasks.pending() == 0, timeout=10, fail=False)
        tasks.cancel_all()
        self.until(lambda: tasks.pending() == 0, timeout=5, fail=False)
        self.window.waiting = 0
        self.window.close()
        self.station.shutdown()
        self.app.processEvents()  # what the sync worker said before it stopped arrives, and must start nothing
        self.window.deleteLater()
        self.app.removeEventFilter(self.station.scan_filter)

    # --- the loop ------------------------------------------------------------------------------

    def run(self, coroutine: Coroutine[Any, Any, T], timeout: float = 20) -> T:
        return run_on(self.loop, asyncio.wait_for(coroutine, timeout))

    def until(self, condition: Callable[[], bool], timeout: float = 15, *, fail: bool = True) -> bool:
        """Run the loop (Qt events and coroutines) until ``condition`` holds."""

        async def wait() -> bool:
            deadline = self.loop.time() + timeout
            while not condition():
                if self.loop.time() > deadline:
                    return False
                await asyncio.sleep(0.01)
            return True

        held = run_on(self.loop, wait())
        if fail and not held:
            raise AssertionError(f"condition not met within {timeout} s: {condition}")
        return held

    # --- keys ----------------------------------------------------------------------------------

    def focus(self) -> QWidget:
        widget = QApplication.focusWidget()
        return widget if widget is not None else self.window

    def type(self, text: str, *, enter: bool = True) -> None:
        """Type as a person does: keys far apart."""
        self._keys([(char, TYPE_GAP_MS) for char in text] + ([(Qt.Key.Key_Return, TYPE_GAP_MS)] if enter else []))

    def scan(self, code: str, gap_ms: float = SCAN_GAP_MS) -> None:
        """Send a code as a keyboard-wedge scanner does: after a pause, a burst (``gap_ms`` a key), then Enter."""
        gaps = [AIM_MS] + [gap_ms] * (len(code) - 1)
        self._keys([*zip(code, gaps, strict=True), (Qt.Key.Key_Return, gap_ms)])

    def key(self, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
        self._keys([(key, 0.0)], modifier)

    def _keys(
        self, keys: list[tuple[str | Qt.Key, float]], modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
    ) -> None:
        """Press keys from inside the running loop: a coroutine a key starts then finds the loop running,
        as it always does in the application."""

        async def press() -> None:
            for key, gap in keys:
                self.keys.now += gap
                if key == GS:  # what a wedge sends for GS1's separator: Ctrl+] with the text "\x1d"
                    QTest.sendKeyEvent(QTest.KeyAction.Click, self.focus(), Qt.Key.Key_BracketRight, GS,
                                       Qt.KeyboardModifier.ControlModifier)  # fmt: skip
                elif isinstance(key, Qt.Key):
                    QTest.keyClick(self.focus(), key, modifier)
                else:  # one character: keyClicks is keyClick for each, typed for text
                    QTest.keyClicks(self.focus(), key, modifier)
                await asyncio.sleep(0)

        self.run(press())

    def desk_screenshot(self, name: str) -> Path:
        """The window at a 1366×768 desk (it must fit one), into ``screenshots/`` (tests/gui/test_fit.py checks
        every screen at every desk size)."""
        self.window.resize(1366, 768)
        self.app.processEvents()
        assert (self.window.width(), self.window.height()) == (1366, 768), "the window fits a 1366×768 screen"
        return self.screenshot(name)

    def screenshot(self, name: str) -> Path:
        SCREENSHOTS.mkdir(exist_ok=True)
        path = SCREENSHOTS / f"{name}.png"
        self.window.grab().save(str(path))
        return path

    # --- common walks --------------------------------------------------------------------------

    def log_in(self, user: str = "counter1", pin: str = "1111") -> None:
        login = self.window.login_view
        login.user.setText(user)
        login.secret.setFocus()
        self.type(pin)
        self.until(lambda: self.window.stack.currentWidget() is not login)

    def open_rack(self, rack: str = "G-R01", floor_key: str = "1") -> None:
        self.until(lambda: bool(self.window.floors_view.buttons()))
        self.type(floor_key, enter=False)
        self.until(lambda: self.window.racks_view.model.rowCount() > 0)
        self.type(rack)
        self.until(lambda: self.window.stack.currentWidget() is self.window.scan_view)

    # --- what the station holds ------------------------------------------------------------------

    def session_id(self) -> str:
        """The session being counted (there must be one)."""
        active = self.station.session._active
        assert active is not None, "the station is not counting a rack"
        return active.session_id

    def lines(self) -> dict[str, LineSeen]:
        """The session's lines, by item code."""
        return {line.item_code: (line.verified_qty, line.damage_qty, line.serials, line.manual_entry)
                for line in self.station.session.lines()}  # fmt: skip
