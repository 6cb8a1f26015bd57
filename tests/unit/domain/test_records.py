"""Record rules: quantities, damage within verified, serials unique and matching the count."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from station.domain.errors import Rejected
from station.domain.records import (
    MAX_LINE_QUANTITY,
    MAX_MULTIPLIER,
    LineCount,
    check_line,
    check_quantity,
    line_problems,
    normalise_serial,
    parse_multiplier,
)


def codes(problems: list[Rejected]) -> list[str]:
    return [p.code for p in problems]


def test_a_clean_line_has_no_problems() -> None:
    line = LineCount(verified_qty=3, damage_qty=1, serials=("S1", "S2", "S3"))
    assert line_problems(line, serialized=True) == []
    assert check_line(line, serialized=True) is line


@pytest.mark.parametrize(
    ("line", "serialized", "expected"),
    [
        (LineCount(-1, 0), False, ["negative_quantity"]),
        (LineCount(MAX_LINE_QUANTITY + 1, 0), False, ["quantity_too_large"]),
        (LineCount(2, 3), False, ["damage_above_verified"]),
        (LineCount(2, -1), False, ["negative_quantity"]),
        (LineCount(2, 0, ("A", "A")), True, ["duplicate_serial"]),
        (LineCount(3, 0, ("A", "B")), True, ["serial_count_mismatch"]),
        (LineCount(1, 0, ("A",)), False, ["unexpected_serials"]),
        (LineCount(1, 0, ("  ",)), True, ["empty_serial"]),
        (LineCount(1, 0, ("has space",)), True, ["bad_serial"]),
        (LineCount(1, 0, ("X" * 65,)), True, ["serial_too_long"]),
    ],
)
def test_each_rule_has_its_own_rejection(line: LineCount, serialized: bool, expected: list[str]) -> None:
    problems = line_problems(line, serialized=serialized)
    assert codes(problems) == expected
    with pytest.raises(Rejected) as caught:
        check_line(line, serialized=serialized)
    assert caught.value.code == expected[0]
    assert caught.value.sentence[0].isupper() and caught.value.sentence.endswith(".")


def test_all_problems_are_listed_at_once() -> None:
    assert codes(line_problems(LineCount(1, 2, ("A", "A", "B")), serialized=True)) == [
        "damage_above_verified",
        "duplicate_serial",
        "serial_count_mismatch",
    ]


def test_adding_scans_counts_damage_and_serials() -> None:
    line = LineCount().add(1, serials=("SN-1",)).add(1, damaged=True, serials=("SN-2",))
    assert line == LineCount(verified_qty=2, damage_qty=1, serials=("SN-1", "SN-2"))


def test_a_serial_scanned_twice_is_refused_and_the_line_is_unchanged() -> None:
    line = LineCount().add(1, serials=("SN-1",))
    with pytest.raises(Rejected) as caught:
        line.add(1, serials=(" SN-1 ",))
    assert caught.value.code == "duplicate_serial"
    assert "SN-1" in caught.value.sentence
    assert line == LineCount(1, 0, ("SN-1",))


@pytest.mark.parametrize(("quantity", "code"), [(0, "zero_quantity"), (-2, "negative_quantity")])
def test_adding_nothing_or_less_than_nothing_is_refused(quantity: int, code: str) -> None:
    with pytest.raises(Rejected) as caught:
        LineCount().add(quantity)
    assert caught.value.code == code


def test_a_line_cannot_grow_past_the_ceiling() -> None:
    with pytest.raises(Rejected) as caught:
        LineCount(MAX_LINE_QUANTITY - 1).add(2)
    assert caught.value.code == "quantity_too_large"
    assert "99,999" in caught.value.sentence


@pytest.mark.parametrize(
    ("text", "value"), [("12", 12), (" 3 ", 3), ("0007", 7), (str(MAX_MULTIPLIER), MAX_MULTIPLIER)]
)
def test_a_typed_multiplier_is_read(text: str, value: int) -> None:
    assert parse_multiplier(text) == value


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("", "not_a_number"),
        ("1.5", "not_a_number"),
        ("-3", "not_a_number"),
        ("1e3", "not_a_number"),
        ("١٢", "not_a_number"),
        ("0", "zero_quantity"),
        (str(MAX_MULTIPLIER + 1), "quantity_too_large"),
    ],
)
def test_an_impossible_multiplier_gets_a_sentence(text: str, code: str) -> None:
    with pytest.raises(Rejected) as caught:
        parse_multiplier(text)
    assert caught.value.code == code


def test_serials_are_trimmed() -> None:
    assert normalise_serial("  SN-0001\r") == "SN-0001"


def test_check_quantity_returns_the_quantity() -> None:
    assert check_quantity(5) == 5


scan_steps = st.lists(
    st.tuples(st.integers(1, 50), st.booleans(), st.booleans()),
    max_size=30,
)


@given(scan_steps)
def test_any_sequence_of_valid_scans_keeps_the_line_valid(steps: list[tuple[int, bool, bool]]) -> None:
    """Non-serialized item: counts add up, damage stays within verified."""
    line = LineCount()
    total = damaged_total = 0
    for quantity, damaged, _ in steps:
        line = line.add(quantity, damaged=damaged)
        total += quantity
        damaged_total += quantity if damaged else 0
    assert (line.verified_qty, line.damage_qty) == (total, damaged_total)
    assert line_problems(line, serialized=False) == []


@given(st.lists(st.text(alphabet="ABC123", min_size=1, max_size=4), max_size=40))
def test_serialized_scans_never_hold_a_serial_twice(serials: list[str]) -> None:
    line = LineCount()
    for serial in serials:
        try:
            line = line.add(1, serials=(serial,))
        except Rejected as exc:
            assert exc.code == "duplicate_serial"
    assert len(set(line.serials)) == len(line.serials) == line.verified_qty == len(set(serials))
    assert line_problems(line, serialized=True) == []
