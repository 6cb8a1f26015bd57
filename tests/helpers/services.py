"""Reaching the Redis and PostgreSQL that tests need: skip with a sentence, or fail in CI."""

from __future__ import annotations

import os
import socket

import pytest

REDIS_URL = os.environ.get("STATION_TEST_REDIS_URL", "redis://127.0.0.1:6379/15")
POSTGRES_URL = os.environ.get("STATION_TEST_POSTGRES_URL", "postgresql://postgres@127.0.0.1:5432/test")
REQUIRE_ENV = "STATION_REQUIRE_SERVICES"

START_HINTS = {
    "Redis": "redis-server --daemonize yes --bind 127.0.0.1 --port 6379 --save '' --appendonly no",
    "PostgreSQL": "pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start",
}


def services_required() -> bool:
    """CI sets STATION_REQUIRE_SERVICES=1: a missing service is then a failure, not a skip."""
    return os.environ.get(REQUIRE_ENV, "") not in ("", "0", "false", "no")


def port_open(host: str, port: int, timeout: float = 0.5) -> bool:
    try:
        with socket.create_connection((host, port), timeout=timeout):
            return True
    except OSError:
        return False


def require_service(name: str, host: str, port: int) -> None:
    """Skip (or, when required, fail) the calling test unless ``name`` answers on host:port."""
    if port_open(host, port):
        return
    sentence = f"{name} is not reachable on {host}:{port}; start it with: {START_HINTS[name]}"
    if services_required():
        pytest.fail(f"{sentence} ({REQUIRE_ENV} is set, so this is a failure, not a skip)", pytrace=False)
    pytest.skip(sentence)
