"""The supervisor's overview (F6): the count → a floor → a rack by keys, a recount sent, assigned, recounted by
another counter and approved, and each level exported as CSV, XLSX and PDF and read back."""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

import openpyxl
from pypdf import PdfReader
from PySide6.QtCharts import QHorizontalStackedBarSeries
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QInputDialog, QLineEdit, QProgressBar

from station import contract_oversight as o
from station.ui.overview_view import Level, OverviewView
from station.ui.racks_model import describe
from tests.helpers.gui import Driver, table_item
from tests.helpers.records import batch, wire_record
from tests.helpers.reference import rack_items, server_call


def count(driver: Driver, user: str, rack: str, share: float, floor: str = "Ground") -> str:
    """``user`` claims ``rack`` and counts ``share`` of each item the books expect, then finishes it."""
    claim = server_call(driver, "POST", f"/api/racks/{rack}/claim", user, json={"floor": floor})
    assert "session_id" in claim, claim
    records = []
    for item in rack_items(driver, rack):
        qty = round(int(item.expected_qty or 0) * share)
        serials = [f"SN-{claim['session_id'][-6:]}-{item.item_code}-{n}" for n in range(qty)] if item.serialized else []
        records.append(wire_record(claim, item.item_code, verified_qty=qty, serial_numbers=serials))
    answer = server_call(driver, "POST", "/api/sync/batch", user, json=batch(*records))
    assert len(answer["ok"]) == len(records), answer
    server_call(driver, "POST", f"/api/racks/{rack}/release", user)
    return str(claim["session_id"])


def overview(driver: Driver) -> OverviewView:
    driver.log_in("supervisor", "9999")
    driver.until(lambda: bool(driver.window.floors_view.buttons()))
    driver.key(Qt.Key.Key_F6)
    view = driver.window.overview_view
    driver.until(lambda: driver.window.stack.currentWidget() is view and view.count_page.table.rowCount() > 0)
    return view


def text(view: Any, row: int, column: int) -> str:
    return table_item(view, row, column).text()


def answer(driver: Driver, words: str) -> None:
    """Type into the question that is open (a note, a counter's name)."""
    driver.until(lambda: isinstance(QApplication.activeModalWidget(), QInputDialog))
    driver.type(words)
    driver.until(lambda: QApplication.activeModalWidget() is None)


def test_the_overview_shows_each_floors_progress_and_drills_into_a_floor_and_a_rack(driver: Driver) -> None:
    count(driver, "counter1", "G-R01", 1.0)
    count(driver, "counter2", "G-R02", 0.5)  # far over tolerance: to recount on its own
    view = overview(driver)
    summary = server_call(driver, "GET", "/api/oversight/summary")
    ground = summary["progress"]["floors"][0]
    page = view.count_page
    assert page.floors == [floor["floor"] for floor in summary["progress"]["floors"]]
    assert [text(page.table, 0, n) for n in (0, 2, 5)] == ["Ground", str(ground["free"]), "1"]
    bar = page.table.cellWidget(0, 1)
    assert isinstance(bar, QProgressBar) and (bar.value(), bar.maximum()) == (ground["done"], ground["racks"])
    assert f"{summary['progress']['overall']['racks']} racks" in page.totals.text()
    [series] = page.chart.chart().series()
    assert isinstance(series, QHorizontalStackedBarSeries) and series.count() == 5  # a bar set a state
    driver.desk_screenshot("31-overview")

    driver.key(Qt.Key.Key_Return)  # Ground
    driver.until(lambda: view.level is Level.FLOOR and view.floor_page.table.rowCount() > 0)
    floor = server_call(driver, "GET", "/api/oversight/variance", params={"floor": "Ground"})
    racks = view.floor_page
    assert [text(racks.table, n, 0) for n in range(3)] == [r["rack_id"] for r in floor["racks"]][:3]
    assert [text(racks.table, n, 1) for n in range(3)] == ["done", "to recount", "free"]
    assert text(racks.table, 1, 5) == f"{floor['racks'][1]['difference']:+,}"
    assert racks.hot_spots.count() == len(floor["hot_spots"]) > 0
    driver.desk_screenshot("32-floor-variance")

    driver.key(Qt.Key.Key_Down)
    driver.key(Qt.Key.Key_Return)  # G-R02
    driver.until(lambda: view.level is Level.RACK and view.rack_page.items.rowCount() > 0)
    variance = server_call(driver, "GET", "/api/oversight/racks/G-R02/variance")
    rack = view.rack_page
    assert rack.items.rowCount() == len(variance["items"])
    assert f"difference {variance['totals']['difference']:+,} pieces" in rack.totals.text()
    assert "over tolerance" in rack.recount.text() and rack.counts.rowCount() == 1
    assert rack.items.isColumnHidden(4) and rack.items.isColumnHidden(5)  # one count: nothing to compare
    assert any("counter2 counted it" in rack.history.item(n).text() for n in range(rack.history.count()))
    driver.desk_screenshot("33-rack-variance")

    driver.key(Qt.Key.Key_Escape)
    driver.until(lambda: view.level is Level.FLOOR and view.floor_page.selected() == "G-R02")
    driver.key(Qt.Key.Key_Escape)
    driver.until(lambda: view.level is Level.COUNT)
    driver.key(Qt.Key.Key_Escape)
    driver.until(lambda: driver.window.stack.currentWidget() is driver.window.floors_view)


