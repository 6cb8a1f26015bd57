"""A station without Qt Multimedia's libraries starts silent instead of failing."""

from __future__ import annotations

import logging

import pytest

from station import app
from station.scanner.sound import Silent


def test_missing_multimedia_libraries_mean_silence_and_a_log_line(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    def broken(*_args: object, **_kwargs: object) -> None:
        raise ImportError("libpulse.so.0: cannot open shared object file")

    monkeypatch.setattr(app, "QtSound", broken)
    with caplog.at_level(logging.WARNING, logger="station.app"):
        assert isinstance(app._sound_or_silence(), Silent)
    assert "install libpulse0" in caplog.text
