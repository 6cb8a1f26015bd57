"""Store fixtures for every folder (a pytest plugin listed in tests/conftest.py): a fresh station
database in a temporary folder, a fake clock, the records kept on both; and the counting and items the
store tests write."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from station.domain.clock import FakeClock
from station.domain.lines import Counting, Item
from station.store.database import Store, open_store
from station.store.records import Records

COUNTING = Counting(session_id="s-1", rack_id="G-R01", floor="Ground", username="counter1", lock_token=1)
RICE = Item("ITM-000201", "Nails Small", "8901001002012", "NOS")
COOKER = Item("ITM-000001", "Mixer Jar 3 L", "8901001000018", "NOS", serialized=True)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    """A station database of its own, closed after the test."""
    opened = open_store(tmp_path / "station.db")
    yield opened
    opened.close()


@pytest.fixture
def records(store: Store, clock: FakeClock) -> Records:
    return Records(store, clock)
