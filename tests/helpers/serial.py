"""A serial cable for tests: a socat pseudo-terminal pair, one end for the station, one for the "scanner"."""

from __future__ import annotations

import shutil
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import pytest


class Cable:
    """A socat pseudo-terminal pair: ``port`` for the station, ``host`` where the "scanner" writes."""

    def __init__(self, folder: Path) -> None:
        self.port, self.host = folder / "scanner", folder / "host"
        self.process: subprocess.Popen[bytes] | None = None

    def plug(self) -> None:
        self.process = subprocess.Popen(
            ["socat", f"pty,raw,echo=0,link={self.port}", f"pty,raw,echo=0,link={self.host}"],
            stderr=subprocess.DEVNULL,
        )
        deadline = time.monotonic() + 5
        while not (self.port.exists() and self.host.exists()):
            assert time.monotonic() < deadline, "socat did not make its pseudo-terminals"
            time.sleep(0.01)  # socat starting: no event to wait on but the links appearing

    def unplug(self) -> None:
        assert self.process is not None
        self.process.terminate()
        self.process.wait(5)
        self.process = None

    def scan(self, data: bytes) -> None:
        with open(self.host, "wb", buffering=0) as host:
            host.write(data)


@pytest.fixture
def cable(tmp_path: Path) -> Iterator[Cable]:
    """A plugged-in cable (skips with a sentence where socat is missing)."""
    if shutil.which("socat") is None:
        pytest.skip("socat is not installed (apt-get install socat)")
    wire = Cable(tmp_path)
    wire.plug()
    yield wire
    if wire.process is not None:
        wire.unplug()
