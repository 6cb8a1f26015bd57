"""Conflicts kept at the station and the decisions on them: kept before they are sent, and a line
leaves the blocked state only when the server has the decision."""

from __future__ import annotations

import pytest
from sqlalchemy import update

from station import contract as c
from station.domain.backoff import BackoffPolicy
from station.domain.clock import FakeClock
from station.domain.errors import Rejected
from station.domain.lines import Line
from station.domain.records import LineCount
from station.store import schema
from station.store.conflicts import Conflicts, Decision
from station.store.database import Store
from station.store.outbox import Outbox
from station.store.records import Records
from tests.helpers.store import COOKER, COUNTING, RICE

NOW = 1_767_600_000.0


@pytest.fixture
def conflicts(store: Store, clock: FakeClock) -> Conflicts:
    return Conflicts(store, clock)


def refuse(store: Store, line: Line, kind: str = "stale_lock") -> None:
    outbox = Outbox(store, BackoffPolicy())
    sent = [o for o in outbox.take(COUNTING.session_id, 100) if o.record.client_record_id == line.client_record_id]
    refusal = c.SyncConflict(client_record_id=line.client_record_id, conflict_type=kind, message="Refused.",
                             details={"record_lock_token": 1, "rack_lock_token": 2})  # fmt: skip
    outbox.settle(sent, c.SyncBatchResponse(conflicts=[refusal]), NOW, lambda n: 2.0)


def test_an_open_conflict_carries_what_was_sent_and_the_line(
    store: Store, records: Records, conflicts: Conflicts
) -> None:
    line = records.add_scan(COUNTING, RICE, 3)
    refuse(store, line)
    [conflict] = conflicts.open()
    assert (conflict.conflict_type, conflict.status, conflict.item_name) == ("stale_lock", "pending", "Nails Small")
    assert conflict.sent["verified_qty"] == 3 and conflict.username == "counter1"
    assert conflict.details == {"record_lock_token": 1, "rack_lock_token": 2} and conflict.decision is None


def test_a_decision_is_kept_until_sent_and_the_line_waits_meanwhile(
    store: Store, records: Records, conflicts: Conflicts
) -> None:
    line = records.add_scan(COUNTING, RICE, 3)
    refuse(store, line)
    [conflict] = conflicts.open()
    [kept] = conflicts.decide([Decision(c.Resolution.ACCEPT_LOCAL, "counted it", "supervisor", conflict.id)])
    [still] = conflicts.open()
    assert still.status == "decided" and still.decision is not None and still.decision.note == "counted it"
    assert records.totals(COUNTING.session_id).blocked == 1
    conflicts.failed(kept, "The server cannot be reached.")
    assert conflicts.unsent()[0].last_error == "The server cannot be reached."
    conflicts.sent(kept, c.SettledLine(verified_qty=3, version=1))
    assert conflicts.open() == [] and conflicts.unsent() == []
    totals = records.totals(COUNTING.session_id)
    assert (totals.unsynced, totals.blocked, totals.pieces) == (0, 0, 3)
    assert Outbox(store, BackoffPolicy()).counts().conflicts == 0


def test_a_recount_sent_replaces_the_lines_count(store: Store, records: Records, conflicts: Conflicts) -> None:
    records.add_scan(COUNTING, COOKER, 1, serials=("SN-1",))
    line = records.add_scan(COUNTING, COOKER, 1, serials=("SN-2",))
    refuse(store, line, "duplicate_serial")
    [conflict] = conflicts.open()
    recount = c.MergedCount(verified_qty=1, serial_numbers=["SN-1"])
    [kept] = conflicts.decide([Decision(c.Resolution.MERGE, "SN-2 is elsewhere", "supervisor", conflict.id,
                                        "srv-1", recount)])  # fmt: skip
    assert conflicts.unsent()[0].decision.merged == recount
    conflicts.sent(kept, None)  # a server that does not say what it holds: the recount is it
    [after] = records.lines(COUNTING.session_id)
    assert (after.verified_qty, after.serials, after.synced) == (1, ("SN-1",), True)


def test_a_decision_the_server_refused_opens_the_conflict_again(
    store: Store, records: Records, conflicts: Conflicts
) -> None:
    line = records.add_scan(COUNTING, RICE, 3)
    refuse(store, line)
    [conflict] = conflicts.open()
    [kept] = conflicts.decide([Decision(c.Resolution.IGNORE, "test label", "counter1", conflict.id)])
    conflicts.withdraw(kept, "Only a supervisor or an admin may do this.")
    [again] = conflicts.open()
    assert again.status == "pending" and again.decision is None and conflicts.unsent() == []
    assert records.totals(COUNTING.session_id).blocked == 1


def test_someone_elses_earlier_decision_settles_the_line_without_this_recount(
    store: Store, records: Records, conflicts: Conflicts
) -> None:
    line = records.add_scan(COUNTING, RICE, 3)
    refuse(store, line)
    [conflict] = conflicts.open()
    [kept] = conflicts.decide(
        [Decision(c.Resolution.MERGE, "recount", "supervisor", conflict.id, None, c.MergedCount(verified_qty=9))]
    )
    conflicts.sent(kept, c.SettledLine(verified_qty=3, version=2), resolution="accept_local")
    [after] = records.lines(COUNTING.session_id)
    assert (after.verified_qty, after.synced, after.settled) == (3, True, "accept_local")


