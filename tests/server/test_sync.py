"""Sync batches: upsert by id, resends harmless, every conflict type, 413 over 100 records."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import insert

from station import contract as c
from station.server import db, sync_db
from tests.helpers.records import batch, wire_record
from tests.helpers.server import Harness


def items_of(server: Harness, rack: str = "G-R01") -> tuple[list[str], list[str]]:
    """The rack's (plain, serialized) item codes."""
    rows = server.sql("SELECT item_code, serialized FROM items WHERE rack_id = :r ORDER BY item_code", r=rack)
    plain = [code for code, serialized in rows if not serialized]
    serialized = [code for code, serialized in server.sql("SELECT item_code, serialized FROM items WHERE serialized")]
    return plain, serialized


def send(server: Harness, *records: dict[str, Any], user: str = "counter1") -> dict[str, Any]:
    answer = server.call("POST", "/api/sync/batch", user, json=batch(*records))
    assert answer.status_code == 200, answer.text
    body: dict[str, Any] = answer.json()
    return body


def stored(server: Harness) -> dict[str, tuple[Any, ...]]:
    rows = server.sql("SELECT client_record_id, verified_qty, damage_qty, version FROM records")
    return {row[0]: tuple(row[1:]) for row in rows}


def kinds(body: dict[str, Any]) -> list[str]:
    return [c["conflict_type"] for c in body["conflicts"]]


def test_a_batch_is_stored_and_answered_in_full(server: Harness) -> None:
    claim = server.claim("counter1")
    plain, _ = items_of(server)
    records = [wire_record(claim, code, verified_qty=n + 1) for n, code in enumerate(plain)]
    body = send(server, *records)
    assert body["ok"] == [r["client_record_id"] for r in records]
    assert body["conflicts"] == [] and body["errors"] == []
    assert body["total_records"] == len(records) and body["processing_time_ms"] > 0
    assert stored(server) == {r["client_record_id"]: (r["verified_qty"], 0, 1) for r in records}


def test_a_resend_is_harmless_even_after_the_rack_changed_hands(server: Harness) -> None:
    claim = server.claim("counter1")
    record = wire_record(claim, items_of(server)[0][0], verified_qty=4)
    assert send(server, record)["ok"] == [record["client_record_id"]]
    server.clock.advance(61)
    server.claim("counter2")  # the answer was lost, the lease lapsed, someone else took the rack
    assert send(server, record)["ok"] == [record["client_record_id"]]
    assert stored(server) == {record["client_record_id"]: (4, 0, 1)}


def test_an_edit_bumps_the_version_and_a_stale_base_version_is_a_conflict(server: Harness) -> None:
    claim = server.claim("counter1")
    record = wire_record(claim, items_of(server)[0][0], verified_qty=4)
    send(server, record)
    edited = {**record, "verified_qty": 6, "base_version": 1, "updated_at": "2026-01-05T08:05:00Z"}
    assert send(server, edited)["ok"] == [record["client_record_id"]]
    assert stored(server)[record["client_record_id"]] == (6, 0, 2)
    # A supervisor changes the line on the server; the station's next edit started from version 2.
    server.sql("UPDATE records SET verified_qty = 5, version = 3, submitted_by = 'supervisor'")
    stale = {**record, "verified_qty": 9, "base_version": 2, "updated_at": "2026-01-05T08:06:00Z"}
    body = send(server, stale)
    assert kinds(body) == ["version_conflict"]
    assert body["conflicts"][0]["details"] == {"server_version": 3, "base_version": 2}
    assert stored(server)[record["client_record_id"]] == (5, 0, 3)


def test_an_edit_after_the_stations_own_lost_answer_is_no_conflict(server: Harness) -> None:
    """The server took version 2 but the station never stored the answer (it was lost, or the
    station's disk was full): its next edit still says version 1, and it is the station's own line."""
    claim = server.claim("counter1")
    record = wire_record(claim, items_of(server)[0][0], verified_qty=4)
    send(server, record)
    send(server, {**record, "verified_qty": 6, "base_version": 1, "updated_at": "2026-01-05T08:05:00Z"})
    again = {**record, "verified_qty": 7, "base_version": 1, "updated_at": "2026-01-05T08:06:00Z"}
    assert send(server, again)["ok"] == [record["client_record_id"]]
    assert stored(server)[record["client_record_id"]] == (7, 0, 3)
    ahead = {**record, "verified_qty": 8, "base_version": 9, "updated_at": "2026-01-05T08:07:00Z"}
    assert kinds(send(server, ahead)) == ["version_conflict"]  # a copy newer than the server's: not ours


@pytest.mark.parametrize(
    ("fields", "sentence"),
    [
        ({"verified_qty": -1}, "The counted quantity cannot be negative (-1)."),
        ({"verified_qty": 2, "damage_qty": 3}, "Damaged (3) cannot be more than counted (2)."),
        ({"verified_qty": 100_000}, "more than one line can hold"),
    ],
)
def test_impossible_quantities_are_invalid_quantity_conflicts(
    server: Harness, fields: dict[str, int], sentence: str
) -> None:
    claim = server.claim("counter1")
    body = send(server, wire_record(claim, items_of(server)[0][0], **fields))
    assert kinds(body) == ["invalid_quantity"] and body["ok"] == []
    assert sentence in body["conflicts"][0]["message"]
    assert stored(server) == {}


