"""A real station process for the crash suite: the app as ``build`` makes it, offscreen, its scanner on a
serial port; it logs in, opens (or goes back to) the rack and then just counts what the port sends.

    python -m tests.reliability.crash_station --server URL --data DIR --port PTY

On stdout, flushed line by line: ``READY`` once counting, ``ACK <item> <qty>`` for every scan the
station showed as counted (after its commit), ``QUEUE <waiting>`` after every sync pass. The test
kills it with SIGKILL whenever it likes.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import sys
import threading
from pathlib import Path


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--server", required=True)
    parser.add_argument("--data", type=Path, required=True)
    parser.add_argument("--port", required=True)
    args = parser.parse_args()
    os.environ["QT_QPA_PLATFORM"] = "offscreen"

    import qasync
    from PySide6.QtWidgets import QApplication

    from station.app import build
    from station.config import Settings
    from station.scanner.sound import Silent
    from station.selftest import open_rack
    from station.session.values import ScanOutcome, Verdict
    from station.store.database import open_store

    app = QApplication(sys.argv[:1])
    lock = threading.Lock()  # the sync worker's signals print from its own thread

    def say(line: str) -> None:
        with lock:
            print(line, flush=True)

    settings = Settings().with_overrides(
        server={"url": args.server}, station={"name": "Crash"}, scanner={"serial_port": args.port}
    )
    station = build(app, settings, open_store(args.data / "station.db"), sound=Silent())
    show = station.window.scan_view.show_outcome

    def acknowledged(outcome: ScanOutcome) -> None:  # what the counter is shown, after the commit
        show(outcome)
        if outcome.verdict is Verdict.COUNTED and outcome.line is not None:
            say(f"ACK {outcome.line.item_code} {outcome.line.verified_qty}")

    station.window.scan_view.show_outcome = acknowledged  # type: ignore[method-assign]
    station.worker.queue_changed.connect(lambda waiting, _s, _c: say(f"QUEUE {waiting}"))
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)

    async def ready() -> None:
        await open_rack(station, lambda step: say(f"STEP {step}"))
        say("READY")
        station.worker.wake()

    station.worker.start()
    station.window.start()
    station.window.show()
    asyncio.ensure_future(ready(), loop=loop)
    station.window.closing.connect(loop.stop)
    loop.run_forever()  # until killed
    return 0


if __name__ == "__main__":
    sys.exit(main())
