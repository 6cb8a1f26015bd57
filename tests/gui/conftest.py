"""GUI fixtures: the real window, offscreen, against the reference server of tests/helpers/warehouse.py,
driven by keys on the qasync loop of tests/conftest.py."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
import qasync
from PySide6.QtWidgets import QApplication

from station.server.embedded import EmbeddedServer
from tests.helpers.gui import Driver, make_station


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
