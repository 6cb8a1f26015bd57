"""The lease, driven by the fake clock and the heartbeat's answers: at risk, expired and taken back, lost
(scanning stops and the store says so), an expired sign-in, and the station minimised."""

from __future__ import annotations

import asyncio

import httpx
import pytest

from station.contract import RackUpdate
from station.domain.clock import utc_iso
from station.domain.lease import LeaseState
from station.domain.sessions import SessionState
from station.session.values import LeaseStatus, Verdict
from tests.helpers.payloads import payload
from tests.helpers.session import RACK, RICE, SESSION, Rig

UNREACHABLE = "The server cannot be reached. The station keeps counting and will send everything when it is back."


def states(rig: Rig) -> list[tuple[LeaseState, str]]:
    """The lease's transitions as the status bar was told them (ticks without a change left out)."""
    told: list[LeaseStatus] = [args[0] for args in rig.heard.of("lease_changed")]
    return [(lease.state, lease.reason) for lease in told if lease.reason]


def test_a_failed_renewal_puts_the_lease_at_risk_and_scanning_goes_on(counting: Rig) -> None:
    counting.api.post(f"/api/sessions/{SESSION}/heartbeat").mock(side_effect=httpx.ConnectError("refused"))
    counting.beat()
    assert counting.lease() is LeaseState.AT_RISK
    assert states(counting) == [(LeaseState.AT_RISK, f"renewal failed: {UNREACHABLE}")]
    assert counting.heard.of("connection_changed") == [(False, UNREACHABLE)]
    assert counting.scan(RICE).verdict is Verdict.COUNTED
    counting.api.post(f"/api/sessions/{SESSION}/heartbeat").respond(200, json=payload("heartbeat_stockverify"))
    counting.clock.advance(5)
    counting.beat()
    assert counting.lease() is LeaseState.HELD and states(counting)[-1] == (LeaseState.HELD, "renewed")
    assert counting.heard.of("connection_changed")[-1] == (True, "")
    kept = counting.kept_session()
    assert kept is not None and kept.last_heartbeat == utc_iso(counting.clock.wall())


def test_a_late_renewal_then_a_ttl_run_out_and_the_rack_taken_back(counting: Rig) -> None:
    counting.clock.advance(40)  # more than 1.5 heartbeat intervals (25 s) without a renewal
    counting.tick()
    assert counting.lease() is LeaseState.AT_RISK
    counting.clock.advance(21)  # past the claim's 60 s TTL: the station tries to take the rack back at once
    counting.tick()
    assert states(counting) == [
        (LeaseState.AT_RISK, "renewal late: none for 40 s"),
        (LeaseState.EXPIRED, "no renewal for 61 s; the 60 s TTL ran out"),
        (LeaseState.HELD, "re-taken after it expired"),
    ]
    assert counting.api.routes["heartbeat"].call_count == 1 and counting.lease() is LeaseState.HELD


def test_an_expired_lease_with_the_server_away_stays_expired(counting: Rig) -> None:
    counting.api.post(f"/api/sessions/{SESSION}/heartbeat").mock(side_effect=httpx.ConnectError("refused"))
    counting.clock.advance(61)
    counting.tick()
    assert counting.lease() is LeaseState.EXPIRED
    kept = counting.kept_session()
    assert kept is not None and kept.status is SessionState.ACTIVE  # kept to go back to after a restart


@pytest.mark.parametrize(
    ("status", "answer", "holder"),
    [(409, "rack_claim_409", "user2"), (200, "heartbeat_lost", None)],
    ids=["409-someone-holds-it", "renewal-refused"],
)
def test_a_lost_lease_stops_scanning_and_the_store_says_lost(
    counting: Rig, status: int, answer: str, holder: str | None
) -> None:
    counting.scan(RICE)
    counting.api.post(f"/api/sessions/{SESSION}/heartbeat").respond(status, json=payload(answer))
    counting.beat()
    lost = counting.heard.last("lease_lost")
    assert isinstance(lost, LeaseStatus)
    assert (lost.state, lost.holder, lost.rack_id, lost.remaining) == (LeaseState.LOST, holder, RACK, 0.0)
    assert not counting.session._heartbeat.running
    outcome = counting.scan(RICE)
    who = holder or "another session"
    assert (outcome.verdict, outcome.sentence) == (
        Verdict.STOPPED,
        f"Rack R1 was taken by {who}. Scanning has stopped; what you counted is kept.",
    )
    assert counting.committed() == {"ITM-000001": (1, 0, "[]")}  # the line counted before is kept
    kept = counting.kept_session()
    assert kept is not None and kept.status is SessionState.LOST


def test_leaving_a_lost_session_ends_it(counting: Rig) -> None:
    counting.api.post(f"/api/sessions/{SESSION}/heartbeat").respond(409, json=payload("rack_claim_409"))
    counting.beat()
    counting.session.leave_lost_session()
    assert counting.heard.last("session_ended") == (
        "The rack was taken by another session; what you counted is kept and will be sent."
    )
    assert counting.session.rack_id is None and counting.kept_session() is None


