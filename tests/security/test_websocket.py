"""Attacks on /ws/updates: the token in the log, a socket outliving its token, a binary frame, a flood of
sockets, and counters reading everyone's session ids."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import ExitStack
from pathlib import Path

import httpx
import pytest
from starlette.websockets import WebSocketDisconnect
from websockets.sync.client import connect

from tests.helpers.access import GENEROUS, STORES, any_server, server_process
from tests.helpers.server import Harness


@pytest.fixture(params=STORES)
def server(request: pytest.FixtureRequest, template_db: Path, tmp_path: Path) -> Iterator[Harness]:
    with any_server(request, template_db, tmp_path, token_ttl_s=120, **GENEROUS) as harness:
        yield harness


def token_of(server: Harness, user: str) -> str:
    return server.auth(user)["Authorization"].split()[1]


def test_a_token_in_the_address_never_reaches_the_log(tmp_path: Path) -> None:
    """Issue 13: the websocket token in ``?token=`` was written to server.log."""
    with server_process(tmp_path, "--demo-data", "--log-level", "INFO") as (url, _):
        login = httpx.post(f"{url}/api/auth/login-pin", json={"username": "counter1", "pin": "1111"})
        token = login.json()["access_token"]
        with connect(f"ws://{url.removeprefix('http://')}/ws/updates?token={token}") as socket:
            socket.send("ping")
        assert httpx.get(f"{url}/api/health", params={"token": token}).status_code == 200
    log = (tmp_path / "logs" / "server.log").read_text()
    assert "GET /api/health?token=[redacted]" in log  # uvicorn's access log, with the token blanked
    assert "/ws/updates?token=[redacted]" in log
    assert token not in log and token.split(".")[2] not in log


def test_a_socket_is_closed_when_its_token_expires(server: Harness) -> None:
    """Issue 13: a socket opened with a token kept receiving after the token expired."""
    with server.client.websocket_connect("/ws/updates", headers=server.auth("supervisor")) as socket:
        server.claim("counter1")
        assert socket.receive_json()["event"] == "claimed"
        server.clock.advance(121)
        server.headers.clear()  # everyone logs in afresh
        server.claim("counter2", "G-R02")
        with pytest.raises(WebSocketDisconnect) as closed:
            socket.receive_json()
    assert closed.value.code == 1008 and "expired" in str(closed.value.reason)


def test_a_socket_is_closed_when_its_user_logs_out(server: Harness) -> None:
    headers = server.auth("counter2")
    with server.client.websocket_connect("/ws/updates", headers=headers) as socket:
        assert server.call("POST", "/api/auth/logout", headers=headers).status_code == 204
        server.claim("counter1")
        with pytest.raises(WebSocketDisconnect) as closed:
            socket.receive_json()
    assert closed.value.code == 1008


def test_a_binary_frame_is_closed_with_1003_not_an_exception(server: Harness) -> None:
    """Issue 13: a binary frame raised in the handler (close 1006)."""
    with server.client.websocket_connect("/ws/updates", headers=server.auth("counter1")) as socket:
        socket.send_bytes(b"\x00\x01binary")
        with pytest.raises(WebSocketDisconnect) as closed:
            socket.receive_json()
    assert closed.value.code == 1003


def test_one_user_cannot_open_hundreds_of_sockets(server: Harness) -> None:
    """Issue 13: one counter opened 300 sockets."""
    headers = server.auth("counter1")
    cap = server.state.settings.sockets_per_user
    with ExitStack() as stack:
        for _ in range(cap):
            stack.enter_context(server.client.websocket_connect("/ws/updates", headers=headers))
        with (
            pytest.raises(WebSocketDisconnect) as refused,
            server.client.websocket_connect("/ws/updates", headers=headers) as extra,
        ):
            extra.receive_json()
        assert refused.value.code == 1008 and "already has" in str(refused.value.reason)
        # Someone else is not held up by counter1's sockets.
        with server.client.websocket_connect("/ws/updates", headers=server.auth("counter2")) as other:
            server.claim("counter3")
            assert other.receive_json()["event"] == "claimed"
    with server.client.websocket_connect("/ws/updates", headers=headers) as again:  # closed ones are freed
        server.call("POST", "/api/racks/G-R01/release", "counter3")
        assert again.receive_json()["event"] == "released"


def test_counters_do_not_receive_other_peoples_session_ids(server: Harness) -> None:
    """Issue 13: counters received everyone's events with session ids."""
    with (
        server.client.websocket_connect("/ws/updates", headers=server.auth("counter2")) as counter,
        server.client.websocket_connect("/ws/updates", headers=server.auth("supervisor")) as supervisor,
    ):
        claim = server.claim("counter1")
        seen = counter.receive_json()
        assert seen["event"] == "claimed" and seen["data"]["claimed_by"] == "counter1"
        assert claim["session_id"] not in str(seen) and "session_id" not in seen["data"]
        # Redis pub/sub ignores the database number: other test runs on the same Redis may add events.
        for _ in range(50):
            given = supervisor.receive_json()["data"].get("session_id")
            if given == claim["session_id"]:
                break
        assert given == claim["session_id"]  # supervisors get the events whole


def test_a_browser_authorises_by_subprotocol_without_the_token_in_the_address(server: Harness) -> None:
    """No token in URLs: a client that cannot set headers offers ``bearer, <token>`` as subprotocols."""
    token = token_of(server, "supervisor")
    with server.client.websocket_connect("/ws/updates", subprotocols=["bearer", token]) as socket:
        assert socket.accepted_subprotocol == "bearer"
        server.claim("counter1")
        assert socket.receive_json()["event"] == "claimed"
