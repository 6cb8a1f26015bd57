"""Real conflicts at a station under test, and the F9 dialog that settles them: lines written to its store
as a counter's scans are, nudged where a counter could not get there by scanning, and refused by the real
server; then a supervisor's PIN, the desk, and a decision, all by keys."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QTreeWidgetItem
from sqlalchemy import update

from station.domain.lines import Counting, Item, Line
from station.store.conflicts import Conflicts
from station.store.schema import records
from station.ui.conflicts_dialog import ConflictsDialog
from tests.helpers.gui import Driver
from tests.helpers.records import batch, wire_record
from tests.helpers.reference import rack_items, server_call

TYPES = ("duplicate_serial", "invalid_quantity", "rack_locked", "stale_lock", "version_conflict")


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
    plain = rack_items(driver, serialized=False)
    item = plain[nth % len(plain)]
    as_item = Item(item.item_code, item.name, item.barcodes[0], item.uom)
    before = open_conflicts(driver)
    if kind == "stale_lock":
        line = recs.add_scan(counting(driver, lock_token=(counting(driver).lock_token or 0) + 5), as_item, 4)
    elif kind == "rack_locked":
        line = recs.add_scan(counting(driver, rack_id="G-R02", lock_token=None), as_item, 2)
    elif kind == "duplicate_serial":
        serialized = rack_items(driver, serialized=True)[0]
        mine = counting(driver)
        claim = {"session_id": mine.session_id, "rack_id": mine.rack_id, "floor": mine.floor,
                 "lock_token": mine.lock_token}  # fmt: skip
        other = wire_record(claim, serialized.item_code, serial_numbers=["SN-DUP-1"])
        server_call(driver, "POST", "/api/sync/batch", "counter1", json=batch(other))
        thing = Item(serialized.item_code, serialized.name, serialized.barcodes[0], serialized.uom, serialized=True)
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


# --- the F9 dialog ---------------------------------------------------------------------------------


def open_dialog(driver: Driver) -> ConflictsDialog:
    driver.key(Qt.Key.Key_F9)
    driver.until(lambda: isinstance(QApplication.activeModalWidget(), ConflictsDialog))
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, ConflictsDialog)
    return dialog


def authorise(driver: Driver, dialog: ConflictsDialog, user: str = "supervisor", pin: str = "9999") -> None:
    dialog.prompt.user.setText("")
    dialog.prompt.user.setFocus()
    driver.type(user, enter=False)
    driver.key(Qt.Key.Key_Tab)
    driver.type(pin)


def at_desk(driver: Driver, dialog: ConflictsDialog) -> None:
    driver.until(lambda: dialog.pages.currentIndex() == 1 and dialog.tree.topLevelItemCount() > 0)


def decide(driver: Driver, dialog: ConflictsDialog, key: Qt.Key, note: str) -> None:
    dialog.note.setFocus()
    driver.type(note, enter=False)
    driver.key(key)
    driver.until(lambda: not dialog.busy)


def first_group(dialog: ConflictsDialog) -> list[QTreeWidgetItem]:
    """The conflicts of the first rack and session on the dialog's tree (none if the tree is empty)."""
    group = dialog.tree.topLevelItem(0)
    if group is None:
        return []
    children = [group.child(n) for n in range(group.childCount())]
    return [child for child in children if child is not None]


def by_item(rows: list[QTreeWidgetItem]) -> dict[str, QTreeWidgetItem]:
    """Conflict rows by what they say of their item."""
    return {row.data(0, Qt.ItemDataRole.UserRole).item: row for row in rows}
