"""What the counter hears: a question (serials to scan, an unknown barcode) sounds apart from an error."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.helpers.gui import Driver
from tests.helpers.reference import rack_items


def test_a_question_sounds_as_one_and_a_misread_as_an_error(scanning: Driver) -> None:
    serialized = rack_items(scanning, serialized=True)[0]
    scanning.scan(serialized.barcodes[0])
    scanning.until(lambda: QApplication.activeModalWidget() is not None)
    assert scanning.sound.played == ["ask"]
    scanning.key(Qt.Key.Key_Escape)
    scanning.until(lambda: QApplication.activeModalWidget() is None)
    scanning.scan("4006381333931")  # nobody knows it: the station asks
    scanning.until(lambda: QApplication.activeModalWidget() is not None)
    assert scanning.sound.played[-1] == "ask"
    scanning.key(Qt.Key.Key_N)
    scanning.until(lambda: QApplication.activeModalWidget() is None)
    scanning.scan("4006381333932")  # a misread check digit
    scanning.until(lambda: len(scanning.sound.played) == 5)
    # asked for serials, not counted (Esc); asked about the unknown code, not counted (N); refused
    assert scanning.sound.played == ["ask", "bad", "ask", "bad", "bad"]
