"""F10 opens a review before anything is finalised: counted against expected per item, what is missing or not
expected here, the lines waiting or refused. Enter finishes (the result in green), Esc goes back to counting
with nothing changed, F9 opens the conflicts, a scan made while it is open is counted, never dropped, and a
line a supervisor set aside counts for nothing."""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QTableWidget

from station.ui.conflicts_dialog import ConflictsDialog
from station.ui.review_view import DIFFERENCE, EXPECTED, ReviewView, Stage
from tests.helpers.conflicts import at_desk, authorise, decide, make_conflict, open_dialog
from tests.helpers.gui import SCREENSHOTS, Driver, modal, modal_text
from tests.helpers.reference import plain_barcodes, rack_items, rack_status

DOCS = SCREENSHOTS  # written by every run; the ones the README shows are copied to docs/screenshots


def rows(table: QTableWidget) -> dict[str, list[str]]:
    """item code → the row's cells as shown."""
    shown: dict[str, list[str]] = {}
    for row in range(table.rowCount()):
        cells = [table.item(row, column) for column in range(table.columnCount())]
        texts = [cell.text() if cell is not None else "" for cell in cells]
        shown[texts[0]] = texts
    return shown


def counted(driver: Driver, total: int) -> bool:
    stats = driver.station.session.stats()
    return stats is not None and stats.total == total


def open_review(driver: Driver) -> ReviewView:
    driver.key(Qt.Key.Key_F10)
    driver.until(lambda: isinstance(QApplication.activeModalWidget(), ReviewView))
    return modal(ReviewView)


def test_the_review_shows_what_is_missing_unexpected_over_and_under(scanning: Driver) -> None:
    window = scanning.window
    mine = rack_items(scanning, "G-R01", serialized=False)
    first, second = mine[0], mine[1]
    stranger = plain_barcodes(scanning, "G-R02")[0]
    whole = int(first.expected_qty or 1)
    scanning.type(str(whole), enter=False)
    scanning.scan(first.barcodes[0])  # as many as expected
    scanning.scan(second.barcodes[0])  # one: fewer than expected
    scanning.scan(stranger)  # an item of G-R02
    scanning.until(partial(counted, scanning, whole + 2))
    review = open_review(scanning)
    assert review.geometry() == window.geometry()  # over the whole window: a screen of its own
    shown = rows(review.table)
    expected = {item.item_code: item.expected_qty for item in rack_items(scanning, "G-R01")}
    stranger_code = next(code for code in shown if code not in expected)
    assert shown[stranger_code][2] == "1" and shown[stranger_code][-1].startswith("not expected here")
    # The lines may still be on their way (the worker gathers a burst of scans): "· not sent yet" then.
    assert shown[first.item_code][2:-1] == [str(whole), "", f"{whole}", ""]
    assert shown[first.item_code][-1].split(" · ")[0] == "as expected"
    wanted = second.expected_qty or 0
    assert shown[second.item_code][2:-1] == ["1", "", f"{wanted:g}", f"{1 - wanted:+g}"]
    assert shown[second.item_code][-1].split(" · ")[0] == "under"
    missing = [code for code in expected if code not in (first.item_code, second.item_code)]
    assert missing and all(shown[code][2] == "0" and shown[code][-1].startswith("missing") for code in missing)
    assert f"{len(expected) - len(missing)} of {len(expected)} expected items counted" in review.headline.text()
    assert "1 not expected here" in review.headline.text()
    assert review.headline.property("tone") in ("warn", "good")
    scanning.until(lambda: window.waiting == 0)
    scanning.until(lambda: "all lines sent" in review.headline.text())  # the review follows the sync
    assert rows(review.table)[first.item_code][-1] == "as expected"
    assert not review.table.isColumnHidden(EXPECTED)
    SCREENSHOTS.mkdir(exist_ok=True)
    DOCS.mkdir(parents=True, exist_ok=True)
    review.resize(1366, 768)  # a 1366×768 desk: it fits (the table scrolls)
    scanning.until(lambda: review.size().height() == 768)
    assert review.minimumSizeHint().height() <= 768 and review.minimumSizeHint().width() <= 1366
    picture = review.grab()
    picture.save(str(SCREENSHOTS / "11-f10-review.png"))
    picture.save(str(DOCS / "11-f10-review.png"))
    scanning.key(Qt.Key.Key_Escape)
    scanning.until(lambda: QApplication.activeModalWidget() is None)


def test_esc_goes_back_to_counting_with_nothing_changed(scanning: Driver) -> None:
    code = plain_barcodes(scanning, "G-R01")[0]
    scanning.scan(code)
    scanning.until(partial(counted, scanning, 1))
    open_review(scanning)
    scanning.key(Qt.Key.Key_Escape)
    scanning.until(lambda: QApplication.activeModalWidget() is None)
    assert scanning.window.stack.currentWidget() is scanning.window.scan_view
    assert {line.status for line in scanning.station.session.lines()} == {"partial"}  # nothing finalised
    assert rack_status(scanning, "G-R01").status == "active"
    scanning.scan(code)  # scanning goes on
    scanning.until(partial(counted, scanning, 2))
    assert scanning.window.scan_view.field.hasFocus()


