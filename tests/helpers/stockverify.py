"""A fake StockVerify backend as it ships (docs/CONTRACT.md), its defects each switchable, served on loopback."""

from __future__ import annotations

import math
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, fields
from typing import Any

import pytest

from station.server.embedded import ServedApp

LOCK_TTL_S = 60.0


@dataclass
class Defects:
    """What StockVerify does wrong as it ships; each on by default, each switchable for a test."""

    redis_service_param: bool = True
    """Claim, release, pause and resume answer 422 unless a ``redis_service`` query parameter is sent."""
    rack_locked_own_lines: bool = True
    """A record carrying ``rack_id`` is refused as ``rack_locked`` unless the lock's owner (a user name)
    equals the record's ``session_id`` — which it never does, so the holder's own lines are refused."""
    conflicts_unauthorized: bool = True
    """``/api/sync/conflicts`` and its resolve answer 401 to every token, supervisors' included."""
    supervisor_release_forbidden: bool = True
    """Only the claimer may release: a supervisor gets 403 "Rack … is not claimed by you"."""
    stats_count_lines: bool = True
    """Stats: ``total_items`` counts records, ``verified_items`` finalized records, ``damage_items`` Σ damage_qty."""
    release_leaves_available: bool = True
    """Release alone leaves the rack ``available`` (only ``complete`` marks it ``completed``, session ``CLOSED``)."""
    retry_after_rounded_down: bool = True
    """A 429's ``Retry-After`` is the time left rounded down (at least 1): waiting exactly that earns another 429."""
    lock_expiry_frozen: bool = True
    """``lock_expires_at`` in the rack's status is set at claim and never moved by heartbeats."""
    active_sessions_empty: bool = True
    """``GET /api/sessions/active`` is always ``[]`` (a status case mismatch)."""
    claim_creates_rack: bool = True
    """Claiming an unknown rack id creates that rack."""
    pin_ignores_user: bool = True
    """PIN log-in finds the user by the PIN alone; the user name sent is ignored."""

    @classmethod
    def none(cls) -> Defects:
        """StockVerify with every defect fixed."""
        return cls(**{f.name: False for f in fields(cls)})


@dataclass
class User:
    username: str
    full_name: str
    role: str
    pin: str
    password: str


@dataclass
class Item:
    item_code: str
    item_name: str
    barcode: str
    floor: str
    rack: str
    stock_qty: float = 10.0
    mrp: float = 99.0
    is_serialized: bool = False


@dataclass
class Rack:
    rack_id: str
    floor: str
    status: str = "available"
    claimed_by: str | None = None
    session_id: str | None = None
    lock_expires_at: float | None = None
    """What the rack's status says; with ``lock_expiry_frozen`` only the claim sets it."""
    updated_at: float = 0.0
    lock_owner: str | None = None
    """The Redis lock: its owner (a user name) and when it lapses."""
    lock_until: float = 0.0


@dataclass
class Session:
    id: str
    user_id: str
    rack_id: str
    floor: str
    started_at: float
    status: str = "ACTIVE"
    last_heartbeat: float | None = None
    completed_at: float | None = None


USERS = [
    User("counter1", "Counter One", "staff", "1111", "counter"),
    User("counter2", "Counter Two", "staff", "2222", "counter"),
    User("supervisor", "Shift Supervisor", "supervisor", "9999", "supervisor"),
    User("admin", "Admin", "admin", "8888", "admin"),
    User("demo1", "Demo One", "staff", "1234", "demo"),  # StockVerify's demo users share 1234
    User("demo2", "Demo Two", "staff", "1234", "demo"),
]
FLOORS = {"Ground": ("G-R01", "G-R02", "G-R03"), "First": ("F-R01", "F-R02"), "Back Godown": ("B-R01",)}
EANS = ["4006381333931", "5012345678900", "8901030865275"]


