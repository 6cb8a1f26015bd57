"""Limits: a huge batch is refused with a sentence and breaks nothing; conflicts come in pages and
lines for sessions not the sender's cannot flood the supervisors' list; bad text is refused."""

from __future__ import annotations

import pytest

from station.contract import MAX_SERIALS_PER_BATCH
from station.server.sync_db import MAX_ORPHAN_CONFLICTS
from tests.helpers.records import batch, wire_record
from tests.helpers.server import Harness
from tests.security.calls import kinds, plain_items, send, serialized_item


def serial_lines(claim: dict[str, object], item: str, lines: int, per_line: int) -> list[dict[str, object]]:
    return [
        wire_record(claim, item, verified_qty=per_line, serial_numbers=[f"S{n:02d}-{s:05d}" for s in range(per_line)])
        for n in range(lines)
    ]


def test_a_130000_serial_batch_is_refused_with_a_sentence_and_20_writes_after_it_succeed(server: Harness) -> None:
    claim = server.claim("counter1")
    huge = serial_lines(claim, serialized_item(server), 13, 10_000)
    answer = server.call("POST", "/api/sync/batch", "counter1", json=batch(*huge))
    assert answer.status_code == 413
    assert answer.json()["detail"] == (
        f"A batch holds at most {MAX_SERIALS_PER_BATCH} serial numbers in all; this one has 130000. "
        "Send its lines in smaller batches."
    )
    statuses = []
    racks = server.sql("SELECT rack_id, floor FROM racks WHERE rack_id <> 'G-R01' ORDER BY rack_id LIMIT 5")
    for rack, floor in racks:  # claim, write, write, release: 20 ordinary writes
        own = server.call("POST", f"/api/racks/{rack}/claim", "counter2", json={"floor": floor})
        records = [wire_record(own.json(), item) for item in plain_items(server, rack)[:2]]
        writes = [server.call("POST", "/api/sync/batch", "counter2", json=batch(record)) for record in records]
        release = server.call("POST", f"/api/racks/{rack}/release", "counter2")
        statuses += [own.status_code, *(w.status_code for w in writes), release.status_code]
        assert all(r["client_record_id"] in w.json()["ok"] for r, w in zip(records, writes, strict=True))
    assert statuses == [200] * 20


def test_a_batch_at_the_serial_limit_is_stored_in_full(server: Harness) -> None:
    """20,000 serials: 40,000 values to look up, more than SQLite lets one statement carry."""
    claim = server.claim("counter1")
    full = serial_lines(claim, serialized_item(server), 2, MAX_SERIALS_PER_BATCH // 2)
    body = send(server, "counter1", *full)
    assert body["ok"] == [r["client_record_id"] for r in full]
    assert server.sql("SELECT count(*) FROM serials")[0][0] == MAX_SERIALS_PER_BATCH
    assert kinds(send(server, "counter1", *full)) == []  # the resend reads them all back: harmless


def test_a_flood_of_lines_for_unknown_sessions_keeps_a_bounded_number_of_conflicts(server: Harness) -> None:
    answers = []
    for n in range(7):
        orphans = [
            wire_record({"session_id": f"made-up-{n}-{i}", "rack_id": "G-R01", "floor": "Ground"}) for i in range(100)
        ]
        answers.append(send(server, "counter1", *orphans))
    assert server.sql("SELECT count(*) FROM conflicts")[0][0] == MAX_ORPHAN_CONFLICTS
    assert sum(len(a["conflicts"]) for a in answers) == MAX_ORPHAN_CONFLICTS
    errors = [e for a in answers for e in a["errors"]]
    assert len(errors) == 700 - MAX_ORPHAN_CONFLICTS and {e["error_type"] for e in errors} == {"conflict_quota"}
    # Another counter's quota is their own, and a supervisor sees who sent the lines.
    assert (
        len(send(server, "counter2", wire_record({"session_id": "x", "rack_id": "G-R01", "floor": "G"}))["conflicts"])
        == 1
    )
    listed = server.call("GET", "/api/sync/conflicts", "supervisor", params={"limit": 500}).json()
    assert {c["counted_by"] for c in listed} == {"counter1", "counter2"}


def test_conflicts_are_listed_in_pages(server: Harness) -> None:
    claim = server.claim("counter1")
    for _ in range(2):  # 150 impossible quantities: conflicts of counter1's own session
        send(server, "counter1", *[wire_record(claim, verified_qty=-1) for _ in range(75)])
    first = server.call("GET", "/api/sync/conflicts", "supervisor").json()
    rest = server.call("GET", "/api/sync/conflicts", "supervisor", params={"offset": 100}).json()
    assert (len(first), len(rest)) == (100, 50)
    assert len({c["id"] for c in first + rest}) == 150
    small = server.call("GET", "/api/sync/conflicts", "supervisor", params={"limit": 10, "offset": 145}).json()
    assert [c["id"] for c in small] == [c["id"] for c in rest[-5:]]
    too_many = server.call("GET", "/api/sync/conflicts", "supervisor", params={"limit": 501})
    assert too_many.status_code == 422 and "limit" in too_many.json()["detail"]


@pytest.mark.parametrize(
    ("field", "value"),
    [("item_code", "ITM\x00001"), ("rack_id", "R" * 65), ("floor", "F" * 65), ("session_id", "s\x00")],
)
def test_text_the_database_cannot_keep_is_refused_with_a_sentence(server: Harness, field: str, value: str) -> None:
    claim = server.claim("counter1")
    answer = server.call("POST", "/api/sync/batch", "counter1", json=batch(wire_record(claim, **{field: value})))
    assert answer.status_code == 422 and answer.json()["detail"].startswith("The request is not valid: records.0.")


@pytest.mark.parametrize(
    ("method", "url", "params", "body"),
    [
        ("GET", "/api/racks", {"floor": "Gro\x00und"}, None),
        ("GET", "/api/racks", {"floor": "F" * 65}, None),
        ("POST", "/api/racks/G-R01/claim", None, {"floor": "Gro\x00und"}),
        ("POST", "/api/racks/G-R01/release", None, {"note": "gone\x00"}),
    ],
)
def test_nul_bytes_and_long_names_anywhere_are_a_422(
    server: Harness, method: str, url: str, params: dict[str, str] | None, body: dict[str, str] | None
) -> None:
    answer = server.call(method, url, "counter1", params=params, json=body)
    assert answer.status_code == 422, answer.text
