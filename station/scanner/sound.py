"""Good and bad scans by ear: a small interface, Qt's QSoundEffect behind it, silence for tests."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Protocol

log = logging.getLogger(__name__)


class Sound(Protocol):
    """What the scanning screen plays."""

    def good(self) -> None: ...

    def bad(self) -> None: ...

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

    def set_muted(self, muted: bool) -> None:
        self.muted = muted


class QtSound:
    """Two short WAV files through QSoundEffect. Without a sound server QSoundEffect only reports an
    error status; the station goes on silently, and the colour and message still tell."""

    def __init__(self, sounds: Path, *, muted: bool = False) -> None:
        from PySide6.QtCore import QUrl
        from PySide6.QtMultimedia import QSoundEffect

        self._effects = {}
        for name in ("good", "bad"):
            effect = QSoundEffect()
            effect.setSource(QUrl.fromLocalFile(str(sounds / f"{name}.wav")))
            effect.setVolume(0.8)
            self._effects[name] = effect
        self._muted = muted

    def good(self) -> None:
        self._play("good")

    def bad(self) -> None:
        self._play("bad")

    def set_muted(self, muted: bool) -> None:
        self._muted = muted

    def _play(self, name: str) -> None:
        if not self._muted:
            self._effects[name].play()
