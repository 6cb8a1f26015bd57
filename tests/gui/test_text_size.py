"""Ctrl+= / Ctrl++ larger, Ctrl+- smaller, Ctrl+0 the theme's own: every screen and dialog, kept per station."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
import qasync
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from station import preferences
from station.app import build
from station.config import Settings
from station.server.embedded import EmbeddedServer
from station.store.database import open_store
from station.ui.dialogs import EditLineDialog
from station.ui.theme import apply_theme, render_qss, text_scale
from tests.helpers.gui import Driver, modal
from tests.helpers.reference import plain_barcodes

CTRL = Qt.KeyboardModifier.ControlModifier


def station_at(
    qapp: QApplication, qloop: qasync.QEventLoop, server: EmbeddedServer, folder: Path, *, restarted: bool = False
) -> Driver:
    """A station whose preferences live in ``folder`` (its data folder), counting rack G-R01 (after a
    restart, logging in goes straight back to it)."""
    settings = Settings().with_overrides(
        server={"url": server.url}, station={"name": "Dock 3"}, feedback={"sound": False}
    )
    station = build(qapp, settings, open_store(folder / "station.db"), preferences_folder=folder)
    driver = Driver(qapp, qloop, station)
    driver.start()
    driver.log_in()
    if restarted:
        driver.until(lambda: driver.window.stack.currentWidget() is driver.window.scan_view)
    else:
        driver.open_rack("G-R01")
    return driver


@pytest.fixture
def themed(qapp: QApplication) -> Iterator[None]:
    """The theme at its own size again afterwards, whatever the test left."""
    yield
    apply_theme(qapp, "light")


def sizes(driver: Driver) -> tuple[float, ...]:
    """The large message's, the scan field's and the status bar's point sizes."""
    view = driver.window.scan_view
    return (
        view.message.font().pointSizeF(),
        view.field.font().pointSizeF(),
        driver.window.status.queue.font().pointSizeF(),
    )


@pytest.mark.usefixtures("themed")
def test_ctrl_plus_enlarges_the_scanning_screen_and_a_dialog_and_the_station_keeps_it(
    qapp: QApplication, qloop: qasync.QEventLoop, reference_server: EmbeddedServer, tmp_path: Path
) -> None:
    folder = tmp_path / "station"
    driver = station_at(qapp, qloop, reference_server, folder)
    try:
        before, after = press_the_keys(driver, folder)
    finally:
        driver.stop()
    assert preferences.load(folder).text_scale == 1.1
    apply_theme(qapp, "light")  # as a fresh start of the application would have it

    again = station_at(qapp, qloop, reference_server, folder, restarted=True)  # a restart: the station keeps its size
    try:
        assert text_scale() == 1.1 and sizes(again) == after
        again.key(Qt.Key.Key_0, CTRL)
        again.until(lambda: text_scale() == 1.0)
        assert sizes(again) == before and preferences.load(folder).text_scale == 1.0
    finally:
        again.stop()


def press_the_keys(driver: Driver, folder: Path) -> tuple[tuple[float, ...], tuple[float, ...]]:
    """Ctrl+=, Ctrl++, a dialog, Ctrl+-: the sizes before and at 110 %."""
    before = sizes(driver)
    driver.key(Qt.Key.Key_Equal, CTRL)
    driver.until(lambda: text_scale() == 1.1)
    after = sizes(driver)
    assert all(big > small for big, small in zip(after, before, strict=True)), (before, after)
    assert preferences.load(folder).text_scale == 1.1
    driver.key(Qt.Key.Key_Plus, CTRL)  # Ctrl++ too (Shift held on most keyboards)
    driver.until(lambda: text_scale() == 1.25)
    assert "Text size 125 %" in driver.window.status.currentMessage()
    driver.scan(plain_barcodes(driver, "G-R01")[0])
    driver.until(lambda: driver.window.scan_view.model.rowCount() == 1)
    driver.window.scan_view.table.selectRow(0)
    driver.key(Qt.Key.Key_F4)  # a dialog opened after the change has the new size
    dialog = modal(EditLineDialog)
    assert dialog.verified.font().pointSizeF() == pytest.approx(16 * 1.25, abs=0.5)
    driver.key(Qt.Key.Key_Escape)
    driver.until(lambda: QApplication.activeModalWidget() is None)
    driver.window.activateWindow()  # offscreen, a closed dialog hands the keys back to no window
    driver.key(Qt.Key.Key_Minus, CTRL)
    driver.until(lambda: text_scale() == 1.1)
    return before, after


def test_the_theme_renders_at_a_text_size() -> None:
    qss = "QLabel#x { font-size: 16pt; padding: 6px 10px; border: 2px solid #c3c8d0; min-height: 56px; }"
    assert render_qss(qss, 1.25) == (
        "QLabel#x { font-size: 20pt; padding: 8px 12px; border: 2px solid #c3c8d0; min-height: 70px; }"
    )
    assert render_qss(qss, 1.0) == qss
