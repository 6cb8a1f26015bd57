"""Attacks with tokens: a demoted supervisor, a deleted user, a token after log-out, forged claims; and
the station renewing its short token mid-rack instead of dropping the counter."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from pathlib import Path

import httpx
import jwt
import pytest
from sqlalchemy import create_engine, text

from station.api import errors as e
from station.api.client import Credentials, ServerClient
from station.server import db
from station.server.security import ACCESS
from tests.helpers.access import GENEROUS, STORES, any_server
from tests.helpers.server import PINS, SECRET, Harness


@pytest.fixture(params=STORES)
def server(request: pytest.FixtureRequest, template_db: Path, tmp_path: Path) -> Iterator[Harness]:
    with any_server(request, template_db, tmp_path, **GENEROUS) as harness:
        yield harness


def bearer(answer: httpx.Response) -> dict[str, str]:
    assert answer.status_code == 200, answer.text
    return {"Authorization": f"Bearer {answer.json()['access_token']}"}


def test_a_demoted_supervisor_loses_supervisor_access_within_a_minute(server: Harness) -> None:
    """Issue 13: a demoted supervisor kept supervisor access for the token's 8 hours."""
    headers = server.auth("supervisor")
    assert server.call("GET", "/api/sessions/recent", headers=headers).status_code == 200
    server.sql("UPDATE users SET role = 'staff' WHERE username = 'supervisor'")
    server.clock.advance(60)
    answer = server.call("GET", "/api/sessions/recent", headers=headers)
    assert answer.status_code == 403
    assert server.call("GET", "/api/auth/me", headers=headers).json()["role"] == "staff"


@pytest.mark.parametrize("how", ["deleted", "disabled"])
def test_a_deleted_or_disabled_user_loses_access_within_a_minute(server: Harness, how: str) -> None:
    """Issue 13: a deleted user's token kept working for 8 h."""
    headers = server.auth("counter3")
    assert server.call("GET", "/api/racks/floors", headers=headers).status_code == 200
    if how == "deleted":
        server.sql("DELETE FROM users WHERE username = 'counter3'")
    else:
        server.sql("UPDATE users SET active = false WHERE username = 'counter3'")
    server.clock.advance(60)
    answer = server.call("GET", "/api/racks/floors", headers=headers)
    assert answer.status_code == 401 and answer.json()["detail"].endswith("log in again.")


def test_log_out_ends_the_access_and_refresh_tokens_at_once(server: Harness) -> None:
    """Issue 13: log-out revoked nothing; a copied token worked until it expired."""
    login = server.call("POST", "/api/auth/login-pin", json={"username": "counter1", "pin": PINS["counter1"]})
    headers, refresh = bearer(login), login.json()["refresh_token"]
    assert server.call("POST", "/api/auth/logout", headers=headers).status_code == 204
    assert server.call("GET", "/api/racks/floors", headers=headers).status_code == 401
    assert server.call("POST", "/api/auth/refresh", headers={"Authorization": f"Bearer {refresh}"}).status_code == 401
    # Another log-in of the same user is not ended with it.
    assert server.call("GET", "/api/racks/floors", headers=server.auth("counter1")).status_code == 200


def test_access_tokens_are_short_and_a_refresh_token_is_no_access_token(server: Harness) -> None:
    """Issue 13: tokens lasted 8 hours."""
    login = server.call("POST", "/api/auth/login", json={"username": "admin", "password": "admin"})
    assert login.json()["expires_in"] <= 15 * 60
    refresh = {"Authorization": f"Bearer {login.json()['refresh_token']}"}
    refreshed = server.call("POST", "/api/auth/refresh", headers=refresh)
    assert refreshed.status_code == 200 and refreshed.json()["user"]["role"] == "admin"
    as_access = {"Authorization": f"Bearer {login.json()['refresh_token']}"}
    assert server.call("GET", "/api/racks/floors", headers=as_access).status_code == 401
    assert server.call("POST", "/api/auth/refresh", headers=bearer(login)).status_code == 401  # nor the reverse
    server.clock.advance(15 * 60 + 1)
    assert server.call("GET", "/api/racks/floors", headers=bearer(login)).status_code == 401


