"""Good and bad scans, and questions, by ear: a small interface, Qt's QSoundEffect behind it, silence for tests."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Protocol

log = logging.getLogger(__name__)

NAMES = ("good", "bad", "ask")
"""The sounds, each ``<name>.wav`` in the sounds folder (made by ``resources/make_sounds.py``)."""


class Sound(Protocol):
    """What the scanning screen plays."""

    def good(self) -> None: ...

    def bad(self) -> None: ...

    def ask(self) -> None:
        """A question waits for the counter (serials to scan, an unknown barcode): not an error."""
        ...

    def set_muted(self, muted: bool) -> None: ...


class Silent:
    """No sound (mute, no audio device, tests); remembers what it was asked to play."""

    def __init__(self) -> None:
        self.played: list[str] = []
        self.muted = False

    def good(self) -> None:
        self.played.append("good")

    def bad(self) -> None:
        self.played.append("bad")

    def ask(self) -> None:
        self.played.append("ask")

    def set_muted(self, muted: bool) -> None:
        self.muted = muted


class QtSound:
    """Three short WAV files through QSoundEffect, at ``volume`` (0–100, ``[feedback] volume``). Without a
    sound server QSoundEffect only reports an error status; the station goes on silently, and the colour
    and message still tell."""

    def __init__(self, sounds: Path, *, muted: bool = False, volume: int = 80) -> None:
        from PySide6.QtCore import QUrl
        from PySide6.QtMultimedia import QSoundEffect

        self._effects = {}
        for name in NAMES:
            effect = QSoundEffect()
            effect.setSource(QUrl.fromLocalFile(str(sounds / f"{name}.wav")))
            effect.setVolume(max(0, min(100, volume)) / 100)
            self._effects[name] = effect
        self._muted = muted

    def good(self) -> None:
        self._play("good")

    def bad(self) -> None:
        self._play("bad")

    def ask(self) -> None:
        self._play("ask")

    def set_muted(self, muted: bool) -> None:
        self._muted = muted

    def _play(self, name: str) -> None:
        if not self._muted:
            self._effects[name].play()
