"""Versions: no rollback by replay, no reuse of a line's id, one copy of a line per batch."""

from __future__ import annotations

from tests.helpers.records import wire_record
from tests.helpers.server import Harness
from tests.security.calls import kinds, line, plain_items, send


def test_a_replayed_first_copy_does_not_roll_the_line_back(server: Harness) -> None:
    claim = server.claim("counter1")
    v1 = wire_record(claim, plain_items(server)[0], verified_qty=5)
    send(server, "counter1", v1)
    v2 = {**v1, "verified_qty": 7, "base_version": 1, "updated_at": "2026-01-05T08:05:00Z"}
    assert send(server, "counter1", v2)["ok"] == [v1["client_record_id"]]
    replayed = send(server, "counter1", v1)  # the v1 copy again, without base_version
    assert replayed["ok"] == [] and kinds(replayed) == ["version_conflict"]
    again = send(server, "counter1", {**v2, "updated_at": "2026-01-05T08:01:00Z", "verified_qty": 6})
    assert again["ok"] == []  # an older copy with an old version is no newer edit either
    assert line(server, v1["client_record_id"])[2:4] == (7, 2)  # type: ignore[index]


def test_the_same_id_with_another_item_is_a_conflict(server: Harness) -> None:
    claim = server.claim("counter1")
    first, other = plain_items(server)[:2]
    counted = wire_record(claim, first, verified_qty=5)
    send(server, "counter1", counted)
    swapped = {**counted, "item_code": other, "verified_qty": 50, "updated_at": "2026-01-05T08:05:00Z"}
    body = send(server, "counter1", swapped)
    assert body["ok"] == [] and kinds(body) == ["version_conflict"]
    assert body["conflicts"][0]["details"] == {"changed": ["item_code"]}
    assert line(server, counted["client_record_id"])[1:3] == (first, 5)  # type: ignore[index]


def test_the_same_id_twice_in_one_batch_takes_the_first_copy_only(server: Harness) -> None:
    claim = server.claim("counter1")
    first = wire_record(claim, plain_items(server)[0], verified_qty=5)
    repeat = {**first, "verified_qty": 500, "updated_at": "2026-01-05T08:05:00Z"}
    body = send(server, "counter1", first, repeat)
    assert body["ok"] == [first["client_record_id"]]
    assert [(c["client_record_id"], c["details"]) for c in body["conflicts"]] == [
        (first["client_record_id"], {"repeated_in_batch": True})
    ]
    assert line(server, first["client_record_id"])[2:4] == (5, 1)  # type: ignore[index]
    assert server.sql("SELECT count(*) FROM conflicts")[0][0] == 0  # nothing for a supervisor to decide
