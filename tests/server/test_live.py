"""Live rack events on /ws/updates, and the sweeper that announces lapsed leases."""

from __future__ import annotations

import pytest
from starlette.websockets import WebSocketDisconnect

from tests.helpers.server import Harness


def test_claims_and_releases_reach_the_websocket(server: Harness) -> None:
    with server.client.websocket_connect("/ws/updates", headers=server.auth("counter2")) as socket:
        server.claim("counter1")
        data = {"floor": "Ground", "claimed_by": "counter1"}  # a counter gets no session ids (issue 13)
        assert socket.receive_json() == {"type": "rack_update", "rack_id": "G-R01", "event": "claimed", "data": data}
        server.call("POST", "/api/racks/G-R01/pause", "counter1")
        assert socket.receive_json()["event"] == "paused"
        server.call("POST", "/api/racks/G-R01/resume", "counter1")
        assert socket.receive_json()["event"] == "resumed"
        server.call("POST", "/api/racks/G-R01/release", "counter1")
        assert socket.receive_json()["event"] == "released"


def test_a_supervisors_release_says_whose_session_who_released_it_and_why(server: Harness) -> None:
    claim = server.claim("counter1")
    with server.client.websocket_connect("/ws/updates", headers=server.auth("counter1")) as socket:
        note = {"note": "counter1 went home ill"}
        assert server.call("POST", "/api/racks/G-R01/release", "supervisor", json=note).status_code == 200
        event = socket.receive_json()
    assert (event["event"], event["data"]) == ("released", {
        "floor": "Ground", "status": "available", "released_by": "supervisor", "claimed_by": "counter1",
        "note": "counter1 went home ill",
    })  # fmt: skip
    beat = server.call("POST", f"/api/sessions/{claim['session_id']}/heartbeat", "counter1")
    assert (beat.status_code, beat.json()["detail"]) == (
        409, "Rack G-R01 was released by supervisor: counter1 went home ill; this session has ended."
    )  # fmt: skip


def test_a_release_without_a_note_names_who_released_it_and_the_counters_own_does_not(server: Harness) -> None:
    claim = server.claim("counter1")
    server.call("POST", "/api/racks/G-R01/release", "supervisor")
    beat = server.call("POST", f"/api/sessions/{claim['session_id']}/heartbeat", "counter1")
    assert beat.json()["detail"] == "Rack G-R01 was released by supervisor; this session has ended."
    again = server.claim("counter1")
    server.call("POST", "/api/racks/G-R01/release", "counter1", json={"note": "done"})
    beat = server.call("POST", f"/api/sessions/{again['session_id']}/heartbeat", "counter1")
    assert beat.status_code == 409 and "released by" not in beat.json()["detail"]


def test_a_lapsed_lease_is_announced_once(server: Harness) -> None:
    server.claim("counter1")
    token = server.auth("supervisor")["Authorization"].split()[1]
    with server.client.websocket_connect(f"/ws/updates?token={token}") as socket:
        server.clock.advance(61)
        assert server.sweep() == ["G-R01"]
        assert socket.receive_json()["event"] == "expired"


def test_the_websocket_refuses_a_missing_token(server: Harness) -> None:
    with pytest.raises(WebSocketDisconnect) as closed, server.client.websocket_connect("/ws/updates") as socket:
        socket.receive_json()
    assert closed.value.code == 1008
