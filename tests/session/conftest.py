"""Session fixtures: a ``StationSession`` with no window, over respx's recorded answers, a temporary
store and a fake clock (``tests.helpers.session``)."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from pathlib import Path

import pytest
import qasync
import respx

from station.domain.clock import FakeClock
from tests.helpers.session import BASE, Rig, serve_warehouse


@pytest.fixture
def api() -> Iterator[respx.MockRouter]:
    """The server: every route a counter's day uses, answering its recorded payload."""
    with respx.mock(base_url=BASE, assert_all_called=False) as router:
        serve_warehouse(router)
        yield router


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def rig(qloop: qasync.QEventLoop, api: respx.MockRouter, clock: FakeClock, tmp_path: Path) -> Iterator[Rig]:
    """A station, nobody logged in yet."""
    built = Rig.build(qloop, api, clock, tmp_path / "station.db")
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
