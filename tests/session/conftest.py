"""Session fixtures: a ``StationSession`` with no window, over respx's recorded answers, a temporary
store and a fake clock (``tests.helpers.session``)."""

from __future__ import annotations

import asyncio
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
import qasync
import respx

from station.domain.clock import FakeClock
from station.store.database import open_store
from tests.helpers.api import BASE
from tests.helpers.session import Rig, serve_warehouse


@pytest.fixture(scope="session")
def warehouse() -> respx.MockRouter:
    """The server's routes, built once (building a respx route is slow)."""
    router = respx.MockRouter(base_url=BASE, assert_all_called=False)
    serve_warehouse(router)
    return router


@pytest.fixture
def api(warehouse: respx.MockRouter) -> Iterator[respx.MockRouter]:
    """The server: every route a counter's day uses, answering its recorded payload. What a test changes
    (a route re-declared or added, the calls) is rolled back after it."""
    with warehouse:
        yield warehouse


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture(scope="session")
def migrated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An empty station database, migrated once: each test's store starts as a copy of it (migrating a
    new file for every station takes longer than most tests)."""
    path = tmp_path_factory.mktemp("template") / "station.db"
    open_store(path).close()
    return path


@pytest.fixture
def station_db(migrated: Path, tmp_path: Path) -> Path:
    """This test's store file, empty."""
    return Path(shutil.copyfile(migrated, tmp_path / "station.db"))


@pytest.fixture
def rig(qloop: qasync.QEventLoop, api: respx.MockRouter, clock: FakeClock, station_db: Path) -> Iterator[Rig]:
    """A station, nobody logged in yet."""
    built = Rig.build(qloop, api, clock, station_db)
    yield built
    built.close()


@pytest.fixture
def counting(rig: Rig) -> Rig:
    """counter1 logged in and counting rack R1 (``rack_claim.json``)."""
    rig.claim()
    return rig


@pytest.fixture(autouse=True)
def _loop_released() -> Iterator[None]:
    """``run_on`` leaves the qasync loop marked running between runs, as the application has it;
    unmark it after each test, as the GUI tests do, so that a later ``asyncio.run`` works."""
    yield
    asyncio.events._set_running_loop(None)
