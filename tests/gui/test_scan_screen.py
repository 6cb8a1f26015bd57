"""What the scanning screen says about the rack and its lines: refused lines marked, the numbers the
same as the status bar's, paused and resumed in the banner with the pause off the clock, damage mode."""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime, timedelta

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont

from station.domain.lease import LeaseState
from station.domain.lines import Line, Totals
from station.domain.records import RecordStatus
from station.domain.sessions import SessionState
from station.session.listing import session_stats
from station.session.values import LeaseStatus, SessionStats
from station.store.sessions import ActiveSession, Sessions
from station.ui.lines_model import SENT, LinesModel
from station.ui.stats_panel import StatsPanel
from station.ui.status_bar import queue_words
from station.ui.theme import line_colours
from tests.helpers.conflicts import at_desk, authorise, decide, open_dialog
from tests.helpers.gui import Driver
from tests.helpers.records import batch, wire_record
from tests.helpers.reference import plain_barcodes, rack_items, server_call

REASON = "Serial SN-7 is counted already on rack G-R02 by counter2 at 17:05."
CLAIMED = datetime(2026, 1, 5, 8, 0, tzinfo=UTC)


def line(code: str, **changes: object) -> Line:
    plain = Line(f"id-{code}", code, f"Name {code}", None, 2, 0, (), False, False, False, False,
                 RecordStatus.PARTIAL, 1)  # fmt: skip
    return dataclasses.replace(plain, **changes)  # type: ignore[arg-type]


def message(driver: Driver) -> tuple[str, str]:
    view = driver.window.scan_view
    return view.message.text(), str(view.message.property("verdict"))


# --- refused, set aside, typed ------------------------------------------------------------------


def test_a_refused_line_is_red_with_its_reason_and_a_set_aside_line_grey_and_struck() -> None:
    model = LinesModel()
    lines = [line("A", synced=True), line("B"), line("C", refused=REASON), line("D", refused=REASON, settled="ignore"),
             line("E", manual_entry=True, synced=True)]  # fmt: skip
    model.reset(lines, {}, blind=False)
    sent = [model.index(row, SENT).data() for row in range(5)]
    assert sent == ["✓", "…", "✕ refused", "set aside", "✓"]
    refused = model.index(2, 1)
    assert refused.data(Qt.ItemDataRole.BackgroundRole) == line_colours().refused
    assert refused.data(Qt.ItemDataRole.ForegroundRole) == line_colours().refused_text
    assert REASON in refused.data(Qt.ItemDataRole.ToolTipRole) and "F9" in refused.data(Qt.ItemDataRole.ToolTipRole)
    assert model.index(1, 1).data(Qt.ItemDataRole.BackgroundRole) is None  # waiting is not refused
    aside = model.index(3, 2)
    font = aside.data(Qt.ItemDataRole.FontRole)
    assert isinstance(font, QFont) and font.strikeOut()
    assert aside.data(Qt.ItemDataRole.ForegroundRole) == line_colours().excluded_text
    assert aside.data(Qt.ItemDataRole.BackgroundRole) is None
    assert model.index(4, 1).data() == "Name E · typed"
    assert "Typed in" in model.index(4, 0).data(Qt.ItemDataRole.ToolTipRole)
    assert model.index(4, 1).data(Qt.ItemDataRole.ForegroundRole) == line_colours().typed_text


def test_refresh_repaints_only_the_lines_that_changed() -> None:
    model = LinesModel()
    model.reset([line("A"), line("B")], {}, blind=False)
    changed: list[int] = []
    model.dataChanged.connect(lambda top, _bottom: changed.append(top.row()))
    assert model.refresh([line("A"), line("B", refused=REASON), line("C")]) == 2
    assert changed == [1] and model.rowCount() == 3
    assert isinstance(model.index(1, SENT).data(Qt.ItemDataRole.BackgroundRole), QColor)


def test_the_screen_and_the_status_bar_show_the_same_numbers(scanning: Driver) -> None:
    view, status, events = scanning.window.scan_view, scanning.window.status, scanning.station.session.events
    for waiting, refused in ((1, 0), (0, 1), (2, 1), (0, 0)):
        events.queue_changed.emit(waiting, 0, refused)  # as the sync worker says it after a pass
        shown = (view.stats.values["waiting"].text(), view.stats.values["refused"].text())
        assert shown == (str(waiting), str(refused)) and status.queue.text() == queue_words(waiting, refused)
        assert (status.queue.text() == "all sent") == (waiting == 0 and refused == 0)
    assert queue_words(0, 1) == "nothing else to send" and queue_words(3, 1) == "3 waiting to sync"


