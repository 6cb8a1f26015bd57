"""A full disk and a damaged database: a sentence for the counter, nothing committed lost, and the
station counts again as soon as there is room. The station's data lives on a small tmpfs here."""

from __future__ import annotations

import os
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
import qasync
from PySide6.QtWidgets import QApplication

from station.app import build
from station.config import Settings
from station.domain.wedge import Entry
from station.server.embedded import EmbeddedServer
from station.store.database import open_store
from tests.helpers.gui import Driver
from tests.helpers.reference import plain_barcodes

pytestmark = pytest.mark.reliability


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A 4 MB filesystem of its own, so that filling it fills nothing else."""
    if os.geteuid() != 0:
        pytest.skip("mounting a small tmpfs needs root (CI runs as root)")
    mount = tmp_path / "small"
    mount.mkdir()
    subprocess.run(["mount", "-t", "tmpfs", "-o", "size=4m", "tmpfs", str(mount)], check=True)
    yield mount
    subprocess.run(["umount", "-l", str(mount)], check=False)


def fill(disk: Path) -> Path:
    """Write a ballast file until the filesystem has no room left."""
    ballast = disk / "ballast"
    with open(ballast, "wb") as out:
        try:
            while True:
                out.write(b"\0" * 65536)
                out.flush()
        except OSError:
            pass
    return ballast


def test_a_full_disk_is_a_sentence_loses_nothing_and_counting_resumes_when_there_is_room(
    qapp: QApplication, qloop: qasync.QEventLoop, reference_server: EmbeddedServer, small_disk: Path
) -> None:
    settings = Settings().with_overrides(server={"url": reference_server.url}, feedback={"sound": False})
    store = open_store(small_disk / "station.db")
    driver = Driver(qapp, qloop, build(qapp, settings, store))
    driver.start()
    try:
        driver.log_in()
        driver.open_rack("G-R01")
        station_session = driver.station.session
        session = driver.session_id()
        codes = plain_barcodes(driver)

        def scan(n: int) -> str:
            code = codes[n % len(codes)]
            driver.run(driver.window.scanning.scan(Entry(code, code)))
            return str(driver.window.scan_view.message.text())

        for n in range(5):
            scan(n)
        assert station_session._records.totals(session).pieces == 5
        ballast = fill(small_disk)
        refused = ""
        for n in range(5, 400):  # SQLite may still have a free page or two
            message = scan(n)
            if driver.window.scan_view.message.property("verdict") == "bad":
                refused = message
                break
        counted = station_session._records.totals(session).pieces
        assert "is full, so the last scan was not saved" in refused
        assert driver.window.scan_view.message.property("verdict") == "bad"
        ballast.unlink()  # IT makes room
        scan(1000)
        assert station_session._records.totals(session).pieces == counted + 1
        if not driver.until(lambda: station_session._records.totals(session).unsynced == 0, timeout=30, fail=False):
            with store.read() as conn:
                states = conn.exec_driver_sql(
                    "SELECT attempts, next_attempt_at, last_error, stalled, blocked FROM sync_state"
                ).all()
            raise AssertionError(
                f"not drained: {station_session._records.totals(session)} {states} "
                f"{station_session._clock.wall().timestamp()}"
            )
    finally:
        driver.stop()
    again = open_store(small_disk / "station.db")  # after a restart: everything committed is there
    with again.read() as conn:
        pieces = conn.exec_driver_sql("SELECT sum(verified_qty) FROM records").scalar()
    again.close()
    assert pieces == counted + 1


def test_a_damaged_database_is_kept_aside_and_said(
    qapp: QApplication, qloop: qasync.QEventLoop, reference_server: EmbeddedServer, tmp_path: Path
) -> None:
    database = tmp_path / "station.db"
    database.write_bytes(b"SQLite format 3\0" + os.urandom(8192))
    store = open_store(database)
    assert store.recovered_from is not None and store.recovered_from.exists()
    settings = Settings().with_overrides(server={"url": reference_server.url}, feedback={"sound": False})
    driver = Driver(qapp, qloop, build(qapp, settings, store))
    driver.start()
    try:
        assert "database was damaged; it was kept aside as" in driver.window.status.currentMessage()
        driver.log_in()
        driver.open_rack("G-R01")  # and the station counts on a fresh one
    finally:
        driver.stop()
