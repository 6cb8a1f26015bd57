"""The high-contrast dark theme styles the same objects as the light one."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from station.resources import resources_dir
from station.session.values import ScanOutcome, Verdict
from station.ui.scan_view import ScanView
from station.ui.theme import THEMES, apply_theme
from tests.helpers.gui import SCREENSHOTS


def selectors(theme: str) -> set[str]:
    text = (resources_dir() / "themes" / f"{theme}.qss").read_text(encoding="utf-8")
    return {line.split("{")[0].strip() for line in text.splitlines() if "{" in line}


def test_both_themes_style_the_same_things() -> None:
    assert set(THEMES) == {"light", "dark"}
    assert selectors("light") == selectors("dark")


def test_the_dark_scanning_screen(qapp: QApplication) -> None:
    assert apply_theme(qapp, "dark") == "dark"
    try:
        view = ScanView()
        view.resize(1100, 700)
        view.show_outcome(ScanOutcome(Verdict.REJECTED, "The barcode 4006381333932 failed its check digit."))
        SCREENSHOTS.mkdir(exist_ok=True)
        assert view.grab().save(str(SCREENSHOTS / "06-dark-bad-scan.png"))
        assert view.message.property("verdict") == "bad"
        view.deleteLater()
    finally:
        apply_theme(qapp, "light")
    assert apply_theme(qapp, "nonsense") == "light"
