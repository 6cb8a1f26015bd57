"""Fencing bound to the session: only the rack's current, live session with the current token writes."""

from __future__ import annotations

from tests.helpers.records import wire_record
from tests.helpers.server import Harness
from tests.security.calls import kinds, line, plain_items, send


def test_an_old_session_sending_the_racks_current_token_is_stale(server: Harness) -> None:
    old = server.claim("counter1")
    assert server.call("POST", "/api/racks/G-R01/release", "counter1").status_code == 200
    current = server.claim("counter1")  # a new session, and the rack's token moved on with it
    assert current["session_id"] != old["session_id"] and current["lock_token"] > old["lock_token"]
    late = wire_record(old, plain_items(server)[0], lock_token=current["lock_token"])
    body = send(server, "counter1", late)
    assert body["ok"] == [] and kinds(body) == ["stale_lock"]
    assert line(server, late["client_record_id"]) is None


def test_a_completed_sessions_lines_are_stale(server: Harness) -> None:
    claim = server.claim("counter1")
    counted = wire_record(claim, plain_items(server)[0], verified_qty=3)
    assert send(server, "counter1", counted)["ok"] == [counted["client_record_id"]]
    assert server.call("POST", f"/api/sessions/{claim['session_id']}/complete", "counter1").status_code == 200
    after = wire_record(claim, plain_items(server)[1], verified_qty=9)
    body = send(server, "counter1", after)
    assert body["ok"] == [] and kinds(body) == ["stale_lock"]
    assert body["conflicts"][0]["details"]["session_status"] == "completed"
    edited = {**counted, "verified_qty": 30, "base_version": 1, "updated_at": "2026-01-05T09:00:00Z"}
    assert kinds(send(server, "counter1", edited)) == ["stale_lock"]
    assert send(server, "counter1", counted)["ok"] == [counted["client_record_id"]]  # a resend stays harmless
    assert line(server, after["client_record_id"]) is None
    assert line(server, counted["client_record_id"])[2] == 3  # type: ignore[index]
