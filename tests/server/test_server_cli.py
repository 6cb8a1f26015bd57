"""The station-server command: refusals as one sentence and exit code 2, and a demo that starts."""

from __future__ import annotations

import socket
import subprocess
import sys
from pathlib import Path

import httpx
import pytest

from tests.helpers.processes import station_server


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "station.server.cli", *args], capture_output=True, text=True, timeout=60, check=False
    )


@pytest.mark.parametrize(
    ("args", "sentence"),
    [
        (("--workers", "2"), "Several workers must share leases and events: add --redis redis://HOST:PORT/DB."),
        (("--workers", "0"), "--workers counts server processes and must be at least 1."),
        (("--db", "mysql://x"), "db_url is not valid: use sqlite:///FILE or postgresql+psycopg://USER@HOST/DB."),
        (("--redis", "http://x"), "redis_url is not valid: use redis://HOST:PORT/DB."),
        (("--redis", "redis://127.0.0.1:1/0"), "Redis at redis://127.0.0.1:1/0 does not answer"),
        (("--db", "postgresql+psycopg://nobody@127.0.0.1:1/none"), "The database cannot be used (OperationalError"),
    ],
)
def test_a_setup_that_cannot_work_is_refused_in_one_sentence(
    tmp_path: Path, args: tuple[str, ...], sentence: str
) -> None:
    done = run("--data-dir", str(tmp_path), "--port", "1", *args)
    assert done.returncode == 2
    assert done.stderr.startswith(f"station-server: {sentence}")
    assert "Traceback" not in done.stderr


@pytest.mark.parametrize("port", ["99999", "-1"])
def test_a_port_that_is_not_one_is_refused_in_one_sentence(tmp_path: Path, port: str) -> None:
    done = run("--data-dir", str(tmp_path), "--port", port)
    assert done.returncode == 2
    assert (
        done.stderr == f"station-server: --port {port} is not a port: choose one from 1 to 65535 (8000 by default).\n"
    )


def test_a_port_in_use_is_refused_in_one_sentence(tmp_path: Path) -> None:
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        done = run("--data-dir", str(tmp_path), "--port", str(port))
    assert done.returncode == 2
    assert (
        done.stderr
        == f"station-server: Cannot listen on 127.0.0.1:{port} (Address already in use); choose another with --port.\n"
    )


def test_demo_data_seeds_the_warehouse_and_a_practice_sheet(tmp_path: Path) -> None:
    with station_server(tmp_path, "--demo-data") as base_url:
        token = httpx.post(f"{base_url}/api/auth/login", json={"username": "admin", "password": "admin"}).json()
        headers = {"Authorization": f"Bearer {token['access_token']}"}
        floors = httpx.get(f"{base_url}/api/racks/floors", headers=headers).json()
        racks = httpx.get(f"{base_url}/api/racks", params={"floor": "Back Godown"}, headers=headers).json()
    assert floors == ["Ground", "First", "Second", "Upper Godown", "Back Godown"]
    assert len(racks) == 40 and racks[0]["rack_id"] == "B-R01" and sum(r["item_count"] for r in racks) == 1200
    sheet = (tmp_path / "data" / "demo-labels.txt").read_text(encoding="utf-8")
    assert "G-R01" in sheet and "]C101" in sheet and "<GS>21" in sheet
