"""A database failure on any route: 503 + Retry-After when it is busy, else a logged 500 naming its
incident; neither takes the connection down nor leaves a broken connection in the pool."""

from __future__ import annotations

import sqlite3
from typing import Any

import psycopg
import pytest
from fastapi.testclient import TestClient
from sqlalchemy import create_engine, text
from sqlalchemy.exc import DBAPIError, OperationalError

from tests.helpers.records import batch, wire_record
from tests.helpers.server import PINS, Harness

ROUTES = [
    ("GET", "/api/racks/floors", "counter1", None),
    ("GET", "/api/racks?floor=Ground", "counter1", None),
    ("POST", "/api/racks/G-R02/claim", "counter1", {"floor": "Ground"}),
    ("POST", "/api/racks/G-R01/release", "counter1", None),
    ("POST", "/api/auth/login-pin", None, {"username": "counter2", "pin": PINS["counter2"]}),
    ("GET", "/api/sync/conflicts", "supervisor", None),
    ("POST", "/api/sync/batch", "counter1", "batch"),
]


def database_error(server: Harness, *, busy: bool) -> OperationalError:
    """The error the database driver of ``server`` raises when it is locked (``busy``) or broken."""
    if server.state.engine.dialect.name == "sqlite":
        orig: Exception = sqlite3.OperationalError("database is locked" if busy else "disk I/O error")
        orig.sqlite_errorcode = 5 if busy else 10  # type: ignore[attr-defined]  # SQLITE_BUSY, SQLITE_IOERR
    else:
        orig = psycopg.errors.LockNotAvailable("lock") if busy else psycopg.OperationalError("connection lost")
    return OperationalError("SELECT 1", {}, orig)


def failing_database(server: Harness, monkeypatch: pytest.MonkeyPatch, *, busy: bool) -> None:
    error = database_error(server, busy=busy)

    async def fail(*_args: Any, **_kwargs: Any) -> Any:
        raise error

    monkeypatch.setattr(server.state, "db", fail)
    monkeypatch.setattr(server.state, "read", fail)


def call(server: Harness, route: tuple[str, str, str | None, Any], claim: dict[str, Any]) -> Any:
    method, url, user, body = route
    json = batch(wire_record(claim)) if body == "batch" else body
    # raise_server_exceptions: an exception escaping the app is what makes a server drop the connection.
    strict = TestClient(server.client.app, raise_server_exceptions=True)
    return strict.request(method, url, json=json, headers=server.auth(user) if user else {})


@pytest.mark.parametrize("route", ROUTES, ids=[f"{m} {u}" for m, u, _, _ in ROUTES])
def test_a_busy_database_is_a_503_with_retry_after(
    server: Harness, monkeypatch: pytest.MonkeyPatch, route: tuple[str, str, str | None, Any]
) -> None:
    claim = server.claim("counter1")
    server.auth("supervisor")
    failing_database(server, monkeypatch, busy=True)
    answer = call(server, route, claim)
    assert answer.status_code == 503 and answer.headers["Retry-After"] == "2"
    assert "busy" in answer.json()["detail"]


@pytest.mark.parametrize("route", ROUTES, ids=[f"{m} {u}" for m, u, _, _ in ROUTES])
def test_a_broken_database_is_a_logged_500_with_an_incident_and_the_app_raises_nothing(
    server: Harness, monkeypatch: pytest.MonkeyPatch, route: tuple[str, str, str | None, Any], caplog: Any
) -> None:
    claim = server.claim("counter1")
    server.auth("supervisor")
    failing_database(server, monkeypatch, busy=False)
    answer = call(server, route, claim)
    assert answer.status_code == 500
    incident = answer.headers["X-Request-ID"]
    assert f"(incident {incident})" in answer.json()["detail"]
    assert any(f"incident {incident}" in record.getMessage() for record in caplog.records)


def test_a_failed_statement_leaves_no_broken_connection_in_the_pool(server: Harness) -> None:
    """A read that fails half-way is not pooled again: the next request reads the database as it is now.

    The failed read's cursor stays open (its traceback holds it, as a route's error handling would); on
    SQLite an open cursor pins its connection to the snapshot it started in.
    """

    def half_read_then_fail(conn: Any) -> None:
        pending = conn.execute(text("SELECT rack_id FROM racks"))  # left unread, as a failing route might
        conn.execute(text("SELECT * FROM no_such_table"))
        pending.close()  # never reached

    with pytest.raises(DBAPIError, match="no_such_table") as failure:
        server.client.portal.call(server.state.read, half_read_then_fail)  # type: ignore[union-attr]
    other = create_engine(server.state.engine.url)  # another process's write, committed
    with other.begin() as conn:
        conn.execute(text("UPDATE racks SET status = 'paused' WHERE rack_id = 'G-R03'"))
    other.dispose()
    listed = server.call("GET", "/api/racks", "supervisor", params={"floor": "Ground"}).json()
    assert [r["status"] for r in listed if r["rack_id"] == "G-R03"] == ["paused"]
    assert failure.value is not None
