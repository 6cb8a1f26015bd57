"""Building wire records for tests."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from typing import Any

WHEN = datetime(2026, 1, 5, 8, 0, tzinfo=UTC)


def wire_record(claim: dict[str, Any], item_code: str = "ITM-000001", **fields: Any) -> dict[str, Any]:
    """A sync record counted under ``claim`` (the claim answer), as JSON."""
    record: dict[str, Any] = {
        "client_record_id": str(uuid.uuid4()),
        "session_id": claim["session_id"],
        "rack_id": claim["rack_id"],
        "floor": claim["floor"],
        "item_code": item_code,
        "verified_qty": 1,
        "damage_qty": 0,
        "serial_numbers": [],
        "status": "partial",
        "created_at": WHEN.isoformat(),
        "updated_at": WHEN.isoformat(),
        "lock_token": claim.get("lock_token"),
    }
    record.update(fields)
    return record


def batch(*records: dict[str, Any]) -> dict[str, Any]:
    return {"batch_id": str(uuid.uuid4()), "records": list(records)}
