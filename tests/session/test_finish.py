"""F10 and F8: finishing releases the rack only when every line reached the server and the server counts
the same; otherwise a ``Failure`` of the right kind, never an exception. Pausing stops scanning."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from station.domain.lease import LeaseState
from station.domain.sessions import SessionState
from station.session.values import FailureKind, Verdict
from station.store.errors import StoreError
from station.store.records import Records
from tests.helpers.payloads import payload
from tests.helpers.session import COOKER, RACK, RICE, SESSION, Rig, failed, refuse

DISK_FULL = "The disk holding the station's data is full, so the last scan was not saved."


def stats_of(pieces: int, damaged: int) -> dict[str, Any]:
    """``session_stats.json`` with the server counting ``pieces`` of which ``damaged``."""
    return {**payload("session_stats"), "total_items": pieces, "damage_items": damaged}


@pytest.fixture
def counted(counting: Rig) -> Rig:
    """R1 with 3 rice (one damaged) and a cooker counted: 4 pieces in 2 lines."""
    counting.scan(RICE, typed="2")
    counting.session.toggle_damage()
    counting.scan(RICE)
    counting.session.toggle_damage()
    asked = counting.scan(COOKER)
    assert asked.item is not None
    counting.session.count_serials(asked.item, 1, ("SN-0001",), manual=False)
    return counting


def test_finish_with_every_line_sent_and_the_counts_agreeing_releases_the_rack(counted: Rig) -> None:
    counted.sync.delivering = True  # the server takes every line the sync worker sends
    counted.api.get(f"/api/sessions/{SESSION}/stats").respond(200, json=stats_of(4, 1))
    assert counted.run(counted.session.finish(wait_s=0)) is None
    assert counted.api.routes["release"].call_count == 1
    assert counted.heard.of("session_ended") == [("Rack R1 is finished: 4 pieces in 2 lines.",)]
    assert counted.session.rack_id is None and counted.kept_session() is None
    assert counted.lease() is LeaseState.RELEASED and not counted.session._heartbeat.running
    assert {line.status for line in counted.records.lines(SESSION)} == {"finalized"}
    assert counted.records.totals(SESSION).unsynced == 0


def test_finish_with_lines_still_waiting_keeps_the_rack(counted: Rig) -> None:
    wakes = counted.sync.wakes
    failure = failed(counted.run(counted.session.finish(wait_s=0)))
    assert failure.kind is FailureKind.OFFLINE
    assert failure.sentence == (
        "Not finished: 2 lines have not reached the server yet. The rack stays claimed; "
        "press F10 again when the server is back."
    )
    assert counted.sync.wakes == wakes + 1  # the finalised lines were sent for
    assert counted.api.routes["release"].call_count == 0 and counted.api.routes["stats"].call_count == 0
    assert counted.session.rack_id == RACK and counted.heard.of("session_ended") == []
    kept = counted.kept_session()
    assert kept is not None and kept.status is SessionState.ACTIVE


def test_finish_when_the_server_counts_otherwise_needs_a_supervisor(counted: Rig) -> None:
    counted.sync.delivering = True
    failure = failed(counted.run(counted.session.finish(wait_s=0)))  # session_stats.json: 150 pieces, 5 damaged
    assert failure.kind is FailureKind.NEEDS_SUPERVISOR
    assert failure.sentence == (
        "Not finished: the server has 150 pieces (5 damaged), this station 4 (1). Ask a supervisor."
    )
    assert counted.api.routes["release"].call_count == 0 and counted.session.rack_id == RACK


def test_finish_with_a_refused_line_needs_a_supervisor(counted: Rig) -> None:
    cooker = next(line for line in counted.session.lines() if line.serialized)
    refuse(counted.store, cooker)
    counted.sync.delivering = True  # the rice goes; the refused cooker waits for a decision
    failure = failed(counted.run(counted.session.finish(wait_s=0)))
    assert failure.kind is FailureKind.NEEDS_SUPERVISOR
    assert failure.sentence == (
        "Not finished: the server refused 1 line; it waits for a supervisor (F9). The rack stays claimed."
    )


def test_finish_when_the_release_cannot_reach_the_server(counted: Rig) -> None:
    counted.sync.delivering = True
    counted.api.get(f"/api/sessions/{SESSION}/stats").respond(200, json=stats_of(4, 1))
    counted.api.post(f"/api/racks/{RACK}/release").mock(side_effect=httpx.ConnectError("refused"))
    failure = failed(counted.run(counted.session.finish(wait_s=0)))
    assert failure.kind is FailureKind.OFFLINE and counted.session.rack_id == RACK


def test_finish_on_a_full_disk_is_a_local_failure_not_an_exception(
    counted: Rig, monkeypatch: pytest.MonkeyPatch
) -> None:
    def full(self: Records, session_id: str) -> int:
        raise StoreError("disk_full", DISK_FULL)

    monkeypatch.setattr(Records, "finalize", full)
    failure = failed(counted.run(counted.session.finish(wait_s=0)))
    assert (failure.kind, failure.sentence) == (FailureKind.LOCAL, DISK_FULL)
    assert counted.session.rack_id == RACK and counted.api.routes["release"].call_count == 0


def test_finish_with_no_rack(rig: Rig) -> None:
    rig.log_in()
    assert failed(rig.run(rig.session.finish(wait_s=0))).sentence == "No rack is being counted."


def test_release_anyway_needs_a_note_then_releases_with_it(counted: Rig) -> None:
    refused = failed(counted.run(counted.session.release_anyway("supervisor", "sup-token", "  ")))
    assert refused.sentence == "Write a note: why the rack is released with the counts disagreeing."
    assert counted.run(counted.session.release_anyway("supervisor", "sup-token", "recounted by hand")) is None
    request = counted.api.routes["release"].calls.last.request
    assert request.headers["Authorization"] == "Bearer sup-token"
    assert request.content == b'{"note":"released anyway: recounted by hand"}'
    assert counted.heard.last("session_ended") == "Rack R1 was released by supervisor: recounted by hand"


def test_pause_stops_scanning_and_resume_allows_it_again(counting: Rig) -> None:
    assert counting.run(counting.session.pause()) == "Rack R1 paused. Press F8 to resume it."
    assert counting.session.paused and not counting.session._heartbeat.running
    kept = counting.kept_session()
    assert kept is not None and kept.status is SessionState.PAUSED
    stopped = counting.scan(RICE)
    assert (stopped.verdict, stopped.sentence) == (Verdict.STOPPED, "Rack R1 is paused. Press F8 to resume it.")
    assert counting.committed() == {}
    beats = counting.api.routes["heartbeat"].call_count

    async def resume() -> str | object:
        answer = await counting.session.resume()
        in_flight = counting.session._heartbeat._in_flight
        assert in_flight is not None
        await in_flight
        return answer

    assert counting.run(resume()) == "Rack R1 resumed. Scan away."
    assert not counting.session.paused and counting.session._heartbeat.running
    assert counting.api.routes["heartbeat"].call_count == beats + 1  # beats at once
    assert counting.scan(RICE).verdict is Verdict.COUNTED
    kept = counting.kept_session()
    assert kept is not None and kept.status is SessionState.ACTIVE


def test_a_pause_the_server_cannot_hear_changes_nothing(counting: Rig) -> None:
    counting.api.post(f"/api/racks/{RACK}/pause").mock(side_effect=httpx.ConnectError("refused"))
    failure = failed(counting.run(counting.session.pause()))
    assert failure.kind is FailureKind.OFFLINE and not counting.session.paused
    assert counting.scan(RICE).verdict is Verdict.COUNTED


def test_sync_now_asks_the_sync_worker(counting: Rig) -> None:
    counting.session.sync_now()
    assert counting.sync.sent_now == 1


def test_after_the_rack_is_finished_undo_changes_nothing(counting: Rig) -> None:
    counting.scan(RICE, typed="2")
    counting.sync.delivering = True
    counting.api.get(f"/api/sessions/{SESSION}/stats").respond(200, json=stats_of(2, 0))
    assert counting.run(counting.session.finish(wait_s=0)) is None
    counting.sync.delivering = False
    undone = counting.session.undo()
    assert undone.verdict is Verdict.STOPPED
    assert counting.committed() == {"ITM-000001": (2, 0, "[]")} and counting.records.totals(SESSION).unsynced == 0
