"""Counted lines: scans add up, multiply, count damage and serials; undo and edit bump the revision."""

from __future__ import annotations

import pytest

from station.domain.clock import FakeClock
from station.domain.errors import Rejected
from station.domain.lines import Item, Totals
from station.domain.records import LineCount
from station.store.database import Store
from station.store.records import Records
from tests.helpers.store import COOKER, COUNTING, RICE


def revs(store: Store, record_id: str) -> tuple[int, int]:
    with store.read() as conn:
        row = conn.exec_driver_sql(
            "SELECT local_rev, synced_rev FROM records WHERE client_record_id = ?", (record_id,)
        ).one()
    return row[0], row[1]


def test_each_scan_adds_to_the_items_line(records: Records, store: Store) -> None:
    first = records.add_scan(COUNTING, RICE)
    again = records.add_scan(COUNTING, RICE, 12)
    assert again.client_record_id == first.client_record_id
    assert (again.verified_qty, again.damage_qty, again.synced) == (13, 0, False)
    assert revs(store, first.client_record_id) == (2, 0)


def test_damage_mode_counts_damaged_pieces_within_the_line(records: Records) -> None:
    records.add_scan(COUNTING, RICE, 5)
    line = records.add_scan(COUNTING, RICE, 2, damaged=True)
    assert (line.verified_qty, line.damage_qty) == (7, 2)


def test_serials_are_kept_and_a_duplicate_refused_without_counting(records: Records) -> None:
    records.add_scan(COUNTING, COOKER, serials=("SN-1",))
    with pytest.raises(Rejected) as caught:
        records.add_scan(COUNTING, COOKER, serials=("SN-1",))
    assert caught.value.code == "duplicate_serial"
    [line] = records.lines(COUNTING.session_id)
    assert (line.verified_qty, line.serials) == (1, ("SN-1",))


def test_undo_takes_back_the_last_scan_only(records: Records, store: Store) -> None:
    records.add_scan(COUNTING, RICE, 3)
    records.add_scan(COUNTING, COOKER, serials=("SN-1",))
    records.add_scan(COUNTING, RICE, 2, damaged=True)
    after = records.undo_last(COUNTING.session_id)
    assert after is not None and (after.item_code, after.verified_qty, after.damage_qty) == (RICE.item_code, 3, 0)
    after = records.undo_last(COUNTING.session_id)
    assert after is not None and (after.item_code, after.verified_qty, after.serials) == (COOKER.item_code, 0, ())
    after = records.undo_last(COUNTING.session_id)
    assert after is not None and after.verified_qty == 0
    assert records.undo_last(COUNTING.session_id) is None
    # An undone line is still sent: the server must learn it went back to zero.
    assert revs(store, after.client_record_id)[0] == 4  # three scans, then undone


def test_edit_replaces_the_count_after_checking_it(records: Records) -> None:
    line = records.add_scan(COUNTING, RICE, 10)
    edited = records.edit_line(line.client_record_id, LineCount(8, 1))
    assert (edited.verified_qty, edited.damage_qty, edited.manual_entry) == (8, 1, True)
    with pytest.raises(Rejected) as caught:
        records.edit_line(line.client_record_id, LineCount(2, 3))
    assert caught.value.code == "damage_above_verified"
    assert records.lines(COUNTING.session_id)[0].verified_qty == 8


def test_finalize_marks_every_line_final(records: Records) -> None:
    records.add_scan(COUNTING, RICE)
    records.add_scan(COUNTING, COOKER, serials=("SN-9",))
    assert records.finalize(COUNTING.session_id) == 2
    assert {line.status for line in records.lines(COUNTING.session_id)} == {"finalized"}


def test_totals(records: Records) -> None:
    records.add_scan(COUNTING, RICE, 10)
    records.add_scan(COUNTING, RICE, 2, damaged=True)
    records.add_scan(COUNTING, Item("UNKNOWN:99999", unknown=True), manual=True)
    assert records.totals(COUNTING.session_id) == Totals(pieces=13, damaged=2, lines=2, unsynced=2, blocked=0)


def test_a_typed_entry_is_marked_manual(records: Records) -> None:
    assert records.add_scan(COUNTING, RICE, manual=True).manual_entry
    assert records.add_scan(COUNTING, COOKER, serials=("A",)).manual_entry is False


def test_lines_come_in_the_order_first_counted(records: Records, clock: FakeClock) -> None:
    for code in ("C", "A", "B"):
        records.add_scan(COUNTING, Item(code))
        clock.advance(1)
    records.add_scan(COUNTING, Item("A"))
    assert [line.item_code for line in records.lines(COUNTING.session_id)] == ["C", "A", "B"]