def test_an_expired_sign_in_on_the_heartbeat_asks_for_a_log_in_and_beats_again_after(counting: Rig) -> None:
    counting.api.post(f"/api/sessions/{SESSION}/heartbeat", name="heartbeat").respond(401, json=payload("error_401"))
    counting.beat()
    assert counting.heard.of("needs_login") == [()]
    assert counting.lease() is LeaseState.AT_RISK
    assert states(counting) == [(LeaseState.AT_RISK, "renewal failed: sign-in expired")]
    route = counting.api.post(f"/api/sessions/{SESSION}/heartbeat", name="heartbeat")
    route.respond(200, json=payload("heartbeat_stockverify"))
    beats = route.call_count

    async def again() -> None:
        assert await counting.session.log_in_again("1111", password=False) is None
        in_flight = counting.session._heartbeat._in_flight
        assert in_flight is not None
        await in_flight

    counting.run(again())
    assert route.call_count == beats + 1 and counting.lease() is LeaseState.HELD


def test_away_pauses_heartbeat_and_sync_and_back_beats_once_at_once(counting: Rig) -> None:
    heartbeat = counting.session._heartbeat
    counting.session.set_away(True)
    counting.session.set_away(True)  # minimised, then hidden: once
    assert counting.session.away and not heartbeat.running
    assert counting.sync.pauses == [False, True]
    beats = counting.api.routes["heartbeat"].call_count

    async def back() -> None:
        counting.session.set_away(False)
        assert heartbeat._in_flight is not None
        await heartbeat._in_flight

    counting.run(back())
    assert counting.sync.pauses == [False, True, False] and heartbeat.running
    assert counting.api.routes["heartbeat"].call_count == beats + 1


RELEASED = "Rack R1 was released by supervisor ana: counted again tomorrow. What you counted is kept."


def released(rack: str = RACK, **data: str) -> RackUpdate:
    return RackUpdate(rack_id=rack, event="released", data={"floor": "Ground", "status": "completed", **data})


def test_a_release_by_a_supervisor_on_the_live_feed_stops_scanning_at_once(counting: Rig) -> None:
    counting.scan(RICE)
    beats = counting.api.routes["heartbeat"].call_count
    feed = counting.session._feed
    feed.updated.emit(released("R2", released_by="ana", claimed_by="counter1"))  # another rack: nothing
    feed.updated.emit(released(released_by="ana", claimed_by="counter9"))  # an earlier session's: nothing
    assert counting.lease() is LeaseState.HELD
    feed.updated.emit(released(released_by="ana", claimed_by="counter1", note="counted again tomorrow"))
    lost = counting.heard.last("lease_lost")
    assert isinstance(lost, LeaseStatus)
    assert (lost.state, lost.released_by, lost.note) == (LeaseState.LOST, "ana", "counted again tomorrow")
    assert counting.api.routes["heartbeat"].call_count == beats  # at once: no heartbeat asked
    outcome = counting.scan(RICE)
    assert (outcome.verdict, outcome.sentence) == (Verdict.STOPPED, f"{RELEASED} Scanning has stopped.")
    assert counting.committed() == {"ITM-000001": (1, 0, "[]")}
    counting.session.leave_lost_session()
    assert counting.heard.last("session_ended") == RELEASED


def test_a_claim_by_another_on_the_feed_is_a_loss_and_an_unnamed_release_asks_the_server(counting: Rig) -> None:
    feed = counting.session._feed
    beats = counting.api.routes["heartbeat"].call_count

    async def unnamed() -> None:  # StockVerify's event says nobody: a heartbeat at once asks the server
        feed.updated.emit(released())
        in_flight = counting.session._heartbeat._in_flight
        assert in_flight is not None
        await in_flight

    counting.run(unnamed())
    assert counting.api.routes["heartbeat"].call_count == beats + 1 and counting.lease() is LeaseState.HELD
    feed.updated.emit(RackUpdate(rack_id=RACK, event="claimed", data={"claimed_by": "counter1"}))
    assert counting.lease() is LeaseState.HELD  # this station's own re-take
    feed.updated.emit(RackUpdate(rack_id=RACK, event="claimed", data={"claimed_by": "counter2"}))
    lost = counting.heard.last("lease_lost")
    assert (lost.holder, lost.released_by) == ("counter2", None)


def test_a_release_told_by_the_heartbeat_says_who_and_why(counting: Rig) -> None:
    detail = "Rack R1 was released by ana: counted again tomorrow; this session has ended."
    counting.api.post(f"/api/sessions/{SESSION}/heartbeat").respond(409, json={"detail": detail})
    counting.beat()
    lost = counting.heard.last("lease_lost")
    assert (lost.state, lost.released_by, lost.note) == (LeaseState.LOST, "ana", "counted again tomorrow")
    assert counting.scan(RICE).sentence == f"{RELEASED} Scanning has stopped."


def test_the_stations_own_release_on_the_feed_is_not_someone_elses(counting: Rig) -> None:
    heartbeat = counting.session._heartbeat

    async def release() -> None:
        await asyncio.sleep(0)
        counting.session._feed.updated.emit(released(released_by="supervisor", claimed_by="counter1"))

    counting.run(heartbeat.releasing(release()))
    assert counting.lease() is LeaseState.HELD and counting.heard.of("lease_lost") == []


def test_a_paused_rack_released_by_a_supervisor_says_so_rather_than_paused(counting: Rig) -> None:
    assert counting.run(counting.session.pause()) == "Rack R1 paused. Press F8 to resume it."
    supervisor = released(released_by="ana", claimed_by="counter1", note="counted again tomorrow")
    counting.session._feed.updated.emit(supervisor)
    assert counting.heard.last("lease_lost").released_by == "ana"
    assert counting.scan(RICE).sentence == f"{RELEASED} Scanning has stopped."
