"""schemathesis against /openapi.json of a running server: no 5xx, and every answer matches its schema."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
import schemathesis
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import content_type_conformance, response_schema_conformance

from tests.helpers.fuzz import fuzz_every_operation
from tests.helpers.processes import station_server
from tests.helpers.server import PINS, sqlite_copy


@pytest.fixture(scope="module")
def running(template_db: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    data = tmp_path_factory.mktemp("fuzzed")
    with station_server(data, "--db", sqlite_copy(template_db, data / "data")) as base_url:
        yield base_url


@pytest.fixture(scope="module")
def api_schema(running: str) -> Any:
    return schemathesis.openapi.from_url(f"{running}/openapi.json")


@pytest.fixture(scope="module")
def supervisor_headers(running: str) -> dict[str, str]:
    token = httpx.post(f"{running}/api/auth/login-pin", json={"username": "supervisor", "pin": PINS["supervisor"]})
    return {"Authorization": f"Bearer {token.json()['access_token']}"}


def test_no_server_errors_and_answers_match_the_schema(api_schema: Any, supervisor_headers: dict[str, str]) -> None:
    checks = [not_a_server_error, response_schema_conformance, content_type_conformance]
    fuzz_every_operation(api_schema, supervisor_headers, checks)
