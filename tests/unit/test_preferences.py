"""A station's preferences: kept across restarts, never a reason not to start."""

from __future__ import annotations

from pathlib import Path

from station import preferences
from station.preferences import TEXT_SCALES, Preferences


def test_kept_and_read_back(tmp_path: Path) -> None:
    chosen = Preferences(language="hi", text_scale=1.25)
    assert preferences.save(tmp_path, chosen)
    assert preferences.load(tmp_path) == chosen
    assert [p.name for p in tmp_path.iterdir()] == ["preferences.json"]


def test_defaults_when_missing_unreadable_or_out_of_range(tmp_path: Path) -> None:
    assert preferences.load(tmp_path) == Preferences()
    (tmp_path / "preferences.json").write_text("{not json", encoding="utf-8")
    assert preferences.load(tmp_path) == Preferences()
    (tmp_path / "preferences.json").write_text('{"language": 5, "text_scale": 40}', encoding="utf-8")
    assert preferences.load(tmp_path) == Preferences()


def test_a_disk_that_refuses_is_logged_not_raised(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("", encoding="utf-8")
    assert not preferences.save(blocker / "sub", Preferences(language="es"))


def test_text_size_steps_stop_at_both_ends() -> None:
    small = Preferences()
    for _ in range(20):
        small = small.smaller()
    assert small.text_scale == TEXT_SCALES[0]
    big = small
    for _ in range(20):
        big = big.larger()
    assert big.text_scale == TEXT_SCALES[-1]
    assert big.default_size().text_scale == 1.0
    assert Preferences().larger().text_scale == 1.1
