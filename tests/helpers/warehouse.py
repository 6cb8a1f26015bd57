"""The small seeded warehouse served on a loopback port, for the GUI and reliability suites (a pytest
plugin listed in tests/conftest.py): with the system's clock, or with a fake one a test moves."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from station.domain.clock import FakeClock
from station.server.embedded import EmbeddedServer


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
