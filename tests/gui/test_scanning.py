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
from tests.gui.test_round import server_get
from tests.helpers.gui import Driver
from tests.helpers.serial import Cable


def items(driver: Driver, serialized: bool) -> list[dict[str, object]]:
    return [i for i in server_get(driver, "/api/racks/G-R01/items") if i["serialized"] is serialized]  # type: ignore[union-attr, index]


def lines(driver: Driver) -> dict[str, tuple[int, int, tuple[str, ...], bool]]:
    return {line.item_code: (line.verified_qty, line.damage_qty, line.serials, line.manual_entry)
            for line in driver.station.session.lines()}  # fmt: skip


def message(driver: Driver) -> str:
    return driver.window.scan_view.message.text()


def verdict(driver: Driver) -> str:
    return str(driver.window.scan_view.message.property("verdict"))


def test_a_scan_counts_one_and_a_typed_code_is_marked_typed(scanning: Driver) -> None:
    [first, second, *_] = items(scanning, serialized=False)
    scanning.scan(first["barcodes"][0])  # type: ignore[index]
    scanning.until(lambda: first["item_code"] in lines(scanning))
    assert lines(scanning)[first["item_code"]] == (1, 0, (), False)  # type: ignore[index]
    assert verdict(scanning) == "good" and message(scanning).startswith("+1 ")
    scanning.type(second["barcodes"][0])  # type: ignore[index]
    scanning.until(lambda: second["item_code"] in lines(scanning))
    assert lines(scanning)[second["item_code"]][3] is True  # type: ignore[index]
    assert scanning.sound.played == ["good", "good"]


def test_a_number_typed_before_a_scan_multiplies_it(scanning: Driver) -> None:
    item = items(scanning, serialized=False)[0]
    code = item["barcodes"][0]  # type: ignore[index]
    scanning.type("12", enter=False)
    scanning.scan(code)
    scanning.until(lambda: lines(scanning).get(item["item_code"], (0,))[0] == 12)  # type: ignore[arg-type]
    scanning.type("3")  # digits and Enter: a multiplier for the next scan
    assert message(scanning) == "×3: now scan the item." and scanning.window.scan_view.mode.text().endswith("×3")
    scanning.scan(code)
    scanning.until(lambda: lines(scanning)[item["item_code"]][0] == 15)  # type: ignore[index]


def test_damage_mode_undo_and_edit(scanning: Driver) -> None:
    item = items(scanning, serialized=False)[0]
    code, key = item["barcodes"][0], item["item_code"]  # type: ignore[index]
    scanning.scan(code)
    scanning.key(Qt.Key.Key_F2)
    assert scanning.window.scan_view.mode.text().startswith("DAMAGED")
    scanning.scan(code)
    scanning.until(lambda: lines(scanning)[key] == (2, 1, (), False))
    scanning.key(Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert lines(scanning)[key] == (1, 0, (), False) and message(scanning).startswith("Undone")
    scanning.key(Qt.Key.Key_F2)
    scanning.key(Qt.Key.Key_Up)
    scanning.key(Qt.Key.Key_F4)
    dialog = QApplication.activeModalWidget()
    assert dialog is not None and dialog.objectName() == "editLineDialog"
    dialog.verified.setValue(7)  # type: ignore[attr-defined]
    dialog.damaged.setValue(2)  # type: ignore[attr-defined]
    scanning.key(Qt.Key.Key_Return)
    scanning.until(lambda: lines(scanning)[key] == (7, 2, (), True))


def test_a_serialized_item_asks_for_its_serials_and_refuses_one_twice(scanning: Driver) -> None:
    serialized = [i for i in server_get(scanning, "/api/racks/G-R01/items") if i["serialized"]]  # type: ignore[union-attr, index]
    if not serialized:
        pytest.skip("the small warehouse has no serialized item on G-R01")
    item = serialized[0]
    scanning.type("2", enter=False)
    scanning.scan(item["barcodes"][0])  # type: ignore[index]
    scanning.until(lambda: QApplication.activeModalWidget() is not None)
    assert verdict(scanning) == "ask" and "serial" in message(scanning)
    scanning.scan("SN-0001")
    scanning.scan("SN-0001")
    dialog = QApplication.activeModalWidget()
    assert dialog is not None and "already counted" in dialog.error.text()  # type: ignore[attr-defined]
    scanning.scan("SN-0002")
    scanning.until(lambda: item["item_code"] in lines(scanning))
    assert lines(scanning)[item["item_code"]][:3] == (2, 0, ("SN-0001", "SN-0002"))  # type: ignore[index]


def test_a_gs1_label_carries_its_serial(scanning: Driver) -> None:
    serialized = [i for i in server_get(scanning, "/api/racks/G-R01/items") if i["serialized"]]  # type: ignore[union-attr, index]
    if not serialized:
        pytest.skip("the small warehouse has no serialized item on G-R01")
    item = serialized[0]
    scanning.scan(f"]C1010{item['barcodes'][0]}10B1234{GS}21SN-77")  # type: ignore[index]
    scanning.until(lambda: item["item_code"] in lines(scanning))
    assert lines(scanning)[item["item_code"]][2] == ("SN-77",)  # type: ignore[index]


def test_an_unknown_barcode_is_recorded_only_when_the_counter_says_so(scanning: Driver) -> None:
    scanning.scan("4006381333931")
    scanning.until(lambda: QApplication.activeModalWidget() is not None)
    assert verdict(scanning) == "ask" and "Record 4006381333931 as an unknown item?" in message(scanning)
    scanning.key(Qt.Key.Key_N)
    scanning.until(lambda: message(scanning) == "Not counted: 4006381333931.")
    scanning.scan("4006381333931")
    scanning.until(lambda: QApplication.activeModalWidget() is not None)
    scanning.key(Qt.Key.Key_Y)
    scanning.until(lambda: "UNKNOWN-4006381333931" in lines(scanning))


def test_a_misread_barcode_is_refused_by_colour_and_sound(scanning: Driver) -> None:
    scanning.scan("4006381333932")
    scanning.until(lambda: verdict(scanning) == "bad")
    assert "failed its check digit" in message(scanning)
    assert scanning.sound.played[-1] == "bad" and lines(scanning) == {}


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
        first, second = [i["barcodes"][0] for i in items(driver, serialized=False)[:2]]  # type: ignore[index]
        cable.scan(f"{first}\r{first}\r".encode())  # one label, read twice by the scanner
        cable.scan(f"{second}\r".encode())  # the next label: once it is counted, so is all before it
        driver.until(lambda: len(lines(driver)) == 2)
        assert all((verified, manual) == (1, False) for verified, _d, _s, manual in lines(driver).values())
    finally:
        driver.stop()
