"""Ctrl+F on the scanning screen: an item found by name or code when its label will not scan, picked with
the arrows and counted as typed; Esc closes without counting."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from station.ui.find_view import FindDialog
from tests.helpers.gui import SCREENSHOTS, Driver, modal
from tests.helpers.reference import rack_items


def open_find(scanning: Driver) -> FindDialog:
    scanning.key(Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    scanning.until(lambda: isinstance(QApplication.activeModalWidget(), FindDialog))
    dialog = modal(FindDialog)
    assert scanning.focus() is dialog.field
    return dialog


def test_ctrl_f_finds_an_item_by_name_or_code_the_arrows_pick_and_enter_counts_it_as_typed(scanning: Driver) -> None:
    dialog = open_find(scanning)
    scanning.type("itm-0", enter=False)  # part of the codes, typed by hand: the rack's items
    assert len(dialog.found) > 3 and all(found.here for found in dialog.found)
    scanning.key(Qt.Key.Key_Down)
    scanning.key(Qt.Key.Key_Down)
    scanning.key(Qt.Key.Key_Down)
    scanning.key(Qt.Key.Key_Up)
    wanted = dialog.found[2].item
    assert dialog.results.currentRow() == 2
    dialog.grab().save(str(SCREENSHOTS / "18-find-an-item.png"))
    scanning.key(Qt.Key.Key_Return)
    scanning.until(lambda: wanted.item_code in scanning.lines())
    assert scanning.lines()[wanted.item_code] == (1, 0, (), True)  # marked as typed
    assert QApplication.activeModalWidget() is None and scanning.focus() is scanning.window.scan_view.field
    name = next(item.name for item in rack_items(scanning) if item.item_code == wanted.item_code)
    dialog = open_find(scanning)
    scanning.type(name.lower(), enter=False)  # by its name, case ignored
    assert dialog.found[0].item.item_code == wanted.item_code


def test_a_code_typed_fast_finds_it_too_and_esc_counts_nothing(scanning: Driver) -> None:
    wanted = rack_items(scanning, serialized=False)[0]
    dialog = open_find(scanning)
    scanning._keys([(char, 20.0) for char in wanted.item_code])  # as fast as a scanner: still typing here
    assert [found.item.item_code for found in dialog.found] == [wanted.item_code]
    scanning.key(Qt.Key.Key_Escape)
    scanning.until(lambda: QApplication.activeModalWidget() is None)
    assert scanning.lines() == {}
    dialog = open_find(scanning)
    scanning._keys([(char, 20.0) for char in wanted.item_code] + [(Qt.Key.Key_Return, 20.0)])
    scanning.until(lambda: wanted.item_code in scanning.lines())
    assert scanning.lines()[wanted.item_code][3] is True
