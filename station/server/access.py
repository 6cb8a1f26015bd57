"""Who may still act: each token's log-in and user checked against the database (cached briefly).

A token says who logged in and as what; the database says whether that is still so. Every request's
token is checked against its log-in (not ended by log-out), its user (still there, still active) and
the user's role *now*. Answers are kept for ``ttl_s`` (15 s by default) per log-in, so a deleted,
disabled or demoted user loses access within that time, and a busy station costs one small read
every ``ttl_s``, not one a request. Log-out forgets the entry at once in this process.
"""

from __future__ import annotations

import secrets
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import Connection, delete, insert, select, update

from station.contract import Role
from station.server import db
from station.server.security import Identity

CACHE_TTL_S = 15.0
MAX_ENTRIES = 10_000


@dataclass(frozen=True)
class Standing:
    """What the database says of one log-in: the user's role now, or why it no longer counts."""

    role: Role | None
    refusal: str = ""


class AccessCache:
    """Recent answers of ``standing``, per log-in id, on the server's clock."""

    def __init__(self, clock: Callable[[], float], ttl_s: float = CACHE_TTL_S) -> None:
        self._clock = clock
        self.ttl_s = ttl_s
        self._entries: dict[str, tuple[float, Standing]] = {}

    def get(self, login_id: str) -> Standing | None:
        entry = self._entries.get(login_id)
        if entry is None or self._clock() - entry[0] >= self.ttl_s:
            return None
        return entry[1]

    def put(self, login_id: str, standing: Standing) -> None:
        if len(self._entries) >= MAX_ENTRIES:
            self._entries.clear()
        self._entries[login_id] = (self._clock(), standing)

    def forget(self, login_id: str) -> None:
        self._entries.pop(login_id, None)


def standing(conn: Connection, who: Identity, now: float) -> Standing:
    """Whether ``who``'s log-in still holds, and the user's role now."""
    logins, users = db.logins, db.users
    row = conn.execute(
        select(logins.c.username, logins.c.ended_at, logins.c.expires_at, users.c.role, users.c.active)
        .select_from(logins.outerjoin(users, users.c.username == logins.c.username))
        .where(logins.c.id == who.login_id)
    ).first()
    if row is None or row.username != who.username or row.ended_at is not None or row.expires_at <= now:
        return Standing(None, "This sign-in has ended; log in again.")
    if row.role is None or not row.active:
        return Standing(None, "This user no longer exists or is disabled; log in again.")
    if row.role not in Role._value2member_map_:
        return Standing(None, "This user's role is not one the server knows; ask an admin.")
    return Standing(Role(row.role))


def start_login(conn: Connection, username: str, now: float, lasts_s: float) -> str:
    """Record a new log-in (and drop the ones long over); its id, which its tokens carry."""
    login_id = secrets.token_urlsafe(24)
    conn.execute(delete(db.logins).where(db.logins.c.expires_at < now - 24 * 3600))
    conn.execute(insert(db.logins).values(id=login_id, username=username, issued_at=now, expires_at=now + lasts_s))
    return login_id


def end_login(conn: Connection, login_id: str, username: str, now: float) -> bool:
    """End a log-in (log-out): its access and refresh tokens stop working. Whether it was open."""
    ended = conn.execute(
        update(db.logins)
        .where(db.logins.c.id == login_id, db.logins.c.username == username, db.logins.c.ended_at.is_(None))
        .values(ended_at=now)
    )
    return ended.rowcount > 0
