"""End to end, two stations and one reference server: station A's lease lapses while its heartbeat is
stopped, station B claims the rack, A's lines counted since come back as ``stale_lock`` conflicts —
none accepted silently — and a supervisor at A settles them; the server then counts what the
decisions say."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
import qasync
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from station import contract as c
from station.domain.clock import FakeClock
from station.server.embedded import EmbeddedServer
from tests.helpers.conflicts import at_desk, authorise, by_item, decide, first_group, open_conflicts, open_dialog
from tests.helpers.gui import Driver, make_station
from tests.helpers.reference import rack_items, server_call, session_pieces


@pytest.fixture
def station_a(
    qapp: QApplication, qloop: qasync.QEventLoop, clocked_server: EmbeddedServer, tmp_path: Path
) -> Iterator[Driver]:
    driver = Driver(qapp, qloop, make_station(qapp, clocked_server.url, tmp_path / "station-a"))
    driver.start()
    yield driver
    driver.stop()


@pytest.fixture
def station_b(
    qapp: QApplication, qloop: qasync.QEventLoop, clocked_server: EmbeddedServer, tmp_path: Path
) -> Iterator[Driver]:
    """A second station in the same process, driven through its session (the keys go to A)."""
    station = make_station(qapp, clocked_server.url, tmp_path / "station-b")
    qapp.removeEventFilter(station.scan_filter)
    driver = Driver(qapp, qloop, station)
    station.worker.start()
    yield driver
    driver.stop()


def test_a_lapsed_lease_sends_lines_to_a_supervisor_and_their_decisions_are_the_count(
    station_a: Driver, station_b: Driver, server_clock: FakeClock
) -> None:
    a = station_a
    a.log_in()
    a.open_rack("G-R01")
    session_a = a.session_id()
    p0, p1, p2 = rack_items(a, serialized=False)[:3]
    a.scan(p0.barcodes[0])
    a.until(lambda: len(a.station.session.lines()) == 1)
    a.until(lambda: a.station.session._records.totals(session_a).unsynced == 0)
    assert session_pieces(a, session_a) == 1

    a.station.session._heartbeat.stop()  # A's heartbeat stops (a hung network, a frozen station)…
    a.station.session._feed.stop()  # …and so do its live rack events (B's claim would stop A at once)
    server_clock.advance(61)  # …for longer than the lease's TTL
    b = station_b
    assert b.run(b.station.session.log_in("counter2", "2222", password=False)) is None
    assert b.run(b.station.session.claim("G-R01", "Ground")) is None  # the lapsed rack is B's now
    assert b.station.session._active is not None and b.station.session._active.lock_token == 2

    for item in (p0, p1, p2):  # A has not heard yet, and counts on
        a.scan(item.barcodes[0])
    a.until(lambda: open_conflicts(a) == 3)
    a.until(lambda: "3 refused (F9)" in a.window.status.conflicts.text())
    pending = server_call(a, "GET", "/api/sync/conflicts")
    assert sorted(x["conflict_type"] for x in pending) == ["stale_lock"] * 3
    assert session_pieces(a, session_a) == 1  # nothing accepted silently

    dialog = open_dialog(a)
    authorise(a, dialog)
    at_desk(a, dialog)
    group = dialog.tree.topLevelItem(0)
    assert group is not None and group.childCount() == 3
    rows = by_item(first_group(dialog))

    def pick(item: c.RackItem) -> None:
        dialog.tree.setCurrentItem(next(v for k, v in rows.items() if item.item_code in k))

    pick(p0)
    decide(a, dialog, Qt.Key.Key_F8, "the first count stands")  # ignore: the server keeps 1
    a.until(lambda: len(first_group(dialog)) == 2)
    rows = by_item(first_group(dialog))
    pick(p1)
    decide(a, dialog, Qt.Key.Key_F5, "counted before B came")  # accept_local: 1
    a.until(lambda: len(first_group(dialog)) == 1)
    dialog.tree.setCurrentItem(first_group(dialog)[0])
    a.key(Qt.Key.Key_F7)
    dialog.recount_verified.setValue(5)
    decide(a, dialog, Qt.Key.Key_F7, "recounted by the supervisor")  # merge: 5
    a.until(lambda: dialog.tree.topLevelItemCount() == 0)

    assert session_pieces(a, session_a) == 1 + 1 + 5
    settled = server_call(a, "GET", "/api/sync/conflicts", params={"status": "all"})
    assert sorted(x["resolution"] for x in settled) == ["accept_local", "ignore", "merge"]
    assert all(x["resolved_by"] == "supervisor" for x in settled)
    history = server_call(a, "GET", "/api/racks/G-R01/history", "counter1")
    assert sorted(h["action"] for h in history) == ["resolve:accept_local", "resolve:ignore", "resolve:merge"]
    a.key(Qt.Key.Key_Escape)
    a.until(lambda: QApplication.activeModalWidget() is None)
    assert open_conflicts(a) == 0
