"""Reference server: claim, heartbeat and a 100-record batch (p50, p99) beside their floors.

Floors, measured in the same run: an authenticated no-op POST through the same server and client
(the transport floor), a raw Redis ``SET NX PX`` round trip, and a raw 100-row insert+commit in the
same database. Every lease-store × database pair that this machine can run is measured.
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import httpx

from tests.bench.table import Row, interleaved, p50, percentile, timed
from tests.helpers.processes import free_port, wait_until_healthy
from tests.helpers.services import POSTGRES_URL, REDIS_URL, port_open

BENCH_REDIS = REDIS_URL.rsplit("/", 1)[0] + "/14"  # its own database, flushed before each run
SCALE = float(os.environ.get("BENCH_SCALE", "1"))
CLAIMS, HEARTBEATS, BATCHES, FLOORS = (int(n * SCALE) for n in (300, 600, 100, 300))


@contextmanager
def bench_server(db_url: str, redis_url: str | None, data_dir: Path) -> Iterator[str]:
    port = free_port()
    args = [sys.executable, "-m", "tests.bench.serve", "--port", str(port), "--db", db_url, "--data-dir", str(data_dir)]
    process = subprocess.Popen([*args, *(["--redis", redis_url] if redis_url else [])], stderr=subprocess.PIPE)
    try:
        wait_until_healthy(f"http://127.0.0.1:{port}", process, timeout=60)
        yield f"http://127.0.0.1:{port}"
    finally:
        process.terminate()
        process.wait(timeout=10)
        if process.stderr:
            process.stderr.close()


@contextmanager
def postgres_scratch() -> Iterator[tuple[str, str]]:
    """An empty schema: (SQLAlchemy URL for the server, libpq URL for the raw floor)."""
    import psycopg

    schema = f"bench_{uuid.uuid4().hex[:10]}"
    with psycopg.connect(POSTGRES_URL, autocommit=True) as conn:
        conn.execute(f'CREATE SCHEMA "{schema}"')
    base = POSTGRES_URL.replace("postgresql://", "postgresql+psycopg://", 1)
    try:
        yield f"{base}?options=-csearch_path%3D{schema}", f"{POSTGRES_URL}?options=-csearch_path%3D{schema}"
    finally:
        with psycopg.connect(POSTGRES_URL, autocommit=True) as conn:
            conn.execute(f'DROP SCHEMA "{schema}" CASCADE')


def raw_insert_sqlite(path: Path) -> list[float]:
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=FULL")
    conn.execute("CREATE TABLE IF NOT EXISTS bench_raw (id TEXT PRIMARY KEY, qty INTEGER, note TEXT)")

    def insert() -> None:
        conn.execute("BEGIN")
        conn.executemany(
            "INSERT INTO bench_raw VALUES (?, ?, ?)", [(uuid.uuid4().hex, n, "x" * 40) for n in range(100)]
        )
        conn.execute("COMMIT")

    try:
        return timed(insert, FLOORS // 3)
    finally:
        conn.close()


def raw_insert_postgres(libpq_url: str) -> list[float]:
    import psycopg

    with psycopg.connect(libpq_url) as conn:
        conn.execute("CREATE TABLE IF NOT EXISTS bench_raw (id TEXT PRIMARY KEY, qty INTEGER, note TEXT)")
        conn.commit()

        def insert() -> None:
            with conn.cursor() as cursor:
                cursor.executemany(
                    "INSERT INTO bench_raw VALUES (%s, %s, %s)", [(uuid.uuid4().hex, n, "x" * 40) for n in range(100)]
                )
            conn.commit()

        return timed(insert, FLOORS // 3)


def raw_redis() -> list[float]:
    import redis

    client = redis.Redis.from_url(BENCH_REDIS)
    try:
        return timed(lambda: client.set(f"bench:{uuid.uuid4().hex}", "owner", nx=True, px=5000), FLOORS)
    finally:
        client.close()


def through_server(base_url: str) -> dict[str, list[float]]:
    """Each operation interleaved with the no-op POST, so each ratio compares like with like."""
    with httpx.Client(base_url=base_url, timeout=30) as client:
        token = client.post("/api/auth/login-pin", json={"username": "counter1", "pin": "1111"}).json()
        client.headers["Authorization"] = f"Bearer {token['access_token']}"

        def noop() -> None:
            _ok(client.post("/bench/noop"))

        # A counter's own release finishes the rack (claimed again only for a recount): a supervisor gives
        # it back instead, which leaves a rack nothing was counted on available.
        supervisor = httpx.Client(base_url=base_url, timeout=30)
        pin = supervisor.post("/api/auth/login-pin", json={"username": "supervisor", "pin": "9999"}).json()
        supervisor.headers["Authorization"] = f"Bearer {pin['access_token']}"
        racks = [r["rack_id"] for r in client.get("/api/racks", params={"floor": "First"}).json()]
        turn = iter(range(10**9))
        claims: list[float] = []

        def claim_then_release() -> None:
            rack = racks[next(turn) % len(racks)]
            started = time.perf_counter()
            _ok(client.post(f"/api/racks/{rack}/claim", json={"floor": "First"}))
            claims.append((time.perf_counter() - started) * 1000)
            _ok(supervisor.post(f"/api/racks/{rack}/release"))  # not timed: every claim takes a rack afresh

        _, claim_floor = interleaved(claim_then_release, noop, CLAIMS)
        answer = client.post("/api/racks/G-R01/claim", json={"floor": "Ground"})
        _ok(answer)
        session = answer.json()

        def heartbeat() -> None:
            _ok(client.post(f"/api/sessions/{session['session_id']}/heartbeat"))

        beats, beat_floor = interleaved(heartbeat, noop, HEARTBEATS)
        batches = timed(lambda: _batch(client, session), BATCHES, warmup=3)
        supervisor.close()
    return {
        "claim": claims[-CLAIMS:],
        "claim_floor": claim_floor,
        "heartbeat": beats,
        "heartbeat_floor": beat_floor,
        "batch": batches,
    }


def _ok(answer: httpx.Response) -> None:
    assert answer.status_code == 200, answer.text


def _batch(client: httpx.Client, session: dict[str, Any]) -> None:
    now = "2026-01-05T08:00:00Z"
    records = [
        {"client_record_id": str(uuid.uuid4()), "session_id": session["session_id"], "rack_id": session["rack_id"],
         "floor": session["floor"], "item_code": f"BENCH-{n}", "verified_qty": 3, "damage_qty": 0,
         "serial_numbers": [], "status": "partial", "created_at": now, "updated_at": now,
         "lock_token": session["lock_token"]}
        for n in range(100)
    ]  # fmt: skip
    answer = client.post("/api/sync/batch", json={"batch_id": str(uuid.uuid4()), "records": records})
    assert len(answer.json()["ok"]) == 100, answer.text


def run() -> list[Row]:
    rows: list[Row] = []
    have_redis = port_open("127.0.0.1", 6379)
    have_postgres = port_open("127.0.0.1", 5432)
    redis_floor = p50(raw_redis()) if have_redis else None
    if redis_floor is not None:
        rows.append(Row("Redis SET NX PX round trip (raw)", redis_floor, "ms"))
    databases = ["sqlite", *(["postgres"] if have_postgres else [])]
    stores = ["memory", *(["redis"] if have_redis else [])]
    for database in databases:
        for store in stores:
            with tempfile.TemporaryDirectory() as scratch, _database(database, Path(scratch)) as (url, raw):
                redis_url = BENCH_REDIS if store == "redis" else None
                if redis_url:
                    _flush(redis_url)
                with bench_server(url, redis_url, Path(scratch)) as base_url:
                    measured = through_server(base_url)
                rows.extend(_rows(f"{store} leases, {database}", measured, raw))
    return rows


def _flush(url: str) -> None:
    import redis

    client = redis.Redis.from_url(url)
    client.flushdb()
    client.close()


@contextmanager
def _database(kind: str, scratch: Path) -> Iterator[tuple[str, list[float]]]:
    if kind == "sqlite":
        yield f"sqlite:///{scratch / 'server.db'}", raw_insert_sqlite(scratch / "raw.db")
    else:
        with postgres_scratch() as (url, libpq):
            yield url, raw_insert_postgres(libpq)


def _rows(config: str, measured: dict[str, list[float]], raw_insert: list[float]) -> list[Row]:
    insert = p50(raw_insert)
    claim, beat, batch = measured["claim"], measured["heartbeat"], measured["batch"]
    claim_floor, beat_floor = p50(measured["claim_floor"]), p50(measured["heartbeat_floor"])
    noop = "no-op POST, interleaved"
    return [
        Row(f"claim p50 [{config}]", p50(claim), "ms", claim_floor, noop, "≤ 3× floor", p50(claim) <= 3 * claim_floor),
        Row(f"claim p99 [{config}]", percentile(claim, 99), "ms", claim_floor, noop),
        Row(f"heartbeat p50 [{config}]", p50(beat), "ms", beat_floor, noop, "≤ 2× floor", p50(beat) <= 2 * beat_floor),
        Row(f"heartbeat p99 [{config}]", percentile(beat, 99), "ms", beat_floor, noop),
        Row(
            f"100-record batch p50 [{config}]",
            p50(batch),
            "ms",
            insert,
            "raw 100-row insert",
            "≤ 25 ms",
            p50(batch) <= 25,
        ),
        Row(f"100-record batch p99 [{config}]", percentile(batch, 99), "ms", insert, "raw 100-row insert"),
    ]
