"""Log-in, floors and racks, and claiming a rack: each answers a value or a ``Failure`` with a sentence."""

from __future__ import annotations

import httpx
import pytest

from station import contract as c
from station.domain.lease import LeaseState
from station.domain.sessions import SessionState
from station.session.values import FailureKind, FloorSummary, OpenedRack, RackTile, TileState, Verdict
from station.store.errors import StoreError
from station.store.sessions import ActiveSession, Sessions
from tests.helpers.api import BASE
from tests.helpers.payloads import payload
from tests.helpers.session import FLOOR, RACK, RICE, SESSION, Rig, failed

DISK_FULL = "The disk holding the station's data is full, so the last scan was not saved."
UNREACHABLE = "The server cannot be reached. The station keeps counting and will send everything when it is back."


def test_a_pin_log_in_names_the_person_and_sends_the_waiting_lines(rig: Rig) -> None:
    assert rig.run(rig.session.log_in("counter1", "1111", password=False)) is None
    user = rig.heard.last("logged_in")
    assert isinstance(user, c.UserInfo) and user.username == "counter1" and rig.session.user == user
    assert rig.api.routes["login"].calls.last.request.content == b'{"username":"counter1","pin":"1111"}'
    assert rig.client.credentials.token == payload("login_stockverify")["data"]["access_token"]
    assert (rig.sync.pauses, rig.sync.wakes) == ([False], 1)  # resumed, then woken
    assert rig.session.last_user() == "counter1"


def test_a_wrong_pin_is_refused_with_the_servers_words(rig: Rig) -> None:
    rig.api.post("/api/auth/login-pin", name="login").respond(401, json={"detail": "Wrong user name or PIN."})
    failure = failed(rig.run(rig.session.log_in("counter1", "0000", password=False)))
    assert (failure.kind, failure.sentence) == (FailureKind.REFUSED, "Wrong user name or PIN.")
    assert rig.heard.of("logged_in") == [] and rig.heard.of("needs_login") == []
    assert rig.session.user is None and rig.sync.pauses == [] and rig.sync.wakes == 0


def test_stockverifys_recorded_refusal_reads_as_a_sentence(rig: Rig) -> None:
    rig.api.post("/api/auth/login-pin", name="login").respond(401, json=payload("error_401"))
    failure = failed(rig.run(rig.session.log_in("counter1", "0000", password=False)))
    assert failure.kind is FailureKind.REFUSED
    assert failure.sentence == "Wrong user name or PIN."  # StockVerify's "Could not validate credentials" is logged


def test_a_wrong_pin_without_a_body_says_so_in_a_sentence(rig: Rig) -> None:
    rig.api.post("/api/auth/login-pin", name="login").respond(401)
    failure = failed(rig.run(rig.session.log_in("counter1", "0000", password=False)))
    assert failure.sentence == "Wrong user name or PIN."


def test_a_log_in_with_the_server_down_says_it_cannot_be_reached(rig: Rig) -> None:
    rig.api.post("/api/auth/login-pin", name="login").mock(side_effect=httpx.ConnectError("refused"))
    failure = failed(rig.run(rig.session.log_in("counter1", "1111", password=False)))
    assert failure.kind is FailureKind.OFFLINE
    assert failure.sentence.startswith(f"The server at {BASE} cannot be reached, so nobody can log in yet.")
    assert rig.heard.of("connection_changed") == [(False, UNREACHABLE)]
    assert rig.heard.of("logged_in") == [] and rig.sync.wakes == 0


def test_a_password_log_in_uses_the_password_route(rig: Rig) -> None:
    route = rig.api.post("/api/auth/login").respond(200, json=payload("login_stockverify"))
    assert rig.run(rig.session.log_in("counter1", "counter", password=True)) is None
    assert route.call_count == 1 and rig.api.routes["login"].call_count == 0


def test_log_out_forgets_the_token(rig: Rig) -> None:
    rig.log_in()
    rig.run(rig.session.log_out())
    assert rig.client.credentials.token is None and rig.session.user is None
    assert rig.heard.of("logged_out") == [()]
    assert rig.api.routes["logout"].call_count == 1  # asked, although StockVerify cannot end a log-in


def test_floors_sum_up_their_racks(rig: Rig) -> None:
    rig.log_in()

    def listing(request: httpx.Request) -> httpx.Response:
        ground = request.url.params["floor"] == FLOOR
        return httpx.Response(200, json=payload("racks_listing") if ground else [])

    rig.api.get("/api/racks", name="racks").mock(side_effect=listing)
    floors = rig.run(rig.session.floors())
    assert isinstance(floors, list)
    assert [f.name for f in floors] == payload("floors")
    assert floors[2] == FloorSummary(name="Ground", available=1, counted=1, racks=3)
    assert floors[0] == FloorSummary(name="Back Godown", available=0, counted=0, racks=0)


