"""Where a station keeps its data, logs and configuration (platformdirs, or one ``--data-dir``)."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from platformdirs import PlatformDirs

APP_NAME = "Station"
APP_AUTHOR = "Station"
DATA_DIR_ENV = "STATION_DATA_DIR"


@dataclass(frozen=True)
class StationPaths:
    """The three folders a station writes to.

    With ``--data-dir DIR`` (or ``STATION_DATA_DIR``) all three live under DIR, so tests, demos and
    training never touch a real station's data.
    """

    data: Path
    config: Path
    logs: Path
    site_config: Path | None = None
    """The machine-wide folder IT configures for every user (ProgramData, /etc/xdg, /Library); none with
    ``--data-dir``."""

    @classmethod
    def resolve(cls, data_dir: str | os.PathLike[str] | None = None) -> StationPaths:
        """The platform's folders, or ``data_dir``'s when given (the argument beats the environment)."""
        chosen = data_dir if data_dir is not None else os.environ.get(DATA_DIR_ENV) or None
        if chosen is not None:
            root = Path(chosen).expanduser().resolve()
            return cls(data=root / "data", config=root / "config", logs=root / "logs")
        dirs = PlatformDirs(APP_NAME, APP_AUTHOR)
        return cls(
            data=Path(dirs.user_data_dir),
            config=Path(dirs.user_config_dir),
            logs=Path(dirs.user_log_dir),
            site_config=Path(PlatformDirs(APP_NAME, appauthor=False).site_config_dir),
        )

    @property
    def config_file(self) -> Path:
        return self.config / "station.toml"

    @property
    def site_config_file(self) -> Path | None:
        return self.site_config / "station.toml" if self.site_config is not None else None

    @property
    def database(self) -> Path:
        return self.data / "station.db"

    @property
    def log_file(self) -> Path:
        return self.logs / "station.log"

    def ensure(self) -> StationPaths:
        """Create the folders if they are missing, readable by this user only; return self."""
        for folder in (self.data, self.config, self.logs):
            private_dir(folder)
        return self


PRIVATE_DIR = 0o700
PRIVATE_FILE = 0o600


def private_dir(folder: Path) -> Path:
    """Create ``folder`` (and its parents) if missing, and make it this user's only (0700 on POSIX).

    Databases, logs, the server's secret and label sheets live in such folders; Windows keeps a
    profile's folders private already, and ``chmod`` there only sets the read-only flag.
    """
    folder.mkdir(parents=True, exist_ok=True)
    if os.name == "posix":
        os.chmod(folder, PRIVATE_DIR)
    return folder


def private_file(path: Path) -> Path:
    """Create ``path`` empty if missing, and make it readable and writable by this user only (0600).

    Called before SQLite or a log handler opens a file, so that it is never readable by others, not even
    for the moment between creating and ``chmod`` (SQLite gives its -wal and -shm files the same mode).
    """
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, PRIVATE_FILE)
    os.close(descriptor)
    if os.name == "posix":
        os.chmod(path, PRIVATE_FILE)
    return path
