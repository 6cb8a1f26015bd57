"""Lease loss: station A's network is cut for longer than the lease's TTL, station B claims the rack
meanwhile, and A counted on offline. When A's network is back, every line A wrote after the loss
comes back as a ``stale_lock`` conflict — none accepted silently — and A stops scanning at the first
heartbeat that tells it.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
import qasync
from PySide6.QtWidgets import QApplication

from station.domain.clock import FakeClock
from station.domain.lease import LeaseState
from station.domain.wedge import Entry
from station.server.embedded import EmbeddedServer
from station.session.values import Verdict
from station.store.conflicts import Conflicts
from tests.helpers.fault_proxy import FaultProxy
from tests.helpers.gui import Driver, make_station
from tests.helpers.server import PINS

pytestmark = pytest.mark.reliability


@pytest.fixture
def network(clocked_server: EmbeddedServer) -> Iterator[FaultProxy]:
    """The cable between station A and the server: no faults until it is cut."""
    assert clocked_server.port is not None
    cable = FaultProxy(clocked_server.port, rate=0.0)
    cable.start()
    yield cable
    cable.stop()


@pytest.fixture
def station_a(
    qapp: QApplication,
    qloop: qasync.QEventLoop,
    network: FaultProxy,
    tmp_path: Path,
) -> Iterator[Driver]:
    driver = Driver(qapp, qloop, make_station(qapp, f"http://127.0.0.1:{network.port}", tmp_path / "a"))
    driver.start()
    yield driver
    driver.stop()


def direct(server: EmbeddedServer, method: str, path: str, user: str = "supervisor", **kwargs: Any) -> Any:
    """A call to the server itself, around station A's cable."""
    token = httpx.post(f"{server.url}/api/auth/login-pin", json={"username": user, "pin": PINS[user]}).json()
    headers = {"Authorization": f"Bearer {token['access_token']}"}
    return httpx.request(method, f"{server.url}{path}", headers=headers, **kwargs).json()


def pieces(server: EmbeddedServer, session_id: str) -> int:
    return int(direct(server, "GET", f"/api/sessions/{session_id}/stats")["total_items"])


def test_lines_counted_after_the_lease_was_lost_all_wait_for_a_supervisor(
    station_a: Driver, network: FaultProxy, clocked_server: EmbeddedServer, server_clock: FakeClock
) -> None:
    a = station_a
    a.log_in()
    a.open_rack("G-R01")
    station_session = a.station.session
    session = a.session_id()
    items = [i for i in direct(clocked_server, "GET", "/api/racks/G-R01/items") if not i["serialized"]]
    a.scan(items[0]["barcodes"][0])
    a.until(lambda: station_session._records.totals(session).unsynced == 0 and len(station_session.lines()) == 1)

    network.cut = True  # the cable is pulled…
    a.run(station_session._heartbeat.beat())
    assert station_session._heartbeat.lease is not None and station_session._heartbeat.lease.state.value == "at_risk"
    offline = [items[1]["barcodes"][0], items[2]["barcodes"][0], items[0]["barcodes"][0]]
    for code in offline:  # …and A counts on, as it should while it cannot know
        a.scan(code)
    a.until(lambda: station_session._records.totals(session).pieces == 4)
    server_clock.advance(61)  # longer than the TTL
    claim = direct(clocked_server, "POST", "/api/racks/G-R01/claim", "counter2", json={"floor": "Ground"})
    assert claim["lock_token"] == 2  # B holds the rack

    network.cut = False  # the cable is back
    a.station.worker.wake()
    a.until(lambda: len(Conflicts(a.station.store, station_session._clock).open()) == 3)
    refused = Conflicts(a.station.store, station_session._clock).open()
    assert {x.conflict_type for x in refused} == {"stale_lock"}  # every line written after the loss
    assert pieces(clocked_server, session) == 1  # none accepted silently
    a.run(station_session._heartbeat.beat())  # the first heartbeat that reaches the server…
    assert station_session.lease_state is LeaseState.LOST  # …stops the scanning
    before = station_session._records.totals(session).pieces
    code = items[1]["barcodes"][0]
    outcome = a.run(station_session.scan(Entry(code, code)))
    assert outcome.verdict is Verdict.STOPPED and station_session._records.totals(session).pieces == before
