"""Scans, multipliers, damage, unknown and serialized items, undo and edit (F4): each outcome's verdict and
sentence are what the person sees, and the count is in the store before the outcome says so."""

from __future__ import annotations

import httpx

from station.domain.records import LineCount
from station.session.values import Verdict
from tests.helpers.session import COOKER, MISREAD, RICE, UNKNOWN, Rig, acknowledge


def test_a_known_barcode_is_counted_and_committed_before_it_is_said(counting: Rig) -> None:
    seen_at_wake: list[dict[str, tuple[int, int, str]]] = []
    counting.session._counting.on_written = lambda: seen_at_wake.append(counting.committed())
    outcome = counting.scan(RICE)
    assert (outcome.verdict, outcome.sentence) == (Verdict.COUNTED, "+1 Basmati Rice 5 kg (now 1)")
    assert seen_at_wake == [{"ITM-000001": (1, 0, "[]")}]  # committed when the sync worker is woken
    assert counting.committed() == {"ITM-000001": (1, 0, "[]")}
    assert outcome.line is not None and counting.session.unsynced() == {outcome.line.client_record_id}
    assert counting.scan(RICE).sentence == "+1 Basmati Rice 5 kg (now 2)"
    assert counting.committed() == {"ITM-000001": (2, 0, "[]")}
    stats = counting.session.stats()
    assert stats is not None and (stats.total, stats.verified, stats.damaged, stats.waiting) == (2, 2, 0, 1)


def test_a_scan_wakes_the_sync_worker(counting: Rig) -> None:
    before = counting.sync.wakes
    counting.scan(RICE)
    assert counting.sync.wakes == before + 1


def test_a_number_typed_before_a_scan_multiplies_it(counting: Rig) -> None:
    typed = counting.type("12")
    assert (typed.verdict, typed.sentence) == (Verdict.MULTIPLIER, "×12: now scan the item.")
    assert counting.heard.of("mode_changed")[-1] == (False, 12)
    assert counting.committed() == {}
    assert counting.scan(RICE).sentence == "+12 Basmati Rice 5 kg (now 12)"
    assert counting.heard.of("mode_changed")[-1] == (False, 0)
    assert counting.scan(RICE, typed="3").sentence == "+3 Basmati Rice 5 kg (now 15)"  # typed, then scanned
    assert counting.committed() == {"ITM-000001": (15, 0, "[]")}


def test_a_multiplier_that_is_not_a_number_of_pieces_is_refused(counting: Rig) -> None:
    outcome = counting.type("0")
    assert outcome.verdict is Verdict.REJECTED
    assert outcome.sentence == "A scan must count at least one piece. Type 1 or more, then scan."
    assert counting.scan(RICE).sentence == "+1 Basmati Rice 5 kg (now 1)"


def test_damage_mode_counts_damaged_pieces(counting: Rig) -> None:
    assert counting.session.toggle_damage() is True
    assert counting.heard.of("mode_changed")[-1] == (True, 0)
    assert counting.scan(RICE).sentence == "+1 damaged Basmati Rice 5 kg (now 1)"
    assert counting.session.toggle_damage() is False
    assert counting.scan(RICE).sentence == "+1 Basmati Rice 5 kg (now 2)"
    assert counting.committed() == {"ITM-000001": (2, 1, "[]")}


def test_an_unknown_barcode_is_offered_then_recorded_as_unknown(counting: Rig) -> None:
    offered = counting.scan(UNKNOWN)
    assert offered.verdict is Verdict.UNKNOWN
    assert offered.sentence == f"No item has this barcode. Record {UNKNOWN} as an unknown item?"
    assert counting.committed() == {}  # nothing counted until the person says so
    recorded = counting.session.record_unknown(offered.code, offered.quantity, manual=offered.manual)
    assert (recorded.verdict, recorded.sentence) == (Verdict.COUNTED, f"+1 Unknown barcode {UNKNOWN} (now 1)")
    assert counting.committed() == {f"UNKNOWN-{UNKNOWN}": (1, 0, "[]")}
    [line] = counting.session.lines()
    assert line.unknown_item and line.barcode == UNKNOWN


def test_an_unknown_barcode_with_the_server_down_says_why_it_is_unknown(counting: Rig) -> None:
    counting.api.get(f"/api/erp/items/barcode/{UNKNOWN}").mock(side_effect=httpx.ConnectError("refused"))
    offered = counting.scan(UNKNOWN)
    assert offered.verdict is Verdict.UNKNOWN
    assert offered.sentence == f"The server cannot be reached to look it up. Record {UNKNOWN} as an unknown item?"


