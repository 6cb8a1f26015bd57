"""Test-wide setup: Qt offscreen, service fixtures, no real station folders."""

from __future__ import annotations

import asyncio
import logging
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit

import pytest

# Before anything imports Qt: tests never open real windows, and the offscreen screen is a common desk's
# (1366×768, not Qt's 800×800), so that windows and dialogs open as a counter sees them.
if os.environ.get("QT_QPA_PLATFORM", "offscreen") == "offscreen":
    from tests.helpers.desks import COMMON_DESK, screen_file

    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={screen_file(COMMON_DESK, Path(tempfile.gettempdir()))}"

import qasync  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from station.ui.theme import apply_theme  # noqa: E402
from tests.helpers.leaks import LeakGuard, guarded  # noqa: E402
from tests.helpers.services import POSTGRES_URL, REDIS_URL, require_service  # noqa: E402

# Fixtures shared by several folders live in typed modules of tests/helpers, loaded here as plugins; no
# test module imports another test module or another folder's conftest (tests/test_project.py).
pytest_plugins = [
    "pytester",  # tests/test_leak_guard.py runs a leaking test file of its own
    "tests.helpers.serial",  # cable: a socat serial cable
    "tests.helpers.store",  # store, records, clock
    "tests.helpers.warehouse",  # reference_server, clocked_server, server_clock
    "tests.helpers.stockverify",  # stockverify: a fake StockVerify as it ships, its defects switchable
]


@pytest.fixture(scope="session")
def template_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A small seeded reference-server database (15 racks, 60 items, the demo users) to copy."""
    from tests.helpers.server import seed_template

    return seed_template(tmp_path_factory.mktemp("template") / "server.db")


@pytest.fixture(autouse=True)
def leak_guard(monkeypatch: pytest.MonkeyPatch) -> Iterator[LeakGuard]:
    """No QThread a test starts may still run, and no QTimer it starts may still tick, once it has ended
    (tests/helpers/leaks.py; tests/test_leak_guard.py shows it failing a test that leaks)."""
    yield from guarded(monkeypatch)


@pytest.fixture(autouse=True)
def _no_real_station_folders(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """Every test runs as if started with --data-dir in a temporary folder."""
    monkeypatch.setenv("STATION_DATA_DIR", str(tmp_path_factory.mktemp("station-data")))
    for name in list(os.environ):
        if name.startswith("STATION_") and name not in ("STATION_DATA_DIR", "STATION_REQUIRE_SERVICES"):
            monkeypatch.delenv(name)


@pytest.fixture
def redis_url() -> Iterator[str]:
    """A Redis database for this test, flushed before and after."""
    parts = urlsplit(REDIS_URL)
    require_service("Redis", parts.hostname or "127.0.0.1", parts.port or 6379)
    import redis

    client = redis.Redis.from_url(REDIS_URL)
    client.flushdb()
    try:
        yield REDIS_URL
    finally:
        client.flushdb()
        client.close()


@pytest.fixture
def postgres_url() -> str:
    """The PostgreSQL database tests may use."""
    parts = urlsplit(POSTGRES_URL)
    require_service("PostgreSQL", parts.hostname or "127.0.0.1", parts.port or 5432)
    return POSTGRES_URL


@pytest.fixture
def restore_logging() -> Iterator[None]:
    """Undo what ``setup_logging`` does to the root logger, for tests that call it."""
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    yield
    for handler in list(root.handlers):
        if handler not in handlers:
            root.removeHandler(handler)
            handler.close()
    root.setLevel(level)
    logging.captureWarnings(False)


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--reliability-long",
        action="store_true",
        help="run the reliability suites at full length (200 crashes); CI runs them shortened",
    )


@pytest.fixture(scope="session")
def qloop(qapp: QApplication) -> Iterator[qasync.QEventLoop]:
    """One qasync loop for the whole session (PLATFORM.md: stopping one in teardown breaks later tests)."""
    loop = qasync.QEventLoop(qapp)
    # Its worker threads (for getaddrinfo) live as long as the loop: started here, not inside a test.
    loop.set_default_executor(qasync.QThreadExecutor())
    asyncio.set_event_loop(loop)
    apply_theme(qapp, "light")
    yield loop
    asyncio.events._set_running_loop(None)
    loop.close()  # while the QApplication still exists
    asyncio.set_event_loop(None)
