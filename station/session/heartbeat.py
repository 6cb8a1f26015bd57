"""The heartbeat: a QTimer that renews the rack's lease, and a ticker that keeps the countdown true.

The domain's ``Lease`` decides what each answer means (held, at risk, expired, lost); this object
only asks the server and reports. It stops while the station is away (minimised) and, back, beats
once at once. A live rack event that says the rack was released or taken by someone else stops the
lease at once, without waiting for the next beat.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable
from typing import TypeVar

from PySide6.QtCore import QObject, QTimer, Signal

from station import contract
from station.api import errors
from station.api.client import ServerClient
from station.domain.clock import Clock
from station.domain.lease import Lease, LeaseState, LeaseTransition
from station.session.values import LeaseStatus

log = logging.getLogger(__name__)
T = TypeVar("T")

TICK_MS = 1000


class Heartbeat(QObject):
    """Renews one lease every ``interval_s`` seconds.

    Signals:
        changed(LeaseStatus): every tick and every transition.
        lost(LeaseStatus): another session holds the rack; scanning must stop.
        unauthorized(): the token expired: log in again (the lease keeps its own clock meanwhile).
        reached(bool, str): whether the server answered, and if not, why, as a sentence.
        renewed(str, object): the server renewed the session's lease, holding this fencing token.
    """

    changed = Signal(object)
    lost = Signal(object)
    unauthorized = Signal()
    reached = Signal(bool, str)
    renewed = Signal(str, object)

    def __init__(self, client: ServerClient, clock: Clock, interval_s: float) -> None:
        super().__init__()
        self._client = client
        self._clock = clock
        self.interval_s = interval_s
        self.lease: Lease | None = None
        self.beats = 0
        self._timer = QTimer(self)
        self._timer.setObjectName("heartbeat")
        self._timer.setInterval(round(interval_s * 1000))
        self._timer.timeout.connect(self._on_timer)
        self._ticker = QTimer(self)
        self._ticker.setObjectName("lease-countdown")
        self._ticker.setInterval(TICK_MS)
        self._ticker.timeout.connect(self.tick)
        self._in_flight: asyncio.Future[None] | None = None
        self._releasing = False
        self._conflicts = 0

    @property
    def running(self) -> bool:
        return self._timer.isActive()

    def start(self, lease: Lease) -> None:
        self.lease = lease
        self._timer.start()
        self._ticker.start()
        self._emit(None)

    def stop(self) -> None:
        self._timer.stop()
        self._ticker.stop()
        if self._in_flight is not None and not self._in_flight.done():
            self._in_flight.cancel()

    def pause(self) -> None:
        """Away: no heartbeats (the lease's own clock keeps running and may say at risk)."""
        self._timer.stop()

    def resume(self) -> None:
        """Back: beat once at once, then on the interval again."""
        if self.lease is None or self.lease.state is LeaseState.RELEASED:
            return
        self._timer.start()
        self._on_timer()

    def tick(self) -> None:
        if self.lease is not None:
            self._emit(self.lease.tick())

    def _on_timer(self) -> None:
        if self._in_flight is None or self._in_flight.done():
            self._in_flight = asyncio.ensure_future(self.beat())

    async def beat(self) -> None:
        """One renewal; what it meant goes out through the signals."""
        lease = self.lease
        if lease is None or lease.state in (LeaseState.LOST, LeaseState.RELEASED):
            return
        self.beats += 1
        try:
            answer = await self._client.heartbeat(lease.session_id)
        except errors.LeaseConflict as conflict:
            self.reached.emit(True, "")
            released = conflict.released
            self._emit(lease.released_elsewhere(*released) if released else lease.lost(conflict.holder))
            return
        except errors.Unauthorized:
            self.unauthorized.emit()
            self._emit(lease.renewal_failed("sign-in expired"))
            return
        except errors.ApiError as failure:
            log.warning("heartbeat failed: %s (%s)", failure.sentence, failure.detail)
            self.reached.emit(not isinstance(failure, errors.ServerUnavailable), failure.sentence)
            self._emit(lease.renewal_failed(failure.sentence))
            return
        self.reached.emit(True, "")
        if answer.rack_lock_renewed:
            self._emit(lease.renewed(answer.lock_ttl_remaining or lease.remaining(), lock_token=answer.lock_token))
            self.renewed.emit(lease.session_id, lease.lock_token)
        else:
            self._emit(lease.lost(None))

    async def releasing(self, call: Awaitable[T]) -> T:
        """Await this station's own release of its rack: the rack event it causes is not someone else's."""
        self._releasing = True
        try:
            return await call
        finally:
            self._releasing = False

    def on_rack_event(self, update: contract.RackUpdate, me: contract.UserInfo | None) -> None:
        """A live rack event: this rack released or claimed by someone else stops the lease at once.

        An event that does not say who (StockVerify's) is checked with a heartbeat at once instead.
        """
        lease = self.lease
        if lease is None or update.rack_id != lease.rack_id or self._releasing:
            return
        data, name = update.data, me.username if me else None
        by, owner = str(data.get("released_by") or ""), str(data.get("claimed_by") or "")
        if update.event == "released" and by:
            if by != name and owner in ("", name):  # a release of an earlier session names its counter
                self._emit(lease.released_elsewhere(by, str(data.get("note") or "")))
        elif update.event == "claimed" and owner:
            if owner != name:
                self._emit(lease.lost(owner))
        elif update.event in ("released", "expired") and self._timer.isActive():
            self._on_timer()

    def on_conflicts(self, conflicts: int) -> None:
        """More lines refused: the rack may have been released or taken (and the live feed is down, or it
        would have said so). Ask the server now rather than at the next beat."""
        more, self._conflicts = conflicts > self._conflicts, conflicts
        if more and self._timer.isActive():
            self._on_timer()

    def _emit(self, transition: LeaseTransition | None) -> None:
        lease = self.lease
        if lease is None:
            return
        view = LeaseStatus(
            state=lease.state,
            remaining=lease.remaining(),
            holder=lease.holder,
            reason=transition.reason if transition else "",
            rack_id=lease.rack_id,
            released_by=lease.released_by,
            note=lease.note,
        )
        if transition is not None:
            log.info(
                "lease on %s: %s -> %s (%s)", lease.rack_id, transition.before, transition.after, transition.reason
            )
            if transition.after is LeaseState.EXPIRED and self._timer.isActive():
                self._on_timer()  # try to take the rack back at once: the server does if nobody else has
        self.changed.emit(view)
        if transition is not None and transition.after is LeaseState.LOST:
            self.stop()
            self.lost.emit(view)  # after ``changed``: what the screen says of the loss is the last word
