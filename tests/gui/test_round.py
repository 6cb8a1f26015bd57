"""End to end with the real window against a reference server on loopback, keyboard only: log in,
pick the floor, claim the rack, 50 scans, F10 and Enter; the server holds 50 and the rack is released."""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from station.ui.lines_model import SENT
from station.ui.review_view import ReviewView
from tests.helpers.gui import Driver
from tests.helpers.reference import plain_barcodes, rack_status, session_stats, sessions_of


def test_the_whole_round_by_keyboard(driver: Driver) -> None:
    window = driver.window
    assert window.stack.currentWidget() is window.login_view
    driver.desk_screenshot("01-login")
    driver.log_in()
    assert window.stack.currentWidget() is window.floors_view
    driver.until(lambda: bool(window.floors_view.buttons()))
    driver.desk_screenshot("02-floors")
    driver.type("1", enter=False)
    driver.until(lambda: window.racks_view.model.rowCount() == 3)
    driver.desk_screenshot("03-racks")
    driver.type("g-r01")
    driver.until(lambda: window.stack.currentWidget() is window.scan_view)
    codes = plain_barcodes(driver, "G-R01")
    for n in range(50):
        driver.scan(codes[n % len(codes)])
        driver.until(partial(has_counted, driver, n + 1))
    assert driver.sound.played.count("good") == 50
    driver.until(lambda: window.waiting == 0)
    view = window.scan_view  # the screenshot once the screen says so too: every line ticked, 50 counted
    driver.until(lambda: view.stats.values["total"].text() == "50" and not window.status.progress.isVisible())
    driver.until(lambda: all(view.model.index(row, SENT).data() == "✓" for row in range(view.model.rowCount())))
    driver.desk_screenshot("04-scanning")
    driver.key(Qt.Key.Key_F10)  # the review first; Enter finishes
    driver.until(lambda: isinstance(QApplication.activeModalWidget(), ReviewView))
    driver.key(Qt.Key.Key_Return)
    driver.until(lambda: window.stack.currentWidget() is window.racks_view, timeout=30)
    assert rack_status(driver, "G-R01").status == "completed"
    [session] = sessions_of(driver, "counter1")
    assert session_stats(driver, session.id).total_items == 50


def has_counted(driver: Driver, total: int) -> bool:
    stats = driver.station.session.stats()
    assert stats is not None
    return stats.total == total
