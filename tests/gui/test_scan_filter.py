"""The application's key filter: scans and typed entries in a scan field, and scans anywhere else."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QPushButton, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from station.domain.wedge import Entry, WedgeSettings
from station.scanner.keyboard import SCAN_TARGET, ScanFilter
from tests.helpers.gui import KeyClock

Rig = tuple[ScanFilter, KeyClock, QLineEdit, QLineEdit, QPushButton, list[Entry]]
"""The filter, its key clock, the scan field, another field, a button, and the entries it made."""


@pytest.fixture
def rig(qapp: QApplication, qtbot: QtBot) -> Iterator[Rig]:
    clock = KeyClock()
    scan_filter = ScanFilter(WedgeSettings(), clock)
    entries: list[Entry] = []
    scan_filter.entered.connect(entries.append)
    window = QWidget()
    target, note, button = QLineEdit(), QLineEdit(), QPushButton("ok")
    target.setProperty(SCAN_TARGET, True)
    layout = QVBoxLayout(window)
    for widget in (target, note, button):
        layout.addWidget(widget)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qapp.installEventFilter(scan_filter)
    yield scan_filter, clock, target, note, button, entries
    qapp.removeEventFilter(scan_filter)


def keys(widget: QWidget, clock: KeyClock, text: str, gap: float, *, first_gap: float = 1000) -> None:
    for n, char in enumerate(text):
        clock.now += first_gap if n == 0 else gap
        QTest.keyClicks(widget, char)  # one character: keyClicks is keyClick for each, typed for text
    clock.now += gap
    QTest.keyClick(widget, Qt.Key.Key_Return)


def test_a_scan_in_the_field_is_an_entry_and_its_enter_is_kept_from_the_field(rig: Rig) -> None:
    _filter, clock, target, _note, _button, entries = rig
    target.setFocus()
    returned: list[bool] = []
    target.returnPressed.connect(lambda: returned.append(True))
    keys(target, clock, "4006381333931", 5)
    assert entries == [Entry("4006381333931", "4006381333931")] and returned == []


def test_typing_in_the_field_is_an_entry_marked_typed(rig: Rig) -> None:
    _filter, clock, target, _note, _button, entries = rig
    target.setFocus()
    keys(target, clock, "ITM-7", 200, first_gap=200)
    assert entries == [Entry("ITM-7", None)]


def test_a_scan_with_focus_elsewhere_still_counts(rig: Rig) -> None:
    _filter, clock, _target, _note, button, entries = rig
    button.setFocus()
    keys(button, clock, "96385074", 5)
    assert entries == [Entry("96385074", "96385074")]


def test_typing_elsewhere_is_left_alone(rig: Rig) -> None:
    _filter, clock, _target, note, _button, entries = rig
    note.setFocus()
    returned: list[bool] = []
    note.returnPressed.connect(lambda: returned.append(True))
    keys(note, clock, "a note", 150, first_gap=150)
    assert entries == [] and returned == [True] and note.text() == "a note"


def test_what_was_typed_in_another_field_is_not_carried_over(rig: Rig) -> None:
    _filter, clock, target, note, _button, entries = rig
    note.setFocus()
    for char in "zz":
        clock.now += 150
        QTest.keyClicks(note, char)
    target.setFocus()
    keys(target, clock, "ITM-8", 200, first_gap=200)
    assert entries == [Entry("ITM-8", None)]


def test_a_label_read_twice_at_once_is_one_scan_and_a_second_aim_is_another(rig: Rig) -> None:
    _filter, clock, target, _note, _button, entries = rig
    target.setFocus()
    keys(target, clock, "4006381333931", 5)
    keys(target, clock, "4006381333931", 5, first_gap=20)  # the scanner read the label again at once
    assert entries == [Entry("4006381333931", "4006381333931")] and target.text() == ""
    keys(target, clock, "4006381333931", 5, first_gap=700)  # the counter aimed at the next piece
    keys(target, clock, "9780306406157", 5, first_gap=20)  # a different label right after: a scan
    assert [e.scanned for e in entries] == ["4006381333931", "4006381333931", "9780306406157"]