def test_a_serial_already_counted_on_another_line_is_a_duplicate_serial_conflict(server: Harness) -> None:
    claim = server.claim("counter1")
    item = items_of(server)[1][0]
    first = wire_record(claim, item, verified_qty=2, serial_numbers=["SN-1", "SN-2"])
    second = wire_record(claim, item, verified_qty=1, serial_numbers=["SN-2"])
    body = send(server, first, second)
    assert body["ok"] == [first["client_record_id"]]
    assert kinds(body) == ["duplicate_serial"]
    # The other line is named by rack, counter and time (issue 13: never by its record id).
    assert body["conflicts"][0]["details"] == {
        "serial_number": "SN-2",
        "within_record": False,
        "other_rack_id": "G-R01",
        "other_counted_by": "counter1",
        "other_counted_at": 1767600000.0,
    }
    within = wire_record(claim, item, verified_qty=2, serial_numbers=["SN-9", "SN-9"])
    assert kinds(send(server, within)) == ["duplicate_serial"]


def test_a_record_counted_under_an_old_lease_is_a_stale_lock_conflict(server: Harness) -> None:
    lapsed = server.claim("counter1")
    server.clock.advance(61)
    server.claim("counter2")
    late = wire_record(lapsed, items_of(server)[0][0])
    body = send(server, late)
    assert kinds(body) == ["stale_lock"] and body["ok"] == []
    # The rack's current token is the new holder's: it is not handed back (issue 13).
    assert body["conflicts"][0]["details"] == {"record_lock_token": 1, "session_status": "superseded"}


def test_a_record_without_a_token_while_someone_else_counts_is_rack_locked(server: Harness) -> None:
    lapsed = server.claim("counter1")
    server.clock.advance(61)
    server.claim("counter2")
    record = wire_record(lapsed, items_of(server)[0][0])
    del record["lock_token"]  # a StockVerify-era client that knows no fencing
    assert kinds(send(server, record)) == ["rack_locked"]


def test_a_record_of_an_unknown_session_waits_for_a_person(server: Harness) -> None:
    record = wire_record({"session_id": "session_from_before_a_reset", "rack_id": "G-R01", "floor": "Ground"})
    body = send(server, record)
    assert kinds(body) == ["stale_lock"] and "does not know session" in body["conflicts"][0]["message"]


def test_a_resent_conflict_is_kept_once(server: Harness) -> None:
    claim = server.claim("counter1")
    record = wire_record(claim, items_of(server)[0][0], verified_qty=-5)
    send(server, record)
    send(server, record)
    assert server.sql("SELECT count(*) FROM conflicts")[0][0] == 1


def test_more_than_100_records_is_a_413_with_a_sentence(server: Harness) -> None:
    claim = server.claim("counter1")
    records = [wire_record(claim) for _ in range(101)]
    answer = server.call("POST", "/api/sync/batch", "counter1", json=batch(*records))
    assert answer.status_code == 413
    assert answer.json() == {
        "detail": "A batch holds at most 100 records; this one has 101. Send them in smaller batches."
    }


def test_a_batch_mixes_ok_and_conflicts_in_one_answer(server: Harness) -> None:
    claim = server.claim("counter1")
    plain, _ = items_of(server)
    good = wire_record(claim, plain[0])
    bad = wire_record(claim, plain[1], verified_qty=1, damage_qty=2)
    body = send(server, good, bad)
    assert body["ok"] == [good["client_record_id"]] and kinds(body) == ["invalid_quantity"]
    assert body["total_records"] == 2


def race_a_serial_in(server: Harness, monkeypatch: pytest.MonkeyPatch, item: str, serial: str) -> None:
    """Make another writer store ``serial`` between the next batch's read and its write (once)."""
    real_load = sync_db._Context.load

    def load_then_race(conn: Any, records: list[Any]) -> Any:
        context = real_load(conn, records)
        with server.state.engine.connect() as other:
            other.execute(insert(db.serials).values(item_code=item, serial=serial, client_record_id="elsewhere"))
            other.commit()
        monkeypatch.setattr(sync_db._Context, "load", real_load)
        return context

    monkeypatch.setattr(sync_db._Context, "load", load_then_race)


def test_a_serial_another_process_wrote_mid_batch_is_caught_on_the_retry(
    server: Harness, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The race the checks cannot see: the bulk write fails, and the batch is run again record by record."""
    if server.state.engine.dialect.name == "sqlite":
        pytest.skip("SQLite takes the write lock at BEGIN IMMEDIATE: no other writer can get in mid-batch")
    claim = server.claim("counter1")
    item = items_of(server)[1][0]
    racing = wire_record(claim, item, serial_numbers=["SN-RACE"])
    calm = wire_record(claim, item, serial_numbers=["SN-CALM"])
    race_a_serial_in(server, monkeypatch, item, "SN-RACE")
    body = send(server, racing, calm)
    assert body["ok"] == [calm["client_record_id"]] and body["errors"] == []
    assert [(c["client_record_id"], c["conflict_type"]) for c in body["conflicts"]] == [
        (racing["client_record_id"], "duplicate_serial")
    ]


def test_a_race_during_the_careful_run_is_an_error_to_retry(server: Harness, monkeypatch: pytest.MonkeyPatch) -> None:
    if server.state.engine.dialect.name == "sqlite":
        pytest.skip("SQLite takes the write lock at BEGIN IMMEDIATE: no other writer can get in mid-batch")
    claim = server.claim("counter1")
    item = items_of(server)[1][0]
    racing = wire_record(claim, item, serial_numbers=["SN-RACE"])
    calm = wire_record(claim, item, serial_numbers=["SN-CALM"])
    race_a_serial_in(server, monkeypatch, item, "SN-RACE")
    request = c.SyncBatchRequest.model_validate(batch(racing, calm))
    with server.state.engine.begin() as conn:
        outcome = sync_db.apply_batch(conn, request, "counter1", 0.0, careful=True)
    assert outcome.ok == [calm["client_record_id"]]
    assert [(e.client_record_id, e.error_type) for e in outcome.errors] == [
        (racing["client_record_id"], "write_conflict")
    ]
