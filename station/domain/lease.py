"""The rack lease as the station sees it: held, at risk, expired, lost or released.

The server is the authority on who holds a rack; the station only knows what the last answer said
and how much time has passed since. Time passed is read from two clocks and the larger wins: the
monotonic clock is immune to the wall clock being set, but on Linux it stands still while a laptop
is suspended, and a station that slept for ten minutes must not believe its lease is fine
(the jeopardy idea of Chubby: show the countdown, then stop, rather than guess).

Transitions::

    HELD ──renewal late / TTL low / renewal failed──▶ AT_RISK ──TTL ran out──▶ EXPIRED
      ▲                                                  │                        │
      └─────────────────────── renewed ◀─────────────────┴────────────────────────┘
    any ──server says another session holds it, or someone else released the rack──▶ LOST
    any ──released──▶ RELEASED
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from station.domain.clock import Clock
from station.i18n import translate

LATE_FACTOR = 1.5
"""A renewal is late when this many heartbeat intervals passed without one."""


class LeaseState(StrEnum):
    """Where the station's lease on its rack stands."""

    HELD = "held"
    AT_RISK = "at_risk"
    EXPIRED = "expired"
    LOST = "lost"
    RELEASED = "released"

    @property
    def may_scan(self) -> bool:
        """Scanning goes on while the lease is held or merely at risk."""
        return self in (LeaseState.HELD, LeaseState.AT_RISK)


@dataclass(frozen=True)
class LeaseTransition:
    """A change of state, with the reason in words for the log and the status bar."""

    before: LeaseState
    after: LeaseState
    reason: str


class Lease:
    """The station's view of its lease on one rack.

    Every method that learns something returns the ``LeaseTransition`` it caused, or ``None`` when
    the state did not change; the Qt layer turns transitions into signals.
    """

    def __init__(
        self,
        clock: Clock,
        *,
        rack_id: str,
        session_id: str,
        ttl: float,
        heartbeat_interval: float,
        lock_token: int | None = None,
    ) -> None:
        if ttl <= 0 or heartbeat_interval <= 0:
            raise ValueError("a lease needs a positive TTL and heartbeat interval")
        self._clock = clock
        self.rack_id = rack_id
        self.session_id = session_id
        self.heartbeat_interval = heartbeat_interval
        self.lock_token = lock_token
        self.holder: str | None = None
        self.released_by: str | None = None
        """Who released the rack under this session (a supervisor), when that is how it was lost."""
        self.note = ""
        self._state = LeaseState.HELD
        self._ttl = ttl
        self._ttl_full = ttl
        self._renewed_mono = clock.monotonic()
        self._renewed_wall = clock.wall()

    @property
    def state(self) -> LeaseState:
        return self._state

    def elapsed(self) -> float:
        """Seconds since the last good renewal, by whichever clock says more."""
        mono = self._clock.monotonic() - self._renewed_mono
        wall = (self._clock.wall() - self._renewed_wall).total_seconds()
        return max(mono, wall, 0.0)

    def remaining(self) -> float:
        """Seconds of lease left as far as this station can know (0 once run out)."""
        if self._state in (LeaseState.LOST, LeaseState.RELEASED):
            return 0.0
        return max(0.0, self._ttl - self.elapsed())

    def at_risk_below(self) -> float:
        """The TTL under which the lease counts as at risk."""
        return min(self.heartbeat_interval, self._ttl_full / 2)

    def tick(self) -> LeaseTransition | None:
        """Re-read the clocks: a lease may become at risk or expire with no answer at all."""
        if self._state not in (LeaseState.HELD, LeaseState.AT_RISK):
            return None
        elapsed = self.elapsed()
        if elapsed >= self._ttl:
            return self._move(LeaseState.EXPIRED, f"no renewal for {elapsed:.0f} s; the {self._ttl:.0f} s TTL ran out")
        if self._state is LeaseState.HELD:
            if elapsed > self.heartbeat_interval * LATE_FACTOR:
                return self._move(LeaseState.AT_RISK, f"renewal late: none for {elapsed:.0f} s")
            if self._ttl - elapsed < self.at_risk_below():
                return self._move(LeaseState.AT_RISK, f"TTL low: {self._ttl - elapsed:.0f} s left")
        return None

    def renewed(self, ttl_remaining: float, *, lock_token: int | None = None) -> LeaseTransition | None:
        """The server renewed (or re-took) the lease for this session."""
        if self._state in (LeaseState.LOST, LeaseState.RELEASED):
            return None
        if ttl_remaining <= 0:
            return self.lost(None)
        self._ttl = ttl_remaining
        self._ttl_full = max(self._ttl_full, ttl_remaining)
        self._renewed_mono = self._clock.monotonic()
        self._renewed_wall = self._clock.wall()
        if lock_token is not None:
            self.lock_token = lock_token
        reason = "re-taken after it expired" if self._state is LeaseState.EXPIRED else "renewed"
        transition = self._move(LeaseState.HELD, reason)
        return transition if transition is not None else self.tick()

    def renewal_failed(self, why: str) -> LeaseTransition | None:
        """A heartbeat got no answer (network down, server error): jeopardy, not loss."""
        transition = self.tick()
        if transition is not None or self._state is not LeaseState.HELD:
            return transition
        return self._move(LeaseState.AT_RISK, f"renewal failed: {why}")

    def lost(self, holder: str | None) -> LeaseTransition | None:
        """The server says the lease is gone, or another session holds the rack."""
        if self._state in (LeaseState.LOST, LeaseState.RELEASED):
            return None
        self.holder = holder
        who = f"{holder} holds the rack now" if holder else "the server no longer holds it for this session"
        return self._move(LeaseState.LOST, who)

    def released_elsewhere(self, by: str, note: str = "") -> LeaseTransition | None:
        """Someone else (a supervisor) released the rack: this session's count is over here."""
        if self._state in (LeaseState.LOST, LeaseState.RELEASED):
            return None
        self.released_by, self.note = by, note.strip()
        return self._move(LeaseState.LOST, f"released by {by}" + (f": {self.note}" if self.note else ""))

    def released(self) -> LeaseTransition | None:
        """The station released the rack (finished, or gave it up)."""
        return self._move(LeaseState.RELEASED, "released")

    def _move(self, after: LeaseState, reason: str) -> LeaseTransition | None:
        before = self._state
        if before is after:
            return None
        self._state = after
        return LeaseTransition(before, after, reason)


def released_sentence(rack_id: str, by: str, note: str = "") -> str:
    """What the counter reads when someone else released their rack: who, why, and that nothing is lost."""
    named = by.lower().startswith("supervisor")  # "supervisor" already in the name: not said twice
    if note and named:
        sentence = translate("lease", "Rack {rack} was released by {by}: {note}. What you counted is kept.")
    elif note:
        sentence = translate("lease", "Rack {rack} was released by supervisor {by}: {note}. What you counted is kept.")
    elif named:
        sentence = translate("lease", "Rack {rack} was released by {by}. What you counted is kept.")
    else:
        sentence = translate("lease", "Rack {rack} was released by supervisor {by}. What you counted is kept.")
    return sentence.format(rack=rack_id, by=by, note=note.rstrip("."))
