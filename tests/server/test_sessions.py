"""Sessions: heartbeats renew, re-take or lose the lease; stats, active sessions, history, complete."""

from __future__ import annotations

import pytest

from tests.helpers.records import batch, wire_record
from tests.helpers.server import Harness


def heartbeat(server: Harness, session_id: str, user: str = "counter1") -> tuple[int, dict[str, object]]:
    answer = server.call("POST", f"/api/sessions/{session_id}/heartbeat", user)
    return answer.status_code, answer.json()


def test_a_heartbeat_renews_the_lease_and_moves_its_expiry(server: Harness) -> None:
    claim = server.claim("counter1")
    server.clock.advance(25)
    code, body = heartbeat(server, claim["session_id"])
    assert code == 200
    assert body == {
        "success": True, "id": claim["session_id"], "rack_lock_renewed": True, "user_presence_updated": True,
        "lock_ttl_remaining": 60.0, "message": "Heartbeat received", "lock_token": 1,
    }  # fmt: skip
    status = server.call("GET", "/api/racks/G-R01/status", "counter1").json()
    assert status["lock_expires_at"] == pytest.approx(server.clock.wall().timestamp() + 60)


def test_the_last_heartbeat_is_the_last_renewal(server: Harness) -> None:
    claim = server.claim("counter1")
    server.clock.advance(40)
    heartbeat(server, claim["session_id"])
    server.clock.advance(5)
    detail = server.call("GET", f"/api/sessions/{claim['session_id']}", "supervisor").json()
    assert detail["last_heartbeat"] == pytest.approx(server.clock.wall().timestamp() - 5)
    [active] = server.call("GET", "/api/sessions/active", "supervisor").json()
    assert active["last_heartbeat"] == pytest.approx(detail["last_heartbeat"])


def test_a_lapsed_lease_nobody_took_is_re_taken_with_the_same_token(server: Harness) -> None:
    claim = server.claim("counter1")
    server.clock.advance(90)
    assert server.sweep() == ["G-R01"]
    code, body = heartbeat(server, claim["session_id"])
    assert code == 200 and body["rack_lock_renewed"] and body["lock_token"] == 1
    assert body["message"] == "Lease had lapsed; re-taken for this session"
    status = server.call("GET", "/api/racks/G-R01/status", "counter2").json()
    assert (status["status"], status["claimed_by"]) == ("active", "counter1")


def test_a_lapsed_lease_someone_else_took_is_lost(server: Harness) -> None:
    claim = server.claim("counter1")
    server.clock.advance(61)
    other = server.claim("counter2")
    assert other["lock_token"] == 2
    code, body = heartbeat(server, claim["session_id"])
    assert (code, body["detail"]) == (409, "Rack G-R01 is now held by counter2; this session's lease was lost.")
    assert heartbeat(server, claim["session_id"]) == (
        409,
        {"detail": "Rack G-R01 is now held by counter2; this session's lease was lost."},
    )


def test_a_lease_taken_and_given_back_since_is_gone(server: Harness) -> None:
    claim = server.claim("counter1")
    server.clock.advance(61)
    server.claim("counter2")
    server.call("POST", "/api/racks/G-R01/release", "counter2")
    code, body = heartbeat(server, claim["session_id"])
    assert code == 409  # counter2's claim superseded counter1's session outright


def test_heartbeats_of_someone_elses_or_an_unknown_session_are_refused(server: Harness) -> None:
    claim = server.claim("counter1")
    assert heartbeat(server, claim["session_id"], "counter2")[0] == 403
    assert heartbeat(server, claim["session_id"], "supervisor")[0] == 403
    code, body = heartbeat(server, "session_nobody")
    assert (code, body) == (404, {"detail": "There is no session session_nobody."})


def test_a_paused_or_completed_session_gets_no_heartbeat(server: Harness) -> None:
    claim = server.claim("counter1")
    server.call("POST", "/api/racks/G-R01/pause", "counter1")
    assert heartbeat(server, claim["session_id"]) == (
        409,
        {"detail": "Rack G-R01 is paused; resume it to keep counting."},
    )
    server.call("POST", "/api/racks/G-R01/resume", "counter1")
    assert server.call("POST", f"/api/sessions/{claim['session_id']}/complete", "counter1").json() == {
        "success": True, "id": claim["session_id"], "status": "completed",
    }  # fmt: skip
    assert heartbeat(server, claim["session_id"])[0] == 409


def test_stats_count_pieces_damage_and_what_is_missing(server: Harness) -> None:
    claim = server.claim("counter1")
    items = [i["item_code"] for i in server.call("GET", "/api/racks/G-R01/items", "counter1").json()]
    plain = [i for i in items if not server.sql("SELECT serialized FROM items WHERE item_code = :c", c=i)[0][0]]
    records = [wire_record(claim, plain[0], verified_qty=10, damage_qty=2)]
    server.call("POST", "/api/sync/batch", "counter1", json=batch(*records))
    server.clock.advance(120)
    stats = server.call("GET", f"/api/sessions/{claim['session_id']}/stats", "counter1").json()
    assert stats == {
        "id": claim["session_id"], "total_items": 10, "verified_items": 8, "damage_items": 2,
        "pending_items": 3, "duration_seconds": 120.0, "items_per_minute": 5.0,
    }  # fmt: skip


def test_a_counter_sees_their_own_sessions_a_supervisor_everyones(server: Harness) -> None:
    mine = server.claim("counter1", "G-R01")
    theirs = server.claim("counter2", "G-R02")
    own = server.call("GET", "/api/sessions/active", "counter1").json()
    assert [s["id"] for s in own] == [mine["session_id"]]
    every = server.call("GET", "/api/sessions/active", "supervisor").json()
    assert {s["id"] for s in every} == {mine["session_id"], theirs["session_id"]}
    assert server.call("GET", f"/api/sessions/{theirs['session_id']}", "counter1").status_code == 403
    assert server.call("GET", f"/api/sessions/{theirs['session_id']}/stats", "supervisor").status_code == 200
    detail = server.call("GET", f"/api/sessions/{mine['session_id']}", "counter1").json()
    assert (detail["user_id"], detail["rack_id"], detail["status"]) == ("counter1", "G-R01", "active")


def test_history_is_newest_first(server: Harness) -> None:
    first = server.claim("counter1", "G-R01")
    server.call("POST", "/api/racks/G-R01/release", "counter1")
    server.clock.advance(5)
    second = server.claim("counter1", "G-R02")
    history = server.call("GET", "/api/sessions/user/history", "counter1").json()
    assert [(s["id"], s["status"]) for s in history] == [
        (second["session_id"], "active"),
        (first["session_id"], "completed"),
    ]


def test_a_counter_cannot_complete_someone_elses_session(server: Harness) -> None:
    claim = server.claim("counter1")
    assert server.call("POST", f"/api/sessions/{claim['session_id']}/complete", "counter2").status_code == 403


def test_recent_sessions_are_everyones_for_a_supervisor_only(server: Harness) -> None:
    server.claim("counter1")
    server.clock.advance(5)
    server.claim("counter2", "G-R02")
    server.call("POST", "/api/racks/G-R02/release", "counter2")
    recent = server.call("GET", "/api/sessions/recent", "supervisor").json()
    assert [(s["user_id"], s["rack_id"]) for s in recent] == [("counter2", "G-R02"), ("counter1", "G-R01")]
    assert recent[1]["status"] == "active" and recent[1]["last_heartbeat"] is not None
    assert server.call("GET", "/api/sessions/recent", "counter1").status_code == 403
