"""schemathesis against /openapi.json of a running server: no 5xx, and every answer matches its schema."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import content_type_conformance, response_schema_conformance

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
    # Driven through hypothesis directly: schemathesis' own pytest plugin does not run on pytest 9.
    checks = [not_a_server_error, response_schema_conformance, content_type_conformance]
    # Log-out would end the supervisor's log-in and leave every later operation a 401 (tests/security covers it).
    operations = [
        op for op in (result.ok() for result in api_schema.get_all_operations()) if op.path != "/api/auth/logout"
    ]
    assert len(operations) >= 20, "every route of the contract is in the schema"
    for operation in operations:

        @given(case=operation.as_strategy())
        @settings(max_examples=25, deadline=None, suppress_health_check=list(HealthCheck), database=None)
        def fuzz(case: Any) -> None:
            case.call_and_validate(headers=supervisor_headers, checks=checks)

        fuzz()
