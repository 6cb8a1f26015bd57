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

    def key(self, char: str, at_ms: float) -> None:
        """A printable character."""
        if self._last_ms is None or at_ms - self._last_ms > self.settings.max_gap_ms:
            self._burst_start = len(self._text)
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

    @property
    def pending(self) -> str:
        return "".join(self._text)
