"""On the scanning screen, an item of another rack is counted and the big message says where it belongs."""

from __future__ import annotations

from tests.helpers.gui import Driver
from tests.helpers.reference import rack_items


def test_an_item_of_another_rack_is_counted_and_says_where_it_is_expected(scanning: Driver) -> None:
    stray = rack_items(scanning, "G-R02", serialized=False)[0]
    scanning.scan(stray.barcodes[0])
    scanning.until(lambda: stray.item_code in scanning.lines())
    message = scanning.window.scan_view.message
    scanning.until(lambda: message.text().endswith("— expected on G-R02"))
    assert message.text().startswith(f"+1 {stray.name}") and scanning.sound.played == ["good"]
