"""Server scale: simulated stations — each holding a rack, a heartbeat every 25 s, a small batch every
few seconds (4–8 s) — against one ``station-server`` process, then against three sharing Redis and PostgreSQL.
Heartbeat and batch p50/p99 are printed; no request may fail.

100 stations for 15 s by default; 500 stations for 2 minutes with ``--reliability-long``.
"""

from __future__ import annotations

import asyncio
import random
import time
import uuid
from contextlib import ExitStack
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

import httpx
import pytest

from station.domain.clock import FakeClock
from station.server import db, demo_data
from tests.helpers.processes import station_server
from tests.helpers.server import postgres_schema

pytestmark = [pytest.mark.reliability, pytest.mark.services]
USERS = ("counter1", "counter2", "counter3", "counter4", "counter5")
PINS = {f"counter{n}": str(n) * 4 for n in range(1, 6)}  # the demo warehouse's counters
FLOORS = ("Ground", "First", "Second", "Upper Godown", "Back Godown")
PREFIX = {"Ground": "G", "First": "F", "Second": "S", "Upper Godown": "U", "Back Godown": "B"}
HEARTBEAT_S = 25.0
BATCH_EVERY_S = (4.0, 8.0)
"""A counter's scans of a few seconds go as one batch (the worker batches what is waiting)."""


@dataclass
class Load:
    heartbeats: list[float] = field(default_factory=list)
    batches: list[float] = field(default_factory=list)
    failures: list[str] = field(default_factory=list)


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))] * 1000 if ordered else float("nan")


def seed(url: str, racks_per_floor: int) -> None:
    engine = db.make_engine(url)
    db.create_schema(engine)
    demo_data.seed(engine, FakeClock().wall().timestamp(), racks_per_floor=racks_per_floor, item_count=1_000)
    engine.dispose()


async def station(n: int, base_urls: list[str], tokens: dict[str, str], until: float, load: Load) -> None:
    """One simulated station; a request that fails on the network counts as a failure, not a crash."""
    try:
        await _station(n, base_urls, tokens, until, load)
    except httpx.TransportError as lost:
        load.failures.append(f"station {n}: {type(lost).__name__} {lost}")


async def _station(n: int, base_urls: list[str], tokens: dict[str, str], until: float, load: Load) -> None:
    """Claim its rack, then heartbeats and batches until ``until``."""
    rng = random.Random(n)
    user = USERS[n % len(USERS)]
    floor = FLOORS[n % len(FLOORS)]
    rack = f"{PREFIX[floor]}-R{n // len(FLOORS) + 1:02d}"
    headers = {"Authorization": f"Bearer {tokens[user]}"}
    async with httpx.AsyncClient(base_url=base_urls[n % len(base_urls)], headers=headers, timeout=30) as client:
        await asyncio.sleep(rng.uniform(0, 3))  # stations do not all start in the same instant
        claim = await client.post(f"/api/racks/{rack}/claim", json={"floor": floor})
        if claim.status_code != 200:
            load.failures.append(f"claim {rack}: {claim.status_code} {claim.text[:120]}")
            return
        session = claim.json()
        next_beat = time.monotonic() + rng.uniform(0, HEARTBEAT_S)
        while time.monotonic() < until:
            await asyncio.sleep(rng.uniform(BATCH_EVERY_S[0], BATCH_EVERY_S[1]))
            if time.monotonic() >= next_beat:
                next_beat += HEARTBEAT_S
                began = time.perf_counter()
                beat = await client.post(f"/api/sessions/{session['session_id']}/heartbeat")
                load.heartbeats.append(time.perf_counter() - began)
                if beat.status_code != 200:
                    load.failures.append(f"heartbeat {rack}: {beat.status_code} {beat.text[:120]}")
            now = datetime.now(UTC).isoformat()
            records = [
                {"client_record_id": str(uuid.uuid4()), "session_id": session["session_id"], "rack_id": rack,
                 "floor": floor, "item_code": f"LOOSE-{n}-{rng.randrange(10**9)}", "verified_qty": rng.randint(1, 9),
                 "created_at": now, "updated_at": now, "lock_token": session.get("lock_token")}
                for _ in range(rng.randint(1, 8))
            ]  # fmt: skip
            began = time.perf_counter()
            answer = await client.post("/api/sync/batch", json={"batch_id": str(uuid.uuid4()), "records": records})
            load.batches.append(time.perf_counter() - began)
            if answer.status_code != 200 or answer.json().get("conflicts") or answer.json().get("errors"):
                load.failures.append(f"batch {rack}: {answer.status_code} {answer.text[:160]}")


def run_load(base_urls: list[str], stations: int, seconds: float) -> Load:
    tokens = {
        user: httpx.post(f"{base_urls[0]}/api/auth/login-pin", json={"username": user, "pin": PINS[user]}).json()[
            "access_token"
        ]
        for user in USERS
    }
    load = Load()

    async def everyone() -> None:
        until = time.monotonic() + seconds
        await asyncio.gather(*(station(n, base_urls, tokens, until, load) for n in range(stations)))

    asyncio.run(everyone())
    return load


@pytest.fixture
def size(request: pytest.FixtureRequest) -> tuple[int, float]:
    return (500, 120.0) if request.config.getoption("--reliability-long") else (100, 15.0)


def report(name: str, load: Load, stations: int) -> None:
    beats = load.heartbeats
    print(f"\n{name}: {stations} stations, {len(beats)} heartbeats p50 {percentile(beats, 0.5):.1f} ms "
          f"p99 {percentile(beats, 0.99):.1f} ms; {len(load.batches)} batches p50 "
          f"{percentile(load.batches, 0.5):.1f} ms p99 {percentile(load.batches, 0.99):.1f} ms; "
          f"{len(load.failures)} failures")  # fmt: skip


@pytest.mark.timeout(900)
def test_one_process_carries_the_stations_without_an_error(tmp_path: Path, size: tuple[int, float]) -> None:
    stations, seconds = size
    database = tmp_path / "server.db"
    seed(f"sqlite:///{database}", racks_per_floor=stations // len(FLOORS) + 1)
    with station_server(tmp_path, "--db", f"sqlite:///{database}") as base_url:
        load = run_load([base_url], stations, seconds)
    report("one process, SQLite, in-process leases", load, stations)
    assert load.failures == [], load.failures[:5]
    assert load.batches and load.heartbeats


@pytest.mark.timeout(900)
def test_three_processes_on_redis_and_postgres_carry_them_without_an_error(
    tmp_path: Path, size: tuple[int, float], postgres_url: str, redis_url: str
) -> None:
    stations, seconds = size
    with ExitStack() as stack:
        schema = stack.enter_context(
            postgres_schema(postgres_url, racks_per_floor=stations // len(FLOORS) + 1, item_count=1_000)
        )
        args = ("--db", schema, "--redis", redis_url)
        base_urls = [stack.enter_context(station_server(tmp_path, *args)) for _ in range(3)]
        load = run_load(base_urls, stations, seconds)
    report("three processes, PostgreSQL and Redis", load, stations)
    assert load.failures == [], load.failures[:5]
    assert load.batches and load.heartbeats
