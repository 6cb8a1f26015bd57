"""Racks: floors, listings, claim, release, pause, resume, status, and the leases behind them."""

from __future__ import annotations

from typing import Any

import pytest

from tests.helpers.records import batch, wire_record
from tests.helpers.server import Harness


def test_floors_come_in_building_order(server: Harness) -> None:
    answer = server.call("GET", "/api/racks/floors", "counter1")
    assert answer.json() == ["Ground", "First", "Second", "Upper Godown", "Back Godown"]


def test_the_listing_gives_every_rack_of_the_floor_with_its_item_count(server: Harness) -> None:
    racks = server.call("GET", "/api/racks", "counter1", params={"floor": "Ground"}).json()
    assert [r["rack_id"] for r in racks] == ["G-R01", "G-R02", "G-R03"]
    # A counter is not shown racks' fencing tokens (issue 13); a supervisor is.
    assert all(r["status"] == "available" and r["item_count"] == 4 and r["lock_token"] is None for r in racks)
    seen = server.call("GET", "/api/racks", "supervisor", params={"floor": "Ground"}).json()
    assert all(r["lock_token"] == 0 for r in seen)


def test_claim_gives_a_session_a_ttl_and_a_fencing_token(server: Harness) -> None:
    claim = server.claim("counter1")
    assert claim["success"] and claim["rack_id"] == "G-R01" and claim["floor"] == "Ground"
    assert claim["lock_ttl"] == 60 and claim["lock_token"] == 1
    assert claim["session_id"].startswith("session_counter1_G-R01_")
    status = server.call("GET", "/api/racks/G-R01/status", "counter1").json()
    assert status["status"] == "active" and status["claimed_by"] == "counter1"
    assert status["session_id"] == claim["session_id"]
    assert status["lock_expires_at"] == pytest.approx(server.clock.wall().timestamp() + 60)


def test_a_held_rack_is_a_409_naming_who_holds_it(server: Harness) -> None:
    server.claim("counter1")
    answer = server.call("POST", "/api/racks/G-R01/claim", "counter2", json={"floor": "Ground"})
    assert (answer.status_code, answer.json()) == (409, {"detail": "Rack G-R01 is locked by counter1"})


def test_claiming_again_keeps_the_same_session_and_token(server: Harness) -> None:
    first = server.claim("counter1")
    again = server.claim("counter1")
    assert (again["session_id"], again["lock_token"]) == (first["session_id"], first["lock_token"])


@pytest.mark.parametrize(
    ("rack", "floor", "status", "detail"),
    [
        ("G-R99", "Ground", 404, "There is no rack G-R99."),
        ("G-R01", "First", 400, "Rack G-R01 is on floor Ground, not First."),
    ],
)
def test_claiming_a_wrong_rack_is_a_sentence(server: Harness, rack: str, floor: str, status: int, detail: str) -> None:
    answer = server.call("POST", f"/api/racks/{rack}/claim", "counter1", json={"floor": floor})
    assert (answer.status_code, answer.json()["detail"]) == (status, detail)


def test_only_available_and_paused_racks_are_offered(server: Harness) -> None:
    server.claim("counter1", "G-R01")
    server.claim("counter2", "G-R02")
    server.call("POST", "/api/racks/G-R02/pause", "counter2")
    offered = server.call("GET", "/api/racks/available", "counter3", params={"floor": "Ground"}).json()
    assert offered == [
        {"rack_id": "G-R02", "floor": "Ground", "status": "paused", "item_count": 4},
        {"rack_id": "G-R03", "floor": "Ground", "status": "available", "item_count": 4},
    ]


def count_one(server: Harness, claim: dict[str, Any], user: str = "counter1") -> None:
    answer = server.call("POST", "/api/sync/batch", user, json=batch(wire_record(claim)))
    assert len(answer.json()["ok"]) == 1, answer.text


def test_a_counters_release_finishes_the_rack_even_empty_and_a_supervisors_only_if_counted(server: Harness) -> None:
    count_one(server, server.claim("counter1", "G-R01"))
    server.claim("counter1", "G-R02")
    for rack in ("G-R01", "G-R02"):  # G-R02: counted zero, not free again
        answer = server.call("POST", f"/api/racks/{rack}/release", "counter1")
        assert answer.json() == {"success": True, "rack_id": rack, "message": f"Rack {rack} released"}
        assert server.sql("SELECT status FROM racks WHERE rack_id = :r", r=rack)[0][0] == "completed"
    # Both are far from the books (one line, and none, of four): each waits for a recount, for any counter.
    listed = server.call("GET", "/api/racks", "counter3", params={"floor": "Ground"}).json()
    assert [(r["status"], r["recount"], r["recount_for"]) for r in listed[:2]] == [
        ("completed", "to_recount", None)
    ] * 2
    server.claim("counter2", "G-R03")
    server.call("POST", "/api/racks/G-R03/release", "supervisor", json={"note": "wrong rack"})
    assert server.call("GET", "/api/racks/G-R03/status", "counter1").json()["status"] == "available"


def test_a_counter_cannot_touch_another_counters_rack(server: Harness) -> None:
    server.claim("counter1")
    for verb in ("release", "pause"):
        answer = server.call("POST", f"/api/racks/G-R01/{verb}", "counter2")
        assert (answer.status_code, answer.json()["detail"]) == (
            403,
            f"Rack G-R01 is held by counter1; only they can {verb} it.",
        )
    server.call("POST", "/api/racks/G-R01/pause", "counter1")
    answer = server.call("POST", "/api/racks/G-R01/resume", "counter2")
    assert answer.status_code == 403


