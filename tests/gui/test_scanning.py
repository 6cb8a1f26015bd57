"""The scanning screen: scans told from typing by timing, multipliers, damage, undo, edit, serials,
unknown and misread barcodes, and what the counter sees and hears for each."""

from __future__ import annotations

from pathlib import Path

import pytest
import qasync
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from station.app import build
from station.config import Settings
from station.domain.barcodes import GS
from station.server.embedded import EmbeddedServer
from station.store.database import open_store
from station.ui.dialogs import EditLineDialog
from station.ui.lines_model import SENT
from tests.helpers.gui import Driver, modal
from tests.helpers.reference import rack_items, session_pieces
from tests.helpers.serial import Cable


def message(driver: Driver) -> str:
    return driver.window.scan_view.message.text()


def verdict(driver: Driver) -> str:
    return str(driver.window.scan_view.message.property("verdict"))


def asking(driver: Driver) -> str:
    """The question open on the scanning screen ("" for none); never a modal box."""
    assert QApplication.activeModalWidget() is None, "a question must not open a modal box"
    return driver.window.scan_view.asking


SCANNER_GAP_MS = 8.0
"""A keyboard-wedge scanner's keys, 8 ms apart."""


def test_a_scan_counts_one_and_a_typed_code_is_marked_typed(scanning: Driver) -> None:
    [first, second, *_] = rack_items(scanning, serialized=False)
    scanning.scan(first.barcodes[0])
    scanning.until(lambda: first.item_code in scanning.lines())
    assert scanning.lines()[first.item_code] == (1, 0, (), False)
    assert verdict(scanning) == "good" and message(scanning).startswith("+1 ")
    scanning.type(second.barcodes[0])
    scanning.until(lambda: second.item_code in scanning.lines())
    assert scanning.lines()[second.item_code][3] is True
    assert scanning.sound.played == ["good", "good"]


def test_a_number_typed_before_a_scan_multiplies_it(scanning: Driver) -> None:
    item = rack_items(scanning, serialized=False)[0]
    code = item.barcodes[0]
    scanning.type("12", enter=False)
    scanning.scan(code)
    scanning.until(lambda: scanning.lines().get(item.item_code, (0, 0, (), False))[0] == 12)
    scanning.type("3")  # digits and Enter: a multiplier for the next scan
    mode = scanning.window.scan_view.mode
    assert message(scanning) == "×3: now scan the item." and mode.text() == "next scan × 3"
    assert mode.property("multiplier") == "true"
    scanning.scan(code)
    scanning.until(lambda: scanning.lines()[item.item_code][0] == 15)


