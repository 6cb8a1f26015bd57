"""Two station-server processes sharing one Redis and one PostgreSQL agree on leases and events."""

from __future__ import annotations

import json
from pathlib import Path

import httpx
import pytest
from websockets.sync.client import connect

from tests.helpers.processes import station_server
from tests.helpers.server import PINS, postgres_schema

pytestmark = pytest.mark.services


def login(base_url: str, user: str) -> dict[str, str]:
    answer = httpx.post(f"{base_url}/api/auth/login-pin", json={"username": user, "pin": PINS[user]})
    return {"Authorization": f"Bearer {answer.json()['access_token']}"}


def test_a_claim_on_one_process_is_a_409_on_the_other_and_events_cross(
    tmp_path: Path, postgres_url: str, redis_url: str
) -> None:
    with postgres_schema(postgres_url) as db_url:
        args = ("--db", db_url, "--redis", redis_url)
        with station_server(tmp_path, *args) as first, station_server(tmp_path, *args) as second:
            one, two = login(first, "counter1"), login(second, "counter2")
            claim = httpx.post(f"{first}/api/racks/G-R01/claim", json={"floor": "Ground"}, headers=one)
            assert claim.status_code == 200, claim.text
            taken = httpx.post(f"{second}/api/racks/G-R01/claim", json={"floor": "Ground"}, headers=two)
            assert (taken.status_code, taken.json()) == (409, {"detail": "Rack G-R01 is locked by counter1"})
            # Tokens are signed with the secret both processes made from one data folder.
            assert httpx.get(f"{second}/api/auth/me", headers=one).json()["username"] == "counter1"
            with connect(f"ws://{second.removeprefix('http://')}/ws/updates", additional_headers=two) as socket:
                assert (
                    httpx.post(f"{first}/api/racks/G-R02/claim", json={"floor": "Ground"}, headers=one).status_code
                    == 200
                )
                event = json.loads(socket.recv(timeout=10))
            assert (event["rack_id"], event["event"], event["data"]["claimed_by"]) == ("G-R02", "claimed", "counter1")
            status = httpx.get(f"{second}/api/racks/G-R01/status", headers=two).json()
            assert (status["status"], status["claimed_by"]) == ("active", "counter1")
