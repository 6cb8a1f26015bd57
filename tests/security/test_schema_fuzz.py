"""schemathesis with a supervisor's token, on SQLite with in-process leases and PostgreSQL with Redis:
no 5xx, and every status the server answers is one its OpenAPI document lists for that route."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import httpx
import pytest
import schemathesis
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from tests.helpers.fuzz import fuzz_every_operation
from tests.helpers.processes import station_server
from tests.helpers.server import PINS, postgres_schema, sqlite_copy
from tests.helpers.services import POSTGRES_URL, REDIS_URL, require_service


@pytest.fixture(scope="module", params=["sqlite-memory", pytest.param("postgres-redis", marks=pytest.mark.services)])
def running(
    request: pytest.FixtureRequest, template_db: Path, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[str]:
    data = tmp_path_factory.mktemp("fuzzed")
    if request.param == "sqlite-memory":
        with station_server(data, "--db", sqlite_copy(template_db, data / "data")) as base_url:
            yield base_url
        return
    for name, url in (("Redis", REDIS_URL), ("PostgreSQL", POSTGRES_URL)):
        parts = urlsplit(url)
        require_service(name, parts.hostname or "127.0.0.1", parts.port or 0)
    with postgres_schema(POSTGRES_URL) as db_url, station_server(data, "--db", db_url, "--redis", REDIS_URL) as base:
        yield base


def test_a_supervisor_meets_no_server_error_and_only_documented_statuses(running: str) -> None:
    token = httpx.post(f"{running}/api/auth/login-pin", json={"username": "supervisor", "pin": PINS["supervisor"]})
    headers = {"Authorization": f"Bearer {token.json()['access_token']}"}
    api_schema: Any = schemathesis.openapi.from_url(f"{running}/openapi.json")
    checks = [not_a_server_error, status_code_conformance, response_schema_conformance, content_type_conformance]
    fuzz_every_operation(api_schema, headers, checks)