def test_damage_mode_undo_and_edit(scanning: Driver) -> None:
    item = rack_items(scanning, serialized=False)[0]
    code, key = item.barcodes[0], item.item_code
    scanning.scan(code)
    scanning.key(Qt.Key.Key_F2)
    assert scanning.window.scan_view.mode.text().startswith("DAMAGED")
    scanning.scan(code)
    scanning.until(lambda: scanning.lines()[key] == (2, 1, (), False))
    scanning.key(Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert scanning.lines()[key] == (1, 0, (), False) and message(scanning).startswith("Undone")
    scanning.key(Qt.Key.Key_F2)
    scanning.key(Qt.Key.Key_Up)
    scanning.key(Qt.Key.Key_F4)
    dialog = modal(EditLineDialog)
    assert dialog.objectName() == "editLineDialog"
    dialog.verified.setValue(7)
    dialog.damaged.setValue(2)
    scanning.key(Qt.Key.Key_Return)
    scanning.until(lambda: scanning.lines()[key] == (7, 2, (), True))


def test_a_serialized_item_asks_for_its_serials_on_the_screen_and_a_serial_given_twice_is_red(
    scanning: Driver,
) -> None:
    serialized = rack_items(scanning, serialized=True)
    if not serialized:
        pytest.skip("the small warehouse has no serialized item on G-R01")
    item = serialized[0]
    scanning.type("2", enter=False)
    scanning.scan(item.barcodes[0])
    scanning.until(lambda: asking(scanning) == "serials")
    assert verdict(scanning) == "ask" and "scan serial 1 of 2" in message(scanning)
    assert "Esc: not counted" in scanning.window.scan_view.question.text()
    scanning.scan("SN-0001", SCANNER_GAP_MS)
    assert "scan serial 2 of 2" in message(scanning) and "SN-0001" in scanning.window.scan_view.question.text()
    scanning.scan("SN-0001", SCANNER_GAP_MS)
    assert verdict(scanning) == "bad" and message(scanning).startswith("Serial SN-0001 is already counted.")
    assert scanning.sound.played[-1] == "bad" and asking(scanning) == "serials"
    scanning.scan("SN-0002", SCANNER_GAP_MS)
    scanning.until(lambda: item.item_code in scanning.lines())
    assert scanning.lines()[item.item_code][:3] == (2, 0, ("SN-0001", "SN-0002"))
    assert asking(scanning) == "" and verdict(scanning) == "good"


def test_esc_cancels_the_serials_and_the_scan_is_not_counted(scanning: Driver) -> None:
    serialized = rack_items(scanning, serialized=True)
    if not serialized:
        pytest.skip("the small warehouse has no serialized item on G-R01")
    scanning.scan(serialized[0].barcodes[0])
    scanning.until(lambda: asking(scanning) == "serials")
    scanning.key(Qt.Key.Key_Escape)
    assert asking(scanning) == "" and message(scanning) == "Not counted: the serials were not scanned."
    assert verdict(scanning) == "bad" and scanning.lines() == {}


def test_a_gs1_label_carries_its_serial(scanning: Driver) -> None:
    serialized = rack_items(scanning, serialized=True)
    if not serialized:
        pytest.skip("the small warehouse has no serialized item on G-R01")
    item = serialized[0]
    scanning.scan(f"]C1010{item.barcodes[0]}10B1234{GS}21SN-77")
    scanning.until(lambda: item.item_code in scanning.lines())
    assert scanning.lines()[item.item_code][2] == ("SN-77",)


def test_an_unknown_barcode_is_asked_in_the_banner_and_recorded_only_on_y(scanning: Driver) -> None:
    view = scanning.window.scan_view
    scanning.scan("4006381333931")
    scanning.until(lambda: asking(scanning) == "unknown")
    assert verdict(scanning) == "ask" and "Record 4006381333931 as an unknown item?" in message(scanning)
    assert view.question.isVisible() and view.question.text().startswith("Y: count it as an unknown item")
    scanning.key(Qt.Key.Key_N)
    scanning.until(lambda: message(scanning) == "Not counted: 4006381333931.")
    assert asking(scanning) == "" and not view.question.isVisible() and view.field.text() == ""
    scanning.scan("4006381333931")
    scanning.until(lambda: asking(scanning) == "unknown")
    scanning.key(Qt.Key.Key_Escape)  # Esc is no as well
    assert message(scanning) == "Not counted: 4006381333931."
    scanning.scan("4006381333931")
    scanning.until(lambda: asking(scanning) == "unknown")
    scanning.key(Qt.Key.Key_Y)
    scanning.until(lambda: "UNKNOWN-4006381333931" in scanning.lines())
    assert scanning.lines() == {"UNKNOWN-4006381333931": (1, 0, (), False)} and view.field.text() == ""


def test_a_scanned_code_beginning_with_n_is_a_scan_not_an_answer(scanning: Driver) -> None:
    scanning.scan("4006381333931")
    scanning.until(lambda: asking(scanning) == "unknown")
    scanning.scan("NOT-A-CODE-1", SCANNER_GAP_MS)  # N, then more keys 8 ms apart: a scanned code
    scanning.until(lambda: "1 scan kept" in scanning.window.scan_view.question.text())
    scanning.until(lambda: False, timeout=0.3, fail=False)  # longer than an answer waits for more keys
    assert asking(scanning) == "unknown"


def test_scans_made_while_a_question_is_open_are_counted_in_order_once_it_is_answered(scanning: Driver) -> None:
    before, first, second = [item for item in rack_items(scanning) if not item.serialized][:3]
    view = scanning.window.scan_view
    scanning.scan(before.barcodes[0], SCANNER_GAP_MS)
    scanning.until(lambda: len(scanning.lines()) == 1 and view.stats.values["total"].text() == "1")
    scanning.until(lambda: view.model.index(0, SENT).data() == "✓")
    scanning.scan("4006381333931", SCANNER_GAP_MS)  # unknown: the station asks
    scanning.until(lambda: asking(scanning) == "unknown")
    scanning.scan(first.barcodes[0], SCANNER_GAP_MS)  # the counter is not looking and scans on
    scanning.scan(second.barcodes[0], SCANNER_GAP_MS)
    scanning.until(lambda: "2 scans kept, counted after your answer" in view.question.text())
    prompt = "ask" if hasattr(scanning.sound, "ask") else "bad"  # a question's sound, where the sound has one
    assert scanning.sound.played[-1] == prompt and list(scanning.lines()) == [before.item_code]
    assert asking(scanning) == "unknown" and "4006381333931" in message(scanning)  # the question is still there
    scanning.desk_screenshot("16-unknown-question-in-banner")
    scanning.key(Qt.Key.Key_Y)
    scanning.until(lambda: len(scanning.lines()) == 4)
    assert [line.item_code for line in scanning.station.session.lines()] == [
        before.item_code, "UNKNOWN-4006381333931", first.item_code, second.item_code,
    ]  # fmt: skip
    assert message(scanning).startswith(f"+1 {second.name}") and asking(scanning) == ""
    scanning.until(lambda: not scanning.station.session.unsynced())
    assert session_pieces(scanning, scanning.session_id()) == 4  # every scan reached the server


def test_a_scan_right_behind_an_unknown_code_waits_for_the_answer_in_order(scanning: Driver) -> None:
    plain = [item for item in rack_items(scanning) if not item.serialized][0]
    scanning.scan("4006381333931", SCANNER_GAP_MS)  # looked up on the server: still on its way when …
    scanning.scan(plain.barcodes[0], SCANNER_GAP_MS)  # … the next scan comes
    scanning.until(lambda: asking(scanning) == "unknown")
    assert scanning.lines() == {}  # not counted ahead of the question in front of it
    assert "1 scan kept" in scanning.window.scan_view.question.text()
    scanning.type("n")  # typed and Enter: an answer too
    scanning.until(lambda: plain.item_code in scanning.lines())
    assert "UNKNOWN-4006381333931" not in scanning.lines() and message(scanning).startswith(f"+1 {plain.name}")


def test_a_scan_made_while_a_dialog_is_open_is_kept_and_counted_once_it_closes(scanning: Driver) -> None:
    first, second = [item for item in rack_items(scanning) if not item.serialized][:2]
    scanning.scan(first.barcodes[0])
    scanning.until(lambda: first.item_code in scanning.lines())
    scanning.key(Qt.Key.Key_F4)  # edit the line: a dialog over the screen
    scanning.until(lambda: isinstance(QApplication.activeModalWidget(), EditLineDialog))
    scanning.scan(second.barcodes[0], SCANNER_GAP_MS)
    scanning.until(lambda: "1 scan kept" in scanning.window.status.currentMessage())
    assert second.item_code not in scanning.lines()
    scanning.key(Qt.Key.Key_Escape)
    scanning.until(lambda: second.item_code in scanning.lines())


def test_a_misread_barcode_is_refused_by_colour_and_sound(scanning: Driver) -> None:
    scanning.scan("4006381333932")
    scanning.until(lambda: verdict(scanning) == "bad")
    assert "failed its check digit" in message(scanning)
    assert scanning.sound.played[-1] == "bad" and scanning.lines() == {}


def test_a_serial_scanner_counts_through_the_same_path_as_the_wedge(
    qapp: QApplication, qloop: qasync.QEventLoop, reference_server: EmbeddedServer, tmp_path: Path, cable: Cable
) -> None:
    settings = Settings().with_overrides(server={"url": reference_server.url}, feedback={"sound": False},
                                         scanner={"serial_port": str(cable.port)})  # fmt: skip
    driver = Driver(qapp, qloop, build(qapp, settings, open_store(tmp_path / "serial-station.db")))
    driver.start()
    try:
        assert driver.window.status.scanner.text() == "scanner ready"
        driver.log_in()
        driver.open_rack("G-R01")
        first, second = [i.barcodes[0] for i in rack_items(driver, serialized=False)[:2]]
        cable.scan(f"{first}\r{first}\r".encode())  # one label, read twice by the scanner
        cable.scan(f"{second}\r".encode())  # the next label: once it is counted, so is all before it
        driver.until(lambda: len(driver.lines()) == 2)
        assert all((verified, manual) == (1, False) for verified, _d, _s, manual in driver.lines().values())
    finally:
        driver.stop()
