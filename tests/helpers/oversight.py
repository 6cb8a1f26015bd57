"""Counting racks on a test server for the oversight tests: claim, count lines (serials where an item has them),
finish; and what the books expect."""

from __future__ import annotations

from typing import Any

from tests.helpers.records import batch, wire_record
from tests.helpers.server import Harness


def expected(server: Harness, rack: str) -> dict[str, tuple[int, str, float]]:
    """The rack's items: expected quantity, category and price, from the books."""
    rows = server.sql("SELECT item_code, expected_qty, category, mrp FROM items WHERE rack_id = :r", r=rack)
    return {code: (qty, category, price) for code, qty, category, price in rows}


def count(server: Harness, user: str, rack: str, quantities: dict[str, int], floor: str = "Ground") -> str:
    """Claim ``rack`` as ``user``, count ``quantities`` (one line an item), finish it; the session id."""
    claim = server.claim(user, rack, floor)
    records = [line(server, claim, code, qty) for code, qty in quantities.items()]
    if records:
        answer = server.call("POST", "/api/sync/batch", user, json=batch(*records))
        assert len(answer.json()["ok"]) == len(records), answer.text
    server.clock.advance(1)
    assert server.call("POST", f"/api/racks/{rack}/release", user).status_code == 200
    server.clock.advance(1)
    return str(claim["session_id"])


def line(server: Harness, claim: dict[str, Any], code: str, qty: int) -> dict[str, Any]:
    """A line of ``qty`` pieces; a serialized item's carry serials of their own (one a piece, new each session)."""
    [[serialized]] = server.sql("SELECT serialized FROM items WHERE item_code = :c", c=code)
    serials = [f"SN-{claim['session_id'][-6:]}-{code}-{n}" for n in range(qty)] if serialized else []
    return wire_record(claim, code, verified_qty=qty, serial_numbers=serials)


def exact(server: Harness, rack: str) -> dict[str, int]:
    return {code: qty for code, (qty, _, _) in expected(server, rack).items()}
