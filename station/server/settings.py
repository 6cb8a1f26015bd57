"""The reference server's settings: where its data lives, which engines it uses, and its secret."""

from __future__ import annotations

import contextlib
import os
import secrets
import tempfile
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, field_validator

from station.paths import private_dir
from station.server.tolerances import Tolerances

SECRET_FILE = "server-secret"
ENV_PREFIX = "STATION_SERVER_"


class ServerSettings(BaseModel):
    """What ``create_app`` needs.

    ``db_url`` is a SQLAlchemy URL: ``sqlite:///…`` (the default, a file in the data folder) or
    ``postgresql+psycopg://…``. ``redis_url`` switches leases and live events from this process's
    memory to Redis, which several server processes then share.
    """

    model_config = ConfigDict(extra="forbid", frozen=True)

    data_dir: Path
    db_url: str = ""
    redis_url: str | None = None
    secret: str = ""
    token_ttl_s: int = Field(15 * 60, ge=60, le=24 * 3600)
    """How long an access token lasts; the station renews it with the refresh token before then."""
    refresh_ttl_s: int = Field(12 * 3600, ge=60, le=7 * 24 * 3600)
    """How long a log-in lasts (a shift) unless ended by log-out."""
    access_check_s: float = Field(15.0, ge=0, le=60)
    """How long the server trusts its last look at a log-in's user and role (deleted, demoted)."""
    lease_ttl_s: float = Field(60.0, ge=1, le=3600)
    sweep_interval_s: float = Field(2.0, gt=0, le=60)
    pin_max_failures: int = Field(5, ge=1, le=100)
    pin_lockout_s: float = Field(60.0, ge=1, le=86_400)
    login_rate_per_minute: int = Field(30, ge=1, le=100_000)
    """Log-in tries (password or PIN) a minute from one address."""
    hashes_at_once: int = Field(2, ge=1, le=64)
    """Passwords and PINs checked at once (64 MiB each for a password): a flood of log-ins queues on the
    event loop instead of growing the server by gigabytes or taking every worker thread."""
    sockets_per_user: int = Field(5, ge=1, le=1000)
    """Live-update websockets one user may hold open on one server process."""
    body_timeout_s: float = Field(30.0, gt=0, le=600)
    """How long a request body may take to arrive once its headers have."""
    max_body_bytes: int = Field(8 * 1024 * 1024, ge=1024)
    tolerances: Tolerances = Field(default_factory=Tolerances)
    """How far a count may differ from the books before the rack goes to a recount (``--tolerances FILE``)."""

    @field_validator("db_url")
    @classmethod
    def _known_engine(cls, value: str) -> str:
        if value and not value.startswith(("sqlite://", "postgresql+psycopg://", "postgresql://")):
            raise ValueError("use sqlite:///FILE or postgresql+psycopg://USER@HOST/DB")
        return value.replace("postgresql://", "postgresql+psycopg://", 1)

    @field_validator("redis_url")
    @classmethod
    def _redis_scheme(cls, value: str | None) -> str | None:
        if value and not value.startswith(("redis://", "rediss://", "unix://")):
            raise ValueError("use redis://HOST:PORT/DB")
        return value or None

    @property
    def database_url(self) -> str:
        """The database to use: the given URL, or a SQLite file in the data folder."""
        return self.db_url or f"sqlite:///{self.data_dir / 'server.db'}"

    def with_secret(self) -> ServerSettings:
        """These settings with a secret: the given one, or one generated once and kept in the data folder."""
        if self.secret:
            return self
        return self.model_copy(update={"secret": load_or_create_secret(self.data_dir / SECRET_FILE)})


def load_or_create_secret(path: Path) -> str:
    """Read the token-signing secret, creating it (readable by this user only) the first time.

    Several server processes may start at once on one data folder. The secret is written to a
    private temporary file and then linked into place, which fails if the file already exists: so the
    file is never seen half-written and every process ends up with the same secret.
    """
    private_dir(path.parent)
    if not path.exists():
        fd, temporary = tempfile.mkstemp(dir=path.parent, prefix=".secret-")
        try:
            with os.fdopen(fd, "w", encoding="ascii") as file:
                file.write(secrets.token_urlsafe(48))
            os.chmod(temporary, 0o600)
            with contextlib.suppress(FileExistsError):
                os.link(temporary, path)
        finally:
            os.unlink(temporary)
    secret = path.read_text(encoding="ascii").strip()
    if len(secret) < 32:
        raise ValueError(f"the secret in {path} is too short; delete the file to have a new one made")
    return secret
