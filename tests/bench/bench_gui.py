"""The station's window: scan to line shown while the worker drains, the longest stall of the GUI
loop while 10,000 lines drain, and cold start to the log-in screen painted and to the station whole
behind it (and the import of ``station.app``) beside a bare Qt window's."""

from __future__ import annotations

import asyncio
import contextlib
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import qasync  # noqa: E402
from PySide6.QtCore import QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from station.app import Station, build, keep_startup_objects  # noqa: E402
from station.config import Settings  # noqa: E402
from station.domain.backoff import BackoffPolicy  # noqa: E402
from station.domain.lines import Counting  # noqa: E402
from station.domain.wedge import Entry  # noqa: E402
from station.store.database import open_store  # noqa: E402
from station.store.outbox import Outbox  # noqa: E402
from tests.bench.bench_store import raw_commit  # noqa: E402
from tests.bench.table import Row, p50, percentile  # noqa: E402
from tests.helpers.gui import run_on  # noqa: E402
from tests.helpers.processes import station_server  # noqa: E402
from tests.helpers.server import seed_template  # noqa: E402
from tests.helpers.stations import fill_outbox  # noqa: E402

SCANS = 300
DRAIN = 10_000

COLD_STATION = """
import os, sys, time
from pathlib import Path
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from station.config import Settings
from station.ui.first_screen import application, first_screen
settings = Settings().with_overrides(feedback={"sound": False})
app = application()
window = first_screen(app, settings.station.name, settings.station.language, settings.feedback.theme, Path(sys.argv[1]))
assert window.login_view.isVisible()
print(time.time())  # the log-in screen has painted: what ``station`` shows first
from station.app import build
from station.store.database import open_store
station = build(app, settings, open_store(Path(sys.argv[1]) / "station.db"), window=window)
station.window.start()
app.processEvents()
print(time.time())  # the station is whole: the log-in works
"""

COLD_BARE = """
import os
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
window = QMainWindow()
window.show()
app.processEvents()
"""


def import_time() -> tuple[float, float]:
    """Median seconds a fresh Python takes to import ``station.app``, and to import bare ``PySide6.QtWidgets``."""

    def spawn(module: str) -> float:
        program = f"import time; s = time.perf_counter(); import {module}; print(time.perf_counter() - s)"
        done = subprocess.run([sys.executable, "-c", program], check=True, capture_output=True, text=True, timeout=60)
        return float(done.stdout.split()[-1])

    station, bare = [], []
    for _ in range(5):  # in turns: both under the same conditions
        station.append(spawn("station.app"))
        bare.append(spawn("PySide6.QtWidgets"))
    return statistics.median(station), statistics.median(bare)


def cold_start(folder: Path) -> tuple[float, float, float]:
    """Median seconds from spawning Python to the log-in screen painted, to the station whole behind it
    (as ``station`` goes: ``first_screen``, then the rest attached), and to a bare window shown."""

    def spawn(program: str, *args: str) -> list[float]:
        started = time.time()
        done = subprocess.run([sys.executable, "-c", program, *args], check=True, capture_output=True, timeout=60)
        marks = [float(mark) - started for mark in done.stdout.split()]
        return marks or [time.time() - started]

    station = [spawn(COLD_STATION, str(folder / f"cold-{n}")) for n in range(5)]
    bare = [spawn(COLD_BARE)[0] for _ in range(5)]
    painted = statistics.median(marks[0] for marks in station)
    whole = statistics.median(marks[1] for marks in station)
    return painted, whole, statistics.median(bare)


def in_window(folder: Path) -> dict[str, list[float]]:
    """Scans shown, and loop stalls, with the real window, worker and a server on loopback."""
    app = QApplication.instance() or QApplication([])
    assert isinstance(app, QApplication)
    (folder / "server" / "data").mkdir(parents=True)
    shutil.copyfile(seed_template(folder / "template.db"), folder / "server" / "data" / "server.db")
    # The server runs in a process of its own, as it does for a real station: only the station's
    # own work competes with its window.
    with station_server(folder / "server", "--db", f"sqlite:///{folder / 'server' / 'data' / 'server.db'}") as url:
        return _measure(app, folder, url)


