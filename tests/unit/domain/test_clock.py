"""Clocks: the fake one moves only when told; UTC strings carry a Z."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest

from station.domain.clock import FakeClock, SystemClock, utc_iso


def test_the_fake_clock_moves_both_clocks_on_advance_and_only_the_wall_on_suspend() -> None:
    clock = FakeClock()
    start_mono, start_wall = clock.monotonic(), clock.wall()
    clock.advance(2.5)
    clock.suspend(60)
    assert clock.monotonic() - start_mono == 2.5
    assert clock.wall() - start_wall == timedelta(seconds=62.5)
    with pytest.raises(ValueError):
        clock.advance(-1)


def test_the_system_clock_is_utc_and_monotonic() -> None:
    clock = SystemClock()
    first = clock.monotonic()
    assert clock.monotonic() >= first
    assert clock.wall().tzinfo is UTC


def test_utc_iso_converts_to_utc_with_a_z() -> None:
    plus_five = timezone(timedelta(hours=5, minutes=30))
    assert utc_iso(datetime(2026, 1, 5, 13, 30, tzinfo=plus_five)) == "2026-01-05T08:00:00.000Z"
    with pytest.raises(ValueError, match="naive"):
        utc_iso(datetime(2026, 1, 5, 8, 0))
