"""Conflicts: kept server-side, listed and resolved by supervisors only, every resolution audited."""

from __future__ import annotations

import json
from typing import Any

import pytest

from tests.helpers.records import batch, wire_record
from tests.helpers.server import Harness


@pytest.fixture
def serial_conflict(server: Harness) -> dict[str, Any]:
    """Two lines claiming serial SN-2 of one item: the second is a pending duplicate_serial conflict."""
    claim = server.claim("counter1")
    item = server.sql("SELECT item_code FROM items WHERE serialized ORDER BY item_code LIMIT 1")[0][0]
    first = wire_record(claim, item, verified_qty=2, serial_numbers=["SN-1", "SN-2"])
    second = wire_record(claim, item, verified_qty=2, serial_numbers=["SN-2", "SN-3"])
    server.call("POST", "/api/sync/batch", "counter1", json=batch(first, second))
    [conflict] = server.call("GET", "/api/sync/conflicts", "supervisor").json()
    return {"conflict": conflict, "first": first, "second": second, "item": item}


def resolve(server: Harness, conflict_id: str, user: str = "supervisor", **body: Any) -> Any:
    return server.call("POST", f"/api/sync/conflicts/{conflict_id}/resolve", user, json=body)


def as_json(value: Any) -> Any:
    """A JSON column as read through plain SQL: text on SQLite, decoded on PostgreSQL."""
    return json.loads(value) if isinstance(value, str) else value


def record(server: Harness, record_id: str) -> tuple[int, list[str]]:
    verified, serials = server.sql(
        "SELECT verified_qty, serial_numbers FROM records WHERE client_record_id = :i", i=record_id
    )[0]
    return verified, as_json(serials)


def test_a_conflict_keeps_both_sides(server: Harness, serial_conflict: dict[str, Any]) -> None:
    conflict = serial_conflict["conflict"]
    assert conflict["conflict_type"] == "duplicate_serial" and conflict["status"] == "pending"
    assert conflict["client_record_id"] == serial_conflict["second"]["client_record_id"]
    assert conflict["local_data"]["serial_numbers"] == ["SN-2", "SN-3"]
    assert conflict["server_data"]["serial_numbers"] == ["SN-1", "SN-2"]
    assert conflict["rack_id"] == "G-R01" and conflict["detected_at"] > 0


def test_a_counter_can_neither_list_nor_resolve(server: Harness, serial_conflict: dict[str, Any]) -> None:
    assert server.call("GET", "/api/sync/conflicts", "counter1").status_code == 403
    answer = resolve(server, serial_conflict["conflict"]["id"], "counter1", resolution="ignore", resolution_note="x")
    assert (answer.status_code, answer.json()) == (403, {"detail": "Only a supervisor or an admin may do this."})


def test_accept_local_moves_the_serial_and_is_audited(server: Harness, serial_conflict: dict[str, Any]) -> None:
    first, second = serial_conflict["first"]["client_record_id"], serial_conflict["second"]["client_record_id"]
    answer = resolve(
        server, serial_conflict["conflict"]["id"], resolution="accept_local", resolution_note="SN-2 is on this shelf"
    )
    assert answer.status_code == 200
    body = answer.json()
    assert (body["status"], body["resolution"], body["resolved_by"]) == ("resolved", "accept_local", "supervisor")
    assert record(server, second) == (2, ["SN-2", "SN-3"])
    assert record(server, first) == (1, ["SN-1"])
    line = body["settled_line"]  # what the station makes its line: the server's copy after the decision
    assert (line["verified_qty"], line["serial_numbers"], line["version"]) == (2, ["SN-2", "SN-3"], 1)
    actions = [tuple(row) for row in server.sql("SELECT actor, action, note FROM audit ORDER BY id")]
    assert actions == [
        ("supervisor", "move-serial", "serial SN-2 moved to another line"),
        ("supervisor", "resolve:accept_local", "SN-2 is on this shelf"),
    ]
    before, after = server.sql("SELECT before, after FROM audit WHERE action = 'resolve:accept_local'")[0]
    assert as_json(before) is None and as_json(after)["serial_numbers"] == ["SN-2", "SN-3"]