def test_a_scan_while_the_review_is_open_is_counted_not_dropped(scanning: Driver) -> None:
    code = plain_barcodes(scanning, "G-R01")[0]
    scanning.scan(code)
    scanning.until(partial(counted, scanning, 1))
    open_review(scanning)
    scanning.scan(code)  # a counter who is not looking: still counting
    scanning.until(lambda: QApplication.activeModalWidget() is None)
    scanning.until(partial(counted, scanning, 2))
    assert scanning.window.stack.currentWidget() is scanning.window.scan_view


def test_enter_finishes_and_says_so_in_green(scanning: Driver) -> None:
    code = plain_barcodes(scanning, "G-R01")[0]
    scanning.scan(code)
    scanning.until(partial(counted, scanning, 1))
    review = open_review(scanning)
    scanning.key(Qt.Key.Key_Return)
    scanning.until(lambda: review.stage is Stage.DONE, timeout=30)
    assert review.outcome.text() == "Rack G-R01 is finished: 1 piece in 1 line."
    assert review.outcome.property("tone") == "good"
    assert scanning.window.stack.currentWidget() is scanning.window.racks_view
    assert rack_status(scanning, "G-R01").status == "completed"
    review.grab().save(str(SCREENSHOTS / "11-f10-finished.png"))
    scanning.key(Qt.Key.Key_Return)  # the next rack
    scanning.until(lambda: QApplication.activeModalWidget() is None)
    assert scanning.window.racks_view.field.hasFocus() or scanning.window.racks_view.isVisible()


def test_refused_lines_block_with_the_f9_sentence_and_f9_opens_the_conflicts(scanning: Driver) -> None:
    make_conflict(scanning, "stale_lock")
    review = open_review(scanning)
    assert review.blocker.isVisible()
    sentence, reason = review.blocker.text().split("\n")
    assert sentence == "1 line refused by the server waits for a supervisor. F9: a supervisor decides."
    [refused] = [row for row in rows(review.table).values() if "refused (F9)" in row[-1]]
    assert reason.startswith(f"• {refused[1]}: ") and len(reason) > len(f"• {refused[1]}: ")  # the server's reason
    assert review.headline.property("tone") == "bad"
    assert "F9: a supervisor decides" in review.keys.text()
    review.grab().save(str(SCREENSHOTS / "11-f10-review-refused.png"))
    scanning.key(Qt.Key.Key_F9)
    scanning.until(lambda: isinstance(QApplication.activeModalWidget(), ConflictsDialog))
    scanning.key(Qt.Key.Key_Escape)
    scanning.until(lambda: QApplication.activeModalWidget() is None)
    scanning.window.activateWindow()  # offscreen, a closed dialog hands the keys back to no window
    review = open_review(scanning)
    scanning.key(Qt.Key.Key_Return)  # finishing anyway: refused, and a supervisor may release it
    scanning.until(lambda: isinstance(QApplication.activeModalWidget(), QMessageBox))
    assert "waits for a supervisor (F9)" in modal_text()
    banner = scanning.window.scan_view.banner
    assert banner.property("level") == "bad" and "waits for a supervisor (F9)" in banner.text()
    scanning.key(Qt.Key.Key_N)
    scanning.until(lambda: QApplication.activeModalWidget() is None)
    assert rack_status(scanning, "G-R01").status == "active"


def test_a_blind_count_shows_no_expected_quantities(scanning: Driver) -> None:
    session = scanning.station.session
    session._settings = session._settings.with_overrides(counting={"blind": True})
    code = plain_barcodes(scanning, "G-R01")[0]
    scanning.scan(code)
    scanning.until(partial(counted, scanning, 1))
    review = open_review(scanning)
    assert review.table.isColumnHidden(EXPECTED) and review.table.isColumnHidden(DIFFERENCE)
    assert review.table.rowCount() == 1  # what was counted, nothing of what is missing
    assert "blind count" in review.headline.text() and "expected items" not in review.headline.text()
    scanning.key(Qt.Key.Key_Escape)
    scanning.until(lambda: QApplication.activeModalWidget() is None)


def test_a_line_a_supervisor_set_aside_counts_for_nothing(scanning: Driver) -> None:
    plain = rack_items(scanning, "G-R01", serialized=False)
    scanning.scan(plain[0].barcodes[0])
    scanning.until(partial(counted, scanning, 1))
    make_conflict(scanning, "stale_lock", nth=1)  # 4 of the second item, refused
    dialog = open_dialog(scanning)
    authorise(scanning, dialog)
    at_desk(scanning, dialog)
    decide(scanning, dialog, Qt.Key.Key_F8, "counted on the wrong rack")  # ignore: set aside
    scanning.until(lambda: dialog.tree.topLevelItemCount() == 0)
    dialog.close()
    scanning.until(lambda: QApplication.activeModalWidget() is None)
    scanning.window.activateWindow()
    review = open_review(scanning)
    shown = rows(review.table)
    assert shown[plain[1].item_code][2] == "0"
    assert shown[plain[1].item_code][-1] == "missing · set aside by a supervisor"
    assert review.totals.text() == "1 piece in 1 line" and not review.blocker.isVisible()
    scanning.key(Qt.Key.Key_Escape)
    scanning.until(lambda: QApplication.activeModalWidget() is None)
