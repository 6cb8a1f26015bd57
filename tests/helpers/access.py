"""Attacking the server's access rules: a test server that sees callers' addresses, and server processes."""

from __future__ import annotations

import os
import ssl
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import httpx
import pytest
from fastapi.testclient import TestClient
from uvicorn.middleware.proxy_headers import ProxyHeadersMiddleware

from station.domain.clock import FakeClock
from station.server.app import create_app
from station.server.settings import ServerSettings
from tests.helpers.processes import free_port, stop
from tests.helpers.server import SECRET, Harness, postgres_schema, sqlite_copy

GENEROUS = {"login_rate_per_minute": 100_000}
"""Tests of the PIN lockout must not meet the log-in rate limit first."""


def from_address(address: str) -> dict[str, str]:
    """Headers that make a request come from ``address`` (the test server trusts X-Forwarded-For)."""
    return {"X-Forwarded-For": address}


@contextmanager
def addressed_server(db_url: str, data_dir: Path, redis_url: str | None = None, **settings: Any) -> Iterator[Harness]:
    """A test server (fake clock, no sweeper) that takes each request's address from X-Forwarded-For,
    as ``station-server`` does behind a trusted proxy; requests without one come from ``testclient``."""
    clock = FakeClock()
    config = ServerSettings(data_dir=data_dir, db_url=db_url, redis_url=redis_url, secret=SECRET, **settings)
    app = create_app(config, clock=clock, sweeper=False)
    proxied = ProxyHeadersMiddleware(app, trusted_hosts="*")  # type: ignore[arg-type]  # ASGI types differ
    with TestClient(proxied, raise_server_exceptions=False) as client:  # type: ignore[arg-type]
        yield Harness(client=client, app=app, clock=clock)


@contextmanager
def any_server(request: pytest.FixtureRequest, template_db: Path, tmp_path: Path, **settings: Any) -> Iterator[Harness]:
    """``addressed_server`` on SQLite with in-process leases, or on PostgreSQL with Redis, as the fixture's
    parameter says (SQLite for a test that is not parametrized)."""
    if getattr(request, "param", "sqlite") == "sqlite":
        url = sqlite_copy(template_db, tmp_path / "data")
        with addressed_server(url, tmp_path / "data", **settings) as harness:
            yield harness
    else:
        postgres_url, redis_url = request.getfixturevalue("postgres_url"), request.getfixturevalue("redis_url")
        with (
            postgres_schema(postgres_url) as url,
            addressed_server(url, tmp_path / "data", redis_url, **settings) as harness,
        ):
            yield harness


STORES = ["sqlite", pytest.param("postgres+redis", marks=pytest.mark.services)]
"""Every access rule holds on SQLite with in-process leases and on PostgreSQL with Redis."""


@contextmanager
def server_process(
    data_dir: Path, *args: str, scheme: str = "http", verify: ssl.SSLContext | bool = True
) -> Iterator[tuple[str, subprocess.Popen[bytes]]]:
    """A ``station-server`` process on a free loopback port: its base URL and the process."""
    port = free_port()
    command = [sys.executable, "-m", "station.server.cli", "--port", str(port), "--data-dir", str(data_dir), *args]
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=dict(os.environ))
    base_url = f"{scheme}://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 30
        while True:
            if process.poll() is not None:
                said = process.stderr.read().decode() if process.stderr else ""
                raise AssertionError(f"the server exited with {process.returncode}: {said}")
            try:
                if httpx.get(f"{base_url}/api/health", timeout=0.5, verify=verify).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            assert time.monotonic() < deadline, f"{base_url} did not become healthy"
            time.sleep(0.05)  # a child process starting: there is no signal to wait on
        yield base_url, process
    finally:
        stop(process)


def kib(process: subprocess.Popen[bytes], field: str) -> int:
    """A memory figure of a running process from /proc (VmRSS now, VmHWM its peak), in KiB."""
    for line in Path(f"/proc/{process.pid}/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1])
    raise AssertionError(f"/proc/{process.pid}/status has no {field}")