def test_a_line_the_server_refuses_is_red_with_its_reason_then_grey_and_struck_once_set_aside(scanning: Driver) -> None:
    plain = plain_barcodes(scanning)[:2]
    found = rack_items(scanning, serialized=True)[0]
    claim = server_call(scanning, "POST", "/api/racks/G-R02/claim", "counter2", json={"floor": "Ground"})
    there = wire_record(claim, found.item_code, serial_numbers=["SN-ELSEWHERE"])  # counter2 counted it on G-R02
    assert server_call(scanning, "POST", "/api/sync/batch", "counter2", json=batch(there))["ok"]
    view, status = scanning.window.scan_view, scanning.window.status
    scanning.scan(plain[0])
    scanning.scan(found.barcodes[0])
    scanning.until(lambda: view.asking == "serials")
    scanning.scan("SN-ELSEWHERE")  # the station cannot know: counted here, refused by the server
    scanning.scan(plain[1])
    scanning.until(lambda: any(line.refused for line in scanning.station.session.lines()))
    scanning.until(lambda: view.refusals.isVisible() and view.stats.values["refused"].text() == "1")
    [row] = [n for n in range(view.model.rowCount()) if view.model.line(n).item_code == found.item_code]
    line = view.model.line(row)
    assert view.model.index(row, SENT).data() == "✕ refused" and "SN-ELSEWHERE" in line.refused
    assert view.refusals.text() == f"✕ {found.name} was refused: {line.refused} A supervisor decides (F9)."
    assert line.refused in view.model.index(row, 0).data(Qt.ItemDataRole.ToolTipRole)
    scanning.until(lambda: status.queue.text() == "nothing else to send" and view.stats.values["waiting"].text() == "0")
    assert status.conflicts.text() == "1 refused (F9)"
    scanning.desk_screenshot("12-refused-line")

    dialog = open_dialog(scanning)  # a supervisor sets the line aside (F9, F8 ignore)
    authorise(scanning, dialog)
    at_desk(scanning, dialog)
    decide(scanning, dialog, Qt.Key.Key_F8, "not ours")
    scanning.until(lambda: dialog.tree.topLevelItemCount() == 0)
    dialog.close()
    scanning.until(lambda: view.model.index(row, SENT).data() == "set aside" and not view.refusals.isVisible())
    font = view.model.index(row, 1).data(Qt.ItemDataRole.FontRole)
    assert isinstance(font, QFont) and font.strikeOut() and view.stats.values["refused"].text() == "0"
    assert status.queue.text() == "all sent"


# --- paused and resumed ----------------------------------------------------------------------------


def test_pause_shows_a_calm_banner_refuses_scans_in_red_and_resume_clears_it(scanning: Driver) -> None:
    view, code = scanning.window.scan_view, plain_barcodes(scanning)[0]
    scanning.scan(code)
    scanning.until(lambda: len(scanning.lines()) == 1)
    scanning.key(Qt.Key.Key_F8)
    scanning.until(lambda: view.banner.property("level") == "paused")
    assert view.banner.isVisible() and view.banner.text().startswith("PAUSED · Rack G-R01 paused.")
    assert message(scanning) == ("Paused. Press F8 to resume counting.", "paused")  # not red: no error
    scanning.until(lambda: view.stats.names["duration"].text() == "time · paused")
    scanning.desk_screenshot("13-paused-banner")
    scanning.scan(code)  # a scan while paused: refused, red, with a sound, and not counted
    scanning.until(lambda: message(scanning)[1] == "bad")
    assert "paused" in message(scanning)[0] and scanning.sound.played[-1] == "bad"
    assert scanning.lines()[rack_items(scanning, serialized=False)[0].item_code][0] == 1
    scanning.key(Qt.Key.Key_F8)
    scanning.until(lambda: view.banner.property("level") == "resumed")
    assert view.banner.text() == "Rack G-R01 resumed. Scan away." and message(scanning) == ("Resumed. Scan on.", "")
    assert view.stats.names["duration"].text() == "time"
    scanning.desk_screenshot("14-resumed-banner")
    scanning.scan(code)
    scanning.until(lambda: message(scanning)[1] == "good")
    assert not view.banner.isVisible()  # counting again: the banner has been read


def test_a_paused_rack_is_not_alarmed_by_its_lease_countdown(scanning: Driver) -> None:
    view, status, events = scanning.window.scan_view, scanning.window.status, scanning.station.session.events
    scanning.key(Qt.Key.Key_F8)
    scanning.until(lambda: view.banner.property("level") == "paused")
    for state in (LeaseState.AT_RISK, LeaseState.EXPIRED):  # no heartbeats while paused: the clock runs out
        events.lease_changed.emit(LeaseStatus(state, 0.0, None, "", "G-R01"))
        assert view.banner.property("level") == "paused" and view.banner.isVisible()
        assert status.lease.text() == "G-R01: paused" and status.lease.property("state") == "paused"
    events.lease_changed.emit(LeaseStatus(LeaseState.LOST, 0.0, "counter2", "", "G-R01"))  # that is news
    assert view.banner.property("level") == "bad" and status.lease.property("state") == "lost"


