"""An item the station knows to be expected on another rack is counted where it is, with a warning that
says where it belongs."""

from __future__ import annotations

from station.session.values import Verdict
from tests.helpers.payloads import payload
from tests.helpers.session import RICE, Rig

SOAP = "4006381333931"


def test_an_item_looked_up_on_another_rack_is_counted_with_where_it_belongs(counting: Rig) -> None:
    soap = {**payload("item_barcode"), "item_code": "ITM-000099", "item_name": "Soap", "barcode": SOAP, "rack": "R2"}
    counting.api.get(f"/api/erp/items/barcode/{SOAP}").respond(200, json=soap)
    outcome = counting.scan(SOAP)
    assert (outcome.verdict, outcome.sentence) == (Verdict.COUNTED, "+1 Soap (now 1) — expected on R2")
    assert counting.scan(RICE).sentence == "+1 Basmati Rice 5 kg (now 1)"  # this rack's own: nothing more
    assert counting.committed()["ITM-000099"] == (1, 0, "[]")


def test_an_item_whose_rack_nobody_knows_is_counted_without_a_warning(counting: Rig) -> None:
    soap = {**payload("item_barcode"), "item_code": "ITM-000099", "item_name": "Soap", "barcode": SOAP, "rack": None}
    counting.api.get(f"/api/erp/items/barcode/{SOAP}").respond(200, json=soap)
    assert counting.scan(SOAP).sentence == "+1 Soap (now 1)"