def test_a_rack_is_sent_to_recount_assigned_recounted_by_another_counter_and_approved(driver: Driver) -> None:
    first = count(driver, "counter1", "G-R01", 1.0)  # within tolerance: done
    view = overview(driver)
    driver.key(Qt.Key.Key_Return)
    driver.until(lambda: view.level is Level.FLOOR and view.floor_page.selected() == "G-R01")
    driver.key(Qt.Key.Key_Return)
    driver.until(lambda: view.level is Level.RACK and view.rack_page.items.rowCount() > 0)
    assert "Not sent to a recount" in view.rack_page.recount.text()

    driver.key(Qt.Key.Key_R)
    answer(driver, "spot check")
    driver.until(lambda: "waits for its recount, for anyone" in view.message.text())
    driver.until(lambda: "sent by supervisor" in view.rack_page.recount.text())
    driver.key(Qt.Key.Key_A)
    answer(driver, "counter2")
    driver.until(lambda: "for counter2" in view.message.text())
    recount = o.Recount.model_validate(server_call(driver, "GET", "/api/oversight/racks/G-R01/recount"))
    assert (recount.status, recount.assigned_to, recount.first and recount.first.session_id) == (
        o.RecountStatus.TO_RECOUNT, "counter2", first)  # fmt: skip

    refused = server_call(driver, "POST", "/api/racks/G-R01/claim", "counter3", json={"floor": "Ground"})
    assert "counter2" in refused["detail"]
    count(driver, "counter2", "G-R01", 0.9)  # the second station's recount
    driver.key(Qt.Key.Key_F5)
    driver.until(lambda: view.rack_page.counts.rowCount() == 2)
    assert "both counts in" in view.rack_page.recount.text()
    assert [text(view.rack_page.counts, n, 1) for n in (0, 1)] == ["counter1", "counter2"]
    items = view.rack_page.items  # item by item: the first count (the books' own figures) beside the second
    assert not items.isColumnHidden(4) and not items.isColumnHidden(5)
    for n in range(items.rowCount()):
        expected = int(text(items, n, 2))
        assert (text(items, n, 4), text(items, n, 5)) == (str(expected), str(round(expected * 0.9)))
    driver.desk_screenshot("35-recount-both-counts")

    view.rack_page.counts.setFocus()
    driver.key(Qt.Key.Key_Up)  # the first count: the books were right
    driver.key(Qt.Key.Key_Return)
    answer(driver, "first count matches the books")
    driver.until(lambda: "the first count is approved" in view.message.text())
    recount = o.Recount.model_validate(server_call(driver, "GET", "/api/oversight/racks/G-R01/recount"))
    assert (recount.status, recount.approved, recount.note) == (
        o.RecountStatus.APPROVED, o.CountChoice.FIRST, "first count matches the books")  # fmt: skip
    driver.until(lambda: text(view.rack_page.counts, 0, 5) == "approved")


def export(driver: Driver, view: OverviewView, path: Path) -> None:
    """Ctrl+E, the file's name typed into the dialog, Enter; until the screen says it is written."""
    driver.key(Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    driver.until(lambda: isinstance(QApplication.activeModalWidget(), QFileDialog))
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, QFileDialog)
    assert dialog.selectedFiles()[0].endswith(".pdf")  # a name to start from: the level's, as PDF
    name = dialog.findChild(QLineEdit, "fileNameEdit")
    assert name is not None and name.hasFocus()  # typing goes straight into the file's name
    name.setText(str(path))
    driver.key(Qt.Key.Key_Return)
    driver.until(lambda: f"Report written to {path}." in view.message.text(), timeout=30, fail=False)
    assert f"Report written to {path}." in view.message.text(), view.message.text()


