"""Every attack runs on SQLite and PostgreSQL, with in-process and Redis leases."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.helpers.server import Harness, postgres_schema, running_server, sqlite_copy

_SERVICES = pytest.mark.services


@pytest.fixture(
    params=[
        "sqlite-memory",
        pytest.param("sqlite-redis", marks=_SERVICES),
        pytest.param("postgres-memory", marks=_SERVICES),
        pytest.param("postgres-redis", marks=_SERVICES),
    ]
)
def server(request: pytest.FixtureRequest, template_db: Path, tmp_path: Path) -> Iterator[Harness]:
    """A server on the small seeded warehouse, with a fake clock, on each database and lease store."""
    database, leases = request.param.split("-")
    redis_url = request.getfixturevalue("redis_url") if leases == "redis" else None
    data = tmp_path / "data"
    if database == "sqlite":
        with running_server(sqlite_copy(template_db, data), data, redis_url) as harness:
            yield harness
    else:
        postgres_url = request.getfixturevalue("postgres_url")
        with postgres_schema(postgres_url) as url, running_server(url, data, redis_url) as harness:
            yield harness