@pytest.mark.parametrize(
    ("resolution", "held", "expected"),
    [
        (c.Resolution.ACCEPT_SERVER, c.SettledLine(), (0, 0)),  # the server never took this line
        (c.Resolution.ACCEPT_SERVER, c.SettledLine(verified_qty=2, damage_qty=1, version=4), (2, 1)),
        (c.Resolution.IGNORE, c.SettledLine(), (0, 0)),
        (c.Resolution.ACCEPT_LOCAL, c.SettledLine(verified_qty=3, version=1), (3, 0)),
        (c.Resolution.ACCEPT_SERVER, None, (0, 0)),  # a server that does not say, and never took the line
        (c.Resolution.ACCEPT_LOCAL, None, (3, 0)),
    ],
)
def test_a_decision_makes_the_line_what_the_server_holds(
    store: Store,
    records: Records,
    conflicts: Conflicts,
    resolution: c.Resolution,
    held: c.SettledLine | None,
    expected: tuple[int, int],
) -> None:
    line = records.add_scan(COUNTING, RICE, 3)
    refuse(store, line)
    [conflict] = conflicts.open()
    [kept] = conflicts.decide([Decision(resolution, "decided", "supervisor", conflict.id, "srv-1")])
    conflicts.sent(kept, held)
    [after] = records.lines(COUNTING.session_id)
    assert (after.verified_qty, after.damage_qty) == expected
    assert (after.synced, after.settled, after.refused) == (True, resolution.value, "")
    assert after.excluded is (resolution is c.Resolution.IGNORE)
    totals = records.totals(COUNTING.session_id)
    assert (totals.pieces, totals.unsynced, totals.blocked) == (expected[0], 0, 0)


def test_a_refused_line_takes_no_more_scans_the_next_starts_a_new_line(
    store: Store, records: Records, conflicts: Conflicts
) -> None:
    first = records.add_scan(COUNTING, RICE, 13)
    refuse(store, first)
    later = records.add_scan(COUNTING, RICE, 8, damaged=True)
    assert later.client_record_id != first.client_record_id and (later.verified_qty, later.damage_qty) == (8, 8)
    refused, counted = records.lines(COUNTING.session_id)
    assert (refused.verified_qty, refused.refused) == (13, "Refused.") and counted.refused == ""
    [conflict] = conflicts.open()
    assert conflict.sent["verified_qty"] == 13  # what the supervisor decides on is what the station holds
    assert {o.record.client_record_id for o in Outbox(store, BackoffPolicy()).take(COUNTING.session_id, 100)} == {
        later.client_record_id
    }
    assert records.add_scan(COUNTING, RICE, 1).client_record_id == later.client_record_id


def test_a_refused_or_settled_line_cannot_be_undone_or_edited(
    store: Store, records: Records, conflicts: Conflicts
) -> None:
    line = records.add_scan(COUNTING, RICE, 3)
    refuse(store, line)
    with pytest.raises(Rejected, match="waits for a supervisor"):
        records.undo_last(COUNTING.session_id)
    with pytest.raises(Rejected, match="waits for a supervisor"):
        records.edit_line(line.client_record_id, LineCount(1))
    assert records.finalize(COUNTING.session_id) == 0  # it stays as the supervisor will see it
    [conflict] = conflicts.open()
    [kept] = conflicts.decide([Decision(c.Resolution.ACCEPT_LOCAL, "ok", "supervisor", conflict.id, "srv-1")])
    conflicts.sent(kept, c.SettledLine(verified_qty=3, version=1))
    with pytest.raises(Rejected, match="settled this line"):
        records.edit_line(line.client_record_id, LineCount(1))
    assert records.finalize(COUNTING.session_id) == 0
    [after] = records.lines(COUNTING.session_id)
    assert (after.verified_qty, after.synced) == (3, True)


def test_a_decision_taken_at_another_station_settles_the_line_here(
    store: Store, records: Records, conflicts: Conflicts
) -> None:
    line = records.add_scan(COUNTING, RICE, 3)
    refuse(store, line)
    [conflict] = conflicts.open()
    conflicts.settled_elsewhere([(conflict.id, "merge", c.SettledLine(verified_qty=5, version=2))])
    [after] = records.lines(COUNTING.session_id)
    assert (after.verified_qty, after.synced, after.settled) == (5, True, "merge")
    assert conflicts.open() == []


def test_a_decision_on_an_older_copy_never_marks_a_newer_count_as_sent(
    store: Store, records: Records, conflicts: Conflicts
) -> None:
    """A line an earlier Station let count on after its refusal (13 sent, 21 held): the decision on the 13
    does not settle the 21, which goes again on top of what the server holds now."""
    line = records.add_scan(COUNTING, RICE, 13)
    refuse(store, line)
    with store.write() as conn:  # as an earlier Station counted on into the refused line
        conn.execute(
            update(schema.records)
            .where(schema.records.c.client_record_id == line.client_record_id)
            .values(verified_qty=21, local_rev=schema.records.c.local_rev + 8)
        )
    [conflict] = conflicts.open()
    [kept] = conflicts.decide([Decision(c.Resolution.ACCEPT_LOCAL, "ok", "supervisor", conflict.id, "srv-1")])
    conflicts.sent(kept, c.SettledLine(verified_qty=13, version=1))
    [after] = records.lines(COUNTING.session_id)
    assert (after.verified_qty, after.synced, after.settled, after.refused) == (21, False, "", "")
    [again] = Outbox(store, BackoffPolicy()).take(COUNTING.session_id, 100)
    assert (again.record.verified_qty, again.record.base_version) == (21, 1)
