"""``StationSession``: the session's one front door — every verb a screen may use, and its events.

Behind it, all private: the server client, the local store, the heartbeat and the live feed. Each verb
answers a value or a ``Failure`` with a sentence (``ApiError`` and ``StoreError`` never leave here);
what happens unasked (the lease, the connection, the sync thread) goes out through ``events``.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from functools import partial
from typing import TypeVar

from station import contract
from station.api import errors
from station.api.client import ServerClient
from station.config import Settings
from station.domain.clock import Clock, utc_iso
from station.domain.lease import Lease, LeaseState
from station.domain.lines import Counting, Item, Line
from station.domain.records import LineCount
from station.domain.sessions import SessionState
from station.domain.wedge import Entry
from station.session import words
from station.session.claiming import Listed
from station.session.counting import CountingController
from station.session.failures import KNOWN, failure_of, sign_in_refused, sign_in_unavailable
from station.session.finding import find_items
from station.session.finishing import allowed, disagreement, hand_back, not_yet, review_rack, wait_until_sent
from station.session.gate import left_sentence, why_not_scanning
from station.session.heartbeat import Heartbeat
from station.session.listing import floor_summary, rack_tile, session_stats
from station.session.notices import pin_notice, recall
from station.session.ports import SessionEvents
from station.session.presence import Presence
from station.session.rack_feed import RackFeed
from station.session.recovery import fresh, recover
from station.session.review import Review
from station.session.values import (
    Allowed,
    Failure,
    FloorSummary,
    FoundItem,
    LeaseStatus,
    OpenedRack,
    RackTile,
    ScanOutcome,
    SessionStats,
    Verdict,
)
from station.store.catalogue import Catalogue
from station.store.errors import StoreError
from station.store.records import Records
from station.store.sessions import ActiveSession, Sessions

log = logging.getLogger(__name__)
T = TypeVar("T")

FINISH_WAIT_S = 60.0
"""How long F10 waits for the last lines to reach the server before saying they have not."""


class StationSession:
    """The station's counting session, as the screens use it (``ports.Session``)."""

    def __init__(
        self,
        settings: Settings,
        client: ServerClient,
        records: Records,
        catalogue: Catalogue,
        sessions: Sessions,
        clock: Clock,
        *,
        wake_sync: Callable[[], None] = lambda: None,
        pause_sync: Callable[[bool], None] = lambda paused: None,
        sync_now: Callable[[], None] = lambda: None,
    ) -> None:
        self.events = SessionEvents()
        self._settings = settings
        self._client = client
        self._records = records
        self._catalogue = catalogue
        self._sessions = sessions
        self._clock = clock
        self._wake_sync = wake_sync
        self._pause_sync = pause_sync
        self._sync_now = sync_now
        self._counting = CountingController(records, catalogue, client)
        self._counting.on_written = wake_sync
        self._counting.gate = self._why_not_scanning
        self._counting.mode_changed.connect(self.events.mode_changed)
        self._heartbeat = Heartbeat(client, clock, settings.session.heartbeat_interval_s)
        self._heartbeat.changed.connect(self.events.lease_changed)
        self._heartbeat.lost.connect(self._on_lease_lost)
        self._heartbeat.unauthorized.connect(self.events.needs_login)
        self._heartbeat.reached.connect(self._set_online)
        self._heartbeat.renewed.connect(self._on_renewed)
        self._feed = RackFeed(settings.server.ca_bundle, settings.server.proxy)
        client.credentials.listen(self._feed.set_token)  # a renewed token serves the next reconnection
        self._feed.updated.connect(lambda update: self._heartbeat.on_rack_event(update, self._user))
        self.events.queue_changed.connect(lambda _waiting, _stalled, conflicts: self._heartbeat.on_conflicts(conflicts))
        self._feed.updated.connect(lambda _update: self.events.racks_changed.emit())
        self._feed.poll.connect(self.events.racks_changed)
        self._feed.live_changed.connect(self.events.live_changed)
        self._presence = Presence()
        self._presence.away.connect(self._on_away)
        self._presence.back.connect(self._on_back)
        self._active: ActiveSession | None = None
        self._user: contract.UserInfo | None = None
        self._online = True
        self._listed = Listed()  # what each floor's racks were, so that only those are claimed

    # --- what the screens read ------------------------------------------------------------------

    @property
    def user(self) -> contract.UserInfo | None:
        return self._user

    @property
    def rack_id(self) -> str | None:
        return self._active.rack_id if self._active else None

    @property
    def session_id(self) -> str | None:
        return self._active.session_id if self._active else None

    @property
    def paused(self) -> bool:
        return self._active is not None and self._active.status is SessionState.PAUSED

    @property
    def away(self) -> bool:
        return self._presence.is_away

    @property
    def lease_state(self) -> LeaseState | None:
        return self._heartbeat.lease.state if self._heartbeat.lease else None

    @property
    def allows(self) -> Allowed:
        return allowed(self._client.profile)

    def pin_notice(self) -> str:
        return pin_notice(self._sessions, self._client.profile)

    def last_user(self) -> str:
        return recall(self._sessions, "last_user")

    def last_floor(self) -> str:
        return recall(self._sessions, "last_floor")

    def lines(self) -> list[Line]:
        return self._read(self._records.lines, [])

    def unsynced(self) -> set[str]:
        """Ids of the active session's lines that have not reached the server."""
        return self._read(self._records.unsynced, set())

    def _read(self, read: Callable[[str], T], empty: T) -> T:
        """``read`` of the active session, or ``empty`` without one (or when the database cannot say)."""
        if self._active is None:
            return empty
        try:
            return read(self._active.session_id)
        except StoreError as broken:
            failure_of(broken)
            return empty

    def stats(self) -> SessionStats | None:
        totals, active = self._read(self._records.totals, None), self._active
        return session_stats(totals, active, self._clock.wall()) if totals and active else None

    # --- log-in ---------------------------------------------------------------------------------

    async def log_in(self, username: str, secret: str, *, password: bool) -> Failure | None:
        """Log in with a PIN (or a password)."""
        try:
            answer = await self._api(
                self._client.login(username, secret) if password else self._client.login_pin(username, secret),
                signing_in=True,
            )
        except errors.Unauthorized as wrong:
            return sign_in_refused(wrong, words.wrong_secret(password))
        except errors.ApiError as failure:
            return sign_in_unavailable(failure, self._settings.server.url)
        self._user = answer.user or contract.UserInfo(username=username)
        self._quietly(lambda: self._sessions.remember("last_user", username))
        # Lines queued before this log-in (a restart) were refused for want of a token: the worker goes again.
        self._pause_sync(False)
        self._wake_sync()
        self._feed.start(self._settings.server.url, answer.access_token)
        self.events.logged_in.emit(self._user)
        return None

    async def log_in_again(self, secret: str, *, password: bool) -> Failure | None:
        """The same person, after the sign-in expired: carry on where everything stopped."""
        if self._user is None:
            return Failure(words.nobody_here())
        failure = await self.log_in(self._user.username, secret, password=password)
        if failure is None and self._active is not None and self._active.status is SessionState.ACTIVE:
            self._heartbeat.resume()
        return failure

    async def log_out(self) -> None:
        """The log-in screen is next; the log-in ends on the server too when it can be reached (the token
        is forgotten here either way). Counted lines stay queued."""
        self._feed.stop()
        self._user = None
        self.events.logged_out.emit()
        await self._client.logout()

    # --- floors and racks -----------------------------------------------------------------------

    async def floors(self) -> list[FloorSummary] | Failure:
        try:
            names = await self._api(self._client.floors())
            return [floor_summary(name, await self._api(self._client.racks(name))) for name in names]
        except errors.ApiError as failure:
            return failure_of(failure)

    async def racks(self, floor: str) -> list[RackTile] | Failure:
        self._quietly(lambda: self._sessions.remember("last_floor", floor))
        try:
            racks = self._listed.seen(floor, await self._api(self._client.racks(floor)))
        except errors.ApiError as failure:
            return failure_of(failure)
        me = self._user.username if self._user else None
        return [rack_tile(rack, me) for rack in racks]

    async def claim(self, rack_id: str, floor: str) -> Failure | None:
        """Claim a rack and open it for counting."""
        rack_id = rack_id.strip().upper()
        try:
            if unknown := await self._listed.unknown(rack_id, floor, lambda: self._api(self._client.racks(floor))):
                return unknown
            claim = await self._api(self._client.claim(rack_id, floor))
            fresh = self._fresh(claim.session_id, rack_id, claim.floor or floor, claim.lock_token, claim.lock_ttl)
            await self._open(fresh, self._listed.recount_note(rack_id))
        except KNOWN as failure:
            return failure_of(failure)
        return None

    async def recover(self) -> bool | Failure:
        """After a restart: go back to the session this station (or this user) was counting; whether it did."""
        if self._user is None:
            return False
        try:
            return await self._recover(self._user.username)
        except KNOWN as failure:
            return failure_of(failure)

    async def _recover(self, username: str) -> bool:
        local = self._sessions.active(username)
        try:
            mine = await self._api(self._client.my_racks())
        except errors.ApiError:
            mine = []
        return await recover(
            local, mine, online=self._online, open_rack=self._open, beat=self._heartbeat.beat,
            granted=lambda rack: self._fresh(rack.session_id or "", rack.rack_id, rack.floor, rack.lock_token, 60.0),
        )  # fmt: skip

    def _fresh(self, session_id: str, rack_id: str, floor: str, token: int | None, ttl: float) -> ActiveSession:
        assert self._user is not None
        now = utc_iso(self._clock.wall())
        return fresh(self._user.username, self._settings.server.url, now, session_id, rack_id, floor, token, ttl)

    async def _open(self, active: ActiveSession, note: str = "") -> None:
        """Open a rack for counting (kept first: a store that cannot keep it raises ``StoreError``, and
        nothing is left half open). A paused session stays paused, without heartbeats, until F8."""
        rack_id, session_id = active.rack_id, active.session_id
        try:
            slice_ = await self._api(self._client.rack_items(rack_id))
            if slice_ is not None:
                self._catalogue.put_slice(rack_id, slice_)
        except errors.ApiError as failure:
            log.info("no catalogue slice for %s: %s", rack_id, failure.sentence)
        self._sessions.started(active)
        lines = self._counting.start(
            Counting(session_id=session_id, rack_id=rack_id, floor=active.floor, username=active.username,
                     lock_token=active.lock_token)
        )  # fmt: skip
        self._active = active
        interval = self._settings.session.heartbeat_interval_s
        lease = Lease(self._clock, rack_id=rack_id, session_id=session_id, ttl=active.lock_ttl,
                      heartbeat_interval=interval, lock_token=active.lock_token)  # fmt: skip
        self._heartbeat.start(lease)
        if active.status is SessionState.PAUSED:
            self._heartbeat.pause()
        self.events.session_started.emit(
            OpenedRack(
                session_id=session_id,
                rack_id=rack_id,
                floor=active.floor,
                username=active.username,
                lines=lines,
                expected=self._catalogue.expected(rack_id),
                blind=self._settings.counting.blind,
                note=note,
            )
        )

    # --- counting -------------------------------------------------------------------------------

    async def scan(self, entry: Entry) -> ScanOutcome:
        """A scan or a typed entry on the scanning screen; committed before it is said to count."""
        try:
            return await self._counting.enter(entry)
        except StoreError as broken:
            return ScanOutcome(Verdict.REJECTED, failure_of(broken).sentence)

    def count_serials(self, item: Item, quantity: int, serials: tuple[str, ...], *, manual: bool) -> ScanOutcome:
        """The serials a serialized item asked for were scanned: count it."""
        return self._if_counting(lambda: self._counting.count(item, quantity, serials=serials, manual=manual))

    def record_unknown(self, code: str, quantity: int, *, manual: bool) -> ScanOutcome:
        return self._if_counting(lambda: self._counting.record_unknown(code, quantity, manual=manual))

    def find_items(self, text: str) -> list[FoundItem]:
        """Ctrl+F: items by name or code (the rack's first), for a label that will not scan."""
        return find_items(self._catalogue, text, self.rack_id)

    def toggle_damage(self) -> bool:
        return self._counting.toggle_damage()

    def undo(self) -> ScanOutcome:
        return self._if_counting(self._counting.undo)

    def edit(self, line: Line, count: LineCount) -> ScanOutcome:
        return self._if_counting(lambda: self._counting.edit(line, count))

    def _if_counting(self, change: Callable[[], ScanOutcome]) -> ScanOutcome:
        """A change to the lines, made only while scans would be counted (never after F10, a loss, a pause)."""
        stopped = self._why_not_scanning()
        return ScanOutcome(Verdict.STOPPED, stopped) if stopped else change()

    # --- pause and finish -----------------------------------------------------------------------

    async def pause(self) -> str | Failure:
        """F8: pause the rack (no heartbeats needed while paused)."""
        return await self._set_paused(True)

    async def resume(self) -> str | Failure:
        return await self._set_paused(False)

    async def _set_paused(self, pause: bool) -> str | Failure:
        session = self._active
        if session is None:
            return Failure(words.nothing_counted())
        try:
            await self._api(self._client.pause(session.rack_id) if pause else self._client.resume(session.rack_id))
            changed = session.pausing(pause, self._clock.wall())
            self._sessions.pause_changed(changed)
        except KNOWN as failure:
            return failure_of(failure)
        self._active = changed
        if not pause:
            self._heartbeat.resume()
            return words.paused(session.rack_id, False)
        self._heartbeat.pause()
        return words.paused(session.rack_id, True)

    def review(self) -> Review | Failure:
        """F10 first: what was counted against what the rack expects, and what still waits; nothing changes."""
        if (active := self._active) is None:
            return Failure(words.nothing_counted())
        try:
            blind = self._settings.counting.blind
            return review_rack(self._records, self._catalogue, active.session_id, active.rack_id, blind=blind)
        except StoreError as broken:
            return failure_of(broken)

    async def finish(self, wait_s: float = FINISH_WAIT_S) -> Failure | None:
        """F10: send every line, check the server agrees, and only then release the rack."""
        session = self._active
        if session is None:
            return Failure(words.nothing_counted())
        try:
            self._records.finalize(session.session_id)
            self._wake_sync()
            local = await wait_until_sent(self._records, session.session_id, self._clock, wait_s)
        except StoreError as broken:
            return failure_of(broken)
        if (refused := not_yet(local, self._client.profile)) is not None:
            return refused
        try:
            stats = await self._api(self._client.session_stats(session.session_id))
            if (differs := disagreement(local, stats, self._client.profile, self.lines())) is not None:
                return differs
            await self._api(self._heartbeat.releasing(hand_back(self._client, session.rack_id, session.session_id)))
        except errors.ApiError as failure:
            return failure_of(failure)
        self._end(words.finished(session.rack_id, local.pieces, local.lines))
        return None

    async def release_anyway(self, supervisor: str, token: str, note: str) -> Failure | None:
        """The F10 gate: a supervisor releases the rack although the counts disagree, with a note
        (audited on the server). Lines still waiting stay queued or wait for a decision (F9)."""
        session = self._active
        if session is None:
            return Failure(words.nothing_counted())
        if not note.strip():
            return Failure(words.note_needed())
        try:
            release = self._client.release(session.rack_id, f"released anyway: {note.strip()}", token=token)
            await self._api(self._heartbeat.releasing(release))
        except errors.ApiError as failure:
            return failure_of(failure)
        self._end(words.released_anyway(session.rack_id, supervisor, note.strip()))
        return None

    def leave_lost_session(self) -> None:
        """The counter read that the rack was lost: back to the racks (the lines stay queued)."""
        self._end(left_sentence(self.rack_id, self._heartbeat.lease))

    def _end(self, why: str) -> None:
        if self._active is not None:
            self._quietly(partial(self._sessions.set_status, self._active.session_id, SessionState.ENDED))
        if self._heartbeat.lease is not None:
            self._heartbeat.lease.released()
        self._heartbeat.stop()
        self._active = None
        self.events.session_ended.emit(why)

    # --- presence, sync, shutdown ---------------------------------------------------------------

    def set_away(self, away: bool) -> None:
        """The window was minimised or hidden (or shown again): heartbeat and sync pause (or resume)."""
        self._presence.set_away(away)

    def sync_now(self) -> None:
        """Send every waiting line now, stalled ones included."""
        self._sync_now()

    def shutdown(self) -> None:
        """Stop the heartbeat and the feed; the session is put down, not ended (a restart goes back to it)."""
        self._heartbeat.stop()
        self._feed.stop()
        self._active = None  # what the sync thread still says finds no rack: nothing reads the closed store

    # --- events ---------------------------------------------------------------------------------

    def _why_not_scanning(self) -> str:
        active = self._active
        if active is None:
            return words.claim_first()
        return why_not_scanning(active.rack_id, active.status, self._heartbeat.lease)

    def _on_lease_lost(self, lease: LeaseStatus) -> None:
        if self._active is not None:
            self._quietly(partial(self._sessions.set_status, self._active.session_id, SessionState.LOST))
        self.events.lease_lost.emit(lease)

    def _on_renewed(self, session_id: str, lock_token: int | None) -> None:
        self._quietly(lambda: self._sessions.heartbeat(session_id, lock_token))

    def _on_away(self) -> None:
        self._heartbeat.pause()
        self._pause_sync(True)

    def _on_back(self) -> None:
        self._pause_sync(False)
        if self._active is not None and self._active.status is SessionState.ACTIVE:
            self._heartbeat.resume()

    def _set_online(self, online: bool, sentence: str) -> None:
        if online != self._online:
            self._online = online
            self.events.connection_changed.emit(online, sentence)

    def _quietly(self, write: Callable[[], object]) -> None:
        """A write whose failure costs only a memory (the last user, a session's state after a restart)."""
        try:
            write()
        except StoreError as broken:
            failure_of(broken)

    async def _api(self, call: Awaitable[T], *, signing_in: bool = False) -> T:
        """Await a server call, keeping the connection state and the need to log in up to date."""
        try:
            result = await call
        except errors.ServerUnavailable as down:
            self._set_online(False, down.sentence)
            raise
        except errors.Unauthorized:
            self._set_online(True, "")
            if not signing_in:
                self.events.needs_login.emit()
            raise
        self._set_online(True, "")
        return result
