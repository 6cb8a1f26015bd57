"""``StationController``: what the screens ask of the station, and what the station tells them.

Log-in, floors, racks, claiming, pausing, finishing and recovering a session live here, over the
server client, the local store, the heartbeat and the sync worker. The screens get plain
dataclasses through signals; they never see the client, the store or SQL.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import TypeVar

from PySide6.QtCore import QObject, Signal

from station import contract as c
from station.api import errors as e
from station.api.client import ServerClient
from station.config import Settings
from station.domain.clock import Clock, utc_iso
from station.domain.lease import Lease, LeaseState
from station.session.counting import CountingController
from station.session.heartbeat import Heartbeat, LeaseView
from station.session.presence import Presence
from station.session.rack_feed import RackFeed
from station.store.catalogue import Catalogue
from station.store.errors import StoreError
from station.store.records import Counting, Line, Records
from station.store.sessions import ActiveSession, Sessions

log = logging.getLogger(__name__)
T = TypeVar("T")

FINISH_WAIT_S = 60.0


@dataclass(frozen=True)
class FloorView:
    name: str
    available: int = 0
    counted: int = 0
    racks: int = 0


@dataclass(frozen=True)
class RackTile:
    rack_id: str
    floor: str
    status: str  # available, active, paused, completed, mine
    claimed_by: str | None
    item_count: int
    counted_count: int


@dataclass(frozen=True)
class SessionView:
    """The session the scanning screen shows."""

    session_id: str
    rack_id: str
    floor: str
    username: str
    lines: list[Line]
    expected: dict[str, float | None] = field(default_factory=dict)
    blind: bool = False
    note: str = ""


@dataclass(frozen=True)
class Stats:
    """The scanning screen's numbers for the session."""

    total: int
    verified: int
    damaged: int
    waiting: int
    per_minute: float
    duration_s: float


@dataclass(frozen=True)
class Finish:
    """What F10 came to; ``gate``: the counts disagree, and only a supervisor may release anyway."""

    done: bool
    sentence: str
    gate: bool = False


