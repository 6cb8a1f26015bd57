"""Schemathesis over every operation of the server's OpenAPI document, with a supervisor's headers."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from hypothesis import HealthCheck, given, settings


def fuzz_every_operation(api_schema: Any, headers: dict[str, str], checks: list[Callable[..., Any]]) -> None:
    """Generated cases for each operation, checked; log-out is left alone (it would end the supervisor's
    log-in and leave every later operation a 401 — tests/security covers it). Driven through hypothesis
    directly: schemathesis' own pytest plugin does not run on pytest 9."""
    operations = [
        op for op in (result.ok() for result in api_schema.get_all_operations()) if op.path != "/api/auth/logout"
    ]
    assert len(operations) >= 20, "every route of the contract is in the schema"
    for operation in operations:

        @given(case=operation.as_strategy())
        @settings(max_examples=25, deadline=None, suppress_health_check=list(HealthCheck), database=None)
        def fuzz(case: Any) -> None:
            case.call_and_validate(headers=headers, checks=checks)

        fuzz()
