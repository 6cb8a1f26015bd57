"""Telling a wedge scanner from typing: bursts, terminators, typed prefixes, backspace."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from station.domain.wedge import DoubleReadGuard, Entry, WedgeDetector, WedgeSettings


def feed(
    detector: WedgeDetector, keys: list[tuple[str, float]], end: str = "enter", end_gap: float = 5
) -> Entry | None:
    now = 0.0
    for char, gap in keys:
        now += gap
        detector.key(char, now)
    return detector.terminator(end, now + end_gap)


def fed(detector: WedgeDetector, keys: list[tuple[str, float]], end: str = "enter", end_gap: float = 5) -> Entry:
    """What the keys made, which must be an entry."""
    entry = feed(detector, keys, end, end_gap)
    assert entry is not None
    return entry


def burst(code: str, gap: float = 5, first_gap: float = 1000) -> list[tuple[str, float]]:
    return [(char, first_gap if n == 0 else gap) for n, char in enumerate(code)]


def test_a_fast_burst_ended_by_enter_is_a_scan() -> None:
    assert feed(WedgeDetector(), burst("4006381333931")) == Entry("4006381333931", "4006381333931")


def test_slow_keys_are_typing() -> None:
    entry = feed(WedgeDetector(), burst("ITM-42", gap=120, first_gap=120), end_gap=150)
    assert entry == Entry("ITM-42", None) and entry.typed == "ITM-42"


def test_a_number_typed_before_a_scan_is_kept_apart() -> None:
    keys = [("1", 300.0), ("2", 200.0), *burst("4006381333931", first_gap=900)]
    entry = feed(WedgeDetector(), keys)
    assert entry is not None and (entry.scanned, entry.typed) == ("4006381333931", "12")


def test_a_burst_shorter_than_the_minimum_is_typing() -> None:
    assert fed(WedgeDetector(), burst("123")).scanned is None


def test_a_slow_enter_after_a_burst_is_typing() -> None:
    assert fed(WedgeDetector(), burst("4006381333931"), end_gap=400).scanned is None


def test_tab_ends_a_scan_only_when_it_is_a_terminator() -> None:
    assert fed(WedgeDetector(), burst("40063813"), end="tab").scanned == "40063813"
    enter_only = WedgeDetector(WedgeSettings(terminators=("enter",)))
    assert feed(enter_only, burst("40063813"), end="tab") is None


def test_backspace_takes_a_character_back() -> None:
    detector = WedgeDetector()
    for n, char in enumerate("ITM-43"):
        detector.key(char, n * 200.0)
    detector.backspace()
    detector.key("2", 2000.0)
    assert detector.terminator("enter", 2200.0) == Entry("ITM-42", None)


def test_the_settings_are_honoured() -> None:
    slow_scanner = WedgeDetector(WedgeSettings(min_length=6, max_gap_ms=90))
    assert fed(slow_scanner, burst("ABCDEF", gap=80), end_gap=80).scanned == "ABCDEF"
    assert fed(WedgeDetector(), burst("ABCDEF", gap=80)).scanned is None


@given(st.text(alphabet="0123456789ABC-", min_size=4, max_size=40), st.floats(0, 49), st.floats(51, 5000))
def test_any_burst_under_the_gap_is_a_scan_and_any_slower_one_is_not(code: str, fast: float, slow: float) -> None:
    assert feed(WedgeDetector(), burst(code, gap=fast), end_gap=fast) == Entry(code, code)
    assert fed(WedgeDetector(), burst(code, gap=slow, first_gap=slow), end_gap=slow).scanned is None


def test_a_double_read_is_the_same_code_starting_within_the_window() -> None:
    guard = DoubleReadGuard(300)
    assert not guard.is_repeat("A", 0, 70)
    assert guard.is_repeat("A", 120, 190)  # 50 ms after the last ended
    assert not guard.is_repeat("A", 600, 670)  # aimed again
    assert not guard.is_repeat("B", 700, 770)  # another label
    off = DoubleReadGuard(0)  # double_read_ms = 0 turns the guard off
    assert not off.is_repeat("A", 0, 1) and not off.is_repeat("A", 1, 2)
