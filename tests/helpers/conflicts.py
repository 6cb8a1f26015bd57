"""Making real conflicts of each type at a station under test: lines written to its store as a counter's
scans are, nudged where a counter could not get there by scanning, and refused by the real server."""

from __future__ import annotations

from typing import Any

import httpx
from sqlalchemy import update

from station.domain.lines import Counting, Item, Line
from station.store.conflicts import Conflicts
from station.store.schema import records
from tests.helpers.gui import Driver
from tests.helpers.records import batch, wire_record
from tests.helpers.server import PINS

TYPES = ("duplicate_serial", "invalid_quantity", "rack_locked", "stale_lock", "version_conflict")


def server_call(driver: Driver, method: str, path: str, user: str = "supervisor", **kwargs: Any) -> Any:
    base = driver.station.settings.server.url
    token = httpx.post(f"{base}/api/auth/login-pin", json={"username": user, "pin": PINS[user]}).json()["access_token"]
    answer = httpx.request(method, f"{base}{path}", headers={"Authorization": f"Bearer {token}"}, **kwargs)
    return answer.json()


def rack_items(driver: Driver, rack: str = "G-R01") -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = server_call(driver, "GET", f"/api/racks/{rack}/items")
    return found


def counting(driver: Driver, **changes: Any) -> Counting:
    active = driver.station.session._active
    assert active is not None
    fields = {"session_id": active.session_id, "rack_id": active.rack_id, "floor": active.floor,
              "username": active.username, "lock_token": active.lock_token, **changes}  # fmt: skip
    return Counting(**fields)


def open_conflicts(driver: Driver) -> int:
    return len(Conflicts(driver.station.store, driver.station.session._clock).open())


def synced(driver: Driver) -> bool:
    totals = driver.station.session._records.totals(counting(driver).session_id)
    return not totals.sending


def make_conflict(driver: Driver, kind: str, nth: int = 0) -> Line:
    """One line at the station that the server refuses as ``kind``; waits until the refusal is stored."""
    recs = driver.station.session._records
    plain = [i for i in rack_items(driver) if not i["serialized"]]
    item = plain[nth % len(plain)]
    as_item = Item(item["item_code"], item["name"], item["barcodes"][0], item.get("uom"))
    before = open_conflicts(driver)
    if kind == "stale_lock":
        line = recs.add_scan(counting(driver, lock_token=(counting(driver).lock_token or 0) + 5), as_item, 4)
    elif kind == "rack_locked":
        line = recs.add_scan(counting(driver, rack_id="G-R02", lock_token=None), as_item, 2)
    elif kind == "duplicate_serial":
        serialized = next(i for i in rack_items(driver) if i["serialized"])
        mine = counting(driver)
        claim = {"session_id": mine.session_id, "rack_id": mine.rack_id, "floor": mine.floor,
                 "lock_token": mine.lock_token}  # fmt: skip
        other = wire_record(claim, serialized["item_code"], serial_numbers=["SN-DUP-1"])
        server_call(driver, "POST", "/api/sync/batch", "counter1", json=batch(other))
        thing = Item(serialized["item_code"], serialized["name"], serialized["barcodes"][0], serialized.get("uom"),
                     serialized=True)  # fmt: skip
        line = recs.add_scan(mine, thing, 2, serials=("SN-DUP-1", "SN-DUP-2"))
    elif kind == "invalid_quantity":
        line = recs.add_scan(counting(driver), as_item, 3)
        nudge(driver, line, damage_qty=5)  # more damaged than counted: a scan could not do it, a bug could
    elif kind == "version_conflict":
        line = recs.add_scan(counting(driver), as_item, 3)
        driver.station.worker.wake()
        driver.until(lambda: synced(driver))
        nudge(driver, line, verified_qty=6, server_version=7)  # as if edited from an older copy
    else:
        raise ValueError(kind)
    driver.station.worker.wake()
    driver.until(lambda: open_conflicts(driver) > before)
    return line


def nudge(driver: Driver, line: Line, **values: Any) -> None:
    """Change a line behind the counting rules' back, as a new revision to send."""
    with driver.station.store.write() as conn:
        conn.execute(
            update(records)
            .where(records.c.client_record_id == line.client_record_id)
            .values(**values, local_rev=records.c.local_rev + 1)
        )
