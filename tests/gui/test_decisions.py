"""A supervisor's decision is what the station then holds: a refused line takes no more scans, each decision
makes the line what the server holds, and F10 then finishes the rack without anyone's "release anyway"."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from station.domain.lines import Item, Line
from station.ui.review_view import ReviewView, Stage
from tests.helpers.conflicts import at_desk, authorise, decide, open_conflicts, open_dialog, synced
from tests.helpers.gui import Driver
from tests.helpers.records import batch, wire_record
from tests.helpers.reference import rack_items, server_call

KEYS = {"accept_local": Qt.Key.Key_F5, "accept_server": Qt.Key.Key_F6, "merge": Qt.Key.Key_F7, "ignore": Qt.Key.Key_F8}
HOLDS = {  # what the refused line holds after each decision: pieces and serials
    "accept_local": (1, ("SN-ELSEWHERE",)),  # the serial moves here from the other rack's line
    "accept_server": (0, ()),  # the server never took this line: it counts nothing
    "merge": (1, ("SN-RECOUNTED",)),
    "ignore": (0, ()),
}


def count(driver: Driver, item: Item, serial: str) -> Line:
    counted = driver.station.session.count_serials(item, 1, (serial,), manual=False)
    assert counted.line is not None, counted.sentence
    return counted.line


def refused_then_counted_on(driver: Driver) -> tuple[Line, Line]:
    """A serial counted on G-R02 by counter2, scanned here too (refused), then two more of the item scanned."""
    found = rack_items(driver, serialized=True)[0]
    claim = server_call(driver, "POST", "/api/racks/G-R02/claim", "counter2", json={"floor": "Ground"})
    there = wire_record(claim, found.item_code, serial_numbers=["SN-ELSEWHERE"])
    assert server_call(driver, "POST", "/api/sync/batch", "counter2", json=batch(there))["ok"] == [
        there["client_record_id"]
    ]
    item = Item(found.item_code, found.name, found.barcodes[0], found.uom, serialized=True)
    refused = count(driver, item, "SN-ELSEWHERE")
    driver.station.worker.wake()
    driver.until(lambda: open_conflicts(driver) == 1)
    counted = driver.station.session.count_serials(item, 1, ("SN-LATER-1",), manual=False)
    assert counted.line is not None and "on a new line (the earlier one is with a supervisor)" in counted.sentence
    later = counted.line
    assert count(driver, item, "SN-LATER-2").client_record_id == later.client_record_id
    driver.station.worker.wake()
    driver.until(lambda: synced(driver))
    return refused, later


def station_line(driver: Driver, line: Line) -> Line:
    [now] = [x for x in driver.station.session.lines() if x.client_record_id == line.client_record_id]
    return now


@pytest.mark.parametrize("resolution", list(KEYS))
def test_after_each_decision_the_station_holds_what_the_server_holds_and_f10_finishes(
    scanning: Driver, resolution: str
) -> None:
    refused, later = refused_then_counted_on(scanning)
    assert later.client_record_id != refused.client_record_id  # a refused line takes no more scans
    held = station_line(scanning, refused)
    assert (held.verified_qty, held.serials, held.synced) == (1, ("SN-ELSEWHERE",), False)
    assert "SN-ELSEWHERE" in held.refused
    assert station_line(scanning, later).serials == ("SN-LATER-1", "SN-LATER-2")

    dialog = open_dialog(scanning)
    authorise(scanning, dialog)
    at_desk(scanning, dialog)
    [row] = dialog.selected()
    assert row.station["verified_qty"] == 1 and row.station["serial_numbers"] == ["SN-ELSEWHERE"]
    if resolution == "merge":
        scanning.key(KEYS[resolution])  # opens the recount
        dialog.recount_serials.setText("SN-RECOUNTED")
    decide(scanning, dialog, KEYS[resolution], f"checked: {resolution}")
    scanning.until(lambda: dialog.tree.topLevelItemCount() == 0)
    dialog.close()

    pieces, serials = HOLDS[resolution]
    after = station_line(scanning, refused)
    assert (after.verified_qty, after.serials, after.synced, after.refused) == (pieces, serials, True, "")
    assert after.settled == resolution and after.excluded is (resolution == "ignore")
    stats = server_call(scanning, "GET", f"/api/sessions/{scanning.session_id()}/stats")
    totals = scanning.station.session.stats()
    assert totals is not None and stats["total_items"] == totals.total == pieces + 2

    scanning.window.activateWindow()  # offscreen, a closed dialog hands the keys back to no window
    scanning.key(Qt.Key.Key_F10)
    scanning.until(lambda: isinstance(QApplication.activeModalWidget(), ReviewView))
    review = QApplication.activeModalWidget()
    assert isinstance(review, ReviewView)
    scanning.key(Qt.Key.Key_Return)
    scanning.until(lambda: review.stage is Stage.DONE, timeout=30)  # finished: no "release anyway" asked
    assert review.outcome.property("tone") == "good" and scanning.station.session.rack_id is None
    rack = server_call(scanning, "GET", "/api/racks/G-R01/status")
    assert rack["status"] != "active"
