"""station-server settings a warehouse (or a test) sets from outside: lease TTL, sweep interval, token
life, log-in rate, and the limits on requests that never finish."""

from __future__ import annotations

import http.client
import socket
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import urlsplit

import httpx
import pytest

from tests.helpers.access import server_process
from tests.helpers.server import PINS


def claim(url: str) -> dict[str, object]:
    login = httpx.post(f"{url}/api/auth/login-pin", json={"username": "counter1", "pin": PINS["counter1"]})
    headers = {"Authorization": f"Bearer {login.json()['access_token']}"}
    answer = httpx.post(f"{url}/api/racks/G-R01/claim", json={"floor": "Ground"}, headers=headers)
    assert answer.status_code == 200, answer.text
    return {**answer.json(), "headers": headers}


def test_lease_ttl_and_sweep_interval_are_flags(tmp_path: Path) -> None:
    """Issue 13: they could only be set by reaching into the app factory."""
    with server_process(tmp_path, "--demo-data", "--lease-ttl", "1", "--sweep-interval", "0.2") as (url, _):
        taken = claim(url)
        assert taken["lock_ttl"] == 1
        deadline = time.monotonic() + 20
        while True:  # the sweeper frees the rack about a second later; a real process has no fake clock
            status = httpx.get(f"{url}/api/racks/G-R01/status", headers=taken["headers"]).json()["status"]  # type: ignore[arg-type]
            if status == "available":
                break
            assert time.monotonic() < deadline, "the sweeper never freed the lapsed rack"
            time.sleep(0.1)


def test_settings_come_from_the_environment_too(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("STATION_SERVER_LEASE_TTL", "7")
    monkeypatch.setenv("STATION_SERVER_TOKEN_TTL", "120")
    with server_process(tmp_path, "--demo-data") as (url, _):
        assert claim(url)["lock_ttl"] == 7
        login = httpx.post(f"{url}/api/auth/login", json={"username": "admin", "password": "admin"})
        assert login.json()["expires_in"] == 120


@pytest.mark.parametrize(
    ("args", "sentence"),
    [
        (("--lease-ttl", "0"), "--lease-ttl is not valid: Input should be greater than or equal to 1."),
        (("--sweep-interval", "soon"), "--sweep-interval is not valid: Input should be a valid number"),
        (("--token-ttl", "10"), "--token-ttl is not valid: Input should be greater than or equal to 60."),
    ],
)
def test_a_bad_setting_is_refused_in_one_sentence(tmp_path: Path, args: tuple[str, ...], sentence: str) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "station.server.cli", "--data-dir", str(tmp_path), "--port", "1", *args],
        capture_output=True, text=True, timeout=60, check=False,
    )  # fmt: skip
    assert done.returncode == 2 and done.stderr.startswith(f"station-server: {sentence}"), done.stderr
    assert "Traceback" not in done.stderr


def test_a_body_that_never_finishes_is_not_held_open(tmp_path: Path) -> None:
    """Issue 13: a body that never finished was held open."""
    with server_process(tmp_path, "--body-timeout", "1") as (url, _):
        parts = urlsplit(url)
        with socket.create_connection((parts.hostname or "127.0.0.1", parts.port or 80), timeout=15) as raw:
            raw.sendall(b"POST /api/auth/login HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                        b"Content-Length: 100\r\n\r\n{\"username\": ")  # fmt: skip
            answer = http.client.HTTPResponse(raw)
            answer.begin()
            body = answer.read().decode()
    assert answer.status == 408 and "did not arrive within 1 s" in body


def test_oversized_headers_are_refused(tmp_path: Path) -> None:
    with server_process(tmp_path) as (url, _):
        answer = httpx.get(f"{url}/api/health", headers={"X-Padding": "x" * 20_000})
    assert answer.status_code == 431