def test_a_supervisor_may_release_a_gone_counters_rack_and_it_is_audited(server: Harness) -> None:
    claim = server.claim("counter1")
    assert server.call("POST", "/api/racks/G-R01/release", "supervisor").status_code == 200
    audit = server.sql("SELECT actor, action, subject, note FROM audit")
    assert [tuple(row) for row in audit] == [("supervisor", "release", "G-R01", "released counter1's session")]
    heartbeat = server.call("POST", f"/api/sessions/{claim['session_id']}/heartbeat", "counter1")
    assert heartbeat.status_code == 409


def test_pause_frees_the_lease_and_keeps_the_rack_for_its_counter(server: Harness) -> None:
    claim = server.claim("counter1")
    assert server.call("POST", "/api/racks/G-R01/pause", "counter1").json() == {
        "success": True, "rack_id": "G-R01", "status": "paused",
    }  # fmt: skip
    taken = server.call("POST", "/api/racks/G-R01/claim", "counter2", json={"floor": "Ground"})
    assert taken.status_code == 409 and "paused by counter1" in taken.json()["detail"]
    server.clock.advance(600)  # a long lunch: no heartbeats needed while paused
    assert server.sweep() == []
    resumed = server.call("POST", "/api/racks/G-R01/resume", "counter1")
    assert resumed.json() == {"success": True, "rack_id": "G-R01", "status": "active"}
    status = server.call("GET", "/api/racks/G-R01/status", "counter1").json()
    assert (status["status"], status["session_id"], status["lock_token"]) == ("active", claim["session_id"], 1)


def test_resume_and_pause_refuse_a_rack_in_the_wrong_state(server: Harness) -> None:
    server.claim("counter1")
    answer = server.call("POST", "/api/racks/G-R01/resume", "counter1")
    assert (answer.status_code, answer.json()["detail"]) == (400, "Rack G-R01 is not paused.")
    server.call("POST", "/api/racks/G-R01/pause", "counter1")
    answer = server.call("POST", "/api/racks/G-R01/pause", "counter1")
    assert answer.status_code == 400
    assert server.call("POST", "/api/racks/G-R02/release", "counter1").status_code == 409


def test_a_done_rack_is_claimed_again_only_once_a_supervisor_sends_it_to_a_recount(server: Harness) -> None:
    count_one(server, server.claim("counter1"))
    server.call("POST", "/api/racks/G-R01/release", "counter1")  # over tolerance: to recount
    approve = {"count": "first", "note": "the books are wrong"}
    assert server.call("POST", "/api/oversight/racks/G-R01/recount/approve", "supervisor", json=approve).is_success
    for user in ("counter2", "supervisor"):  # a recount is a supervisor's decision, not an accident
        answer = server.call("POST", "/api/racks/G-R01/claim", user, json={"floor": "Ground"})
        assert answer.status_code == 409 and "has been counted already" in answer.json()["detail"]
    sent = server.call("POST", "/api/oversight/racks/G-R01/recount", "supervisor", json={"assign_to": "counter3"})
    assert sent.json()["status"] == "to_recount"
    answer = server.call("POST", "/api/racks/G-R01/claim", "counter2", json={"floor": "Ground"})
    assert (answer.status_code, answer.json()["detail"]) == (
        409, "Rack G-R01 is to be recounted by counter3; a supervisor can assign it to you."
    )  # fmt: skip
    assert server.claim("counter3")["lock_token"] == 2


def test_an_expired_lease_frees_the_rack_in_the_listing_at_once(server: Harness) -> None:
    server.claim("counter1")
    server.clock.advance(61)
    rack = server.call("GET", "/api/racks", "counter2", params={"floor": "Ground"}).json()[0]
    assert (rack["status"], rack["claimed_by"], rack["lock_expires_at"]) == ("available", None, None)
    assert server.sweep() == ["G-R01"]
    assert server.sweep() == []
    assert server.claim("counter2")["lock_token"] == 2


def test_my_racks_lists_what_a_restarted_station_can_go_back_to(server: Harness) -> None:
    first = server.claim("counter1", "G-R01")
    second = server.claim("counter1", "G-R02")
    server.call("POST", "/api/racks/G-R02/pause", "counter1")
    server.claim("counter2", "G-R03")
    mine = server.call("GET", "/api/racks/user/active", "counter1").json()
    assert {(r["rack_id"], r["status"], r["session_id"]) for r in mine} == {
        ("G-R01", "active", first["session_id"]),
        ("G-R02", "paused", second["session_id"]),
    }


def test_the_rack_items_are_the_catalogue_slice(server: Harness) -> None:
    items = server.call("GET", "/api/racks/G-R01/items", "counter1").json()
    assert len(items) == 4
    assert all(item["barcodes"] and item["uom"] and item["expected_qty"] for item in items)
    assert server.call("GET", "/api/racks/X-R01/items", "counter1").status_code == 404


def test_a_release_with_a_note_is_audited_even_by_the_counter_holding_the_rack(server: Harness) -> None:
    server.claim("counter1")
    server.call("POST", "/api/racks/G-R01/release", "counter1")
    releases = "SELECT count(*) FROM audit WHERE action = 'release'"
    assert server.sql(releases)[0][0] == 0  # an ordinary finish leaves no release line
    server.claim("counter1", "G-R02")
    answer = server.call("POST", "/api/racks/G-R02/release", "counter1", json={"note": "counts checked by hand"})
    assert answer.status_code == 200
    assert [tuple(r) for r in server.sql("SELECT actor, subject, note FROM audit WHERE action = 'release'")] == [
        ("counter1", "G-R02", "counts checked by hand")
    ]
    assert server.call("POST", "/api/racks/G-R03/release", "counter1", json={"note": 5}).status_code == 422
