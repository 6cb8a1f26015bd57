"""Drain: 10,000 lines from a station's outbox to the in-process reference server (SQLite), beside
the storage floor underneath: the same 10,000 rows inserted in 100 bare transactions, on both sides."""

from __future__ import annotations

import asyncio
import shutil
import sqlite3
import tempfile
import time
import uuid
from pathlib import Path

import httpx

from station.api.client import ServerClient
from station.domain.backoff import BackoffPolicy
from station.domain.clock import SystemClock
from station.domain.lines import Counting
from station.server.app import create_app
from station.server.settings import ServerSettings
from station.store.database import open_store
from station.store.outbox import Outbox
from station.sync.engine import SyncEngine
from tests.bench.table import Row
from tests.helpers.server import PINS, SECRET, seed_template
from tests.helpers.stations import fill_outbox

LINES = 10_000


def storage_floor(folder: Path) -> float:
    """Seconds to insert LINES rows in batches of 100, twice (station and server each store them)."""
    started = time.perf_counter()
    for side in ("station", "server"):
        connection = sqlite3.connect(folder / f"floor-{side}.db", isolation_level=None)
        connection.execute("PRAGMA journal_mode=WAL")
        connection.execute("PRAGMA synchronous=FULL")
        connection.execute("CREATE TABLE lines (id TEXT PRIMARY KEY, item TEXT, qty INTEGER, note TEXT)")
        for _ in range(LINES // 100):
            connection.execute("BEGIN IMMEDIATE")
            connection.executemany(
                "INSERT INTO lines VALUES (?, ?, ?, ?)", [(uuid.uuid4().hex, "ITM", 1, "x" * 40) for _ in range(100)]
            )
            connection.execute("COMMIT")
        connection.close()
    return time.perf_counter() - started


def drain(folder: Path) -> float:
    (folder / "server").mkdir()
    shutil.copyfile(seed_template(folder / "template.db"), folder / "server" / "server.db")
    app = create_app(ServerSettings(data_dir=folder / "server", secret=SECRET), sweeper=False)
    store = open_store(folder / "station" / "station.db")

    async def main() -> float:
        transport = httpx.ASGITransport(app=app)
        async with (
            app.router.lifespan_context(app),
            httpx.AsyncClient(transport=transport, base_url="http://ref") as http,
        ):
            client = ServerClient(http)
            await client.login_pin("counter1", PINS["counter1"])
            claim = await client.claim("G-R01", "Ground")
            fill_outbox(store, Counting(claim.session_id, "G-R01", "Ground", "counter1", claim.lock_token), LINES)
            policy = BackoffPolicy()
            engine = SyncEngine(Outbox(store, policy), client, SystemClock(), policy)
            started = time.perf_counter()
            report = await engine.run_pass()
            elapsed = time.perf_counter() - started
            assert report.synced == LINES, report
            return elapsed

    try:
        return asyncio.run(main())
    finally:
        store.close()


def run() -> list[Row]:
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch)
        floor = storage_floor(folder)
        seconds = drain(folder)
    return [
        Row(f"drain {LINES:,} lines to the reference server", seconds, "s", floor,
            "the same rows in bare transactions, both sides", "≤ 3 s", seconds <= 3),
    ]  # fmt: skip
