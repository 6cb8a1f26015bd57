"""Telling a keyboard-wedge scanner from a person typing, by timing alone (no Qt here).

A scanner types a whole code in a burst (keys a few milliseconds apart) and ends it with Enter or
Tab; a person types slower. A *scan* is at least ``min_length`` characters, each less than
``max_gap_ms`` after the one before, ended by a terminator that comes as fast. Characters typed
slowly before a scan stay the person's own: "12" typed, then a scan, counts 12 of the item.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class WedgeSettings:
    min_length: int = 4
    max_gap_ms: float = 50.0
    terminators: tuple[str, ...] = ("enter", "tab")


@dataclass(frozen=True)
class Entry:
    """What arrived when a terminator ended it.

    Attributes:
        text: everything since the last terminator (typed prefix and scanned code together).
        scanned: the code the scanner sent, or ``None`` when all of it was typed.
        typed: what the person typed before the scan (a multiplier, say); all of ``text`` if typed.
    """

    text: str
    scanned: str | None

    @property
    def typed(self) -> str:
        return self.text[: len(self.text) - len(self.scanned)] if self.scanned else self.text


@dataclass
class WedgeDetector:
    """Feed it every key with the time it arrived (a monotonic clock, in ms); it says what a
    terminator ended."""

    settings: WedgeSettings = field(default_factory=WedgeSettings)
    _text: list[str] = field(default_factory=list)
    _burst_start: int = 0  # index in _text where the current fast burst began
    _last_ms: float | None = None
    burst_started_ms: float | None = None
    """When the current fast burst's first key came: where a scan began."""

    def key(self, char: str, at_ms: float) -> None:
        """A printable character."""
        if self._last_ms is None or at_ms - self._last_ms > self.settings.max_gap_ms:
            self._burst_start = len(self._text)
            self.burst_started_ms = at_ms
        self._text.append(char)
        self._last_ms = at_ms

    def backspace(self) -> None:
        if self._text:
            self._text.pop()
        self._burst_start = min(self._burst_start, len(self._text))

    def terminator(self, name: str, at_ms: float) -> Entry | None:
        """Enter or Tab: the entry it ends, or ``None`` when ``name`` is not a configured terminator
        (a Tab that only moves focus)."""
        if name not in self.settings.terminators:
            return None
        text = "".join(self._text)
        burst = text[self._burst_start :]
        fast_end = self._last_ms is not None and at_ms - self._last_ms <= self.settings.max_gap_ms
        scanned = burst if fast_end and len(burst) >= self.settings.min_length else None
        self.reset()
        return Entry(text=text, scanned=scanned)

    def reset(self) -> None:
        self._text.clear()
        self._burst_start = 0
        self._last_ms = None
        self.burst_started_ms = None

    @property
    def pending(self) -> str:
        return "".join(self._text)


@dataclass
class DoubleReadGuard:
    """A scanner that reads one label twice in a moment sends the code twice: the second is no scan.

    A person scanning the same item again takes longer than ``window_ms`` (300 ms by default) between
    the end of one scan and the start of the next; a double read follows at once.
    """

    window_ms: float = 300.0
    _last_code: str | None = None
    _last_end_ms: float = 0.0

    def is_repeat(self, code: str, started_ms: float, ended_ms: float) -> bool:
        """Whether ``code`` (read from ``started_ms`` to ``ended_ms``) repeats the read just before."""
        repeat = code == self._last_code and started_ms - self._last_end_ms < self.window_ms
        self._last_code, self._last_end_ms = code, ended_ms
        return repeat
