"""After a restart: a second station over the same store file goes back to the rack it was counting,
with its lines, once someone logs in."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
import qasync
import respx

from station.domain.clock import FakeClock
from station.domain.lease import LeaseState
from station.session.values import OpenedRack, Verdict
from tests.helpers.payloads import payload
from tests.helpers.session import COOKER, RACK, RICE, SESSION, Rig


@pytest.fixture
def restarted(qloop: qasync.QEventLoop, api: respx.MockRouter, clock: FakeClock, station_db: Path) -> Iterator[Rig]:
    """A station that counted 3 rice and a cooker on R1 and was closed, started again over the same file."""
    first = Rig.build(qloop, api, clock, station_db)
    first.claim()
    assert first.scan(RICE, typed="3").verdict is Verdict.COUNTED
    asked = first.scan(COOKER)
    assert asked.item is not None
    first.session.count_serials(asked.item, 1, ("SN-0001",), manual=False)
    first.close()
    clock.advance(30)
    second = Rig.build(qloop, api, clock, station_db)
    yield second
    second.close()


def test_a_restart_goes_back_to_the_rack_with_its_lines(restarted: Rig) -> None:
    assert restarted.session.rack_id is None
    restarted.log_in()
    beats = restarted.api.routes["heartbeat"].call_count
    assert restarted.run(restarted.session.recover()) is True
    opened = restarted.heard.last("session_started")
    assert isinstance(opened, OpenedRack) and (opened.session_id, opened.rack_id) == (SESSION, RACK)
    assert [(line.item_code, line.verified_qty, line.serials) for line in opened.lines] == [
        ("ITM-000001", 3, ()),
        ("ITM-000002", 1, ("SN-0001",)),
    ]
    assert opened.note == ""  # the server still lists the session as this user's
    assert restarted.api.routes["heartbeat"].call_count == beats + 1  # at once: is the rack still ours?
    assert restarted.lease() is LeaseState.HELD
    assert restarted.scan(RICE).sentence == "+1 Basmati Rice 5 kg (now 4)"


def test_a_lease_that_lapsed_while_closed_is_taken_back_and_said_so(restarted: Rig) -> None:
    restarted.api.get("/api/racks/user/active", name="mine").respond(200, json=[])
    restarted.log_in()
    assert restarted.run(restarted.session.recover()) is True
    opened = restarted.heard.last("session_started")
    assert opened.note == "The lease on this rack lapsed while the station was closed; taking it back…"
    assert restarted.lease() is LeaseState.HELD


def test_a_rack_taken_while_closed_is_reopened_lost(restarted: Rig) -> None:
    restarted.api.get("/api/racks/user/active", name="mine").respond(200, json=[])
    restarted.api.post(f"/api/sessions/{SESSION}/heartbeat").respond(409, json=payload("rack_claim_409"))
    restarted.log_in()
    assert restarted.run(restarted.session.recover()) is True
    assert restarted.heard.last("lease_lost").holder == "user2"
    assert len(restarted.heard.last("session_started").lines) == 2  # what was counted is shown, and kept
    assert restarted.scan(RICE).verdict is Verdict.STOPPED


def test_nothing_to_go_back_to(rig: Rig) -> None:
    assert rig.run(rig.session.recover()) is False  # nobody logged in yet
    rig.api.get("/api/racks/user/active", name="mine").respond(200, json=[])
    rig.log_in()
    assert rig.run(rig.session.recover()) is False
    assert rig.heard.of("session_started") == [] and rig.session.rack_id is None


def test_a_fresh_station_goes_back_to_the_rack_the_server_says_is_mine(rig: Rig) -> None:
    rig.log_in()
    assert rig.run(rig.session.recover()) is True
    opened = rig.heard.last("session_started")
    assert (opened.session_id, opened.rack_id, opened.lines) == (SESSION, RACK, [])
    kept = rig.kept_session()
    assert kept is not None and kept.session_id == SESSION
    assert rig.scan(RICE).verdict is Verdict.COUNTED


def test_a_rack_paused_before_the_restart_is_still_paused_after(
    qloop: qasync.QEventLoop, api: respx.MockRouter, clock: FakeClock, station_db: Path
) -> None:
    first = Rig.build(qloop, api, clock, station_db)
    first.claim()
    assert first.run(first.session.pause()) == "Rack R1 paused. Press F8 to resume it."
    first.close()
    api.post(f"/api/sessions/{SESSION}/heartbeat").respond(
        409,
        json={"detail": "Rack R1 is paused; resume it to keep counting."},  # the reference server's answer
    )
    second = Rig.build(qloop, api, clock, station_db)
    try:
        second.log_in()
        assert second.run(second.session.recover()) is True
        assert second.heard.of("lease_lost") == []
        assert second.session.paused
        stopped = second.scan(RICE)
        assert (stopped.verdict, stopped.sentence) == (Verdict.STOPPED, "Rack R1 is paused. Press F8 to resume it.")
    finally:
        second.close()


def test_a_restart_keeps_the_sessions_duration(
    qloop: qasync.QEventLoop, api: respx.MockRouter, clock: FakeClock, station_db: Path
) -> None:
    first = Rig.build(qloop, api, clock, station_db)
    first.claim()
    first.scan(RICE, typed="20")
    first.close()
    clock.advance(600)  # ten minutes of counting, then a restart
    second = Rig.build(qloop, api, clock, station_db)
    try:
        second.log_in()
        assert second.run(second.session.recover()) is True
        stats = second.session.stats()
        assert stats is not None and stats.total == 20
        assert (stats.duration_s, stats.per_minute) == (600.0, 2.0)
    finally:
        second.close()
