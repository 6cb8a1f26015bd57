"""The session's front door as the screens see it: what they may ask, and what they are told.

``Session``, ``Desk`` and ``Board`` are the verbs; ``SessionEvents`` the news.

Protocols, so that the ui depends on these few verbs and never on the modules behind them, which
reach the server and the local database. ``app.py`` hands the screens the real objects.
"""

from __future__ import annotations

from datetime import datetime
from typing import Protocol

from PySide6.QtCore import QObject, Signal

from station import contract
from station.domain.lease import LeaseState
from station.domain.lines import Item, Line
from station.domain.records import LineCount
from station.domain.wedge import Entry
from station.session.conflict_rows import ConflictRow, Listing, Settlement, Supervisor
from station.session.review import Review
from station.session.values import (
    Allowed,
    Failure,
    FloorSummary,
    FoundItem,
    RackTile,
    ScanOutcome,
    SessionRow,
    SessionStats,
)


class SessionEvents(QObject):
    """What the session tells the screens, whoever caused it (a person, the heartbeat, the sync thread).

    Signals:
        logged_in(UserInfo): someone logged in (also after logging in again).
        logged_out(): back to the log-in screen.
        session_started(OpenedRack): a rack is open for counting (claimed, or recovered after a restart).
        session_ended(str): the rack was finished, released or left; the sentence says which.
        lease_changed(LeaseStatus): every lease tick and transition.
        lease_lost(LeaseStatus): another session holds the rack: scanning has stopped.
        needs_login(): the sign-in expired; nothing is lost, the person logs in again.
        connection_changed(bool, str): whether the server answers, and if not, why.
        mode_changed(bool, int): damage mode, and the multiplier waiting (0 for none).
        racks_changed(): a rack was claimed, released or expired somewhere (the grid reloads).
        live_changed(bool): whether rack changes arrive live or are polled.
        queue_changed(int, int, int): lines waiting to sync, stalled, conflicts.
        progress(int, int): lines sent in the current sync pass, of how many.
        sync_trouble(str): why lines are not going out (a full disk, a refusal), or "" once they do.
    """

    logged_in = Signal(object)
    logged_out = Signal()
    session_started = Signal(object)
    session_ended = Signal(str)
    lease_changed = Signal(object)
    lease_lost = Signal(object)
    needs_login = Signal()
    connection_changed = Signal(bool, str)
    mode_changed = Signal(bool, int)
    racks_changed = Signal()
    live_changed = Signal(bool)
    queue_changed = Signal(int, int, int)
    progress = Signal(int, int)
    sync_trouble = Signal(str)


class Session(Protocol):
    """What a counter (or a supervisor at a counter's station) asks of the station."""

    @property
    def events(self) -> SessionEvents: ...

    @property
    def user(self) -> contract.UserInfo | None: ...

    @property
    def rack_id(self) -> str | None:
        """The rack being counted, if any."""

    @property
    def paused(self) -> bool: ...

    @property
    def lease_state(self) -> LeaseState | None: ...

    @property
    def allows(self) -> Allowed:
        """What the server lets a supervisor do from here: a screen offers nothing the server forbids."""

    def pin_notice(self) -> str:
        """After a PIN log-in, once per station: what the server's PIN log-in means for the warehouse, or ""."""

    def last_user(self) -> str: ...

    def last_floor(self) -> str: ...

    async def log_in(self, username: str, secret: str, *, password: bool) -> Failure | None: ...

    async def log_in_again(self, secret: str, *, password: bool) -> Failure | None: ...

    async def log_out(self) -> None: ...

    async def recover(self) -> bool | Failure: ...

    async def floors(self) -> list[FloorSummary] | Failure: ...

    async def racks(self, floor: str) -> list[RackTile] | Failure: ...

    async def claim(self, rack_id: str, floor: str) -> Failure | None: ...

    async def scan(self, entry: Entry) -> ScanOutcome: ...

    def count_serials(self, item: Item, quantity: int, serials: tuple[str, ...], *, manual: bool) -> ScanOutcome: ...

    def record_unknown(self, code: str, quantity: int, *, manual: bool) -> ScanOutcome: ...

    def find_items(self, text: str) -> list[FoundItem]: ...

    def toggle_damage(self) -> bool: ...

    def undo(self) -> ScanOutcome: ...

    def edit(self, line: Line, count: LineCount) -> ScanOutcome: ...

    async def pause(self) -> str | Failure: ...

    async def resume(self) -> str | Failure: ...

    def review(self) -> Review | Failure:
        """F10's first step: counted against expected, and the lines still waiting; nothing changes."""

    async def finish(self) -> Failure | None: ...

    async def release_anyway(self, supervisor: str, token: str, note: str) -> Failure | None: ...

    def leave_lost_session(self) -> None: ...

    def lines(self) -> list[Line]: ...

    def unsynced(self) -> set[str]: ...

    def stats(self) -> SessionStats | None: ...

    def set_away(self, away: bool) -> None: ...

    def sync_now(self) -> None: ...


class Desk(Protocol):
    """The F9 dialog's conflicts and decisions (``conflict_desk.ConflictDesk``)."""

    @property
    def holding(self) -> bool: ...

    async def authorise(self, username: str, pin: str) -> Supervisor | Failure: ...

    async def load(self, supervisor: Supervisor) -> Listing: ...

    async def resolve(
        self,
        supervisor: Supervisor,
        rows: list[ConflictRow],
        resolution: contract.Resolution,
        note: str,
        merged: contract.MergedCount | None = None,
    ) -> Settlement: ...

    async def send_unsent(self, supervisor: Supervisor | None = None) -> Settlement: ...

    async def sign_off(self, supervisor: Supervisor) -> None: ...


class Board(Protocol):
    """The F7 supervisor view's data (``supervision.SupervisorBoard``)."""

    def now(self) -> datetime: ...

    async def sessions(self) -> tuple[list[SessionRow], list[SessionRow]] | Failure: ...

    async def history(self, rack_id: str) -> list[contract.AuditEntry] | Failure: ...

    async def release(self, rack_id: str, note: str) -> str | Failure: ...
