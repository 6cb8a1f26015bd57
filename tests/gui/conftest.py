"""GUI fixtures: the real window, offscreen, against a reference server on a loopback port, driven by
keys; a qasync loop the tests run coroutines on; and no thread or timer left behind."""

from __future__ import annotations

import asyncio
import shutil
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
import qasync
from PySide6.QtCore import QThread
from PySide6.QtWidgets import QApplication

from station.app import Station, build
from station.config import Settings
from station.domain.clock import FakeClock
from station.server.embedded import EmbeddedServer
from station.store.database import open_store
from tests.helpers.gui import Driver


def serve(tmp_path: Path, template_db: Path, clock: FakeClock | None = None) -> Iterator[EmbeddedServer]:
    """The small seeded warehouse, served on a free loopback port (on ``clock``, if given)."""
    data = tmp_path / "server"
    data.mkdir()
    shutil.copyfile(template_db, data / "server.db")
    server = EmbeddedServer(data, demo_data=False, clock=clock)
    server.start()
    yield server
    server.stop()


@pytest.fixture
def reference_server(tmp_path: Path, template_db: Path) -> Iterator[EmbeddedServer]:
    yield from serve(tmp_path, template_db)


@pytest.fixture
def server_clock() -> FakeClock:
    """The server's clock, for tests that let a lease lapse without waiting for it."""
    return FakeClock(now=datetime.now(UTC))


@pytest.fixture
def clocked_server(tmp_path: Path, template_db: Path, server_clock: FakeClock) -> Iterator[EmbeddedServer]:
    yield from serve(tmp_path, template_db, server_clock)


def make_station(qapp: QApplication, server_url: str, data: Path) -> Station:
    settings = Settings().with_overrides(
        server={"url": server_url}, station={"name": "Dock 3"}, feedback={"sound": False}
    )
    return build(qapp, settings, open_store(data / "station.db"))


@pytest.fixture
def driver(
    qapp: QApplication, qloop: qasync.QEventLoop, reference_server: EmbeddedServer, tmp_path: Path
) -> Iterator[Driver]:
    station = make_station(qapp, reference_server.url, tmp_path / "station")
    driver = Driver(qapp, qloop, station)
    driver.start()
    yield driver
    driver.stop()


@pytest.fixture
def scanning(driver: Driver) -> Driver:
    """A counter logged in and counting rack G-R01."""
    driver.log_in()
    driver.open_rack("G-R01")
    return driver


@pytest.fixture(autouse=True)
def _nothing_left_running(qapp: QApplication) -> Iterator[None]:
    """No QThread may outlive its test (the sync worker must stop with the station); and the qasync
    loop, kept marked as running during a GUI test (see ``run_on``), is unmarked after it, so that
    the next tests' ``asyncio.run`` works."""
    yield
    asyncio.events._set_running_loop(None)
    running = [t for t in qapp.findChildren(QThread) if t.isRunning()]
    assert not running, f"threads still running after the test: {running}"
