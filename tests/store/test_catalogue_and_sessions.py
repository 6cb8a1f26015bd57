"""The cached catalogue slice, and the active session a restart goes back to."""

from __future__ import annotations

from station import contract as c
from station.domain.clock import FakeClock
from station.domain.lines import Item
from station.domain.sessions import SessionState
from station.store.catalogue import Catalogue
from station.store.database import Store
from station.store.sessions import ActiveSession, Sessions
from tests.helpers.payloads import payload


def found(catalogue: Catalogue, code: str) -> Item:
    item = catalogue.find(code)
    assert item is not None, f"{code} is not in the catalogue"
    return item


def test_a_rack_slice_is_found_by_any_barcode_and_gtin_form(store: Store, clock: FakeClock) -> None:
    catalogue = Catalogue(store, clock)
    assert catalogue.put_slice("R1", c.read_list(c.RackItem, payload("rack_items"))) == 2
    assert found(catalogue, "8901234567894").item_code == "ITM-000001"
    assert found(catalogue, "08901234567894").item_code == "ITM-000001"  # GTIN-14
    cooker = catalogue.find("520113")
    assert cooker is not None and cooker.serialized and cooker.name == "Steel Pressure Cooker 3 L"
    assert found(catalogue, "ITM-000002").barcode == "ITM-000002"  # typed item code
    assert catalogue.find("0000000000000") is None
    assert catalogue.expected("R1") == {"ITM-000001": 40, "ITM-000002": 6}


def test_a_new_slice_replaces_the_old_one(store: Store, clock: FakeClock) -> None:
    catalogue = Catalogue(store, clock)
    catalogue.put_slice("R1", c.read_list(c.RackItem, payload("rack_items")))
    catalogue.put_slice("R1", [c.RackItem(item_code="ITM-9", name="Nine", barcodes=["111"])])
    assert catalogue.expected("R1") == {"ITM-9": None}


def test_an_item_looked_up_one_at_a_time_is_learnt(store: Store, clock: FakeClock) -> None:
    catalogue = Catalogue(store, clock)
    item = catalogue.learn(c.read(c.ErpItem, payload("item_barcode")))
    assert (item.item_code, item.barcode, item.serialized) == ("ITM-000001", "8901234567894", False)
    assert catalogue.find("8901234567894") == item


def test_an_item_moved_to_another_racks_slice_is_expected_there(store: Store, clock: FakeClock) -> None:
    """``find`` keeps the rack it read for ``rack_of``; a new slice or a look-up is not hidden by it."""
    catalogue = Catalogue(store, clock)
    catalogue.put_slice("R1", [c.RackItem(item_code="ITM-9", name="Nine", barcodes=["111"])])
    assert found(catalogue, "111").item_code == "ITM-9" and catalogue.rack_of("ITM-9") == "R1"
    catalogue.put_slice("R2", [c.RackItem(item_code="ITM-9", name="Nine", barcodes=["111"])])
    assert catalogue.rack_of("ITM-9") == "R2"
    found(catalogue, "111")
    catalogue.learn(c.ErpItem(item_code="ITM-9", item_name="Nine", barcode="111", rack="R3"))
    assert catalogue.rack_of("ITM-9") == "R3"
    assert catalogue.rack_of("ITM-404") is None


SESSION = ActiveSession(
    session_id="s-1",
    username="counter1",
    rack_id="G-R01",
    floor="Ground",
    lock_token=1,
    lock_ttl=60.0,
    claimed_at="2026-01-05T08:00:00.000Z",
    last_heartbeat=None,
    status=SessionState.ACTIVE,
    server_url="http://x",
)


def test_the_active_session_survives_a_restart(store: Store, clock: FakeClock) -> None:
    sessions = Sessions(store, clock)
    assert sessions.active() is None
    sessions.started(SESSION)
    sessions.heartbeat("s-1", 2)
    again = Sessions(store, clock).active("counter1")
    assert again is not None and (again.rack_id, again.lock_token, again.last_heartbeat) == (
        "G-R01",
        2,
        "2026-01-05T08:00:00.000Z",
    )
    assert sessions.active("counter2") is None
    sessions.set_status("s-1", SessionState.ENDED)
    assert sessions.active() is None


def test_small_facts_are_remembered(store: Store, clock: FakeClock) -> None:
    sessions = Sessions(store, clock)
    assert sessions.recall("last_user") is None
    sessions.remember("last_user", "counter1")
    sessions.remember("last_user", "counter2")
    assert sessions.recall("last_user") == "counter2"


def test_ctrl_f_searches_names_codes_and_barcodes_this_racks_items_first(store: Store, clock: FakeClock) -> None:
    catalogue = Catalogue(store, clock)
    catalogue.put_slice("R2", [c.RackItem(item_code="ITM-000007", name="Basmati Rice 1 kg", barcodes=["111"])])
    catalogue.put_slice("R1", c.read_list(c.RackItem, payload("rack_items")))

    def codes(text: str) -> list[tuple[str, str | None]]:
        return [(item.item_code, rack) for item, rack in catalogue.search(text, "R1")]

    assert codes("basmati") == [("ITM-000001", "R1"), ("ITM-000007", "R2")]  # case ignored; R1's first
    assert codes("rice 5") == [("ITM-000001", "R1")]  # every word
    assert codes("cooker 3") == [("ITM-000002", "R1")]
    assert codes("000002") == [("ITM-000002", "R1")] == codes("520113")  # code, or a barcode's digits
    assert codes("%") == codes("_") == codes("   ") == []  # LIKE's wildcards are plain characters
