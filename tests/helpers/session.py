"""A ``StationSession`` under test without a window: a real ``ServerClient`` whose transport is respx
answering with the recorded payloads, a temporary SQLite store, a fake clock, and the sync worker's
three callables recorded by ``FakeSync``. ``Rig`` holds one such station and runs its coroutines on
the qasync loop."""

from __future__ import annotations

import asyncio
import sqlite3
import ssl
from collections.abc import Coroutine
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Any, TypeVar

import httpx
import qasync
import respx

from station import contract as c
from station.api.client import ServerClient
from station.config import Settings
from station.domain.backoff import BackoffPolicy
from station.domain.clock import FakeClock
from station.domain.lease import LeaseState
from station.domain.lines import Line
from station.domain.wedge import Entry
from station.session.station import StationSession
from station.session.values import Failure, ScanOutcome
from station.store.catalogue import Catalogue
from station.store.database import Store, open_store
from station.store.outbox import Outbox
from station.store.records import Records
from station.store.sessions import ActiveSession, Sessions
from tests.helpers.api import BASE
from tests.helpers.gui import run_on
from tests.helpers.payloads import payload

T = TypeVar("T")

RACK = "R1"
FLOOR = "Ground"
SESSION = "session_user1_R1_1702291200"
"""The session ``rack_claim.json`` opens (and ``racks_user_active.json`` says is the user's)."""
RICE = "8901234567894"
"""Basmati Rice 5 kg, ITM-000001, in ``rack_items.json``."""
COOKER = "8901234567900"
"""Steel Pressure Cooker 3 L, ITM-000002, serialized, in ``rack_items.json``."""
MISREAD = "8901234567000"
"""``item_barcode_404.json``'s code: no item has it, and its check digit is wrong."""
UNKNOWN = "8901234567005"
"""A well-formed EAN-13 that no item has."""
SIGNALS = (
    "logged_in", "logged_out", "session_started", "session_ended", "lease_changed", "lease_lost", "needs_login",
    "connection_changed", "mode_changed", "racks_changed", "live_changed", "queue_changed", "progress",
    "sync_trouble",
)  # fmt: skip
FAR_FUTURE = 4_000_000_000.0
_TLS = ssl.create_default_context()
"""One TLS context for every test's client: loading the trust store is a tenth of a second each time, and
respx answers before any connection is made."""


def serve_warehouse(api: respx.MockRouter) -> None:
    """The routes a counter's day uses, each answering its recorded payload. A test re-declares a
    route (same method and path) to answer otherwise: respx replaces it."""
    api.post("/api/auth/login-pin", name="login").respond(200, json=payload("login_stockverify"))
    # StockVerify hands out a refresh token but has no renewal (an extension of the reference server).
    api.post("/api/auth/refresh", name="refresh").respond(404, json={"detail": "Not Found"})
    api.post("/api/auth/logout", name="logout").respond(404, json={"detail": "Not Found"})  # nor a log-out
    api.get("/api/racks/floors", name="floors").respond(200, json=payload("floors"))
    api.get("/api/racks", name="racks").respond(200, json=payload("racks_listing"))
    api.post(f"/api/racks/{RACK}/claim", name="claim").respond(200, json=payload("rack_claim"))
    api.get(f"/api/racks/{RACK}/items", name="items").respond(200, json=payload("rack_items"))
    api.get("/api/racks/user/active", name="mine").respond(200, json=payload("racks_user_active"))
    api.post(f"/api/sessions/{SESSION}/heartbeat", name="heartbeat").respond(200, json=payload("heartbeat_stockverify"))
    api.get(f"/api/erp/items/barcode/{MISREAD}", name="misread").respond(404, json=payload("item_barcode_404"))
    api.get(f"/api/erp/items/barcode/{UNKNOWN}", name="unknown").respond(404, json=payload("item_barcode_404"))
    api.post(f"/api/racks/{RACK}/pause", name="pause").respond(200, json=payload("rack_pause"))
    api.post(f"/api/racks/{RACK}/resume", name="resume").respond(200, json=payload("rack_resume"))
    api.post(f"/api/racks/{RACK}/release", name="release").respond(200, json=payload("rack_release"))
    api.get(f"/api/sessions/{SESSION}/stats", name="stats").respond(200, json=payload("session_stats"))
    api.get("/api/sync/conflicts", name="conflicts").respond(200, json=payload("conflicts_pending"))


def acknowledge(store: Store) -> int:
    """Every waiting line accepted by the server, as a sync pass that went well leaves them; how many."""
    outbox = Outbox(store, BackoffPolicy())
    sent = [o for session_id in outbox.sessions_due(FAR_FUTURE) for o in outbox.take(session_id, 1000)]
    answer = c.SyncBatchResponse(ok=[o.record.client_record_id for o in sent])
    outbox.settle(sent, answer, FAR_FUTURE, lambda _attempt: 1.0)
    return len(sent)


def refuse(store: Store, line: Line, kind: str = "duplicate_serial") -> None:
    """The server refused ``line`` as a conflict of ``kind``: it waits for a supervisor."""
    outbox = Outbox(store, BackoffPolicy())
    sent = [o for o in outbox.take(SESSION, 1000) if o.record.client_record_id == line.client_record_id]
    refusal = c.SyncConflict(client_record_id=line.client_record_id, conflict_type=kind,
                             message="Serial SN-0002 already belongs to another record")  # fmt: skip
    outbox.settle(sent, c.SyncBatchResponse(conflicts=[refusal]), FAR_FUTURE, lambda _attempt: 1.0)


