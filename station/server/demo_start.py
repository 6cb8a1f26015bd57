"""The built-in server of ``station --demo``, started on a thread of its own once the station's window shows."""

from __future__ import annotations

import logging
import socket
import sys
import threading
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # FastAPI and uvicorn are imported on the starting thread: not before the log-in screen
    from station.server.embedded import EmbeddedServer

log = logging.getLogger(__name__)

GREETING = "Demo server: {url} (counter1, PIN 1111; supervisor, PIN 9999)"


def free_port() -> int:
    """A loopback port free now (the server binds it a moment later)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


class DemoServer:
    """The address is known at once (``url``); ``start`` seeds and serves on a thread, ``stop`` ends it.

    Until the server answers (a second or two after the window shows) the station is offline, as it is
    whenever its server is away: the log-in says so in a sentence and counting waits for nothing.
    """

    def __init__(self, data_dir: Path) -> None:
        self.data_dir = data_dir
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self._embedded: EmbeddedServer | None = None
        self._thread: threading.Thread | None = None

    def start(self) -> None:
        """Seed the demo data and serve, on a thread of its own; returns at once."""
        self._thread = threading.Thread(target=self._serve, name="the built-in server's start", daemon=True)
        self._thread.start()

    def _serve(self) -> None:
        try:
            from station.server.embedded import EmbeddedServer

            self._embedded = EmbeddedServer(self.data_dir)
            self._embedded.start(port=self.port)
        except Exception:
            log.exception("the built-in demo server did not start")
            print("The built-in demo server did not start; the station's log says why.", file=sys.stderr)
            return
        print(GREETING.format(url=self.url), flush=True)

    def stop(self) -> None:
        """End the server (waiting for its start to finish first, if it is still starting)."""
        if self._thread is not None:
            self._thread.join(timeout=30)
        if self._embedded is not None:
            self._embedded.stop()
