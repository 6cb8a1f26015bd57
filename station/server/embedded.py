"""The reference server inside the station's process, for ``station --demo`` and tests.

It is uvicorn on a thread of its own, on a free loopback port.
"""

from __future__ import annotations

import logging
import socket
import threading
import time
from pathlib import Path
from typing import Any

import uvicorn

from station.domain.clock import Clock
from station.server.app import create_app
from station.server.cli import KEEP_ALIVE_S, prepare_database
from station.server.settings import ServerSettings

log = logging.getLogger(__name__)


class ServedApp:
    """An ASGI app served by uvicorn on a thread of its own, on a loopback port: ``serve()`` returns its
    URL once it answers, ``stop()`` ends it."""

    def __init__(self, name: str) -> None:
        self._name = name
        self._server: uvicorn.Server | None = None
        self._thread: threading.Thread | None = None
        self.url = ""
        self.port: int | None = None

    def serve(self, app: Any, *, port: int | None = None, timeout_s: float = 20.0, **options: Any) -> str:
        """Serve ``app`` on ``port`` (a free one by default); ``options`` go to ``uvicorn.Config``."""
        port = port or _free_port()
        config = uvicorn.Config(app, host="127.0.0.1", port=port, log_config=None, log_level="warning", **options)
        self._server = uvicorn.Server(config)
        self._thread = threading.Thread(target=self._server.run, name=self._name, daemon=True)
        self._thread.start()
        deadline = time.monotonic() + timeout_s
        while not self._server.started:
            if not self._thread.is_alive() or time.monotonic() > deadline:
                raise RuntimeError(f"{self._name} did not start; see the log")
            time.sleep(0.01)  # a server thread starting: no signal to wait on but its flag
        self.port = port
        self.url = f"http://127.0.0.1:{port}"
        return self.url

    def stop(self) -> None:
        if self._server is not None:
            self._server.should_exit = True
        if self._thread is not None:
            self._thread.join(timeout=10)
        self._server = self._thread = None


class EmbeddedServer:
    """``start()`` returns the URL once the server answers; ``stop()`` ends it."""

    def __init__(
        self, data_dir: Path, *, demo_data: bool = True, lease_ttl_s: float = 60.0, clock: Clock | None = None
    ) -> None:
        self.settings = ServerSettings(data_dir=data_dir, lease_ttl_s=lease_ttl_s).with_secret()
        self.clock = clock
        self._demo = demo_data
        self._served = ServedApp("the built-in server")

    @property
    def url(self) -> str:
        return self._served.url

    @property
    def port(self) -> int | None:
        return self._served.port

    def start(self, timeout_s: float = 20.0, *, port: int | None = None) -> str:
        """Serve on ``port`` (a free one by default; the same one again after ``stop``, for tests of
        a server that goes away and comes back)."""
        prepare_database(self.settings, demo=self._demo)
        app = create_app(self.settings, clock=self.clock)
        url = self._served.serve(app, port=port, timeout_s=timeout_s, lifespan="on", timeout_keep_alive=KEEP_ALIVE_S)
        log.info("built-in reference server at %s (data in %s)", url, self.settings.data_dir)
        return url

    def stop(self) -> None:
        self._served.stop()


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port
