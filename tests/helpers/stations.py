"""Filling a station's outbox quickly, for tests about draining it (scanning has tests of its own)."""

from __future__ import annotations

import json
import uuid

from sqlalchemy import insert

from station.domain.lines import Counting
from station.store.database import Store
from station.store.schema import records, sync_state


def fill_outbox(store: Store, counting: Counting, count: int, *, prefix: str = "LOOSE") -> list[str]:
    """``count`` counted lines of items the catalogue does not know, committed at once; their ids."""
    ids = [str(uuid.uuid4()) for _ in range(count)]
    now = "2026-01-05T08:00:00.000Z"
    rows = [
        {"client_record_id": record_id, "session_id": counting.session_id, "rack_id": counting.rack_id,
         "floor": counting.floor, "username": counting.username, "item_code": f"{prefix}-{n:06d}", "item_name": "",
         "barcode": None, "uom": None, "serialized": False, "unknown_item": True, "verified_qty": 1 + n % 7,
         "damage_qty": 0, "serial_numbers": json.dumps([]), "status": "partial", "manual_entry": False,
         "lock_token": counting.lock_token, "created_at": now, "updated_at": now, "local_rev": 1, "synced_rev": 0}
        for n, record_id in enumerate(ids)
    ]  # fmt: skip
    with store.write() as conn:
        conn.execute(insert(records), rows)
        conn.execute(
            insert(sync_state),
            [
                {"client_record_id": i, "attempts": 0, "next_attempt_at": 0.0, "stalled": False, "blocked": False}
                for i in ids
            ],
        )
    return ids
