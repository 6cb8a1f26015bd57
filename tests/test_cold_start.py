"""The log-in screen first (issue 17): it is made without the station behind it (``first_screen``);
importing the station leaves HTTP, GS1 parsing, the event loop's bridge and the built-in server for later,
and ``load_the_rest`` brings them in as soon as the loop runs."""

from __future__ import annotations

import subprocess
import sys

LATER = ("httpx", "httpcore", "truststore", "biip", "qasync", "fastapi", "uvicorn", "openpyxl")

CHECK = """
import sys
import station.app
print(" ".join(name for name in {later} if name in sys.modules))
station.app.load_the_rest()
print(" ".join(name for name in {later} if name not in sys.modules))
"""


def test_importing_the_station_leaves_what_the_log_in_screen_does_not_need_for_later() -> None:
    done = subprocess.run(
        [sys.executable, "-c", CHECK.format(later=LATER)], capture_output=True, text=True, check=True, timeout=120
    )
    imported_early, not_loaded_after = done.stdout.splitlines()
    assert imported_early == ""
    assert not_loaded_after.split() == ["qasync", "fastapi", "uvicorn", "openpyxl"]  # run() and the demo load these


BEHIND = (
    "sqlalchemy", "station.contract", "station.store.database", "station.session.station", "station.api.client",
    "station.sync.worker", "station.ui.scan_view", "station.ui.overview_view", "PySide6.QtCharts", "httpx",
)  # fmt: skip

FIRST = """
import sys
import station.ui.first_screen
print(" ".join(name for name in {behind} if name in sys.modules))
"""


def test_the_log_in_screen_is_made_without_the_station_behind_it() -> None:
    """``station`` paints the log-in screen (``first_screen``) before the store, the contract, the session, the
    client, the sync worker and the other screens are imported."""
    done = subprocess.run(
        [sys.executable, "-c", FIRST.format(behind=BEHIND)], capture_output=True, text=True, check=True, timeout=120
    )
    assert done.stdout.strip() == ""


def test_what_is_made_at_start_is_left_out_of_every_later_collection() -> None:
    """A full collection walks every object; the station's modules, widgets and models are frozen after
    start, so that one while counting does not stall the window (``keep_startup_objects``)."""
    program = "import gc, station.app; station.app.keep_startup_objects(); print(gc.get_freeze_count())"
    done = subprocess.run([sys.executable, "-c", program], capture_output=True, text=True, check=True, timeout=120)
    assert int(done.stdout) > 50_000  # the imports alone
