"""A reference server for tests: a small seeded warehouse, a fake clock, and a logged-in client."""

from __future__ import annotations

import shutil
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlalchemy import text

from station.domain.clock import FakeClock
from station.server import db, demo_data, live
from station.server.app import create_app
from station.server.deps import AppState
from station.server.settings import ServerSettings

SECRET = "tests-only-secret-" + "s" * 40
PASSWORDS = {
    "counter1": "counter",
    "counter2": "counter",
    "counter3": "counter",
    "supervisor": "supervisor",
    "admin": "admin",
}
PINS = {"counter1": "1111", "counter2": "2222", "counter3": "3333", "counter4": "4444", "supervisor": "9999"}
SMALL = {"racks_per_floor": 3, "item_count": 60}
"""15 racks (G-R01…B-R03), 60 items: four per rack."""


@dataclass
class Harness:
    """A running test server and the means to drive it."""

    client: TestClient
    app: FastAPI
    clock: FakeClock
    headers: dict[str, dict[str, str]] = field(default_factory=dict)

    @property
    def state(self) -> AppState:
        state: AppState = self.app.state.station
        return state

    def auth(self, user: str) -> dict[str, str]:
        """Authorization headers for ``user`` (logged in once, by PIN where there is one, then reused)."""
        if user not in self.headers:
            if user in PINS:
                answer = self.client.post("/api/auth/login-pin", json={"username": user, "pin": PINS[user]})
            else:
                answer = self.client.post("/api/auth/login", json={"username": user, "password": PASSWORDS[user]})
            assert answer.status_code == 200, answer.text
            self.headers[user] = {"Authorization": f"Bearer {answer.json()['access_token']}"}
        return self.headers[user]

    def call(self, method: str, url: str, user: str | None = None, **kwargs: Any) -> Any:
        headers = {**(self.auth(user) if user else {}), **kwargs.pop("headers", {})}
        return self.client.request(method, url, headers=headers, **kwargs)

    def claim(self, user: str, rack_id: str = "G-R01", floor: str = "Ground") -> dict[str, Any]:
        answer = self.call("POST", f"/api/racks/{rack_id}/claim", user, json={"floor": floor})
        assert answer.status_code == 200, answer.text
        body: dict[str, Any] = answer.json()
        return body

    def sweep(self) -> list[str]:
        assert self.client.portal is not None, "the client is not running (use it inside running_server)"
        freed: list[str] = self.client.portal.call(live.sweep_once, self.state)
        return freed

    def sql(self, query: str, **params: Any) -> list[Any]:
        """Run SQL on the server's database (committed); the rows, if it returns any."""
        with self.state.engine.begin() as conn:
            result = conn.execute(text(query), params)
            return list(result) if result.returns_rows else []


def seed_template(path: Path) -> Path:
    """A small seeded SQLite warehouse to copy for each test (seeding costs password hashing)."""
    engine = db.make_engine(f"sqlite:///{path}")
    db.create_schema(engine)
    demo_data.seed(engine, FakeClock().wall().timestamp(), **SMALL)
    with engine.begin() as conn:  # one serialized item on G-R01, whatever the random draw gave
        first = conn.execute(
            text("SELECT item_code FROM items WHERE rack_id = 'G-R01' ORDER BY item_code DESC")
        ).first()
        assert first is not None
        conn.execute(text("UPDATE items SET serialized = true WHERE item_code = :code"), {"code": first[0]})
    engine.dispose()
    return path


@contextmanager
def running_server(db_url: str, data_dir: Path, redis_url: str | None = None, **settings: Any) -> Iterator[Harness]:
    clock = FakeClock()
    config = ServerSettings(data_dir=data_dir, db_url=db_url, redis_url=redis_url, secret=SECRET, **settings)
    app = create_app(config, clock=clock, sweeper=False)
    with TestClient(app, raise_server_exceptions=False) as client:
        yield Harness(client=client, app=app, clock=clock)


def sqlite_copy(template: Path, data_dir: Path) -> str:
    data_dir.mkdir(parents=True, exist_ok=True)
    target = data_dir / "server.db"
    shutil.copyfile(template, target)
    return f"sqlite:///{target}"


@contextmanager
def postgres_schema(base_url: str, **warehouse: int) -> Iterator[str]:
    """A fresh PostgreSQL schema holding a seeded warehouse (small, unless ``warehouse`` says how many
    racks a floor and items); dropped afterwards."""
    from sqlalchemy import create_engine

    schema = f"t_{uuid.uuid4().hex[:12]}"
    admin = create_engine(base_url.replace("postgresql://", "postgresql+psycopg://", 1))
    with admin.begin() as conn:
        conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    url = admin.url.set(drivername="postgresql+psycopg", query={"options": f"-csearch_path={schema}"})
    rendered = url.render_as_string(hide_password=False)
    engine = db.make_engine(rendered)
    db.create_schema(engine)
    demo_data.seed(engine, FakeClock().wall().timestamp(), **{**SMALL, **warehouse})
    engine.dispose()
    try:
        yield rendered
    finally:
        with admin.begin() as conn:
            conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()
