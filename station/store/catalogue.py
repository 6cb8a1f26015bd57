"""The cached catalogue slice of the claimed rack: scans are looked up here first, offline too."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import Connection, and_, case, delete, or_, select
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from station import contract
from station.domain.barcodes import gtin_forms
from station.domain.clock import Clock, utc_iso
from station.domain.lines import Item
from station.store.database import Store
from station.store.schema import item_barcodes, items


class Catalogue:
    """Items this station can recognise without asking the server."""

    def __init__(self, store: Store, clock: Clock) -> None:
        self._store = store
        self._clock = clock
        self._racks: dict[str, str | None] = {}  # item code -> rack, as the last find read it

    def put_slice(self, rack_id: str, slice_: Iterable[contract.RackItem]) -> int:
        """Replace the cached items of ``rack_id`` with the server's slice; how many items."""
        now = utc_iso(self._clock.wall())
        rows = list(slice_)
        self._racks.clear()
        with self._store.write() as conn:
            conn.execute(delete(items).where(items.c.rack_id == rack_id))
            for item in rows:
                self._put(conn, item.item_code, rack_id, item.name, item.uom, item.expected_qty, item.serialized, now)
                for barcode in item.barcodes:
                    conn.execute(
                        sqlite_insert(item_barcodes)
                        .values(barcode=barcode, item_code=item.item_code)
                        .on_conflict_do_update(index_elements=["barcode"], set_={"item_code": item.item_code})
                    )
        return len(rows)

    def learn(self, found: contract.ErpItem) -> Item:
        """Keep an item the server looked up one scan at a time (a server without rack slices)."""
        now = utc_iso(self._clock.wall())
        self._racks.pop(found.item_code, None)
        with self._store.write() as conn:
            self._put(conn, found.item_code, found.rack, found.item_name, found.uom_code or "", found.stock_qty,
                      found.is_serialized, now)  # fmt: skip
            if found.barcode:
                conn.execute(
                    sqlite_insert(item_barcodes)
                    .values(barcode=found.barcode, item_code=found.item_code)
                    .on_conflict_do_nothing()
                )
        return Item(found.item_code, found.item_name, found.barcode or None, found.uom_code, found.is_serialized)

    def find(self, code: str) -> Item | None:
        """The item carrying barcode ``code`` (any of its GTIN forms), or else with item code ``code``.

        Two indexed look-ups in plain SQL: this runs on every scan, before its commit.
        """
        forms = gtin_forms(code)
        by_barcode = _BY_BARCODE.format(forms=", ".join("?" * len(forms)))
        with self._store.read() as conn:
            row = conn.exec_driver_sql(by_barcode, tuple(forms)).first()
            if row is None:
                row = conn.exec_driver_sql(_BY_CODE, (code,)).first()
        if row is None:
            return None
        item_code, name, uom, serialized, barcode, rack = row
        self._racks[item_code] = rack
        return Item(item_code, name, barcode or item_code, uom or None, bool(serialized))

    def search(self, text: str, rack_id: str | None, limit: int = 20) -> list[tuple[Item, str | None]]:
        """Items whose name, item code or barcode holds every word of ``text`` (case ignored), each with
        the rack it is expected on: ``rack_id``'s first, then by item code."""
        words = [word.replace("\\", "").replace("%", "").replace("_", "\\_") for word in text.split()]
        if not any(words):
            return []
        match = [
            or_(
                items.c.name.ilike(f"%{word}%", escape="\\"),
                items.c.item_code.ilike(f"%{word}%", escape="\\"),
                items.c.item_code.in_(
                    select(item_barcodes.c.item_code).where(item_barcodes.c.barcode.like(f"%{word}%", escape="\\"))
                ),
            )
            for word in words
        ]
        here = case((items.c.rack_id == rack_id, 0), else_=1)
        query = select(items).where(and_(*match)).order_by(here, items.c.item_code).limit(limit)
        with self._store.read() as conn:
            rows = conn.execute(query).all()
        return [(Item(r.item_code, r.name, None, r.uom or None, bool(r.serialized)), r.rack_id) for r in rows]

    def rack_of(self, item_code: str) -> str | None:
        """The rack ``item_code`` is expected on, as far as this station knows (a slice or a look-up);
        just after ``find`` read the item, without asking the database again."""
        if item_code in self._racks:
            return self._racks[item_code]
        with self._store.read() as conn:
            rack: str | None = conn.exec_driver_sql(_RACK_OF, (item_code,)).scalar()
            return rack

    def expected(self, rack_id: str) -> dict[str, float | None]:
        """Expected quantity of every cached item of the rack (for expected-beside-counted)."""
        with self._store.read() as conn:
            rows = conn.execute(select(items.c.item_code, items.c.expected_qty).where(items.c.rack_id == rack_id))
            return {row.item_code: row.expected_qty for row in rows}

    @staticmethod
    def _put(
        conn: Connection, code: str, rack_id: str | None, name: str, uom: str | None, expected: float | None,
        serialized: bool, now: str,
    ) -> None:  # fmt: skip
        values = {"rack_id": rack_id, "name": name, "uom": uom or "", "expected_qty": expected,
                  "serialized": serialized, "cached_at": now}  # fmt: skip
        conn.execute(
            sqlite_insert(items)
            .values(item_code=code, **values)
            .on_conflict_do_update(index_elements=["item_code"], set_=values)
        )


_BY_BARCODE = (
    "SELECT i.item_code, i.name, i.uom, i.serialized, b.barcode, i.rack_id FROM item_barcodes b "
    "JOIN items i ON i.item_code = b.item_code WHERE b.barcode IN ({forms}) LIMIT 1"
)
_BY_CODE = "SELECT item_code, name, uom, serialized, NULL, rack_id FROM items WHERE item_code = ?"
_RACK_OF = "SELECT rack_id FROM items WHERE item_code = ?"