def test_accept_server_keeps_the_server_as_it_is(server: Harness, serial_conflict: dict[str, Any]) -> None:
    answer = resolve(server, serial_conflict["conflict"]["id"], resolution="accept_server", resolution_note="dup scan")
    assert answer.json()["status"] == "resolved"
    nothing = {"verified_qty": 0, "damage_qty": 0, "serial_numbers": [], "version": 0}
    assert answer.json()["settled_line"] == nothing  # the server never took this line
    assert server.sql("SELECT count(*) FROM records")[0][0] == 1
    assert server.call("GET", "/api/sync/conflicts", "supervisor").json() == []
    [settled] = server.call("GET", "/api/sync/conflicts", "supervisor", params={"status": "all"}).json()
    assert settled["settled_line"] == nothing  # the listing says it too, for a station that learns it later


def test_merge_stores_the_recount_after_checking_it(server: Harness, serial_conflict: dict[str, Any]) -> None:
    conflict_id, second = serial_conflict["conflict"]["id"], serial_conflict["second"]["client_record_id"]
    bad = resolve(server, conflict_id, resolution="merge", resolution_note="recount",
                  merged_data={"verified_qty": 2, "damage_qty": 0, "serial_numbers": ["SN-3"]})  # fmt: skip
    assert bad.status_code == 422 and "2 counted but 1 serials entered" in bad.json()["detail"]
    taken = resolve(server, conflict_id, resolution="merge", resolution_note="recount",
                    merged_data={"verified_qty": 2, "damage_qty": 0, "serial_numbers": ["SN-2", "SN-3"]})  # fmt: skip
    assert taken.status_code == 409 and "Serial SN-2 is counted on another line" in taken.json()["detail"]
    good = resolve(server, conflict_id, resolution="merge", resolution_note="recount: SN-2 belongs to the other line",
                   merged_data={"verified_qty": 1, "damage_qty": 0, "serial_numbers": ["SN-3"]})  # fmt: skip
    assert good.status_code == 200 and good.json()["resolution"] == "merge"
    assert record(server, second) == (1, ["SN-3"])
    assert good.json()["settled_line"]["serial_numbers"] == ["SN-3"]


def test_ignore_needs_a_note_and_settles_once(server: Harness, serial_conflict: dict[str, Any]) -> None:
    conflict_id = serial_conflict["conflict"]["id"]
    assert resolve(server, conflict_id, resolution="ignore", resolution_note="  ").status_code == 422
    assert resolve(server, conflict_id, resolution="ignore", resolution_note="test label").json()["status"] == "ignored"
    again = resolve(server, conflict_id, resolution="accept_local", resolution_note="changed my mind")
    assert again.status_code == 409 and "settled already (ignore by supervisor)" in again.json()["detail"]
    assert resolve(server, "nope", resolution="ignore", resolution_note="x").status_code == 404


def test_a_stale_lock_accepted_by_a_supervisor_lands_in_the_rack(server: Harness) -> None:
    lapsed = server.claim("counter1")
    server.clock.advance(61)
    server.claim("counter2")
    item = server.sql("SELECT item_code FROM items WHERE rack_id = 'G-R01' AND NOT serialized LIMIT 1")[0][0]
    late = wire_record(lapsed, item, verified_qty=7)
    server.call("POST", "/api/sync/batch", "counter1", json=batch(late))
    [conflict] = server.call("GET", "/api/sync/conflicts", "admin").json()
    assert conflict["conflict_type"] == "stale_lock"
    assert (
        resolve(server, conflict["id"], "admin", resolution="accept_local", resolution_note="counted").status_code
        == 200
    )
    assert record(server, late["client_record_id"]) == (7, [])


def test_the_listing_names_who_counted_the_line(server: Harness, serial_conflict: dict[str, Any]) -> None:
    assert serial_conflict["conflict"]["counted_by"] == "counter1"


def test_a_rack_history_shows_each_resolution_with_its_note(server: Harness, serial_conflict: dict[str, Any]) -> None:
    conflict_id = serial_conflict["conflict"]["id"]
    resolve(server, conflict_id, resolution="accept_server", resolution_note="scanned twice")
    server.call("POST", "/api/racks/G-R01/release", "supervisor", json={"note": "counter went home"})
    history = server.call("GET", "/api/racks/G-R01/history", "counter1").json()
    assert [(h["actor"], h["action"], h["subject"], h["note"]) for h in history] == [
        ("supervisor", "resolve:accept_server", conflict_id, "scanned twice"),
        ("supervisor", "release", "G-R01", "counter went home"),
        ("tolerance", "send-to-recount", "G-R01", "over tolerance: 4 items"),  # one line of four counted
    ]
    assert server.call("GET", "/api/racks/G-R02/history", "counter1").json() == []
    assert server.call("GET", "/api/racks/Z-R99/history", "counter1").status_code == 404
