"""Scan to durable: one line written and committed through the store, alone and while a sync drains,
beside a bare sqlite3 WAL/synchronous=FULL insert+commit in the same folder."""

from __future__ import annotations

import asyncio
import random
import sqlite3
import tempfile
import threading
import uuid
from pathlib import Path

from station.api.client import ServerClient
from station.api.transport import make_http_client
from station.domain.backoff import BackoffPolicy
from station.domain.clock import SystemClock
from station.domain.lines import Counting, Item
from station.store.database import Store, open_store
from station.store.outbox import Outbox
from station.store.records import Records
from station.sync.engine import SyncEngine
from tests.bench.table import Row, p50, percentile, timed
from tests.helpers.fake_server import FakeSyncServer
from tests.helpers.stations import fill_outbox

SCANS = 1000
COUNTING = Counting("s-bench", "G-R01", "Ground", "counter1", 1)


def raw_commit(folder: Path) -> list[float]:
    connection = sqlite3.connect(folder / "raw.db", isolation_level=None)
    connection.execute("PRAGMA journal_mode=WAL")
    connection.execute("PRAGMA synchronous=FULL")
    connection.execute("CREATE TABLE scans (id TEXT PRIMARY KEY, item TEXT, qty INTEGER)")

    def insert() -> None:
        connection.execute("BEGIN IMMEDIATE")
        connection.execute("INSERT INTO scans VALUES (?, ?, ?)", (uuid.uuid4().hex, "ITM-1", 1))
        connection.execute("COMMIT")

    try:
        return timed(insert, SCANS)
    finally:
        connection.close()


def scans(records: Records) -> list[float]:
    """Scans as a counter makes them: mostly a new item, sometimes the same one again."""
    rng = random.Random(7)
    codes = iter(range(10**9))
    return timed(lambda: records.add_scan(COUNTING, Item(f"ITM-{next(codes) if rng.random() < 0.7 else 0:06d}")), SCANS)


def run() -> list[Row]:
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch)
        raw = p50(raw_commit(folder))
        store = open_store(folder / "station.db")
        records = Records(store, SystemClock())
        alone = scans(records)
        busy = _while_draining(store, records)
        store.close()
    floor = "bare sqlite3 insert+commit"
    return [
        Row("scan to durable p50 (alone)", p50(alone), "ms", raw, floor, "≤ 3× raw", p50(alone) <= 3 * raw),
        Row("scan to durable p99 (alone)", percentile(alone, 99), "ms", raw, "bare sqlite3 insert+commit"),
        Row("scan to durable p50 (while syncing)", p50(busy), "ms", raw, "bare sqlite3 insert+commit"),
        Row("scan to durable p99 (while syncing)", percentile(busy, 99), "ms", raw, "bare sqlite3 insert+commit",
            "≤ 10 ms", percentile(busy, 99) <= 10),
    ]  # fmt: skip


def _while_draining(store: Store, records: Records) -> list[float]:
    """Scan while another thread drains 20,000 lines (taking and settling batches) as fast as it can."""
    fill_outbox(store, Counting("s-drain", "G-R02", "Ground", "counter2", 1), 20_000)
    stop = threading.Event()

    def drain() -> None:
        async def loop() -> None:
            client = ServerClient(make_http_client("http://fake", transport=FakeSyncServer().transport()))
            client.credentials.set("token")
            policy = BackoffPolicy()
            engine = SyncEngine(Outbox(store, policy), client, SystemClock(), policy)
            while not stop.is_set() and (await engine.run_pass()).sent:
                pass
            await client.http.aclose()

        asyncio.run(loop())

    drainer = threading.Thread(target=drain, name="bench-drainer")
    drainer.start()
    try:
        return scans(records)
    finally:
        stop.set()
        drainer.join()
