"""The log-in screen first: importing the station's window leaves HTTP, GS1 parsing, the event loop's
bridge and the built-in server for later (issue 17); ``load_the_rest`` brings them in after the first paint."""

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