def seed_items() -> list[Item]:
    """Three items a rack: 6-digit ERP codes starting 51, 52 or 53 by floor, and a few EAN-13s."""
    items: list[Item] = []
    prefixes = {"Ground": "51", "First": "52", "Back Godown": "53"}
    eans = iter(EANS)
    for floor, racks in FLOORS.items():
        for r, rack in enumerate(racks, start=1):
            for i in range(1, 4):
                code = f"{prefixes[floor]}{r:02d}{i:02d}"
                barcode = next(eans, code) if (rack, i) in (("G-R01", 3), ("F-R01", 3), ("B-R01", 3)) else code
                items.append(Item(f"ITM{code}", f"Item {code} of {rack}", barcode, floor, rack))
    return items


@dataclass
class StockVerifyState:
    """Everything the fake holds, in memory, for tests to inspect (and to change between calls)."""

    defects: Defects = field(default_factory=Defects)
    clock: Callable[[], float] = time.time
    batch_limit: int = 10
    """Batch calls a user may make per ``batch_window_s`` before 429s (StockVerify: 10 a minute)."""
    batch_window_s: float = 60.0
    throttles_left: int | None = None
    """How many more 429s the limit may answer before it stops biting (``None``: for ever, as StockVerify)."""
    users: dict[str, User] = field(default_factory=lambda: {u.username: u for u in USERS})
    racks: dict[str, Rack] = field(default_factory=dict)
    items: list[Item] = field(default_factory=seed_items)
    sessions: dict[str, Session] = field(default_factory=dict)
    records: dict[str, dict[str, Any]] = field(default_factory=dict)
    """Stored records by ``client_record_id`` (a resend stores once)."""
    record_writes: list[str] = field(default_factory=list)
    conflicts: list[dict[str, Any]] = field(default_factory=list)
    refuse_items: dict[str, str] = field(default_factory=dict)
    """A test's hook, not a defect: lines of these item codes are refused as the conflict type given."""
    tokens: dict[str, str] = field(default_factory=dict)
    calls: list[tuple[str, str, int]] = field(default_factory=list)
    """Every call answered: method, path (with its query) and status."""
    throttled: int = 0
    """429s answered."""
    batch_calls: list[tuple[float, int | None]] = field(default_factory=list)
    """Each batch call: when (the fake's clock) and the ``Retry-After`` it was answered with (``None``: taken)."""
    early_retries: int = 0
    """Batch calls that came after a 429 but before its window ended: waiting what a rounded-down
    ``Retry-After`` says does that (and, as StockVerify ships, earns another 429)."""
    windows: dict[str, tuple[float, int]] = field(default_factory=dict)
    retry_due: dict[str, float] = field(default_factory=dict)
    lock: threading.RLock = field(default_factory=threading.RLock)

    def __post_init__(self) -> None:
        if not self.racks:
            now = self.clock()
            self.racks = {r: Rack(r, floor, updated_at=now) for floor, racks in FLOORS.items() for r in racks}

    # --- what tests ask ------------------------------------------------------------------------

    def called(self, method: str, path: str) -> list[int]:
        """The statuses of the calls made to ``path`` (its query left out)."""
        return [status for m, p, status in self.calls if m == method and p.split("?")[0] == path]

    def session_records(self, session_id: str) -> list[dict[str, Any]]:
        return [r for r in self.records.values() if r.get("session_id") == session_id]

    def pieces(self, session_id: str) -> dict[str, int]:
        """Pieces stored per item code in the session."""
        found: dict[str, int] = {}
        for record in self.session_records(session_id):
            found[record["item_code"]] = found.get(record["item_code"], 0) + int(record.get("verified_qty", 0))
        return found

    def barcodes(self, rack_id: str) -> list[str]:
        return [item.barcode for item in self.items if item.rack == rack_id]

    def item(self, barcode: str) -> Item | None:
        return next((item for item in self.items if item.barcode == barcode), None)

    def sessions_of(self, username: str) -> list[Session]:
        return [s for s in self.sessions.values() if s.user_id == username]

    # --- the rules -----------------------------------------------------------------------------

    def holder(self, rack: Rack) -> str | None:
        """Who holds the rack's lock now (a user name), if anyone."""
        return rack.lock_owner if rack.lock_owner and rack.lock_until > self.clock() else None

    def throttle(self, username: str) -> int | None:
        """Count a batch call; the ``Retry-After`` seconds if it is one too many."""
        now = self.clock()
        if (due := self.retry_due.pop(username, None)) is not None and now < due:
            self.early_retries += 1
        start, count = self.windows.get(username, (now, 0))
        if now >= start + self.batch_window_s:
            start, count = now, 0
        if count >= self.batch_limit and self.throttles_left != 0:
            self.throttled += 1
            self.throttles_left = None if self.throttles_left is None else self.throttles_left - 1
            left = start + self.batch_window_s - now
            self.retry_due[username] = start + self.batch_window_s
            wait = max(1, math.floor(left)) if self.defects.retry_after_rounded_down else max(1, math.ceil(left))
            self.batch_calls.append((now, wait))
            return wait
        self.windows[username] = (start, count + 1)
        self.batch_calls.append((now, None))
        return None

    def stats(self, session_id: str) -> dict[str, Any]:
        records = self.session_records(session_id)
        damaged = sum(int(r.get("damage_qty", 0)) for r in records)
        if self.defects.stats_count_lines:
            total = len(records)
            verified = sum(1 for r in records if r.get("status") == "finalized")
            pending = total - verified
        else:
            total = sum(int(r.get("verified_qty", 0)) for r in records)
            verified, pending = total - damaged, 0
        session = self.sessions[session_id]
        duration = max(0.0, (session.completed_at or self.clock()) - session.started_at)
        finalized = sum(1 for r in records if r.get("status") == "finalized")
        return {"id": session_id, "total_items": total, "verified_items": verified, "damage_items": damaged,
                "pending_items": pending, "duration_seconds": duration,
                "items_per_minute": finalized / (duration / 60) if duration else 0.0}  # fmt: skip

    def take(self, record: dict[str, Any], username: str) -> tuple[str, dict[str, Any]] | None:
        """Store one record, or say why not (a conflict type and its details)."""
        verified, damaged = int(record.get("verified_qty", 0)), int(record.get("damage_qty", 0))
        if (kind := self.refuse_items.get(record.get("item_code", ""))) is not None:
            return kind, {"refused_by": "test"}
        if verified < 0 or damaged < 0 or damaged > verified:
            return "invalid_quantity", {"verified_qty": verified, "damage_qty": damaged}
        rack = self.racks.get(record.get("rack_id") or "")
        if rack is not None and (owner := self.holder(rack)) is not None:
            mine = owner == record.get("session_id") if self.defects.rack_locked_own_lines else (
                rack.session_id == record.get("session_id"))  # fmt: skip
            if not mine:
                return "rack_locked", {"owner": owner, "rack_id": rack.rack_id}
        for serial in record.get("serial_numbers") or []:
            for other_id, other in self.records.items():
                if other_id != record["client_record_id"] and serial in (other.get("serial_numbers") or []):
                    return "duplicate_serial", {"serial_number": serial}
        self.records[record["client_record_id"]] = dict(record, counted_by=username)
        self.record_writes.append(record["client_record_id"])
        return None


# --- serving -------------------------------------------------------------------------------------


class FakeStockVerify:
    """The fake's app on a free loopback port, in a thread: ``start()`` gives its URL, ``stop()`` ends it."""

    def __init__(self, state: StockVerifyState | None = None) -> None:
        self.state = state or StockVerifyState()
        self._served = ServedApp("the fake StockVerify")

    @property
    def url(self) -> str:
        return self._served.url

    @property
    def defects(self) -> Defects:
        return self.state.defects

    def start(self, timeout_s: float = 20.0) -> str:
        from tests.helpers.stockverify_app import create_app

        return self._served.serve(create_app(self.state), timeout_s=timeout_s, lifespan="off")

    def stop(self) -> None:
        self._served.stop()


@pytest.fixture
def stockverify() -> Iterator[FakeStockVerify]:
    """A fake StockVerify as it ships (every defect on), served on loopback; ``.state`` is what it holds."""
    fake = FakeStockVerify()
    fake.start()
    yield fake
    fake.stop()