@dataclass
class FakeSync:
    """The sync worker as the session sees it (``wake_sync``, ``pause_sync``, ``sync_now``), every call
    recorded. While ``delivering``, a wake sends every waiting line and the server accepts them."""

    store: Store
    delivering: bool = False
    wakes: int = 0
    pauses: list[bool] = field(default_factory=list)
    sent_now: int = 0

    def wake(self) -> None:
        self.wakes += 1
        if self.delivering:
            acknowledge(self.store)

    def pause(self, paused: bool) -> None:
        self.pauses.append(paused)

    def sync_now(self) -> None:
        self.sent_now += 1


class Heard:
    """Every signal of a session's ``events``, with its arguments, in order."""

    def __init__(self, session: StationSession) -> None:
        self.seen: list[tuple[str, tuple[Any, ...]]] = []
        for name in SIGNALS:
            getattr(session.events, name).connect(partial(self._hear, name))

    def _hear(self, name: str, *args: Any) -> None:
        self.seen.append((name, args))

    def of(self, name: str) -> list[tuple[Any, ...]]:
        """The arguments of every emission of ``name``."""
        return [args for heard, args in self.seen if heard == name]

    def last(self, name: str) -> Any:
        """The first argument of the last emission of ``name``."""
        emitted = self.of(name)
        assert emitted, f"{name} was never emitted; heard {[heard for heard, _ in self.seen]}"
        return emitted[-1][0]


@dataclass
class Rig:
    """One station under test, built as ``app.build`` builds it, minus the window and the sync thread."""

    loop: qasync.QEventLoop
    api: respx.MockRouter
    clock: FakeClock
    path: Path
    store: Store
    records: Records
    catalogue: Catalogue
    sessions: Sessions
    client: ServerClient
    sync: FakeSync
    session: StationSession
    heard: Heard
    closed: bool = False

    @classmethod
    def build(cls, loop: qasync.QEventLoop, api: respx.MockRouter, clock: FakeClock, path: Path) -> Rig:
        settings = Settings().with_overrides(server={"url": BASE})
        store = open_store(path)
        records, catalogue, sessions = Records(store, clock), Catalogue(store, clock), Sessions(store, clock)
        client = ServerClient(httpx.AsyncClient(base_url=BASE, verify=_TLS, timeout=3.0))
        sync = FakeSync(store)
        session = StationSession(settings, client, records, catalogue, sessions, clock, wake_sync=sync.wake,
                                 pause_sync=sync.pause, sync_now=sync.sync_now)  # fmt: skip
        return cls(loop, api, clock, path, store, records, catalogue, sessions, client, sync, session, Heard(session))

    def close(self) -> None:
        """The station closes as ``Station.shutdown`` closes it: heartbeat and feed, then the store."""
        if self.closed:
            return
        self.closed = True
        self.session.shutdown()
        self.run(self.client.http.aclose())
        self.store.close()

    # --- driving ---------------------------------------------------------------------------------

    def run(self, coroutine: Coroutine[Any, Any, T]) -> T:
        """Run ``coroutine`` on the qasync loop (Qt's events with it), at most 5 s."""
        return run_on(self.loop, asyncio.wait_for(coroutine, 5))

    def log_in(self) -> None:
        assert self.run(self.session.log_in("counter1", "1111", password=False)) is None

    def claim(self) -> None:
        """Logged in as counter1 and counting rack R1."""
        self.log_in()
        assert self.run(self.session.claim(RACK, FLOOR)) is None

    def scan(self, code: str, typed: str = "") -> ScanOutcome:
        """A scanner's burst (after ``typed``, a multiplier the person typed first)."""
        return self.run(self.session.scan(Entry(text=typed + code, scanned=code)))

    def type(self, text: str) -> ScanOutcome:
        """Typed by hand, then Enter."""
        return self.run(self.session.scan(Entry(text=text, scanned=None)))

    def beat(self) -> None:
        """One heartbeat, now."""
        self.run(self.session._heartbeat.beat())

    def tick(self) -> None:
        """The lease countdown's timer fired; a renewal it starts runs to its end."""

        async def tick() -> None:
            heartbeat = self.session._heartbeat
            heartbeat.tick()
            if heartbeat._in_flight is not None:
                await heartbeat._in_flight

        self.run(tick())

    # --- what the store holds ---------------------------------------------------------------------

    def committed(self) -> dict[str, tuple[int, int, str]]:
        """item code → (counted, damaged, serials) of the session's lines, read through a connection of
        its own: only what is committed shows."""
        with sqlite3.connect(self.path) as conn:
            rows = conn.execute(
                "SELECT item_code, verified_qty, damage_qty, serial_numbers FROM records WHERE session_id = ?",
                (SESSION,),
            ).fetchall()
        return {code: (counted, damaged, serials) for code, counted, damaged, serials in rows}

    def kept_session(self) -> ActiveSession | None:
        """The session a restart would go back to."""
        return self.sessions.active("counter1")

    def lease(self) -> LeaseState | None:
        return self.session.lease_state


def failed(answer: object) -> Failure:
    """``answer``, which must be a ``Failure``."""
    assert isinstance(answer, Failure), f"expected a Failure, got {answer!r}"
    return answer