def test_a_misread_barcode_is_refused_not_offered(counting: Rig) -> None:
    outcome = counting.scan(MISREAD)
    assert outcome.verdict is Verdict.REJECTED
    assert outcome.sentence.startswith(f"The barcode {MISREAD} failed its check digit")
    assert counting.api.routes["misread"].call_count == 1 and counting.committed() == {}


def test_a_serialized_item_asks_for_its_serial_then_counts_it(counting: Rig) -> None:
    asked = counting.scan(COOKER)
    assert asked.verdict is Verdict.NEEDS_SERIALS
    assert asked.sentence == "Steel Pressure Cooker 3 L has serial numbers: scan its serial."
    assert asked.item is not None and asked.item.serialized and counting.committed() == {}
    counted = counting.session.count_serials(asked.item, asked.quantity, ("SN-0001",), manual=False)
    assert (counted.verdict, counted.sentence) == (Verdict.COUNTED, "+1 Steel Pressure Cooker 3 L (now 1)")
    assert counting.committed() == {"ITM-000002": (1, 0, '["SN-0001"]')}
    twice = counting.session.count_serials(asked.item, 1, ("SN-0001",), manual=False)
    assert twice.verdict is Verdict.REJECTED
    assert twice.sentence == "Serial SN-0001 is already counted on this line. Scan the next piece's serial."
    assert counting.committed() == {"ITM-000002": (1, 0, '["SN-0001"]')}


def test_a_scan_with_no_rack_is_stopped(rig: Rig) -> None:
    rig.log_in()
    outcome = rig.scan(RICE)
    assert (outcome.verdict, outcome.sentence) == (Verdict.STOPPED, "No rack is being counted. Claim a rack first.")


def test_undo_takes_back_the_last_scan_and_sends_the_line_again(counting: Rig) -> None:
    counting.scan(RICE, typed="3")
    counting.scan(RICE)
    assert acknowledge(counting.store) == 1 and counting.session.unsynced() == set()
    wakes = counting.sync.wakes
    undone = counting.session.undo()
    assert (undone.verdict, undone.sentence) == (Verdict.COUNTED, "Undone: Basmati Rice 5 kg is back to 3.")
    assert counting.committed() == {"ITM-000001": (3, 0, "[]")}
    assert undone.line is not None and counting.session.unsynced() == {undone.line.client_record_id}
    assert counting.sync.wakes == wakes + 1
    assert counting.session.undo().sentence == "Undone: Basmati Rice 5 kg is back to 0."
    nothing = counting.session.undo()
    assert (nothing.verdict, nothing.sentence) == (Verdict.REJECTED, "There is no scan to undo.")


def test_an_edit_replaces_the_count_and_sends_the_line_again(counting: Rig) -> None:
    counting.scan(RICE)
    acknowledge(counting.store)
    [line] = counting.session.lines()
    edited = counting.session.edit(line, LineCount(verified_qty=7, damage_qty=2))
    assert (edited.verdict, edited.sentence) == (Verdict.COUNTED, "Basmati Rice 5 kg: now 7.")
    assert counting.committed() == {"ITM-000001": (7, 2, "[]")}
    [after] = counting.session.lines()
    assert after.manual_entry and not after.synced and counting.session.unsynced() == {line.client_record_id}


def test_an_impossible_edit_is_refused_and_the_line_kept(counting: Rig) -> None:
    counting.scan(RICE, typed="4")
    acknowledge(counting.store)
    [line] = counting.session.lines()
    refused = counting.session.edit(line, LineCount(verified_qty=2, damage_qty=5))
    assert (refused.verdict, refused.sentence) == (Verdict.REJECTED, "Damaged (5) cannot be more than counted (2).")
    assert counting.committed() == {"ITM-000001": (4, 0, "[]")} and counting.session.unsynced() == set()
    serials = counting.session.edit(line, LineCount(verified_qty=1, serials=("SN-1",)))
    assert (serials.verdict, serials.sentence) == (
        Verdict.REJECTED,
        "This item has no serial numbers; remove the 1 entered.",
    )
    assert counting.committed() == {"ITM-000001": (4, 0, "[]")}
