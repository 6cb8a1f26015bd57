"""What the attacks send and look at: batches as a given user, and the lines the server stored."""

from __future__ import annotations

from typing import Any

from tests.helpers.records import batch
from tests.helpers.server import Harness


def send(server: Harness, user: str, *records: dict[str, Any]) -> dict[str, Any]:
    """POST the records as one batch as ``user``; the answer, which must be a 200."""
    answer = server.call("POST", "/api/sync/batch", user, json=batch(*records))
    assert answer.status_code == 200, answer.text
    body: dict[str, Any] = answer.json()
    return body


def kinds(body: dict[str, Any]) -> list[str]:
    return [conflict["conflict_type"] for conflict in body["conflicts"]]


def line(server: Harness, record_id: str) -> tuple[Any, ...] | None:
    """(session, item, verified, version, submitted by) of a stored line, or None."""
    rows = server.sql(
        "SELECT session_id, item_code, verified_qty, version, submitted_by FROM records WHERE client_record_id = :i",
        i=record_id,
    )
    return tuple(rows[0]) if rows else None


def plain_items(server: Harness, rack: str = "G-R01") -> list[str]:
    rows = server.sql("SELECT item_code FROM items WHERE rack_id = :r AND NOT serialized ORDER BY item_code", r=rack)
    return [row[0] for row in rows]


def serialized_item(server: Harness) -> str:
    return str(server.sql("SELECT item_code FROM items WHERE serialized ORDER BY item_code")[0][0])
