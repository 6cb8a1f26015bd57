"""Bad input gets a 4xx with a sentence, never a 500: malformed JSON, wrong types, huge bodies."""

from __future__ import annotations

import pytest

from tests.helpers.records import batch, wire_record
from tests.helpers.server import Harness


def test_malformed_json_is_a_400(server: Harness) -> None:
    answer = server.call(
        "POST",
        "/api/racks/G-R01/claim",
        "counter1",
        content=b'{"floor": ',
        headers={"content-type": "application/json"},
    )
    assert (answer.status_code, answer.json()) == (400, {"detail": "The request body is not valid JSON."})


@pytest.mark.parametrize(
    ("body", "where"),
    [
        ({}, "floor"),
        ({"floor": 7}, "floor"),
        ({"floor": "Ground", "extra": 1}, "extra"),
        ({"floor": "G" * 10_000}, "floor"),
    ],
)
def test_a_wrong_body_is_a_422_naming_the_field(server: Harness, body: object, where: str) -> None:
    answer = server.call("POST", "/api/racks/G-R01/claim", "counter1", json=body)
    assert answer.status_code == 422
    assert answer.json()["detail"].startswith(f"The request is not valid: {where}: ")


def test_a_record_with_wrong_types_is_a_422(server: Harness) -> None:
    claim = server.claim("counter1")
    answer = server.call("POST", "/api/sync/batch", "counter1", json=batch(wire_record(claim, verified_qty="3")))
    assert answer.status_code == 422
    assert "records.0.verified_qty" in answer.json()["detail"]


def test_a_huge_body_is_a_413_before_it_is_read(server: Harness) -> None:
    answer = server.call("POST", "/api/sync/batch", "counter1", content=b"x" * (9 * 1024 * 1024),
                         headers={"content-type": "application/json"})  # fmt: skip
    assert answer.status_code == 413
    assert answer.json()["detail"].startswith("The request is larger than this server accepts")


def test_huge_lists_are_refused(server: Harness) -> None:
    claim = server.claim("counter1")
    record = wire_record(claim, verified_qty=20_000, serial_numbers=[f"S{n}" for n in range(10_001)])
    answer = server.call("POST", "/api/sync/batch", "counter1", json=batch(record))
    assert answer.status_code == 422 and "serial_numbers" in answer.json()["detail"]


@pytest.mark.parametrize(
    ("method", "url", "status"),
    [
        ("GET", "/api/nowhere", 404),
        ("DELETE", "/api/racks/floors", 405),
        ("GET", "/api/racks/" + "R" * 200 + "/status", 422),
        ("GET", "/api/racks", 422),
        ("GET", "/api/sync/conflicts?status=everything", 422),
    ],
)
def test_wrong_addresses_get_a_sentence(server: Harness, method: str, url: str, status: int) -> None:
    user = "supervisor" if "conflicts" in url else "counter1"
    answer = server.call(method, url, user)
    assert answer.status_code == status
    assert isinstance(answer.json()["detail"], str) and answer.json()["detail"].endswith(".")
