"""``station --self-test``: the whole round once, offscreen, in a temporary folder; exit 0 when it works.

For IT after an install and for the frozen app's smoke test: it starts the built-in server, logs in,
claims a rack, records 10 scans through the window's own scan path, syncs them, finishes the rack
(which checks the server's count against the station's) and prints each step as it goes.
"""

from __future__ import annotations

import asyncio
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any, TextIO

EXIT_OK = 0
EXIT_FAILED = 1
SCANS = 10
STEP_TIMEOUT_S = 60.0


class SelfTestFailed(Exception):
    """A step did not work; the message says which and why."""


def run_self_test(data_dir: Path | None = None, *, out: TextIO = sys.stdout) -> int:
    """Run the round; 0 when every step worked, 1 (with the step and the reason) otherwise."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    started = time.monotonic()

    def say(step: str) -> None:
        print(f"[{time.monotonic() - started:6.2f} s] {step}", file=out, flush=True)

    with tempfile.TemporaryDirectory(prefix="station-self-test-") as scratch:
        folder = data_dir or Path(scratch)
        try:
            _run(folder, say)
        except SelfTestFailed as failure:
            say(f"FAILED: {failure}")
            return EXIT_FAILED
    say("self-test passed")
    return EXIT_OK


def _run(folder: Path, say: Callable[[str], None]) -> None:
    import qasync
    from PySide6.QtWidgets import QApplication

    from station.app import build
    from station.config import Settings
    from station.scanner.sound import Silent
    from station.server.embedded import EmbeddedServer
    from station.store.database import open_store

    say(f"Qt platform {os.environ['QT_QPA_PLATFORM']}; data in {folder}")
    say("starting the built-in reference server with demo data")
    server = EmbeddedServer(folder / "server")
    url = server.start()
    say(f"server answering at {url}")
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    settings = Settings().with_overrides(server={"url": url}, station={"name": "Self-test"})
    store = open_store(folder / "station.db")
    station = build(app, settings, store, sound=Silent())
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    try:
        station.worker.start()
        station.window.start()
        station.window.show()
        future = asyncio.ensure_future(_round(station, say), loop=loop)
        future.add_done_callback(lambda _done: loop.stop())
        loop.run_forever()
        future.result()
    finally:
        station.window.waiting = 0
        station.window.close()
        station.shutdown()
        server.stop()
        loop.close()  # while the QApplication still exists (PLATFORM.md)
        asyncio.set_event_loop(None)


async def _until(what: str, condition: Callable[[], bool], timeout_s: float = STEP_TIMEOUT_S) -> None:
    deadline = time.monotonic() + timeout_s
    while not condition():
        if time.monotonic() > deadline:
            raise SelfTestFailed(f"{what} did not happen within {timeout_s:.0f} s")
        await asyncio.sleep(0.02)


def _counted(session: Any, pieces: int) -> Callable[[], bool]:
    return lambda: (stats := session.stats()) is not None and stats.total >= pieces


async def open_rack(
    station: object,
    say: Callable[[str], None],
    *,
    user: str = "counter1",
    pin: str = "1111",
    floor: str = "Ground",
    rack: str = "G-R01",
) -> None:
    """Log in through the window and claim ``rack`` (or go back to the rack this station was counting)."""
    from station.app import Station

    assert isinstance(station, Station)
    window, session = station.window, station.session
    say(f"logging in as {user} with a PIN")
    window.login_view.submitted.emit(user, pin, False)
    await _until("the log-in", lambda: session.user is not None or bool(window.login_view.error.text()))
    if session.user is None:
        raise SelfTestFailed(f"the log-in was refused: {window.login_view.error.text()}")
    await _until("the floors or the rack", lambda: bool(window.floors_view.buttons()) or session.rack_id is not None)
    if session.rack_id is not None:
        say(f"back on rack {session.rack_id}, as before the restart")
        return
    say(f"picking floor {floor} and claiming rack {rack}")
    window.floors_view.chosen.emit(floor)
    await _until("the rack grid", lambda: window.racks_view.model.rowCount() > 0)
    window.racks_view.claim_requested.emit(rack)
    await _until("the claim", lambda: session.rack_id is not None or bool(window.racks_view.message.text()))
    if session.rack_id is None:
        raise SelfTestFailed(f"the claim was refused: {window.racks_view.message.text()}")


async def _round(station: object, say: Callable[[str], None]) -> None:
    from station.app import Station
    from station.domain.wedge import Entry

    assert isinstance(station, Station)
    window, session = station.window, station.session
    await open_rack(station, say)
    session_id = session.session_id
    assert session_id is not None
    slice_ = await station.client.rack_items("G-R01") or []
    codes = [item.barcodes[0] for item in slice_ if item.barcodes and not item.serialized]
    if not codes:
        raise SelfTestFailed("rack G-R01 has no plain items to scan")
    say(f"recording {SCANS} scans")
    for n in range(1, SCANS + 1):
        code = codes[n % len(codes)]
        window.on_entry(Entry(code, code))  # the scan path a wedge or serial scanner takes
        await _until(f"scan {n}", _counted(session, n))
    say(f"{SCANS} scans committed to the local database; syncing")
    station.worker.wake()
    await _until("the sync", lambda: not session.unsynced())
    say("every line reached the server; finishing the rack")
    failure = await session.finish(wait_s=STEP_TIMEOUT_S)
    if failure is not None:
        raise SelfTestFailed(f"the rack could not be finished: {failure.sentence}")
    stats = await station.client.session_stats(session_id)
    if stats.total_items != SCANS:
        raise SelfTestFailed(f"the server counted {stats.total_items} pieces, not {SCANS}")
    say(f"rack released; the server counted {stats.total_items} pieces, as the station did")
