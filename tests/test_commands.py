"""``station status`` and ``station sync`` against a running station-server."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import httpx

from station.domain.clock import SystemClock
from station.domain.lines import Counting, Item
from station.domain.sessions import SessionState
from station.store.database import open_store
from station.store.records import Records
from station.store.sessions import ActiveSession, Sessions
from tests.helpers.processes import station_server
from tests.helpers.server import PINS


def station(data: Path, *args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "station", "--data-dir", str(data), *args],
        capture_output=True, text=True, timeout=120, check=False, env={**os.environ, **(env or {})},
    )  # fmt: skip


def count_offline(data: Path, claim: dict[str, Any], pieces: int) -> None:
    """Lines counted under ``claim`` (the claim answer, or the part of it that matters here)."""
    store = open_store(data / "data" / "station.db")
    counting = Counting(str(claim["session_id"]), "G-R01", "Ground", "counter1", int(claim["lock_token"]))
    Sessions(store, SystemClock()).started(
        ActiveSession(
            session_id=counting.session_id,
            username="counter1",
            rack_id="G-R01",
            floor="Ground",
            lock_token=counting.lock_token,
            lock_ttl=60.0,
            claimed_at="2026-01-05T08:00:00.000Z",
            last_heartbeat="2026-01-05T08:00:30.000Z",
            status=SessionState.ACTIVE,
            server_url="http://x",
        )
    )
    records = Records(store, SystemClock())
    for n in range(pieces):
        records.add_scan(counting, Item(f"LOOSE-{n:06d}"))  # not in the catalogue: never serialized
    store.close()


def test_status_on_an_empty_station(tmp_path: Path) -> None:
    done = station(tmp_path, "status", "--json")
    assert done.returncode == 0, done.stderr
    facts = json.loads(done.stdout)
    assert (facts["waiting"], facts["stalled"], facts["conflicts"], facts["active_session"]) == (0, 0, 0, None)
    assert facts["decisions_not_sent"] == 0
    assert station(tmp_path, "sync").stdout == "Nothing to send.\n"


def test_sync_drains_to_a_running_server_and_status_says_so(tmp_path: Path) -> None:
    with station_server(tmp_path / "server", "--demo-data") as base_url:
        token = httpx.post(
            f"{base_url}/api/auth/login-pin", json={"username": "counter1", "pin": PINS["counter1"]}
        ).json()
        headers = {"Authorization": f"Bearer {token['access_token']}"}
        claim = httpx.post(f"{base_url}/api/racks/G-R01/claim", json={"floor": "Ground"}, headers=headers).json()
        count_offline(tmp_path / "station", claim, 120)
        before = station(tmp_path / "station", "status")
        assert "Waiting to sync: 120 lines" in before.stdout
        assert "Active session: rack G-R01 on Ground, counter1, active" in before.stdout
        assert "; last heartbeat 2026-01-05T08:00:30.000Z" in before.stdout
        done = station(tmp_path / "station", "--server-url", base_url, "sync", "--user", "counter1",
                       env={"STATION_PASSWORD": PINS["counter1"]})  # fmt: skip
        assert done.returncode == 0, done.stdout + done.stderr
        assert done.stdout.splitlines()[-1] == "Everything is sent."
        stats = httpx.get(f"{base_url}/api/sessions/{claim['session_id']}/stats", headers=headers).json()
        assert stats["total_items"] == 120
    assert json.loads(station(tmp_path / "station", "status", "--json").stdout)["waiting"] == 0


def test_sync_with_the_server_down_says_why_and_exits_1(tmp_path: Path) -> None:
    count_offline(tmp_path, {"session_id": "s-1", "lock_token": 1}, 3)
    done = station(tmp_path, "--server-url", "http://127.0.0.1:1", "sync", "--user", "counter1", "--timeout", "1",
                   env={"STATION_PASSWORD": "1111"})  # fmt: skip
    assert done.returncode == 1
    assert done.stdout.strip() == (
        "3 lines are still waiting: The server cannot be reached. "
        "The station keeps counting and will send everything when it is back."
    )
    assert "Waiting to sync: 3 lines" in station(tmp_path, "status").stdout


def test_sync_without_a_user_says_what_to_add(tmp_path: Path) -> None:
    count_offline(tmp_path, {"session_id": "s-1", "lock_token": 1}, 2)
    done = station(tmp_path, "sync")
    assert (done.returncode, done.stdout) == (1, "2 lines are waiting; name the user to send them as with --user.\n")
