"""F10's review: counted against expected per item (missing, not expected here, over, under), the lines still
waiting or refused, an excluded line counting for nothing, and a blind count showing no expected quantity."""

from __future__ import annotations

from typing import Any

from station.domain.lines import Line
from station.domain.records import RecordStatus
from station.session.review import Review, Standing, review_of
from station.session.values import Failure
from tests.helpers.session import RICE, Rig, failed, refuse

EXPECTED: dict[str, float | None] = {"A": 10, "B": 5, "C": 3, "D": None, "E": 0, "F": 4}
"""A rack of six items: D with no known quantity, E with none expected."""


def line(code: str, counted: int, *, damaged: int = 0, seq: int = 0, **changes: Any) -> Line:
    fields: dict[str, Any] = {
        "client_record_id": f"{code}-{seq}", "item_code": code, "item_name": f"Item {code}", "barcode": None,
        "verified_qty": counted, "damage_qty": damaged, "serials": (), "serialized": False, "unknown_item": False,
        "manual_entry": False, "synced": True, "status": RecordStatus.PARTIAL, "seq": seq, **changes,
    }  # fmt: skip
    return Line(**fields)


def standing(review: Review) -> dict[str, tuple[Standing, int, float | None, float | None]]:
    """item code → (standing, counted, expected, counted less expected)."""
    return {item.item_code: (item.standing, item.counted, item.expected, item.difference) for item in review.items}


def mixed() -> Review:
    """A 10 as expected, B 7 of 5, C none of 3, F 1 of 4, X 4 not expected, D 2 (no quantity known)."""
    lines = [line("A", 10), line("B", 7, damaged=1), line("F", 1), line("X", 4, synced=False), line("D", 2)]
    return review_of("G-R01", lines, EXPECTED, blind=False, name_of=lambda code: f"Catalogue {code}")


def test_the_review_holds_each_item_against_what_the_rack_expects() -> None:
    review = mixed()
    assert standing(review) == {
        "C": (Standing.MISSING, 0, 3, -3),
        "X": (Standing.UNEXPECTED, 4, None, None),
        "F": (Standing.UNDER, 1, 4, -3),
        "B": (Standing.OVER, 7, 5, 2),
        "D": (Standing.COUNTED, 2, None, None),
        "A": (Standing.MATCHED, 10, 10, 0),
    }  # what needs a look first; E (none expected, none counted) says nothing
    assert [item.item_code for item in review.of(Standing.MISSING)] == ["C"]
    assert review.of(Standing.MISSING)[0].name == "Catalogue C"  # no line names it: the catalogue does
    assert (review.expected_items, review.lines, review.pieces, review.damaged) == (5, 5, 24, 1)
    assert (review.waiting, review.refused, review.blocked, review.all_well) == (1, 0, False, False)
    assert review.headline() == (
        "4 of 5 expected items counted, 1 missing, 1 not expected here, 1 under, 1 over, 1 line not sent yet."
    )
    assert review.blocker() == ""


def test_all_well_says_so_plainly() -> None:
    review = review_of("G-R01", [line("A", 10), line("B", 5)], {"A": 10, "B": 5}, blind=False)
    assert review.all_well
    assert review.headline() == "All 2 expected items counted, all lines sent."


def test_a_line_a_supervisor_set_aside_counts_only_what_the_server_kept_of_it() -> None:
    """An ignored line holds what the server kept of it (the store makes it so): nothing, for a line the server
    never took; the review lists it as set aside and counts it as the station and the server both do."""
    lines = [line("A", 10), line("B", 5), line("B", 0, seq=1, settled="ignore"), line("C", 3)]
    review = review_of("G-R01", lines, {"A": 10, "B": 5, "C": 3}, blind=False)
    assert standing(review)["B"] == (Standing.MATCHED, 5, 5, 0)
    assert (review.lines, review.pieces, review.excluded, review.waiting) == (3, 18, 1, 0)
    assert review.all_well
    [b] = [item for item in review.items if item.item_code == "B"]
    assert b.excluded == 1
    alone = review_of("G-R01", [line("A", 0, settled="ignore")], {"A": 9}, blind=False)
    assert standing(alone)["A"] == (Standing.MISSING, 0, 9, -9)  # its only line set aside: nothing counted
    earlier = review_of("G-R01", [line("A", 4, settled="ignore")], {"A": 9}, blind=False)
    assert standing(earlier)["A"] == (Standing.UNDER, 4, 9, -5)  # the server had kept an earlier copy of 4


