"""The screens against a server with StockVerify's profile (the reference server answering, the client told
it is StockVerify): F10 says what to do instead of offering a release the server forbids, and completes a
rack whose lines agree; the board's R says who can release; the first PIN log-in says PINs find people alone."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QInputDialog, QMessageBox

from station.api.profile import STOCKVERIFY
from station.session.conflict_desk import NO_DECISIONS
from station.session.notices import PIN_ALONE
from station.session.values import ONLY_CLAIMER, ONLY_CLAIMER_COUNTS
from station.ui.review_view import ReviewView
from station.ui.supervising import only_claimer
from tests.helpers.conflicts import at_desk, authorise, decide, make_conflict, open_conflicts, open_dialog
from tests.helpers.gui import SCREENSHOTS, Driver
from tests.helpers.reference import plain_barcodes, server_call

TOLD_STOCKVERIFY = dataclasses.replace(STOCKVERIFY, records_without_rack_id=False)
"""StockVerify's profile, but lines keep their ``rack_id``: the reference server answering here requires it."""


def finish(driver: Driver) -> None:
    """Every line sent, then F10 and Enter on the review."""
    driver.until(lambda: not driver.station.session.unsynced())
    driver.key(Qt.Key.Key_F10)
    driver.until(lambda: isinstance(QApplication.activeModalWidget(), ReviewView))
    driver.key(Qt.Key.Key_Return)


def test_f10_on_stockverify_says_what_to_do_and_offers_no_release_anyway(scanning: Driver) -> None:
    scanning.station.client.profile = TOLD_STOCKVERIFY  # its stats count lines; the reference server's count pieces
    code = plain_barcodes(scanning)[0]
    for _ in range(3):
        scanning.scan(code)
    finish(scanning)
    banner = scanning.window.scan_view.banner
    scanning.until(lambda: ONLY_CLAIMER_COUNTS in banner.text())
    assert "the server has 3 lines" in banner.text()  # 3 pieces read as StockVerify would count lines
    assert not isinstance(QApplication.activeModalWidget(), QMessageBox)  # no "release anyway?" question
    assert scanning.station.session.rack_id == "G-R01"
    scanning.desk_screenshot("19-f10-stockverify-no-release-anyway")


def test_f10_on_stockverify_completes_a_rack_whose_lines_agree(scanning: Driver) -> None:
    scanning.station.client.profile = TOLD_STOCKVERIFY
    scanning.scan(plain_barcodes(scanning)[0])
    finish(scanning)
    scanning.until(lambda: scanning.window.stack.currentWidget() is scanning.window.racks_view)
    assert server_call(scanning, "GET", "/api/racks/G-R01/status")["status"] == "completed"


def test_the_boards_release_says_who_can_release_on_stockverify(driver: Driver) -> None:
    server_call(driver, "POST", "/api/racks/G-R03/claim", "counter2", json={"floor": "Ground"})
    # A StockVerify that listed its sessions (as shipped it lists none, and the board says so): R still releases
    # nobody else's rack there.
    driver.station.client.profile = dataclasses.replace(TOLD_STOCKVERIFY, lists_sessions=True)
    driver.log_in("supervisor", "9999")
    driver.until(lambda: bool(driver.window.floors_view.buttons()))
    driver.until(lambda: isinstance(QApplication.activeModalWidget(), QMessageBox))  # the PIN notice
    driver.key(Qt.Key.Key_Return)
    driver.until(lambda: QApplication.activeModalWidget() is None)
    driver.key(Qt.Key.Key_F7)
    view = driver.window.supervisor_view
    driver.until(lambda: view.active.rowCount() == 1)
    driver.key(Qt.Key.Key_R)
    driver.until(lambda: view.message.text() == only_claimer("G-R03", "counter2"))
    assert not isinstance(QApplication.activeModalWidget(), QInputDialog)
    assert server_call(driver, "GET", "/api/racks/G-R03/status")["status"] == "active"


def test_the_first_pin_log_in_on_stockverify_says_pins_find_people_alone(driver: Driver) -> None:
    driver.station.client.profile = TOLD_STOCKVERIFY
    driver.log_in()
    driver.until(lambda: isinstance(QApplication.activeModalWidget(), QMessageBox))
    box = QApplication.activeModalWidget()
    assert isinstance(box, QMessageBox) and box.text() == PIN_ALONE
    assert box.icon() is QMessageBox.Icon.Information  # information for the warehouse, not an error
    driver.window.resize(1366, 768)
    SCREENSHOTS.mkdir(exist_ok=True)
    box.grab().save(str(SCREENSHOTS / "20-pin-alone-notice.png"))
    driver.key(Qt.Key.Key_Return)
    driver.until(lambda: QApplication.activeModalWidget() is None)
    assert driver.station.session.pin_notice() == ""  # said once for this station


def test_f9_on_stockverify_lists_this_stations_conflicts_and_settles_a_decision_here_only(scanning: Driver) -> None:
    line = make_conflict(scanning, "stale_lock")
    scanning.station.client.profile = TOLD_STOCKVERIFY
    dialog = open_dialog(scanning)
    authorise(scanning, dialog)
    at_desk(scanning, dialog)
    assert dialog.banner.text() == NO_DECISIONS and "sign-in" not in dialog.banner.text()
    [row] = dialog.selected()
    assert row.local_id is not None and row.server_id is None  # the server's listing was never asked
    decide(scanning, dialog, Qt.Key.Key_F5, "settled in StockVerify")
    scanning.until(lambda: dialog.tree.topLevelItemCount() == 0)
    assert "1 decided at this station only" in dialog.banner.text()
    assert "not yet sent" not in dialog.banner.text()
    SCREENSHOTS.mkdir(exist_ok=True)
    dialog.grab().save(str(SCREENSHOTS / "21-f9-stockverify-decided-here-only.png"))
    assert open_conflicts(scanning) == 0
    pending = server_call(scanning, "GET", "/api/sync/conflicts", params={"status": "all"})
    assert [x["status"] for x in pending if x["client_record_id"] == line.client_record_id] == ["pending"]


def test_release_anyway_asked_for_on_stockverify_says_what_to_do_instead(scanning: Driver) -> None:
    scanning.station.client.profile = TOLD_STOCKVERIFY
    scanning.window.supervising.release_anyway("Not finished: the counts differ.")
    scanning.until(lambda: isinstance(QApplication.activeModalWidget(), QMessageBox))
    box = QApplication.activeModalWidget()
    assert isinstance(box, QMessageBox) and box.text().endswith(ONLY_CLAIMER)
    scanning.key(Qt.Key.Key_Return)
    scanning.until(lambda: QApplication.activeModalWidget() is None)
    assert scanning.station.session.rack_id == "G-R01"
