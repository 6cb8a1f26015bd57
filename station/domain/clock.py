"""Clocks: the monotonic and wall time the domain reads, with a fake one for tests."""

from __future__ import annotations

import time
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Protocol


class Clock(Protocol):
    """What the domain needs to know about time.

    ``monotonic()`` never goes backwards but, on Linux, stands still while the machine is
    suspended; ``wall()`` keeps counting through a suspend but may be corrected by NTP. Code that
    must not trust a stale lease reads both (see ``lease.py``).
    """

    def monotonic(self) -> float:
        """Seconds from an arbitrary start; never decreases."""
        ...

    def wall(self) -> datetime:
        """The current time, timezone-aware UTC."""
        ...


class SystemClock:
    """The real clocks of this machine."""

    def monotonic(self) -> float:
        return time.monotonic()

    def wall(self) -> datetime:
        return datetime.now(UTC)


@dataclass
class FakeClock:
    """A clock that only moves when told to.

    ``advance`` moves both clocks together, as time passing normally would. ``suspend`` moves the
    wall clock only, as a laptop lid closed for a while does to ``CLOCK_MONOTONIC`` on Linux.
    """

    mono: float = 1000.0
    now: datetime = datetime(2026, 1, 5, 8, 0, tzinfo=UTC)

    def monotonic(self) -> float:
        return self.mono

    def wall(self) -> datetime:
        return self.now

    def advance(self, seconds: float) -> None:
        if seconds < 0:
            raise ValueError("a clock cannot be advanced backwards")
        self.mono += seconds
        self.now += timedelta(seconds=seconds)

    def suspend(self, seconds: float) -> None:
        self.now += timedelta(seconds=seconds)

    def set_wall(self, when: datetime) -> None:
        self.now = when


def utc_iso(when: datetime) -> str:
    """An ISO-8601 UTC string with a ``Z``, as records carry on the wire."""
    if when.tzinfo is None:
        raise ValueError("naive datetimes are ambiguous; pass a UTC-aware one")
    return when.astimezone(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")
