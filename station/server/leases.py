"""Rack leases behind one interface: claim, renew, release, inspect; with fencing tokens.

Rules both stores keep (Redis' lock guidance, with Kleppmann's fencing):

* Claim sets the lease only if nobody holds it (``SET NX PX`` with the session as owner value).
* Renew and release act only while the lease still holds the caller's value, in one atomic step.
* Each rack has a fencing token that grows by one whenever a *different* session takes it; a session
  re-taking its own rack keeps its token. The token never falls below the database's copy, so a
  Redis that lost its data cannot hand out a token an older record already carries.
* A lease that expired while nobody else took the rack is re-taken by the same session on its next
  renewal, with the same token.

This module holds the interface and the in-process store; ``leases_redis`` the Redis one.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

from station.domain.clock import Clock


@dataclass(frozen=True)
class LeaseGrant:
    """The outcome of a claim or renewal.

    Attributes:
        acquired: whether the caller holds the lease now.
        token: the rack's fencing token now.
        holder_session: the session holding the rack (the caller's when acquired), if any.
        holder_user: that session's user.
        ttl_s: seconds the lease has left (0 when nobody holds it).
        retaken: the caller's lease had expired and was taken again (renewal only).
    """

    acquired: bool
    token: int
    holder_session: str | None
    holder_user: str | None
    ttl_s: float
    retaken: bool = False


@dataclass(frozen=True)
class LeaseInfo:
    """A lease currently held."""

    session_id: str
    username: str
    token: int
    ttl_s: float


class LeaseStore(Protocol):
    """Where rack leases live: this process's memory, or Redis shared by several processes."""

    async def claim(self, rack_id: str, session_id: str, username: str, ttl_s: float, floor_token: int) -> LeaseGrant:
        """Take the rack for ``session_id`` unless another session holds it."""
        ...

    async def renew(self, rack_id: str, session_id: str, username: str, ttl_s: float) -> LeaseGrant:
        """Extend the caller's lease, or re-take it if it expired and nobody else took the rack."""
        ...

    async def release(self, rack_id: str, session_id: str) -> bool:
        """Give the lease up if the caller holds it; whether it did."""
        ...

    async def inspect(self, rack_ids: Sequence[str]) -> dict[str, LeaseInfo]:
        """The held leases among ``rack_ids``, in one round trip."""
        ...

    async def close(self) -> None:
        """Let go of connections."""
        ...


def owner_value(session_id: str, username: str) -> str:
    """The value a lease holds: the session, and its user for "locked by" messages."""
    return f"{session_id}\t{username}"


def split_owner(value: str | None) -> tuple[str | None, str | None]:
    if not value:
        return None, None
    session_id, _, username = value.partition("\t")
    return session_id, username or None


@dataclass
class _Held:
    value: str
    expires: float  # monotonic


class MemoryLeaseStore:
    """Leases in this process's memory: the default for one server process and for ``--demo``.

    Every method runs on the event loop without awaiting in between, so each one is atomic.
    """

    def __init__(self, clock: Clock) -> None:
        self._clock = clock
        self._held: dict[str, _Held] = {}
        self._tokens: dict[str, int] = {}
        self._last: dict[str, str] = {}

    def _live(self, rack_id: str) -> _Held | None:
        held = self._held.get(rack_id)
        if held is not None and held.expires <= self._clock.monotonic():
            del self._held[rack_id]
            return None
        return held

    def _ttl(self, held: _Held | None) -> float:
        return max(0.0, held.expires - self._clock.monotonic()) if held else 0.0

    def _grant(self, rack_id: str, held: _Held | None, *, acquired: bool, retaken: bool = False) -> LeaseGrant:
        session, user = split_owner(held.value if held else None)
        return LeaseGrant(acquired, self._tokens.get(rack_id, 0), session, user, self._ttl(held), retaken)

    async def claim(self, rack_id: str, session_id: str, username: str, ttl_s: float, floor_token: int) -> LeaseGrant:
        value = owner_value(session_id, username)
        held = self._live(rack_id)
        if held is not None and held.value != value:
            return self._grant(rack_id, held, acquired=False)
        token = self._tokens.get(rack_id, 0)
        if self._last.get(rack_id) == session_id:
            token = max(token, floor_token)
        else:
            token = max(token + 1, floor_token + 1)
            self._last[rack_id] = session_id
        self._tokens[rack_id] = token
        held = self._held[rack_id] = _Held(value, self._clock.monotonic() + ttl_s)
        return self._grant(rack_id, held, acquired=True)

    async def renew(self, rack_id: str, session_id: str, username: str, ttl_s: float) -> LeaseGrant:
        value = owner_value(session_id, username)
        held = self._live(rack_id)
        if held is not None and held.value != value:
            return self._grant(rack_id, held, acquired=False)
        retaken = held is None
        if retaken and self._last.get(rack_id) != session_id:
            return self._grant(rack_id, None, acquired=False)
        held = self._held[rack_id] = _Held(value, self._clock.monotonic() + ttl_s)
        return self._grant(rack_id, held, acquired=True, retaken=retaken)

    async def release(self, rack_id: str, session_id: str) -> bool:
        held = self._live(rack_id)
        if held is None or split_owner(held.value)[0] != session_id:
            return False
        del self._held[rack_id]
        return True

    async def inspect(self, rack_ids: Sequence[str]) -> dict[str, LeaseInfo]:
        found: dict[str, LeaseInfo] = {}
        for rack_id in rack_ids:
            held = self._live(rack_id)
            if held is not None:
                session, user = split_owner(held.value)
                found[rack_id] = LeaseInfo(session or "", user or "", self._tokens.get(rack_id, 0), self._ttl(held))
        return found

    async def close(self) -> None:
        self._held.clear()
