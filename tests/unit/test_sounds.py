"""The three scan sounds (good, bad, a question) and the volume setting that QtSound plays them at."""

from __future__ import annotations

import sys
import types
import wave
from pathlib import Path

import pytest

from station.config import Settings
from station.scanner.sound import NAMES, QtSound, Silent

SOUNDS = Path(__file__).resolve().parents[2] / "resources" / "sounds"


class FakeEffect:
    """QSoundEffect as far as QtSound uses it (Qt Multimedia needs libpulse, which CI may not have)."""

    made: list[FakeEffect] = []

    def __init__(self) -> None:
        self.source, self.volume, self.plays = "", -1.0, 0
        FakeEffect.made.append(self)

    def setSource(self, url: object) -> None:  # noqa: N802 - Qt's name
        self.source = str(getattr(url, "toLocalFile", lambda: url)())

    def setVolume(self, volume: float) -> None:  # noqa: N802
        self.volume = volume

    def play(self) -> None:
        self.plays += 1


@pytest.fixture
def effects(monkeypatch: pytest.MonkeyPatch) -> list[FakeEffect]:
    FakeEffect.made = []
    monkeypatch.setitem(sys.modules, "PySide6.QtMultimedia", types.SimpleNamespace(QSoundEffect=FakeEffect))
    return FakeEffect.made


def test_three_sounds_a_counter_tells_apart(effects: list[FakeEffect]) -> None:
    lengths = {}
    for name in NAMES:
        with wave.open(str(SOUNDS / f"{name}.wav")) as sound:
            lengths[name] = sound.getnframes() / sound.getframerate()
    assert lengths["good"] < lengths["ask"] < lengths["bad"]  # a chirp, a question, a long buzz
    sound = QtSound(SOUNDS, volume=35)
    assert [Path(e.source).name for e in effects] == ["good.wav", "bad.wav", "ask.wav"]
    assert {e.volume for e in effects} == {0.35}
    sound.ask()
    sound.set_muted(True)
    sound.ask()
    assert [e.plays for e in effects] == [0, 0, 1]


def test_silence_remembers_a_question_apart_from_an_error() -> None:
    silent = Silent()
    silent.bad()
    silent.ask()
    assert silent.played == ["bad", "ask"]


def test_the_volume_is_a_setting_from_0_to_100() -> None:
    assert Settings().feedback.volume == 80
    assert Settings().with_overrides(feedback={"volume": 0}).feedback.volume == 0
    with pytest.raises(ValueError, match="less than or equal to 100"):
        Settings().with_overrides(feedback={"volume": 101})