def test_each_level_exports_csv_xlsx_and_pdf_with_the_servers_totals(driver: Driver, tmp_path: Path) -> None:
    count(driver, "counter1", "G-R01", 1.0)
    count(driver, "counter2", "G-R02", 0.5)
    view = overview(driver)
    summary = server_call(driver, "GET", "/api/oversight/summary")
    export(driver, view, tmp_path / "summary.pdf")
    pdf = " ".join(" ".join(page.extract_text() for page in PdfReader(tmp_path / "summary.pdf").pages).split())
    assert f"erence {summary['difference']} pieces, value {summary['value']:.2f}" in pdf  # the ligature ﬀ
    assert f"Total 15 {summary['progress']['overall']['free']} " in pdf and "Approved by" in pdf

    driver.key(Qt.Key.Key_Return)
    driver.until(lambda: view.level is Level.FLOOR and view.floor_page.table.rowCount() > 0)
    floor = server_call(driver, "GET", "/api/oversight/variance", params={"floor": "Ground"})
    export(driver, view, tmp_path / "ground.xlsx")
    book = openpyxl.load_workbook(tmp_path / "ground.xlsx")
    cells = [cell for sheet in book.worksheets for row in sheet.iter_rows(values_only=True) for cell in row]
    assert floor["expected"] in cells and floor["difference"] in cells

    driver.key(Qt.Key.Key_Down)
    driver.key(Qt.Key.Key_Return)
    driver.until(lambda: view.level is Level.RACK and view.rack_page.items.rowCount() > 0)
    variance = server_call(driver, "GET", "/api/oversight/racks/G-R02/variance")
    export(driver, view, tmp_path / "g-r02.csv")
    rows = list(csv.reader((tmp_path / "g-r02.csv").read_text(encoding="utf-8-sig").splitlines()))
    flat = [cell for row in rows for cell in row]
    assert str(variance["totals"]["counted"]) in flat and str(variance["totals"]["difference"]) in flat
    assert {item["item_code"] for item in variance["items"]} <= set(flat)


def test_a_counter_sees_a_rack_to_recount_for_them_and_a_done_rack_is_refused(driver: Driver) -> None:
    count(driver, "counter1", "G-R01", 1.0)
    count(driver, "counter1", "G-R02", 1.0)
    sent = server_call(driver, "POST", "/api/oversight/racks/G-R01/recount", json={"assign_to": "counter2"})
    assert sent["status"] == "to_recount", sent
    driver.log_in("counter2", "2222")
    driver.until(lambda: bool(driver.window.floors_view.buttons()))
    driver.type("1", enter=False)
    racks = driver.window.racks_view
    driver.until(lambda: racks.model.rowCount() > 0)
    tiles = {racks.model.tile(n).rack_id: describe(racks.model.tile(n)) for n in range(racks.model.rowCount())}
    assert tiles["G-R01"] == "to recount · for counter2" and tiles["G-R02"].startswith("done")
    driver.screenshot("34-racks-to-recount")

    driver.type("G-R02")
    driver.until(lambda: "has been counted already" in racks.message.text())
    assert "send it to a recount from the overview" in racks.message.text()
    driver.type("G-R01")
    driver.until(lambda: driver.window.stack.currentWidget() is driver.window.scan_view)
    assert "Rack G-R01 is a recount" in driver.window.scan_view.banner.text()


def test_finished_sessions_are_reached_by_keys_on_the_supervisor_view(driver: Driver) -> None:
    count(driver, "counter1", "G-R01", 1.0)
    driver.log_in("supervisor", "9999")
    driver.until(lambda: bool(driver.window.floors_view.buttons()))
    driver.run(driver.station.client.claim("G-R03", "Ground"))  # from this station: its name is kept (ext)
    driver.run(driver.station.client.release("G-R03"))
    driver.key(Qt.Key.Key_F7)
    board = driver.window.supervisor_view
    driver.until(lambda: board.recent.rowCount() == 2)
    stations = {text(board.recent, n, 0): text(board.recent, n, 6) for n in range(2)}
    assert stations == {"G-R03": driver.station.settings.station.name, "G-R01": "—"}
    board.recent.selectRow([text(board.recent, n, 0) for n in range(2)].index("G-R01"))
    driver.key(Qt.Key.Key_Tab)  # from the active sessions (none) to the recent ones
    driver.until(lambda: board.recent.hasFocus())
    assert board.picked() is not None and board.picked().rack_id == "G-R01"  # type: ignore[union-attr]
    driver.key(Qt.Key.Key_H)
    driver.until(lambda: board.history_title.text() == "Rack G-R01 history")
    driver.key(Qt.Key.Key_Return)  # its rack in the overview: both counts and the whole history
    view = driver.window.overview_view
    driver.until(lambda: view.level is Level.RACK and view.rack_page.items.rowCount() > 0)
    assert "counter1 counted it" in view.rack_page.history.item(0).text()
    driver.key(Qt.Key.Key_Escape)
    driver.until(lambda: view.level is Level.FLOOR and view.floor == "Ground")
    driver.key(Qt.Key.Key_Escape)
    driver.until(lambda: view.level is Level.COUNT)
    driver.key(Qt.Key.Key_Escape)  # back where the overview was opened from
    driver.until(lambda: driver.window.stack.currentWidget() is board)


def test_a_counter_has_no_overview(driver: Driver) -> None:
    driver.log_in()
    driver.until(lambda: bool(driver.window.floors_view.buttons()))
    driver.key(Qt.Key.Key_F6)
    assert driver.window.stack.currentWidget() is driver.window.floors_view
    assert driver.window.status.currentMessage() == "The overview is for supervisors."
