"""Backoff: how long to wait before retrying a batch, with full jitter; ``Retry-After`` wins."""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime


@dataclass(frozen=True)
class BackoffPolicy:
    """Exponential backoff with full jitter (2 s doubling to a 5 min cap).

    Attempt ``n`` (counting from 1) waits a uniformly random time in ``[0, min(cap, base·2ⁿ⁻¹)]``;
    spreading retries that way keeps a warehouse of stations from hammering a server that has just
    come back. A server's ``Retry-After`` is obeyed exactly instead. After ``stall_after`` failed
    attempts a record is shown as stalled; it is still retried, never dropped.
    """

    base: float = 2.0
    cap: float = 300.0
    stall_after: int = 5

    def __post_init__(self) -> None:
        if not (self.base > 0 and self.cap >= self.base):
            raise ValueError(f"backoff needs 0 < base <= cap, got base={self.base}, cap={self.cap}")
        if self.stall_after < 1:
            raise ValueError("stall_after counts attempts and must be at least 1")

    def ceiling(self, attempt: int) -> float:
        """The longest wait after failed attempt number ``attempt`` (1 for the first failure)."""
        if attempt < 1:
            raise ValueError("attempts are counted from 1")
        return min(self.cap, self.base * 2.0 ** min(attempt - 1, 64))

    def delay(self, attempt: int, rng: random.Random, retry_after: float | None = None) -> float:
        """Seconds to wait before the next try.

        Args:
            attempt: how many attempts have failed so far (1 or more).
            rng: the source of jitter; a seeded ``random.Random`` makes it repeatable.
            retry_after: the server's ``Retry-After`` in seconds, which wins when given.
        """
        if retry_after is not None:
            return max(0.0, retry_after)
        return rng.uniform(0.0, self.ceiling(attempt))

    def is_stalled(self, attempts: int) -> bool:
        """Whether a record that failed ``attempts`` times should be shown as stalled."""
        return attempts >= self.stall_after


def parse_retry_after(value: str | None, now: datetime) -> float | None:
    """Seconds from a ``Retry-After`` header: delta-seconds or an HTTP date; ``None`` if absent or bad."""
    if value is None:
        return None
    text = value.strip()
    if text.isdigit():
        return float(int(text))
    try:
        when = parsedate_to_datetime(text)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - now).total_seconds())