class StationController(QObject):
    """Signals:
    logged_in(UserInfo); session_started(SessionView); session_ended(str);
    lease_changed(LeaseView); lease_lost(LeaseView); needs_login();
    connection_changed(bool online, str sentence); notice(str sentence)."""

    logged_in = Signal(object)
    session_started = Signal(object)
    session_ended = Signal(str)
    lease_changed = Signal(object)
    lease_lost = Signal(object)
    needs_login = Signal()
    connection_changed = Signal(bool, str)
    notice = Signal(str)

    def __init__(
        self,
        settings: Settings,
        client: ServerClient,
        records: Records,
        catalogue: Catalogue,
        sessions: Sessions,
        clock: Clock,
        presence: Presence,
        *,
        wake_sync: Callable[[], None] = lambda: None,
        pause_sync: Callable[[bool], None] = lambda paused: None,
    ) -> None:
        super().__init__()
        self.settings = settings
        self.client = client
        self.records = records
        self.catalogue = catalogue
        self.sessions = sessions
        self.clock = clock
        self.presence = presence
        self._pause_sync = pause_sync
        self.counting = CountingController(records, catalogue, client)
        self.counting.on_written = wake_sync
        self._wake_sync = wake_sync
        self.heartbeat = Heartbeat(client, clock, settings.session.heartbeat_interval_s)
        self.heartbeat.changed.connect(self.lease_changed)
        self.heartbeat.lost.connect(self._on_lease_lost)
        self.heartbeat.unauthorized.connect(self.needs_login)
        self.heartbeat.reached.connect(self._set_online)
        self.feed = RackFeed()
        self.active: ActiveSession | None = None
        self.user: c.UserInfo | None = None
        self.online = True
        presence.away.connect(self._on_away)
        presence.back.connect(self._on_back)

    # --- log-in -------------------------------------------------------------------------------

    def last_user(self) -> str:
        return self.sessions.recall("last_user") or ""

    def last_floor(self) -> str:
        return self.sessions.recall("last_floor") or ""

    def floor_chosen(self, floor: str) -> None:
        self.sessions.remember("last_floor", floor)

    async def login(self, username: str, secret: str, *, password: bool) -> str | None:
        """Log in; ``None`` when it worked, else the sentence to show."""
        try:
            answer = await self._api(
                self.client.login(username, secret) if password else self.client.login_pin(username, secret)
            )
        except e.Unauthorized as wrong:
            return wrong.detail or ("Wrong user name or password." if password else "Wrong user name or PIN.")
        except e.RateLimited as locked:
            return locked.sentence
        except e.ApiError as failure:
            return failure.sentence
        self.user = answer.user or c.UserInfo(username=username)
        self.sessions.remember("last_user", username)
        # Lines queued before this log-in (a restart) were refused for want of a token, which paused
        # the sync worker: it goes again now.
        self._pause_sync(False)
        self._wake_sync()
        self.feed.start(self.settings.server.url, answer.access_token)
        self.logged_in.emit(self.user)
        return None

    # --- floors and racks ---------------------------------------------------------------------

    async def floors(self) -> list[FloorView]:
        names = await self._api(self.client.floors())
        views = []
        for name in names:
            racks = await self._api(self.client.racks(name))
            available = sum(r.status in (c.RackState.AVAILABLE, c.RackState.PAUSED) for r in racks)
            counted = sum(r.status is c.RackState.COMPLETED for r in racks)
            views.append(FloorView(name, available, counted, len(racks)))
        return views

    async def racks(self, floor: str) -> list[RackTile]:
        me = self.user.username if self.user else None
        return [
            RackTile(r.rack_id, r.floor, "mine" if me and r.claimed_by == me and r.status == "active" else r.status,
                     r.claimed_by, r.item_count, r.counted_count or 0)
            for r in await self._api(self.client.racks(floor))
        ]  # fmt: skip

    async def claim(self, rack_id: str, floor: str) -> str | None:
        """Claim a rack and open it for counting; ``None`` when it worked, else the sentence."""
        rack_id = rack_id.strip().upper()
        try:
            claim = await self._api(self.client.claim(rack_id, floor))
        except e.LeaseConflict as held:
            return held.sentence
        except e.ApiError as failure:
            return failure.sentence
        await self._open(claim.session_id, rack_id, claim.floor or floor, claim.lock_token, claim.lock_ttl)
        return None

    async def _open(
        self, session_id: str, rack_id: str, floor: str, token: int | None, ttl: float, note: str = ""
    ) -> None:
        assert self.user is not None
        try:
            slice_ = await self._api(self.client.rack_items(rack_id))
            if slice_ is not None:
                self.catalogue.put_slice(rack_id, slice_)
        except e.ApiError as failure:
            log.info("no catalogue slice for %s: %s", rack_id, failure.sentence)
        self.active = ActiveSession(session_id, self.user.username, rack_id, floor, token, ttl,
                                    utc_iso(self.clock.wall()), None, "active", self.settings.server.url)  # fmt: skip
        self.sessions.started(self.active)
        lines = self.counting.start(Counting(session_id, rack_id, floor, self.user.username, token))
        lease = Lease(self.clock, rack_id=rack_id, session_id=session_id, ttl=ttl,
                      heartbeat_interval=self.settings.session.heartbeat_interval_s, lock_token=token)  # fmt: skip
        self.heartbeat.start(lease)
        blind = self.settings.counting.blind
        view = SessionView(
            session_id, rack_id, floor, self.user.username, lines, self.catalogue.expected(rack_id), blind, note
        )
        self.session_started.emit(view)

    async def recover(self) -> bool:
        """After a restart: go back to the session this station (or this user) was counting."""
        if self.user is None:
            return False
        local = self.sessions.active(self.user.username)
        try:
            mine = await self._api(self.client.my_racks())
        except e.ApiError:
            mine = []
        if local is None and mine:
            rack = mine[0]
            if rack.session_id:
                await self._open(rack.session_id, rack.rack_id, rack.floor, rack.lock_token, 60.0)
                return True
        if local is None:
            return False
        held = any(r.session_id == local.session_id for r in mine)
        note = (
            ""
            if held or not self.online
            else "The lease on this rack lapsed while the station was closed; taking it back…"
        )
        await self._open(local.session_id, local.rack_id, local.floor, local.lock_token, local.lock_ttl, note)
        await self.heartbeat.beat()  # learn at once whether the rack is still ours
        return True

    # --- pause and finish ---------------------------------------------------------------------

    async def pause_or_resume(self) -> str:
        """F8: pause the rack (no heartbeats needed), or resume it."""
        session = self.active
        if session is None:
            return "No rack is being counted."
        paused = session.status == "paused"
        try:
            await self._api(self.client.resume(session.rack_id) if paused else self.client.pause(session.rack_id))
        except e.ApiError as failure:
            return failure.sentence
        status = "active" if paused else "paused"
        self.active = ActiveSession(**{**session.__dict__, "status": status})
        self.sessions.set_status(session.session_id, status)
        if paused:
            self.counting.allow_scanning()
            self.heartbeat.resume()
            return f"Rack {session.rack_id} resumed. Scan away."
        self.heartbeat.pause()
        self.counting.stop_scanning(f"Rack {session.rack_id} is paused. Press F8 to resume it.")
        return f"Rack {session.rack_id} paused. Press F8 to resume it."

    async def finish(self, wait_s: float = FINISH_WAIT_S) -> Finish:
        """F10: send every line, check the server agrees, and only then release the rack."""
        session = self.active
        if session is None:
            return Finish(False, "No rack is being counted.")
        try:
            self.records.finalize(session.session_id)
        except StoreError as failure:
            return Finish(False, failure.sentence)
        self._wake_sync()
        deadline = self.clock.monotonic() + wait_s
        while self._still_sending(session.session_id) and self.clock.monotonic() < deadline:
            await asyncio.sleep(0.2)
        local = self.records.totals(session.session_id)
        if local["blocked"]:
            return Finish(False, f"Not finished: the server refused {local['blocked']} lines; they wait for a "
                          "supervisor (F9). The rack stays claimed.", gate=True)  # fmt: skip
        if local["unsynced"]:
            return Finish(False, f"Not finished: {local['unsynced']} lines have not reached the server yet. "
                          "The rack stays claimed; press F10 again when the server is back.")  # fmt: skip
        try:
            stats = await self._api(self.client.session_stats(session.session_id))
            if (stats.total_items, stats.damage_items) != (local["pieces"], local["damaged"]):
                return Finish(False, f"Not finished: the server has {stats.total_items} pieces "
                              f"({stats.damage_items} damaged), this station {local['pieces']} ({local['damaged']}). "
                              "Ask a supervisor.", gate=True)  # fmt: skip
            await self._api(self.client.release(session.rack_id))
        except e.ApiError as failure:
            return Finish(False, failure.sentence)
        self._end(f"Rack {session.rack_id} is finished: {local['pieces']} pieces in {local['lines']} lines.")
        return Finish(True, f"Rack {session.rack_id} is finished.")

    async def release_anyway(self, supervisor: str, token: str, note: str) -> Finish:
        """The F10 gate: a supervisor releases the rack although the counts disagree, with a note
        (audited on the server). Lines still waiting stay queued or wait for a decision (F9)."""
        session = self.active
        if session is None:
            return Finish(False, "No rack is being counted.")
        if not note.strip():
            return Finish(False, "Write a note: why the rack is released with the counts disagreeing.", gate=True)
        try:
            await self._api(self.client.release(session.rack_id, f"released anyway: {note.strip()}", token=token))
        except e.ApiError as failure:
            return Finish(False, failure.sentence, gate=True)
        self._end(f"Rack {session.rack_id} was released by {supervisor}: {note.strip()}")
        return Finish(True, f"Rack {session.rack_id} was released by {supervisor}.")

    def _still_sending(self, session_id: str) -> bool:
        totals = self.records.totals(session_id)
        return totals["unsynced"] > totals["blocked"]

    def relogged_in(self) -> None:
        """The same person logged in again after the token expired: carry on where everything stopped."""
        self._pause_sync(False)
        if self.active is not None and self.active.status == "active":
            self.heartbeat.resume()

    def _end(self, why: str) -> None:
        if self.active is not None:
            self.sessions.set_status(self.active.session_id, "ended")
        if self.heartbeat.lease is not None:
            self.heartbeat.lease.released()
        self.heartbeat.stop()
        self.active = None
        self.session_ended.emit(why)

    def leave_lost_session(self) -> None:
        """The counter read that the rack was lost: back to the racks (the lines stay queued)."""
        self._end("The rack was taken by another session; what you counted is kept and will be sent.")

    # --- events -------------------------------------------------------------------------------

    def _on_lease_lost(self, view: LeaseView) -> None:
        who = view.holder or "another session"
        sentence = f"Rack {view.rack_id} was taken by {who}. Scanning has stopped; what you counted is kept."
        self.counting.stop_scanning(sentence)
        if self.active is not None:
            self.sessions.set_status(self.active.session_id, "lost")
        self.lease_lost.emit(view)

    def _on_away(self) -> None:
        self.heartbeat.pause()
        self._pause_sync(True)

    def _on_back(self) -> None:
        self._pause_sync(False)
        if self.active is not None and self.active.status == "active":
            self.heartbeat.resume()

    def _set_online(self, online: bool, sentence: str) -> None:
        if online != self.online:
            self.online = online
            self.connection_changed.emit(online, sentence)

    async def _api(self, call: Awaitable[T]) -> T:
        """Await a server call, keeping the connection state and the need to log in up to date."""
        try:
            result = await call
        except e.ServerUnavailable as down:
            self._set_online(False, down.sentence)
            raise
        except e.Unauthorized:
            self._set_online(True, "")
            self.needs_login.emit()
            raise
        self._set_online(True, "")
        return result

    def shutdown(self) -> None:
        """Stop the heartbeat and the live feed (the app then stops the sync worker and the store)."""
        self.heartbeat.stop()
        self.feed.stop()

    def stats(self) -> Stats | None:
        session = self.active
        if session is None:
            return None
        totals = self.records.totals(session.session_id)
        started = datetime.fromisoformat(session.claimed_at.replace("Z", "+00:00"))
        duration = max(0.0, (self.clock.wall() - started).total_seconds())
        pace = totals["pieces"] / (duration / 60) if duration >= 60 else float(totals["pieces"])
        return Stats(totals["pieces"], totals["pieces"] - totals["damaged"], totals["damaged"], totals["unsynced"],
                     round(pace, 1), duration)  # fmt: skip

    def lines(self) -> list[Line]:
        return self.records.lines(self.active.session_id) if self.active else []

    def unsynced(self) -> set[str]:
        """Ids of the active session's lines that have not reached the server."""
        return self.records.unsynced(self.active.session_id) if self.active else set()

    @property
    def lease_state(self) -> LeaseState | None:
        return self.heartbeat.lease.state if self.heartbeat.lease else None
