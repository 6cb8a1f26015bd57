"""What the counter hears: a question (serials to scan, an unknown barcode) sounds apart from an error."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.helpers.gui import Driver
from tests.helpers.reference import rack_items


def test_a_question_sounds_as_one_and_a_misread_as_an_error(scanning: Driver) -> None:
    view, played = scanning.window.scan_view, scanning.sound.played
    serialized = rack_items(scanning, serialized=True)[0]
    scanning.scan(serialized.barcodes[0])
    scanning.until(lambda: view.asking == "serials")
    assert played == ["ask"] and QApplication.activeModalWidget() is None  # asked on the screen
    scanning.key(Qt.Key.Key_Escape)
    scanning.until(lambda: view.asking == "")
    scanning.scan("4006381333931")  # nobody knows it: the station asks
    scanning.until(lambda: view.asking == "unknown")
    assert played[-1] == "ask"
    scanning.key(Qt.Key.Key_N)
    scanning.until(lambda: view.asking == "")
    heard = len(played)
    scanning.scan("4006381333932")  # a misread check digit
    scanning.until(lambda: len(played) > heard)
    assert played[-1] == "bad" and played.count("ask") == 2
