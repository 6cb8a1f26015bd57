"""Soak: a shift compressed with a fake clock — scans, heartbeats every 25 s of it, syncs, minimise and
restore every 1,000 scans — against the real window and server. After warm-up the process grows by
less than 20 MB, and threads, timers, open files and sockets, and database connections do not pile up.

2,000 scans by default; the whole eight-hour shift (50,000 scans) with ``--reliability-long``.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from functools import partial
from pathlib import Path

import pytest
import qasync
from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QApplication
from sqlalchemy.pool import QueuePool

from station.app import build
from station.config import Settings
from station.domain.clock import FakeClock
from station.domain.wedge import Entry
from station.server.embedded import EmbeddedServer
from station.store.database import open_store
from tests.helpers.gui import Driver
from tests.helpers.reference import plain_barcodes

pytestmark = pytest.mark.reliability
SHIFT_S = 8 * 3600
HEARTBEAT_S = 25
BURST = 10
PAGE = os.sysconf("SC_PAGE_SIZE")


@dataclass(frozen=True)
class Footprint:
    rss_mb: float
    threads: int
    timers: int
    files: int
    connections: int

    @classmethod
    def now(cls, app: QApplication, driver: Driver) -> Footprint:
        with open("/proc/self/statm", encoding="ascii") as statm:
            rss = int(statm.read().split()[1]) * PAGE / 1_000_000
        pool = driver.station.store.engine.pool
        assert isinstance(pool, QueuePool)  # a file database's pool, which counts its connections
        return cls(
            rss_mb=round(rss, 1),
            threads=len(_own_threads()),  # the sync worker's QThread among them
            timers=len(_timers(driver.window)),
            files=len(os.listdir("/proc/self/fd")),
            connections=pool.checkedout() + pool.checkedin(),
        )


POOLED = ("AnyIO worker thread", "ThreadPoolExecutor-", "asyncio_")
"""Threads of bounded pools (the built-in server's request workers, executors): they come and go with the
load and idle out on the wall clock, so their number says nothing about a leak."""


def _own_threads() -> list[threading.Thread]:
    return [thread for thread in threading.enumerate() if not thread.name.startswith(POOLED)]


def _timers(root: QObject) -> list[QTimer]:
    return root.findChildren(QTimer)


@pytest.fixture
def soak_station(
    qapp: QApplication, qloop: qasync.QEventLoop, reference_server: EmbeddedServer, tmp_path: Path
) -> Iterator[tuple[Driver, FakeClock]]:
    clock = FakeClock()
    settings = Settings().with_overrides(server={"url": reference_server.url}, feedback={"sound": False})
    driver = Driver(qapp, qloop, build(qapp, settings, open_store(tmp_path / "soak.db"), clock=clock))
    driver.start()
    yield driver, clock
    driver.stop()


@pytest.mark.timeout(3600)  # the long variant takes about ten minutes
def test_a_compressed_shift_leaks_neither_memory_nor_resources(
    qapp: QApplication, soak_station: tuple[Driver, FakeClock], request: pytest.FixtureRequest
) -> None:
    driver, clock = soak_station
    scans = 50_000 if request.config.getoption("--reliability-long") else 2_000
    step_s = SHIFT_S / 50_000  # the pace of a real shift, whatever the length of the run
    driver.log_in()
    driver.open_rack("G-R01")
    station_session = driver.station.session
    session = driver.session_id()
    codes = plain_barcodes(driver)

    def counted_at_least(n: int) -> bool:
        return station_session._records.totals(session).pieces >= n

    warm_up = scans // 10
    since_beat = 0.0
    baseline: Footprint | None = None
    for n in range(1, scans + 1):
        code = codes[n % len(codes)]
        driver.window.on_entry(Entry(code, code))
        if n % BURST == 0:  # a few scans in flight at once, then wait for them to be counted
            driver.until(partial(counted_at_least, n))
        clock.advance(step_s)
        since_beat += step_s
        if since_beat >= HEARTBEAT_S:
            since_beat = 0.0
            driver.run(station_session._heartbeat.beat())
        if n % 1_000 == 0:
            driver.window.showMinimized()
            driver.until(lambda: station_session.away)
            driver.window.showNormal()
            driver.until(lambda: not station_session.away)
        if n == warm_up:
            driver.until(lambda: station_session._records.totals(session).unsynced == 0)
            baseline = Footprint.now(qapp, driver)
    driver.until(lambda: station_session._records.totals(session).unsynced == 0, timeout=60)
    end = Footprint.now(qapp, driver)
    assert baseline is not None
    print(
        f"\n{scans} scans over {scans * step_s / 3600:.1f} h of fake time; after warm-up {baseline}; at the end {end}"
    )
    assert end.rss_mb - baseline.rss_mb < 20
    assert (end.threads, end.timers, end.connections) == (baseline.threads, baseline.timers, baseline.connections)
    assert end.files <= baseline.files + 2  # a keep-alive socket more or less
    assert station_session._records.totals(session).pieces == scans