@pytest.mark.parametrize("exp", ["4102444800", "soon", [1]])
def test_a_token_with_a_strange_exp_is_a_401_not_a_500(server: Harness, exp: object) -> None:
    """Issue 13: a token with a string ``exp`` gave 500."""
    now = int(server.state.now())
    claims = {"sub": "admin", "role": "admin", "iat": now, "exp": exp, "iss": "station-server", "typ": ACCESS}
    forged = jwt.encode(claims, SECRET, "HS256")
    answer = server.call("GET", "/api/racks/floors", headers={"Authorization": f"Bearer {forged}"})
    assert answer.status_code == 401 and answer.json()["detail"].endswith("log in again.")


def test_the_station_renews_its_token_mid_rack_without_interrupting_the_counter(server: Harness) -> None:
    """Shorter tokens must not log a counter out mid-rack: the client renews before they expire."""
    seconds = [0.0]

    async def count_for_an_hour() -> tuple[str, str]:
        transport = httpx.ASGITransport(app=server.app)
        async with httpx.AsyncClient(transport=transport, base_url="http://station") as http:
            client = ServerClient(http, Credentials(clock=lambda: seconds[0]))
            await client.login_pin("counter1", PINS["counter1"])
            first = client.credentials.token or ""
            claim = await client.claim("G-R01", "Ground")
            for _ in range(240):  # a heartbeat every 15 s for an hour: four token lifetimes
                server.clock.advance(15)
                seconds[0] += 15
                answer = await client.heartbeat(claim.session_id)
                assert answer.rack_lock_renewed
            supervisor = await client.authorise("supervisor", PINS["supervisor"])  # F9 at this station
            assert await client.logout(token=supervisor.access_token)
            assert client.credentials.token is not None  # the counter is still logged in
            with pytest.raises(e.Unauthorized):
                await client.recent_sessions(token=supervisor.access_token)
            assert await client.logout()
            with pytest.raises(e.Unauthorized):
                await client.session(claim.session_id)
            return first, client.credentials.token or ""

    first, last = server.client.portal.call(count_for_an_hour)  # type: ignore[union-attr]
    assert first and last == ""


def test_a_renewal_follows_the_role_the_database_gives(server: Harness) -> None:
    """A refresh token cannot carry an old role forward."""
    login = server.call("POST", "/api/auth/login-pin", json={"username": "supervisor", "pin": PINS["supervisor"]})
    server.sql("UPDATE users SET role = 'staff' WHERE username = 'supervisor'")
    server.clock.advance(60)
    refresh = {"Authorization": f"Bearer {login.json()['refresh_token']}"}
    renewed = server.call("POST", "/api/auth/refresh", headers=refresh)
    assert renewed.status_code == 200 and renewed.json()["user"]["role"] == "staff"
    assert server.call("GET", "/api/sessions/recent", headers=bearer(renewed)).status_code == 403


def test_log_out_forgets_the_tokens_even_when_the_server_cannot_confirm() -> None:
    """A station logging out never keeps a token, whatever the server says; the live feed hears of it."""
    heard: list[str | None] = []

    def answer(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/api/auth/logout":
            raise httpx.ConnectError("no route to host", request=request)
        return httpx.Response(200, json={"access_token": "a", "refresh_token": "r", "expires_in": 900,
                                         "user": {"username": "counter1", "role": "staff"}})  # fmt: skip

    async def scenario() -> bool:
        async with httpx.AsyncClient(transport=httpx.MockTransport(answer), base_url="http://station") as http:
            client = ServerClient(http)
            client.credentials.listen(heard.append)
            await client.login_pin("counter1", "1111")
            return await client.logout()

    assert asyncio.run(scenario()) is False
    assert heard == ["a", None]


def test_an_existing_server_database_gains_the_users_active_flag(tmp_path: Path) -> None:
    """Disabling a user needs a column older databases lack: starting the server adds it, users stay active."""
    engine = create_engine(f"sqlite:///{tmp_path / 'old.db'}")
    with engine.begin() as conn:
        conn.execute(text("CREATE TABLE users (username VARCHAR(64) PRIMARY KEY, full_name VARCHAR(128) NOT NULL, "
                          "role VARCHAR(16) NOT NULL, password_hash VARCHAR(256) NOT NULL, pin_hash VARCHAR(256), "
                          "pin_failures INTEGER NOT NULL, pin_locked_until FLOAT)"))  # fmt: skip
        conn.execute(text("INSERT INTO users VALUES ('old', 'Old Hand', 'staff', 'x', NULL, 0, NULL)"))
    db.create_schema(engine)
    with engine.connect() as conn:
        assert conn.execute(text("SELECT active FROM users WHERE username = 'old'")).scalar() == 1
    engine.dispose()