def active(**changes: object) -> ActiveSession:
    plain = ActiveSession("s-1", "counter1", "G-R01", "Ground", 1, 60.0, "2026-01-05T08:00:00.000Z", None,
                          SessionState.ACTIVE, "http://x")  # fmt: skip
    return dataclasses.replace(plain, **changes)  # type: ignore[arg-type]


def test_paused_time_is_left_out_of_the_clock_and_the_pace() -> None:
    session = active()
    paused = session.pausing(True, CLAIMED + timedelta(minutes=2))
    assert paused.status is SessionState.PAUSED and paused.paused_since == "2026-01-05T08:02:00.000Z"
    assert paused.pausing(True, CLAIMED + timedelta(minutes=3)) == paused  # F8 twice: one pause
    totals = Totals(pieces=60, damaged=6, lines=3, unsynced=2, blocked=1)
    during = session_stats(totals, paused, CLAIMED + timedelta(minutes=10))
    assert (during.duration_s, during.paused, during.per_minute) == (120.0, True, 30.0)
    resumed = paused.pausing(False, CLAIMED + timedelta(minutes=10))
    assert resumed.status is SessionState.ACTIVE and (resumed.paused_s, resumed.paused_since) == (480.0, None)
    after = session_stats(totals, resumed, CLAIMED + timedelta(minutes=14))
    assert (after.duration_s, after.per_minute, after.paused) == (360.0, 10.0, False)
    assert (after.waiting, after.refused, after.verified) == (1, 1, 54)  # a refused line is not "waiting"


def test_the_paused_time_survives_a_restart(store: object, clock: object) -> None:
    sessions = Sessions(store, clock)  # type: ignore[arg-type]
    session = active()
    sessions.started(session)
    sessions.pause_changed(session.pausing(True, CLAIMED + timedelta(minutes=2)))
    again = sessions.active()
    assert again is not None and again.status is SessionState.PAUSED
    assert again.paused_for(CLAIMED + timedelta(minutes=5)) == 180.0


def test_the_first_minute_shows_an_estimate_of_the_pace_not_a_dash() -> None:
    panel = StatsPanel()

    def shown(pieces: int, seconds: float) -> str:
        panel.show_stats(SessionStats(pieces, pieces, 0, 0, round(pieces / (seconds / 60), 1), seconds))
        return panel.values["per_minute"].text()

    assert shown(1, 4) == "—"  # too soon to say
    assert shown(5, 20) == "≈15"
    assert shown(45, 90) == "30"


# --- damage mode -----------------------------------------------------------------------------------


def test_damage_mode_frames_the_screen_and_says_how_many_are_damaged(scanning: Driver) -> None:
    view, code = scanning.window.scan_view, plain_barcodes(scanning)[0]
    scanning.scan(code)
    scanning.until(lambda: len(scanning.lines()) == 1)
    scanning.key(Qt.Key.Key_F2)
    assert view.property("damage") == "true" and view.mode.property("damage") == "true"
    assert message(scanning) == ("DAMAGED: the next scans count as damaged (0 so far). F2: back to good.", "damage")
    assert view.mode.text() == "DAMAGED (F2) · 0 so far"
    scanning.scan(code)
    scanning.until(lambda: view.mode.text() == "DAMAGED (F2) · 1 so far")
    text, verdict = message(scanning)
    assert verdict == "good" and text.endswith("(now 2, 1 damaged)")
    assert view.message.property("damage") == "true"
    scanning.desk_screenshot("15-damaged-mode")
    scanning.key(Qt.Key.Key_F2)
    assert view.property("damage") == "false" and message(scanning)[0].startswith("Good: the next scans count as good")


def test_scans_waiting_behind_a_question_when_the_rack_ends_are_said_not_counted_with_a_buzz(
    scanning: Driver,
) -> None:
    view, played = scanning.window.scan_view, scanning.sound.played
    scanning.scan("4006381333931")  # nobody knows it: the station asks
    scanning.until(lambda: view.asking == "unknown")
    scanning.scan(plain_barcodes(scanning)[0])  # kept behind the question
    scanning.until(lambda: "1 scan kept" in view.question.text())
    heard = len(played)
    scanning.station.session.leave_lost_session()
    scanning.until(lambda: scanning.window.stack.currentWidget() is scanning.window.racks_view)
    assert "2 scans made as it ended were not counted." in scanning.window.racks_view.message.text()
    assert played[heard:] == ["bad"] and scanning.lines() == {}
