"""Files others on the machine could read: the server's and the station's folders, databases, logs,
secret and label sheets."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import text

from station.logs import setup_logging
from station.paths import StationPaths
from station.store.database import open_store
from tests.helpers.access import server_process

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")


@pytest.fixture(autouse=True)
def usual_umask() -> Iterator[None]:
    """What a usual log-in shell gives: files 0644 and folders 0755 unless the code says otherwise."""
    before = os.umask(0o022)
    yield
    os.umask(before)


def mode(path: Path) -> str:
    return oct(stat.S_IMODE(path.stat().st_mode))


def test_the_servers_data_is_readable_by_its_user_only(tmp_path: Path) -> None:
    """Issue 13: the server's data folder was 0755 and server.db 0644, with PIN hashes in it."""
    with server_process(tmp_path, "--demo-data", "--log-level", "INFO"):
        data, logs = tmp_path / "data", tmp_path / "logs"
        folders = {folder: mode(folder) for folder in (data, logs)}
        files = {
            path.name: mode(path)
            for path in (data / "server.db", data / "server.db-wal", data / "server-secret",
                         data / "demo-labels.txt", logs / "server.log")
        }  # fmt: skip
    assert folders == dict.fromkeys(folders, "0o700")
    assert files == dict.fromkeys(files, "0o600")


def test_the_stations_data_is_readable_by_its_user_only(tmp_path: Path, restore_logging: None) -> None:
    """Issue 13: the station's database was readable by everyone on the machine, too."""
    paths = StationPaths.resolve(tmp_path).ensure()
    store = open_store(paths.database)
    with store.write() as connection:
        connection.execute(text("CREATE TABLE IF NOT EXISTS probe (x INTEGER)"))
    setup_logging(paths.log_file, "INFO", stream=None)
    store.close()
    assert {mode(folder) for folder in (paths.data, paths.config, paths.logs)} == {"0o700"}
    written = [paths.database, paths.log_file, *paths.data.glob("station.db-*")]
    assert {path.name: mode(path) for path in written} == {path.name: "0o600" for path in written}
