"""Starting real ``station-server`` processes for tests, and waiting for them without sleeping blind."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


def stop(process: subprocess.Popen[bytes]) -> None:
    """End a server process: politely, then for sure; its pipe closed."""
    process.terminate()
    try:
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()
    if process.stderr:
        process.stderr.close()


def wait_until_healthy(base_url: str, process: subprocess.Popen[bytes], timeout: float = 30.0) -> float:
    """Poll /api/health until it answers; the seconds it took. Fails early if the process died."""
    started = time.monotonic()
    while time.monotonic() - started < timeout:
        if process.poll() is not None:
            said = process.stderr.read().decode() if process.stderr else ""
            raise AssertionError(f"the server exited with {process.returncode}: {said}")
        try:
            if httpx.get(f"{base_url}/api/health", timeout=0.5).status_code == 200:
                return time.monotonic() - started
        except httpx.TransportError:
            pass
        time.sleep(0.02)  # polling a child process we do not control: there is no signal to wait on
    raise AssertionError(f"{base_url} did not become healthy within {timeout} s")


@contextmanager
def station_server(data_dir: Path, *args: str, env: dict[str, str] | None = None) -> Iterator[str]:
    """A ``station-server`` process on a free loopback port; its base URL."""
    port = free_port()
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "station.server.cli",
            "--port",
            str(port),
            "--data-dir",
            str(data_dir),
            "--log-level",
            "WARNING",
            *args,
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        env={**os.environ, **(env or {})},
    )
    base_url = f"http://127.0.0.1:{port}"
    try:
        wait_until_healthy(base_url, process)
        yield base_url
    finally:
        stop(process)