def test_the_rack_grid_shows_my_rack_as_mine_and_others_as_taken(rig: Rig) -> None:
    counter2 = payload("login_stockverify")
    counter2["data"]["user"]["username"] = "counter2"
    rig.api.post("/api/auth/login-pin", name="login").respond(200, json=counter2)
    rig.log_in()
    tiles = rig.run(rig.session.racks(FLOOR))
    assert isinstance(tiles, list)
    assert [(t.rack_id, t.state) for t in tiles] == [
        ("G-R01", TileState.AVAILABLE),
        ("G-R02", TileState.MINE),
        ("G-R03", TileState.COMPLETED),
    ]
    assert tiles[1] == RackTile("G-R02", FLOOR, TileState.MINE, "counter2", item_count=148, counted_count=12)
    assert rig.session.last_floor() == FLOOR


def test_someone_elses_rack_is_active_not_mine(rig: Rig) -> None:
    rig.log_in()  # counter1; G-R02 is counter2's
    tiles = rig.run(rig.session.racks(FLOOR))
    assert isinstance(tiles, list) and tiles[1].state is TileState.ACTIVE and tiles[1].claimed_by == "counter2"


def test_racks_with_the_server_down_are_a_failure(rig: Rig) -> None:
    rig.log_in()
    rig.api.get("/api/racks", name="racks").mock(side_effect=httpx.ConnectError("refused"))
    failure = failed(rig.run(rig.session.racks(FLOOR)))
    assert (failure.kind, failure.sentence) == (FailureKind.OFFLINE, UNREACHABLE)


def test_an_expired_sign_in_asks_for_a_log_in_again(rig: Rig) -> None:
    rig.log_in()
    rig.api.get("/api/racks/floors", name="floors").respond(401, json=payload("error_401"))
    failure = failed(rig.run(rig.session.floors()))
    assert failure.kind is FailureKind.SIGNED_OUT
    assert failure.sentence == "Your sign-in has expired. Log in again; nothing you counted is lost."
    assert rig.heard.of("needs_login") == [()]
    assert rig.run(rig.session.log_in_again("1111", password=False)) is None
    assert rig.session.user is not None and rig.session.user.username == "counter1"


def test_a_claim_opens_the_rack_holds_the_lease_and_keeps_the_session(rig: Rig) -> None:
    rig.log_in()
    assert rig.run(rig.session.claim(" r1 ", FLOOR)) is None
    assert rig.api.routes["claim"].calls.last.request.content == b'{"floor":"Ground"}'
    opened = rig.heard.last("session_started")
    assert isinstance(opened, OpenedRack)
    assert (opened.session_id, opened.rack_id, opened.floor, opened.username) == (SESSION, RACK, FLOOR, "counter1")
    assert opened.lines == [] and opened.expected == {"ITM-000001": 40, "ITM-000002": 6} and opened.note == ""
    assert rig.session.rack_id == RACK and rig.session.lease_state is LeaseState.HELD
    assert rig.session._heartbeat.running
    kept = rig.kept_session()
    assert kept is not None and (kept.session_id, kept.rack_id, kept.status) == (SESSION, RACK, SessionState.ACTIVE)
    assert kept.lock_ttl == 60
    assert kept.last_heartbeat == kept.claimed_at  # the claim took the lease: `station status` says when


def test_a_claim_the_server_refuses_says_who_holds_the_rack(rig: Rig) -> None:
    rig.log_in()
    rig.api.post(f"/api/racks/{RACK}/claim", name="claim").respond(409, json=payload("rack_claim_409"))
    failure = failed(rig.run(rig.session.claim(RACK, FLOOR)))
    assert (failure.kind, failure.sentence) == (FailureKind.REFUSED, "Rack R1 is locked by user2.")
    assert rig.heard.of("session_started") == [] and rig.session.rack_id is None
    assert rig.kept_session() is None and rig.session.lease_state is None


def test_a_claim_on_a_full_disk_leaves_no_half_open_rack(rig: Rig, monkeypatch: pytest.MonkeyPatch) -> None:
    def full(self: Sessions, session: ActiveSession) -> None:
        raise StoreError("disk_full", DISK_FULL)

    monkeypatch.setattr(Sessions, "started", full)
    rig.log_in()
    failure = failed(rig.run(rig.session.claim(RACK, FLOOR)))
    assert (failure.kind, failure.sentence) == (FailureKind.LOCAL, DISK_FULL)
    assert rig.session.rack_id is None
    stopped = rig.scan(RICE)
    assert (stopped.verdict, stopped.sentence) == (Verdict.STOPPED, "No rack is being counted. Claim a rack first.")
