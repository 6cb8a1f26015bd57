"""Backoff: 2 s doubling to a 5 min cap, full jitter, Retry-After wins, repeatable when seeded."""

from __future__ import annotations

import random
from datetime import UTC, datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from station.domain.backoff import BackoffPolicy, parse_retry_after

POLICY = BackoffPolicy()


def test_the_ceiling_doubles_from_2_s_to_a_5_min_cap() -> None:
    assert [POLICY.ceiling(n) for n in range(1, 11)] == [2, 4, 8, 16, 32, 64, 128, 256, 300, 300]
    assert POLICY.ceiling(10_000) == 300


@given(st.integers(1, 10_000), st.integers(0, 2**32))
def test_a_delay_lies_between_zero_and_the_ceiling(attempt: int, seed: int) -> None:
    delay = POLICY.delay(attempt, random.Random(seed))
    assert 0.0 <= delay <= POLICY.ceiling(attempt) <= POLICY.cap


@given(st.integers(0, 2**32))
def test_the_same_seed_gives_the_same_delays(seed: int) -> None:
    first = [POLICY.delay(n, random.Random(seed)) for n in range(1, 12)]
    again = [POLICY.delay(n, random.Random(seed)) for n in range(1, 12)]
    assert first == again


def test_jitter_spreads_delays_over_the_whole_window() -> None:
    rng = random.Random(7)
    delays = [POLICY.delay(4, rng) for _ in range(2000)]
    assert min(delays) < 0.5 and max(delays) > 15.5  # full jitter: [0, 16]
    assert 7.0 < sum(delays) / len(delays) < 9.0


@given(st.integers(1, 50), st.floats(0, 3600))
def test_retry_after_wins_exactly(attempt: int, retry_after: float) -> None:
    assert POLICY.delay(attempt, random.Random(1), retry_after=retry_after) == retry_after


def test_a_negative_retry_after_means_now() -> None:
    assert POLICY.delay(3, random.Random(1), retry_after=-5) == 0.0


def test_stalled_after_five_failed_attempts() -> None:
    assert [POLICY.is_stalled(n) for n in range(1, 7)] == [False, False, False, False, True, True]


def test_attempts_count_from_one() -> None:
    with pytest.raises(ValueError, match="from 1"):
        POLICY.ceiling(0)


@pytest.mark.parametrize(("base", "cap", "stall"), [(0, 10, 5), (5, 2, 5), (2, 300, 0)])
def test_a_policy_that_makes_no_sense_is_refused(base: float, cap: float, stall: int) -> None:
    with pytest.raises(ValueError):
        BackoffPolicy(base=base, cap=cap, stall_after=stall)


NOW = datetime(2026, 3, 1, 12, 0, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("header", "seconds"),
    [
        ("30", 30.0),
        (" 7 ", 7.0),
        ("Sun, 01 Mar 2026 12:00:45 GMT", 45.0),
        ("Sun, 01 Mar 2026 11:59:00 GMT", 0.0),
        (None, None),
        ("soon", None),
        ("-3", None),
    ],
)
def test_retry_after_headers_are_read(header: str | None, seconds: float | None) -> None:
    assert parse_retry_after(header, NOW) == seconds
