"""Server fixtures: every server test runs on SQLite and, with the services mark, on PostgreSQL."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.helpers.server import Harness, postgres_schema, running_server, sqlite_copy


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.services)])
def server(request: pytest.FixtureRequest, template_db: Path, tmp_path: Path) -> Iterator[Harness]:
    """A server on a small seeded warehouse, with in-process leases and a fake clock."""
    if request.param == "sqlite":
        with running_server(sqlite_copy(template_db, tmp_path / "data"), tmp_path / "data") as harness:
            yield harness
    else:
        postgres_url = request.getfixturevalue("postgres_url")
        with postgres_schema(postgres_url) as url, running_server(url, tmp_path / "data") as harness:
            yield harness
