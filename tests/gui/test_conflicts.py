"""The F9 conflicts dialog against the real reference server: each conflict type explained with both
sides, a supervisor's PIN (wrong, right, a counter's), bulk decisions, and decisions made while the
server is away that are sent when it is back."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from station import contract as c
from station.domain.clock import FakeClock
from station.server.embedded import EmbeddedServer
from station.session.conflict_rows import EXPLAINED, Supervisor
from station.store.conflicts import Conflicts
from tests.helpers.conflicts import (
    TYPES,
    at_desk,
    authorise,
    decide,
    first_group,
    make_conflict,
    open_conflicts,
    open_dialog,
)
from tests.helpers.gui import SCREENSHOTS, Driver, table_item
from tests.helpers.records import batch, wire_record
from tests.helpers.reference import server_call


def server_records(driver: Driver) -> dict[str, dict[str, Any]]:
    """The server's lines of the active session, by client record id (through a supervisor's eyes)."""
    stats = server_call(driver, "GET", f"/api/sessions/{driver.session_id()}/stats")
    conflicts = server_call(driver, "GET", "/api/sync/conflicts", params={"status": "all"})
    return {"stats": stats, "conflicts": {x["client_record_id"]: x for x in conflicts}}


DIFFERS = {
    "duplicate_serial": "serial_numbers",
    "invalid_quantity": None,
    "rack_locked": None,
    "stale_lock": "lock_token",
    "version_conflict": "version",
}
DECISION = {
    "duplicate_serial": (Qt.Key.Key_F6, "accept_server"),
    "invalid_quantity": (Qt.Key.Key_F7, "merge"),
    "rack_locked": (Qt.Key.Key_F8, "ignore"),
    "stale_lock": (Qt.Key.Key_F5, "accept_local"),
    "version_conflict": (Qt.Key.Key_F5, "accept_local"),
}


@pytest.mark.parametrize("kind", TYPES)
def test_each_conflict_type_is_explained_with_both_sides_and_settled(scanning: Driver, kind: str) -> None:
    line = make_conflict(scanning, kind)
    scanning.until(lambda: "1 refused (F9)" in scanning.window.status.conflicts.text())
    dialog = open_dialog(scanning)
    authorise(scanning, dialog)
    at_desk(scanning, dialog)
    assert dialog.title.text() == EXPLAINED[c.ConflictType(kind)]
    [row] = dialog.selected()
    assert row.local_id is not None and row.server_id is not None and row.counted_by == "counter1"
    if kind == "duplicate_serial":  # where the serial is counted already: a rack, a counter, a time, never an id
        assert "is counted already on rack G-R01 by counter1 at " in dialog.facts.text()
        server_column = dialog.table.horizontalHeaderItem(2)
        assert server_column is not None and server_column.text().startswith("Server: other line\nG-R01, counter1\n")
    if DIFFERS[kind]:
        assert DIFFERS[kind] in row.differs
        shown = {table_item(dialog.table, n, 0).text(): n for n in range(dialog.table.rowCount())}
        assert any(table_item(dialog.table, n, 1).font().bold() for n in shown.values())
    hint = dialog.minimumSizeHint()
    assert hint.width() <= 1366 - 40 and hint.height() <= 768 - 60, "the dialog fits a 1366×768 desk"
    dialog.resize(1366 - 40, 768 - 60)
    scanning.app.processEvents()
    SCREENSHOTS.mkdir(exist_ok=True)
    assert dialog.grab().save(str(SCREENSHOTS / f"07-conflict-{kind}.png"))
    key, resolution = DECISION[kind]
    if resolution == "merge":
        scanning.key(key)  # opens the recount, filled with the station's values
        assert dialog.recount.isVisible() and dialog.recount_verified.value() == 3
        dialog.recount_damaged.setValue(1)
    decide(scanning, dialog, key, f"checked {kind}")
    scanning.until(lambda: dialog.tree.topLevelItemCount() == 0)
    assert "1 settled on the server." in dialog.banner.text()
    settled = server_records(scanning)["conflicts"][line.client_record_id]
    assert (settled["status"], settled["resolution"], settled["resolution_note"]) == (
        "ignored" if resolution == "ignore" else "resolved",
        resolution,
        f"checked {kind}",
    )
    assert open_conflicts(scanning) == 0
    scanning.until(lambda: scanning.window.status.conflicts.text() == "")
    if resolution == "merge":
        [after] = [x for x in scanning.station.session.lines() if x.client_record_id == line.client_record_id]
        assert (after.verified_qty, after.damage_qty, after.synced) == (3, 1, True)


def test_a_wrong_pin_and_a_counters_pin_are_refused_with_a_sentence(scanning: Driver) -> None:
    make_conflict(scanning, "stale_lock")
    dialog = open_dialog(scanning)
    authorise(scanning, dialog, "supervisor", "1234")
    scanning.until(lambda: bool(dialog.prompt.error.text()))
    assert dialog.pages.currentIndex() == 0 and "PIN" in dialog.prompt.error.text()
    authorise(scanning, dialog, "counter2", "2222")
    scanning.until(lambda: "not a supervisor" in dialog.prompt.error.text())
    assert dialog.pages.currentIndex() == 0
    user = scanning.station.session._client.credentials.user
    assert user is not None and user.username == "counter1"


def test_a_counters_own_token_can_never_resolve(scanning: Driver) -> None:
    make_conflict(scanning, "stale_lock")
    desk = scanning.window.supervising.desk
    counter = Supervisor("counter1", scanning.station.session._client.credentials.token)
    listing = scanning.run(desk.load(Supervisor("supervisor", _token(scanning))))
    outcome = scanning.run(desk.resolve(counter, listing.rows, c.Resolution.ACCEPT_LOCAL, "mine"))
    assert outcome.refused == ["Only a supervisor or an admin may do this."] and outcome.sent == 0
    kept = Conflicts(scanning.station.store, FakeClock()).unsent()
    assert open_conflicts(scanning) == 1 and kept == []  # open again, nothing kept to send


def test_several_conflicts_are_settled_at_once(scanning: Driver) -> None:
    lines = [make_conflict(scanning, "stale_lock", nth) for nth in range(3)]
    dialog = open_dialog(scanning)
    authorise(scanning, dialog)
    at_desk(scanning, dialog)
    group = dialog.tree.topLevelItem(0)
    assert group is not None and group.childCount() == 3
    dialog.tree.setCurrentItem(group)  # the rack and session: every conflict of it
    assert len(dialog.selected()) == 3 and "3 conflicts selected" in dialog.facts.text()
    decide(scanning, dialog, Qt.Key.Key_F5, "all counted on this rack")
    scanning.until(lambda: dialog.tree.topLevelItemCount() == 0)
    assert "3 settled on the server." in dialog.banner.text()
    settled = server_records(scanning)["conflicts"]
    assert all(settled[x.client_record_id]["resolution"] == "accept_local" for x in lines)


def test_a_decision_made_while_the_server_is_away_is_sent_when_it_is_back(
    scanning: Driver, reference_server: EmbeddedServer
) -> None:
    line = make_conflict(scanning, "stale_lock")
    port = reference_server.port
    reference_server.stop()
    try:
        dialog = open_dialog(scanning)
        authorise(scanning, dialog)
        at_desk(scanning, dialog)
        assert "checked when it is back" in dialog.banner.text()
        decide(scanning, dialog, Qt.Key.Key_F5, "counted before the lease went")
        scanning.until(lambda: "resolved here, not yet sent" in first_group(dialog)[0].text(2))
        assert "1 resolved here, not yet sent" in dialog.banner.text()
        SCREENSHOTS.mkdir(exist_ok=True)
        dialog.grab().save(str(SCREENSHOTS / "08-conflict-resolved-offline.png"))
        scanning.key(Qt.Key.Key_Escape)
        scanning.until(lambda: QApplication.activeModalWidget() is None)
        assert scanning.window.supervising.desk.holding and open_conflicts(scanning) == 1
    finally:
        reference_server.start(port=port)
    scanning.window.supervising.resend_decisions()  # what the 30 s timer and the connection coming back do
    scanning.until(lambda: open_conflicts(scanning) == 0)
    settled = server_records(scanning)["conflicts"][line.client_record_id]
    assert (settled["resolution"], settled["resolved_by"]) == ("accept_local", "supervisor")
    assert not scanning.window.supervising.desk.holding


def _token(driver: Driver) -> str:
    base = driver.station.settings.server.url
    answer = httpx.post(f"{base}/api/auth/login-pin", json={"username": "supervisor", "pin": "9999"})
    token: str = answer.json()["access_token"]
    return token


def test_another_stations_conflicts_are_listed_and_settled_from_here(scanning: Driver) -> None:
    """A conflict this station never saw (refused at another station) comes from the server's list."""
    claim = server_call(scanning, "POST", "/api/racks/G-R02/claim", "counter2", json={"floor": "Ground"})
    late = wire_record(claim, "ITM-ELSEWHERE", verified_qty=2, lock_token=claim["lock_token"] + 3)
    server_call(scanning, "POST", "/api/sync/batch", "counter2", json=batch(late))
    dialog = open_dialog(scanning)
    authorise(scanning, dialog)
    at_desk(scanning, dialog)
    [row] = dialog.selected()
    assert (row.local_id, row.rack_id, row.counted_by, row.conflict_type) == (None, "G-R02", "counter2", "stale_lock")
    decide(scanning, dialog, Qt.Key.Key_F6, "counter2 recounts it")
    scanning.until(lambda: dialog.tree.topLevelItemCount() == 0)
    settled = server_records(scanning)["conflicts"][late["client_record_id"]]
    assert (settled["resolution"], settled["resolution_note"]) == ("accept_server", "counter2 recounts it")


def test_a_conflict_settled_at_another_station_stops_waiting_here(scanning: Driver) -> None:
    line = make_conflict(scanning, "stale_lock")
    [pending] = server_call(scanning, "GET", "/api/sync/conflicts")
    body = {"resolution": "accept_local", "resolution_note": "settled at the office"}
    server_call(scanning, "POST", f"/api/sync/conflicts/{pending['id']}/resolve", json=body)
    dialog = open_dialog(scanning)
    authorise(scanning, dialog)
    scanning.until(lambda: dialog.pages.currentIndex() == 1 and open_conflicts(scanning) == 0)
    assert dialog.tree.topLevelItemCount() == 0 and "No conflicts are waiting." in dialog.banner.text()
    [after] = [x for x in scanning.station.session.lines() if x.client_record_id == line.client_record_id]
    assert after.synced
    scanning.until(lambda: scanning.window.status.conflicts.text() == "")