def _measure(app: QApplication, folder: Path, url: str) -> dict[str, list[float]]:
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    settings = Settings().with_overrides(server={"url": url}, feedback={"sound": False})
    station = build(app, settings, open_store(folder / "station.db"))
    keep_startup_objects()  # as run() does (and with it whatever the benchmarks before this one left)
    station.worker.start()
    window, session = station.window, station.session
    window.show()
    try:
        run_on(loop, session.log_in("counter1", "1111", password=False))
        run_on(loop, session.claim("G-R01", "Ground"))  # the rack being counted
        assert session.rack_id is not None
        # What drains is an earlier rack's session (a station catching up after a day offline); the
        # counter meanwhile scans the rack in front of them.
        earlier = run_on(loop, station.client.claim("G-R02", "Ground"))
        backlog = Counting(earlier.session_id, "G-R02", "Ground", "counter1", earlier.lock_token)
        idle = _stalls(loop, station, seconds=2.0)
        fill_outbox(station.store, backlog, DRAIN)
        station.worker.wake()
        busy = _stalls(loop, station, seconds=0.0)  # until the queue is empty
        fill_outbox(station.store, backlog, DRAIN, prefix="MORE")
        station.worker.wake()
        shown = _scans_shown(loop, station)
        return {"shown": shown, "idle_stall": idle, "busy_stall": busy}
    finally:
        station.shutdown()
        window.deleteLater()
        loop.close()


def _scans_shown(loop: qasync.QEventLoop, station: Station) -> list[float]:
    """Milliseconds from a scan of an item on the rack to its line in the table (the commit included)."""
    catalogue = station.session._catalogue
    codes = [code for code in catalogue.expected("G-R01") if (item := catalogue.find(code)) and not item.serialized]
    samples: list[float] = []

    async def scans() -> None:
        for n in range(SCANS):
            code = codes[n % len(codes)]
            started = time.perf_counter()
            await station.window.scanning.scan(Entry(code, code))
            samples.append((time.perf_counter() - started) * 1000)
            await asyncio.sleep(0.01)  # a counter scans a few times a second at the most

    run_on(loop, scans())
    return samples


@contextlib.contextmanager
def ticking() -> Iterator[list[float]]:
    """The gaps (ms) between ticks of a 1 ms timer on the GUI thread while the block runs: its stalls."""
    gaps: list[float] = []
    last = [time.perf_counter()]

    def tick() -> None:
        now = time.perf_counter()
        gaps.append((now - last[0]) * 1000)
        last[0] = now

    timer = QTimer()
    timer.setInterval(1)
    timer.timeout.connect(tick)
    timer.start()
    try:
        yield gaps
    finally:
        timer.stop()


def _stalls(loop: qasync.QEventLoop, station: Station, seconds: float) -> list[float]:
    """The gaps between ticks of a 1 ms timer on the GUI thread: for ``seconds``, or until the queue is empty."""
    outbox = Outbox(station.store, BackoffPolicy())

    async def watch() -> None:
        deadline = time.perf_counter() + (seconds or 180)
        while time.perf_counter() < deadline:
            await asyncio.sleep(0.05)
            if not seconds and outbox.counts().waiting == 0:
                return

    with ticking() as gaps:
        run_on(loop, watch())
    return gaps


def run() -> list[Row]:
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch)
        cold, whole, bare = cold_start(folder)
        imported, qt_imported = import_time()
        raw = p50(raw_commit(folder))
        measured = in_window(folder)
    shown = measured["shown"]
    idle, busy = max(measured["idle_stall"]), max(measured["busy_stall"])
    return [
        Row("scan to line shown p50 (while draining)", p50(shown), "ms", raw, "bare sqlite3 insert+commit"),
        Row("scan to line shown p99 (while draining)", percentile(shown, 99), "ms", raw, "bare sqlite3 insert+commit",
            "< 16 ms", percentile(shown, 99) < 16),
        Row(f"longest GUI loop stall while {DRAIN:,} lines drain", busy, "ms", idle, "longest stall, idle",
            "< 50 ms", busy < 50),
        Row("cold start to the log-in screen", cold * 1000, "ms", bare * 1000, "bare QApplication + QMainWindow",
            "≤ 1.2 s and ≤ 4× bare", cold <= 1.2 and cold <= 4 * bare),
        Row("cold start until the station is whole behind it", whole * 1000, "ms", bare * 1000,
            "bare QApplication + QMainWindow"),
        Row("import station.app", imported * 1000, "ms", qt_imported * 1000, "bare import PySide6.QtWidgets"),
    ]  # fmt: skip
