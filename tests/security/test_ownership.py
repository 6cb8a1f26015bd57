"""Ownership: a line goes only into its sender's session, and a stored line is changed only by its counter."""

from __future__ import annotations

from typing import Any

import pytest

from tests.helpers.records import wire_record
from tests.helpers.server import Harness
from tests.security.calls import kinds, line, plain_items, send, serialized_item


@pytest.mark.parametrize("with_token", [True, False], ids=["with-lock-token", "without-lock-token"])
def test_counter2_cannot_write_into_counter1s_session(server: Harness, with_token: bool) -> None:
    victim = server.claim("counter1")
    forged = wire_record(victim, plain_items(server)[0], verified_qty=40)
    if not with_token:
        del forged["lock_token"]
    body = send(server, "counter2", forged)
    assert body["ok"] == [] and kinds(body) == ["rack_locked"]
    assert "not yours" in body["conflicts"][0]["message"]
    assert line(server, forged["client_record_id"]) is None


def test_counter4_cannot_overwrite_counter3s_line(server: Harness) -> None:
    own = server.claim("counter3")
    counted = wire_record(own, plain_items(server)[0], verified_qty=12)
    assert send(server, "counter3", counted)["ok"] == [counted["client_record_id"]]
    # counter4 sends the same line id, reset to 0, from a rack and session of their own...
    theirs = server.claim("counter4", "G-R02")
    reset = wire_record(theirs, plain_items(server)[0], client_record_id=counted["client_record_id"], verified_qty=0)
    body = send(server, "counter4", reset)
    assert body["ok"] == [] and kinds(body) == ["version_conflict"]
    # ...and as a copy of counter3's own line, in counter3's session.
    copied = {**counted, "verified_qty": 0, "base_version": 1, "updated_at": "2026-01-05T09:00:00Z"}
    assert send(server, "counter4", copied)["ok"] == []
    assert line(server, counted["client_record_id"]) == (own["session_id"], plain_items(server)[0], 12, 1, "counter3")


def test_a_supervisor_changes_a_counters_line_only_through_conflict_resolution(server: Harness) -> None:
    own = server.claim("counter1")
    counted = wire_record(own, plain_items(server)[0], verified_qty=12)
    send(server, "counter1", counted)
    edited = {**counted, "verified_qty": 3, "base_version": 1, "updated_at": "2026-01-05T09:00:00Z"}
    assert send(server, "supervisor", edited)["ok"] == []
    assert line(server, counted["client_record_id"])[2:] == (12, 1, "counter1")  # type: ignore[index]


def test_counters_see_no_one_elses_session_or_fencing_token(server: Harness) -> None:
    claim = server.claim("counter1")
    listed = server.call("GET", "/api/racks", "counter2", params={"floor": "Ground"}).json()
    status = server.call("GET", "/api/racks/G-R01/status", "counter2").json()
    for rack in [*listed, status]:
        assert rack["session_id"] is None and rack["lock_token"] is None
    assert claim["session_id"] not in str(listed) + str(status)
    own = server.call("GET", "/api/racks/G-R01/status", "counter1").json()
    assert (own["session_id"], own["lock_token"]) == (claim["session_id"], claim["lock_token"])


def test_a_duplicate_serial_names_the_other_lines_rack_counter_and_time_not_its_id(server: Harness) -> None:
    item = serialized_item(server)
    first = wire_record(server.claim("counter1"), item, serial_numbers=["SN-77"])
    send(server, "counter1", first)
    second = wire_record(server.claim("counter2", "G-R02"), item, serial_numbers=["SN-77"])
    answer = server.call("POST", "/api/sync/batch", "counter2", json={"batch_id": "b", "records": [second]})
    body: dict[str, Any] = answer.json()
    assert kinds(body) == ["duplicate_serial"]
    details = body["conflicts"][0]["details"]
    assert (details["other_rack_id"], details["other_counted_by"]) == ("G-R01", "counter1")
    assert details["other_counted_at"] == 1767600000.0  # 2026-01-05 08:00 UTC, when counter1 counted it
    assert first["client_record_id"] not in answer.text and first["session_id"] not in answer.text


def test_a_counter_reads_a_racks_history_without_anyones_record_ids_or_the_supervisors_notes(server: Harness) -> None:
    item = serialized_item(server)
    first = wire_record(server.claim("counter1"), item, serial_numbers=["SN-5"])
    send(server, "counter1", first)
    send(server, "counter2", wire_record(server.claim("counter2", "G-R02"), item, serial_numbers=["SN-5"]))
    [conflict] = server.call("GET", "/api/sync/conflicts", "supervisor").json()
    body = {"resolution": "accept_local", "resolution_note": "the serial is on G-R02"}
    assert server.call("POST", f"/api/sync/conflicts/{conflict['id']}/resolve", "supervisor", json=body).is_success
    history = server.call("GET", "/api/racks/G-R01/history", "counter3")
    assert [(h["action"], h["subject"]) for h in history.json()] == [("move-serial", "G-R01")]
    assert first["client_record_id"] not in history.text
    seen = server.call("GET", "/api/racks/G-R01/history", "supervisor").json()
    assert [h["subject"] for h in seen] == [first["client_record_id"]]  # a supervisor sees which line
    release = {"note": "counter2 miscounted the top shelf"}
    assert server.call("POST", "/api/racks/G-R01/release", "supervisor", json=release).is_success
    counters = server.call("GET", "/api/racks/G-R01/history", "counter3").json()
    assert [h["note"] for h in counters if h["action"] == "release"] == [""]  # not counter3's rack: not their words
    assert all(h["note"] == "" for h in counters if h["action"] != "move-serial")
    supervisors = server.call("GET", "/api/racks/G-R01/history", "supervisor").json()
    assert [h["note"] for h in supervisors if h["action"] == "release"] == [release["note"]]
