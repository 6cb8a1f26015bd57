"""Crashes: a real station process, fed scans through a serial pseudo-terminal, is killed with SIGKILL at
random moments while it scans and syncs, and started again, over and over (200 times with
``--reliability-long``, 20 otherwise). Afterwards every scan it showed as counted is in its database,
and the server holds each line exactly as the station does: nothing lost, nothing twice.
"""

from __future__ import annotations

import os
import queue
import random
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from sqlalchemy import select

from station.server import db as server_db
from station.server.embedded import EmbeddedServer
from station.store.database import open_store
from tests.helpers.serial import Cable

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.reliability


class StationProcess:
    """One run of tests/reliability/crash_station.py, its stdout read line by line on a thread."""

    def __init__(self, server: str, data: Path, port: Path) -> None:
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONUNBUFFERED": "1"}
        self.process = subprocess.Popen(
            [sys.executable, "-m", "tests.reliability.crash_station", "--server", server, "--data", str(data),
             "--port", str(port)],
            cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
        )  # fmt: skip
        self.lines: queue.Queue[str] = queue.Queue()
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self) -> None:
        assert self.process.stdout is not None
        for line in self.process.stdout:
            self.lines.put(line.strip())

    def wait_for(self, wanted: str, acks: dict[str, int], timeout_s: float = 60) -> None:
        deadline = time.monotonic() + timeout_s
        while True:
            line = self.lines.get(timeout=max(0.01, deadline - time.monotonic()))
            note_ack(line, acks)
            if line == wanted:
                return

    def drain(self, acks: dict[str, int]) -> None:
        while True:
            try:
                note_ack(self.lines.get_nowait(), acks)
            except queue.Empty:
                return

    def kill(self) -> None:
        self.process.send_signal(signal.SIGKILL)
        self.process.wait(10)
        self._reader.join(10)  # what it printed before dying is all read
        assert self.process.stdout is not None
        self.process.stdout.close()


def note_ack(line: str, acks: dict[str, int]) -> None:
    if line.startswith("ACK "):
        _, item, qty = line.split()
        acks[item] = max(acks.get(item, 0), int(qty))


def plain_barcodes(server_db_path: Path) -> dict[str, str]:
    engine = server_db.make_engine(f"sqlite:///{server_db_path}")
    with engine.connect() as conn:
        rows = conn.execute(
            select(server_db.barcodes.c.barcode, server_db.items.c.item_code)
            .join(server_db.items, server_db.items.c.item_code == server_db.barcodes.c.item_code)
            .where(server_db.items.c.rack_id == "G-R01", server_db.items.c.serialized.is_(False))
        ).all()
    engine.dispose()
    return {barcode: item for barcode, item in rows}


@pytest.mark.timeout(3600)  # the long variant takes about ten minutes
def test_killed_at_random_moments_the_station_loses_nothing_and_sends_nothing_twice(
    reference_server: EmbeddedServer, cable: Cable, tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    kills = 200 if request.config.getoption("--reliability-long") else 20
    rng = random.Random(2026)
    data = tmp_path / "station"
    data.mkdir()
    server_db_path = reference_server.settings.data_dir / "server.db"
    codes = list(plain_barcodes(server_db_path))
    acks: dict[str, int] = {}
    sent = 0
    for _ in range(kills):
        station = StationProcess(reference_server.url, data, cable.port)
        try:
            if rng.random() < 0.1:  # now and then while it starts: opening the database, logging in, recovering
                time.sleep(rng.uniform(0.2, 2.0))
                continue
            station.wait_for("READY", acks)
            until = time.monotonic() + rng.uniform(0.1, 2.0)
            last = ""
            while time.monotonic() < until:
                last = rng.choice([code for code in codes if code != last])  # not a double read
                cable.scan(f"{last}\r".encode())
                sent += 1
                time.sleep(rng.uniform(0.02, 0.3))  # the pace of a counter; the kill comes at any instant
        finally:
            station.kill()
            station.drain(acks)
    final = StationProcess(reference_server.url, data, cable.port)  # once more, to let everything go
    try:
        final.wait_for("READY", acks)
        final.wait_for("QUEUE 0", acks)
    finally:
        final.kill()
        final.drain(acks)

    store = open_store(data / "station.db")
    with store.read() as conn:
        local = {row[0]: (row[1], row[2], row[3]) for row in conn.exec_driver_sql(
            "SELECT client_record_id, item_code, verified_qty, local_rev - synced_rev FROM records")}  # fmt: skip
    store.close()
    counted = {item: qty for item, qty, _ in local.values()}
    print(f"\n{kills} kills, {sent} scans sent, acknowledged up to {acks}, counted {counted}")
    assert acks and all(counted.get(item, 0) >= qty for item, qty in acks.items())  # nothing acknowledged lost
    assert all(waiting == 0 for _item, _qty, waiting in local.values())  # everything reached the server
    engine = server_db.make_engine(f"sqlite:///{server_db_path}")
    with engine.connect() as conn:
        remote = {row[0]: row[1] for row in conn.execute(
            select(server_db.records.c.client_record_id, server_db.records.c.verified_qty))}  # fmt: skip
    engine.dispose()
    assert remote == {record_id: qty for record_id, (_item, qty, _w) in local.items()}  # exactly once, as counted
