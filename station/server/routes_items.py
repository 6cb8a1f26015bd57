"""Item routes: StockVerify's barcode look-up, a rack's catalogue slice, and health."""

from __future__ import annotations

import re
from typing import Any

from fastapi import APIRouter
from sqlalchemy import Connection, select

from station import contract
from station.domain.barcodes import gtin_forms
from station.server import db
from station.server.deps import CurrentUser, RackId, State
from station.server.errors import ApiError

router = APIRouter(tags=["items"])

_CODE = re.compile(r"[A-Za-z0-9][A-Za-z0-9._/\-]{0,63}")


def _find_item(conn: Connection, code: str) -> Any:
    i, b, r = db.items.c, db.barcodes.c, db.racks.c
    query = (
        select(
            i.item_code,
            i.name,
            i.uom,
            i.category,
            i.subcategory,
            i.mrp,
            i.serialized,
            i.rack_id,
            i.expected_qty,
            b.barcode,
            r.floor,
        )
        .select_from(db.barcodes)
        .join(db.items, i.item_code == b.item_code)
        .outerjoin(db.racks, r.rack_id == i.rack_id)
        .where(b.barcode.in_(gtin_forms(code)))
    )
    found = conn.execute(query).first()
    if found is not None:
        return found
    # StockVerify answers item codes typed by hand too.
    query_by_code = (
        select(*query.selected_columns)
        .select_from(db.items)
        .outerjoin(db.barcodes, b.item_code == i.item_code)
        .outerjoin(db.racks, r.rack_id == i.rack_id)
        .where(i.item_code == code)
    )
    return conn.execute(query_by_code).first()


@router.get("/api/erp/items/barcode/{barcode}", response_model=contract.ErpItem, response_model_exclude_none=False)
async def item_by_barcode(state: State, _who: CurrentUser, barcode: str) -> contract.ErpItem:
    code = barcode.strip()
    if not _CODE.fullmatch(code):
        raise ApiError(
            400,
            {"message": f"“{code[:40]}” is not a barcode this server can look up.", "error_code": "INVALID_BARCODE"},
        )
    row = await state.read(_find_item, code)
    if row is None:
        raise ApiError(404, {"message": f"No item has the barcode {code}.", "code": "ITEM_NOT_FOUND", "barcode": code})
    return contract.ErpItem(
        item_code=row.item_code,
        item_name=row.name,
        barcode=row.barcode or "",
        stock_qty=row.expected_qty,
        mrp=row.mrp,
        category=row.category,
        subcategory=row.subcategory,
        uom_code=row.uom,
        uom_name=row.uom,
        floor=row.floor,
        rack=row.rack_id,
        is_serialized=row.serialized,
    )


def _rack_items(conn: Connection, rack_id: str) -> list[contract.RackItem] | None:
    if conn.execute(select(db.racks.c.rack_id).where(db.racks.c.rack_id == rack_id)).first() is None:
        return None
    i, b = db.items.c, db.barcodes.c
    query = (
        select(i.item_code, i.name, i.uom, i.expected_qty, i.serialized, b.barcode)
        .select_from(db.items)
        .outerjoin(db.barcodes, b.item_code == i.item_code)
        .where(i.rack_id == rack_id)
        .order_by(i.item_code, b.barcode)
    )
    rows: dict[str, Any] = {}
    codes: dict[str, list[str]] = {}
    for row in conn.execute(query):
        rows.setdefault(row.item_code, row)
        codes.setdefault(row.item_code, []).extend([row.barcode] if row.barcode else [])
    return [
        contract.RackItem(
            item_code=code,
            name=row.name,
            uom=row.uom,
            expected_qty=row.expected_qty,
            serialized=row.serialized,
            barcodes=codes[code],
        )
        for code, row in rows.items()
    ]


@router.get("/api/racks/{rack_id}/items", response_model=list[contract.RackItem], tags=["racks"])
async def rack_items(state: State, _who: CurrentUser, rack_id: RackId) -> list[contract.RackItem]:
    """The items expected on a rack, with every barcode each carries (extension)."""
    found = await state.read(_rack_items, rack_id)
    if found is None:
        raise ApiError(404, f"There is no rack {rack_id}.")
    return found


@router.get("/api/health", response_model=contract.Health, tags=["health"])
async def health() -> contract.Health:
    return contract.Health(status="healthy")
