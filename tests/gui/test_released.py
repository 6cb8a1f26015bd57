"""A supervisor releases the rack a station is counting: the station stops scanning at once — on the live
feed, else at its next heartbeat — says who released it and why, refuses the next scan with a sentence
and a sound, and the server holds no line counted after the release."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QApplication

from station.domain.lease import LeaseState
from tests.helpers.gui import SCREENSHOTS, Driver, modal_text
from tests.helpers.reference import plain_barcodes, server_call, session_pieces

NOTE = "counter1 went home ill"
SAID = f"Rack G-R01 was released by supervisor: {NOTE}. What you counted is kept."


def count_one_and_send(scanning: Driver) -> tuple[str, list[str]]:
    codes = plain_barcodes(scanning)
    scanning.scan(codes[0])
    session_id = scanning.session_id()
    scanning.until(lambda: scanning.station.session._records.totals(session_id).unsynced == 0)
    return session_id, codes


def with_message(scanning: Driver, name: str) -> None:
    """The window at 1366×768 with the message box over it, as the counter sees them."""
    window, box = scanning.window, QApplication.activeModalWidget()
    assert box is not None
    window.resize(1366, 768)
    window.scanning._refresh_sent()  # the numbers as the 1 s refresh would have them
    picture = window.grab()
    painter = QPainter(picture)
    shot = box.grab()
    painter.drawPixmap((picture.width() - shot.width()) // 2, (picture.height() - shot.height()) // 3, shot)
    painter.end()
    SCREENSHOTS.mkdir(exist_ok=True)
    picture.save(str(SCREENSHOTS / f"{name}.png"))


def scan_refused_and_left(scanning: Driver, session_id: str, code: str) -> None:
    """A scan after the release is refused with the sentence and a buzz; Enter goes back to the racks."""
    played = len(scanning.sound.played)
    scanning.scan(code)
    message = scanning.window.scan_view.message
    scanning.until(lambda: SAID in message.text())
    assert scanning.sound.played[played:] == ["bad"]
    assert list(scanning.lines().values()) == [(1, 0, (), False)]
    scanning.key(Qt.Key.Key_Return)
    scanning.until(lambda: scanning.window.stack.currentWidget() is scanning.window.racks_view)
    assert scanning.window.racks_view.message.text() == SAID
    scanning.until(lambda: scanning.station.session._records.totals(session_id).unsynced == 0, fail=False)
    assert session_pieces(scanning, session_id) == 1  # nothing counted after the release reached the server


def test_a_release_on_the_live_feed_stops_scanning_at_once_and_says_who_and_why(scanning: Driver) -> None:
    session = scanning.station.session
    scanning.until(lambda: session._feed.live)
    session_id, codes = count_one_and_send(scanning)
    heartbeat = session._heartbeat
    beats, played = heartbeat.beats, len(scanning.sound.played)
    answer = server_call(scanning, "POST", "/api/racks/G-R01/release", json={"note": NOTE})
    assert answer["rack_id"] == "G-R01"
    scanning.until(lambda: QApplication.activeModalWidget() is not None)
    assert heartbeat.beats == beats  # the live event, not a heartbeat
    assert session.lease_state is LeaseState.LOST and not heartbeat.running
    assert modal_text() == SAID and scanning.sound.played[played:] == ["bad"]
    assert scanning.window.scan_view.banner.text() == SAID
    assert scanning.window.status.lease.text() == "G-R01: released by supervisor"  # not "lease lost"
    with_message(scanning, "17-released-by-supervisor")
    scan_refused_and_left(scanning, session_id, codes[1])


def test_with_the_feed_down_the_next_heartbeat_says_who_released_the_rack(scanning: Driver) -> None:
    session = scanning.station.session
    session._feed.stop()  # the live feed is down: only the heartbeat can tell
    session_id, codes = count_one_and_send(scanning)
    server_call(scanning, "POST", "/api/racks/G-R01/release", json={"note": NOTE})
    assert session.lease_state is LeaseState.HELD  # nothing told the station yet
    scanning.run(session._heartbeat.beat())  # the heartbeat timer fires
    scanning.until(lambda: QApplication.activeModalWidget() is not None)
    assert modal_text() == SAID
    scan_refused_and_left(scanning, session_id, codes[1])


def test_with_the_feed_down_a_line_refused_after_the_release_asks_the_server_at_once(scanning: Driver) -> None:
    session = scanning.station.session
    session._feed.stop()
    session_id, codes = count_one_and_send(scanning)
    beats = session._heartbeat.beats
    server_call(scanning, "POST", "/api/racks/G-R01/release", json={"note": NOTE})
    scanning.scan(codes[1])  # nothing has told the station yet: counted here, and refused by the server
    scanning.until(lambda: QApplication.activeModalWidget() is not None)
    assert session._heartbeat.beats == beats + 1 and modal_text() == SAID  # at once, not 25 s later
    pending = server_call(scanning, "GET", "/api/sync/conflicts")
    assert [x["conflict_type"] for x in pending] == ["stale_lock"]  # for a supervisor, never accepted
    assert session_pieces(scanning, session_id) == 1
