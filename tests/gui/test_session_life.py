"""The session's life: the lease at risk, lost and re-taken; minimise pauses heartbeat and sync and
restore beats once at once; a restart goes back to the rack; an expired sign-in is a log-in again."""

from __future__ import annotations

from pathlib import Path

import qasync
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from station.domain.lease import LeaseState
from station.server.embedded import EmbeddedServer
from tests.helpers.gui import Driver, make_station, modal_text
from tests.helpers.reference import rack_items, session_pieces
from tests.helpers.server import PINS


def test_a_failed_renewal_shows_the_lease_at_risk_and_a_renewal_clears_it(scanning: Driver) -> None:
    heartbeat = scanning.station.session._heartbeat
    assert heartbeat.lease is not None
    heartbeat._emit(heartbeat.lease.renewal_failed("server unreachable"))
    banner = scanning.window.scan_view.banner
    assert banner.isVisible() and banner.property("level") == "warn" and "s left" in banner.text()
    assert scanning.window.status.lease.property("state") == "at_risk"
    scanning.run(heartbeat.beat())
    assert heartbeat.lease.state is LeaseState.HELD and not banner.isVisible()
    assert scanning.window.status.lease.text().startswith("G-R01: lease held")


def test_a_good_heartbeat_leaves_a_refused_finish_on_the_banner(scanning: Driver) -> None:
    """Only the lease's own news is cleared by a renewal: why F10 could not finish stays in red."""
    heartbeat = scanning.station.session._heartbeat
    banner = scanning.window.scan_view.banner
    scanning.window.scan_view.show_banner("bad", "G-R01 was not finished: 1 line waits for a supervisor (F9).")
    scanning.run(heartbeat.beat())
    assert banner.isVisible() and banner.property("level") == "bad" and "(F9)" in banner.text()


def test_a_lost_lease_stops_scanning_and_says_who_took_the_rack(scanning: Driver) -> None:
    code = rack_items(scanning, serialized=False)[0].barcodes[0]
    scanning.scan(code)
    scanning.until(lambda: len(scanning.lines()) == 1)
    heartbeat = scanning.station.session._heartbeat
    assert heartbeat.lease is not None
    heartbeat._emit(heartbeat.lease.lost("counter2"))
    scanning.until(lambda: QApplication.activeModalWidget() is not None)
    assert "Rack G-R01 was taken by counter2" in modal_text()
    assert not heartbeat.running
    scanning.screenshot("05-lease-lost")
    scanning.key(Qt.Key.Key_Return)
    scanning.until(lambda: scanning.window.stack.currentWidget() is scanning.window.racks_view)
    assert "what you counted is kept" in scanning.window.racks_view.message.text()


def test_a_lapsed_lease_that_nobody_took_is_taken_back(scanning: Driver, reference_server: EmbeddedServer) -> None:
    heartbeat = scanning.station.session._heartbeat
    assert heartbeat.lease is not None
    session_id = heartbeat.lease.session_id
    heartbeat.lease._ttl = 0.0  # the local clock says the TTL ran out
    heartbeat.tick()
    scanning.until(lambda: heartbeat.lease is not None and heartbeat.lease.state is LeaseState.HELD)
    assert heartbeat.lease.session_id == session_id


def test_minimise_pauses_heartbeat_and_sync_and_restore_beats_exactly_once(scanning: Driver) -> None:
    window, station_session = scanning.window, scanning.station.session
    assert station_session._heartbeat.running and not scanning.station.worker.paused
    beats = station_session._heartbeat.beats
    window.showMinimized()
    scanning.until(lambda: station_session.away)
    assert not station_session._heartbeat.running and scanning.station.worker.paused
    window.showNormal()
    scanning.until(lambda: not station_session.away)
    scanning.until(lambda: station_session._heartbeat.beats == beats + 1)
    scanning.until(lambda: False, timeout=0.3, fail=False)
    assert station_session._heartbeat.beats == beats + 1
    assert station_session._heartbeat.running and not scanning.station.worker.paused


def test_a_restart_goes_back_to_the_rack_with_its_lines(
    qapp: QApplication, qloop: qasync.QEventLoop, reference_server: EmbeddedServer, tmp_path: Path
) -> None:
    first = Driver(qapp, qloop, make_station(qapp, reference_server.url, tmp_path / "station"))
    first.start()
    first.log_in()
    first.open_rack("G-R02")
    first.type("ITM-LOOSE-1")
    first.until(lambda: len(first.lines()) == 0 and first.window.scan_view.message.property("verdict") == "ask")
    first.key(Qt.Key.Key_Y)
    first.until(lambda: len(first.lines()) == 1)
    first.stop()  # closed without finishing: the session stays on the server and in the store
    again = Driver(qapp, qloop, make_station(qapp, reference_server.url, tmp_path / "station"))
    again.start()
    try:
        assert again.window.login_view.user.text() == "counter1"
        again.log_in()
        again.until(lambda: again.window.stack.currentWidget() is again.window.scan_view)
        assert again.window.scan_view.header.text() == "Rack G-R02 · Ground"
        assert again.window.scan_view.model.rowCount() == 1
    finally:
        again.stop()


def test_an_expired_sign_in_asks_to_log_in_again_and_loses_nothing(scanning: Driver) -> None:
    station_session = scanning.station.session
    station_session._client.credentials.set("expired-token", station_session.user)
    scanning.run(station_session._heartbeat.beat())
    scanning.until(lambda: QApplication.activeModalWidget() is not None)
    dialog = QApplication.activeModalWidget()
    assert dialog is not None and dialog.objectName() == "reloginDialog"
    scanning.type(PINS["counter1"])
    scanning.until(lambda: QApplication.activeModalWidget() is None)
    assert station_session._client.credentials.token != "expired-token"
    code = rack_items(scanning, serialized=False)[0].barcodes[0]
    scanning.scan(code)
    scanning.until(lambda: len(scanning.lines()) == 1)
    session = scanning.session_id()
    scanning.until(lambda: session_pieces(scanning, session) == 1)  # sent with the new sign-in


def test_closing_with_lines_waiting_asks_first(scanning: Driver) -> None:
    scanning.window.waiting = 3
    scanning.window.close()
    scanning.until(lambda: QApplication.activeModalWidget() is not None)
    assert "3 counted lines have not reached the server" in modal_text()
    scanning.key(Qt.Key.Key_N)
    assert scanning.window.isVisible()  # it stays; the driver closes it at teardown


def test_lines_queued_before_a_restart_are_sent_once_the_counter_logs_in(
    qapp: QApplication, qloop: qasync.QEventLoop, reference_server: EmbeddedServer, tmp_path: Path
) -> None:
    first = Driver(qapp, qloop, make_station(qapp, reference_server.url, tmp_path / "station"))
    first.start()
    first.log_in()
    first.open_rack("G-R02")
    first.station.worker.pause()  # the network is away: the line stays queued
    code = rack_items(first, serialized=False)[0].barcodes[0]
    first.scan(code)
    first.until(lambda: first.station.session.unsynced() != set())
    first.stop()
    again = Driver(qapp, qloop, make_station(qapp, reference_server.url, tmp_path / "station"))
    again.start()
    try:
        # Before anyone logs in, the worker's first try has no token: refused, and the worker waits.
        again.until(lambda: again.station.worker.paused)
        again.log_in()
        again.until(lambda: again.window.stack.currentWidget() is again.window.scan_view)
        again.until(lambda: again.station.session.unsynced() == set())
    finally:
        again.stop()