def test_refused_lines_block_finishing_with_the_f9_sentence() -> None:
    lines = [line("A", 10), line("B", 5, synced=False, refused="duplicate_serial"), line("C", 1, synced=False)]
    review = review_of("G-R01", lines, {"A": 10, "B": 5, "C": 1}, blind=False)
    assert (review.refused, review.waiting, review.blocked, review.all_well) == (1, 1, True, False)
    assert review.headline() == ("All 3 expected items counted, 1 line refused by the server, 1 line not sent yet.")
    assert review.blocker() == "1 line refused by the server waits for a supervisor. F9: a supervisor decides."
    [b] = [item for item in review.items if item.item_code == "B"]
    assert (b.refused, b.waiting) == ("duplicate_serial", 0)
    assert review.refusals() == ["Item B: duplicate_serial"]
    # The database knows of refusals the lines do not carry: they count too.
    assert review_of("G-R01", [line("A", 10)], {"A": 10}, blind=False, blocked=2).blocker().startswith("2 lines")


def test_a_blind_count_shows_no_expected_quantity_nor_what_is_missing() -> None:
    lines = [line("A", 10), line("B", 7), line("X", 4, synced=False)]
    review = review_of("G-R01", lines, EXPECTED, blind=True)
    assert standing(review) == {
        "A": (Standing.COUNTED, 10, None, None),
        "B": (Standing.COUNTED, 7, None, None),
        "X": (Standing.COUNTED, 4, None, None),
    }
    assert review.expected_items == 0 and not review.of(Standing.MISSING)
    assert review.headline() == (
        "21 pieces counted in 3 lines (a blind count: expected quantities are not shown), 1 line not sent yet."
    )


def test_the_session_reviews_the_rack_it_counts_and_changes_nothing(counting: Rig) -> None:
    counting.scan(RICE, typed="3")
    before = counting.committed()
    review = counting.session.review()
    assert isinstance(review, Review)
    assert standing(review) == {
        "ITM-000002": (Standing.MISSING, 0, 6, -6),  # rack_items.json: 40 rice, 6 cookers expected
        "ITM-000001": (Standing.UNDER, 3, 40, -37),
    }
    assert review.of(Standing.MISSING)[0].name == "Steel Pressure Cooker 3 L"
    assert (review.rack_id, review.waiting) == ("R1", 1)
    assert counting.committed() == before and counting.session.rack_id == "R1"
    assert counting.api.routes["release"].call_count == 0


def test_the_session_review_counts_refused_lines_and_a_blind_count(counting: Rig) -> None:
    counted = counting.scan(RICE).line
    assert counted is not None
    refuse(counting.store, counted)
    review = counting.session.review()
    assert isinstance(review, Review) and review.refused == 1 and review.waiting == 0
    assert review.refusals() == ["Basmati Rice 5 kg: Serial SN-0002 already belongs to another record"]
    counting.session._settings = counting.session._settings.with_overrides(counting={"blind": True})
    blind = counting.session.review()
    assert isinstance(blind, Review) and blind.blind
    assert [(item.item_code, item.expected) for item in blind.items] == [("ITM-000001", None)]


def test_no_rack_no_review(rig: Rig) -> None:
    assert isinstance(rig.session.review(), Failure)
    assert failed(rig.session.review()).sentence == "No rack is being counted."
