"""Item look-up in StockVerify's shape: any of an item's barcodes, GTIN forms, 404 and 400 bodies."""

from __future__ import annotations

import pytest

from station import contract as c
from tests.helpers.server import Harness


def a_barcode(server: Harness, where: str = "length(barcode) = 13") -> tuple[str, str]:
    code, item = server.sql(f"SELECT barcode, item_code FROM barcodes WHERE {where} ORDER BY barcode LIMIT 1")[0]
    return code, item


def test_an_ean_13_finds_its_item_in_stockverify_shape(server: Harness) -> None:
    code, item = a_barcode(server)
    answer = server.call("GET", f"/api/erp/items/barcode/{code}", "counter1")
    assert answer.status_code == 200
    found = c.read(c.ErpItem, answer.json())
    rack, floor = server.sql(
        "SELECT racks.rack_id, floor FROM items JOIN racks ON racks.rack_id = items.rack_id WHERE item_code = :i",
        i=item,
    )[0]
    assert (found.item_code, found.barcode, found.rack, found.floor) == (item, code, rack, floor)
    assert set(answer.json()) >= {"item_code", "item_name", "barcode", "stock_qty", "mrp", "category", "uom_code",
                                  "floor", "rack", "is_serialized", "manual_barcode"}  # fmt: skip


def test_a_gtin_14_from_a_gs1_label_finds_the_ean_13_item(server: Harness) -> None:
    code, item = a_barcode(server)
    answer = server.call("GET", f"/api/erp/items/barcode/0{code}", "counter1")
    assert answer.json()["item_code"] == item


def test_an_item_code_typed_by_hand_finds_the_item(server: Harness) -> None:
    assert server.call("GET", "/api/erp/items/barcode/ITM-000007", "counter1").json()["item_code"] == "ITM-000007"


def test_an_unknown_barcode_is_a_404_with_stockverifys_detail(server: Harness) -> None:
    answer = server.call("GET", "/api/erp/items/barcode/4006381333931", "counter1")
    assert answer.status_code == 404
    assert answer.json() == {"detail": {"message": "No item has the barcode 4006381333931.", "code": "ITEM_NOT_FOUND",
                                        "barcode": "4006381333931"}}  # fmt: skip
    assert c.read(c.ErrorAnswer, answer.json()).code == "ITEM_NOT_FOUND"


@pytest.mark.parametrize("code", ["has space", "x" * 65, "ÄÖ", "-lead"])
def test_a_code_of_the_wrong_form_is_a_400(server: Harness, code: str) -> None:
    answer = server.call("GET", f"/api/erp/items/barcode/{code}", "counter1")
    assert answer.status_code == 400
    assert answer.json()["detail"]["error_code"] == "INVALID_BARCODE"


def test_the_look_up_needs_a_login(server: Harness) -> None:
    assert server.call("GET", "/api/erp/items/barcode/ITM-000007").status_code == 401
