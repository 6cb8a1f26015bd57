"""The active counting session, kept so that a restart resumes where it stopped; and small memories."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime

from sqlalchemy import select, update
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from station.domain.clock import Clock, utc_iso
from station.domain.sessions import SessionState
from station.store.database import Store
from station.store.schema import meta, sessions


@dataclass(frozen=True)
class ActiveSession:
    """The rack this station is counting, as the last claim or heartbeat left it."""

    session_id: str
    username: str
    rack_id: str
    floor: str
    lock_token: int | None
    lock_ttl: float
    claimed_at: str
    last_heartbeat: str | None
    status: SessionState
    server_url: str
    paused_s: float = 0.0
    """Seconds spent paused before the current pause (the clock and the pace leave them out)."""
    paused_since: str | None = None
    """When the current pause began; ``None`` while counting."""

    def paused_for(self, now: datetime) -> float:
        """Seconds paused so far, the current pause included."""
        current = (now - parse_utc(self.paused_since)).total_seconds() if self.paused_since else 0.0
        return self.paused_s + max(0.0, current)

    def pausing(self, pause: bool, now: datetime) -> ActiveSession:
        """This session paused (F8) or resumed at ``now``: its status and its paused time."""
        if pause:
            since = self.paused_since or utc_iso(now)
            return replace(self, status=SessionState.PAUSED, paused_since=since)
        return replace(self, status=SessionState.ACTIVE, paused_s=self.paused_for(now), paused_since=None)


def parse_utc(text: str) -> datetime:
    """A time as ``utc_iso`` wrote it."""
    return datetime.fromisoformat(text.replace("Z", "+00:00"))


_RESUMABLE = (SessionState.ACTIVE, SessionState.PAUSED, SessionState.LOST)


class Sessions:
    """Where the active session lives between restarts."""

    def __init__(self, store: Store, clock: Clock) -> None:
        self._store = store
        self._clock = clock

    def started(self, session: ActiveSession) -> None:
        """A claim succeeded (or a session was recovered from the server): remember it."""
        values = {**session.__dict__, "status": session.status.value}
        statement = sqlite_insert(sessions).values(**values)
        with self._store.write() as conn:
            conn.execute(statement.on_conflict_do_update(index_elements=["session_id"], set_=values))

    def heartbeat(self, session_id: str, lock_token: int | None) -> None:
        """The server renewed the lease: when, and the fencing token it holds now (a restart uses it)."""
        with self._store.write() as conn:
            conn.execute(
                update(sessions)
                .where(sessions.c.session_id == session_id)
                .values(last_heartbeat=utc_iso(self._clock.wall()), lock_token=lock_token)
            )

    def set_status(self, session_id: str, status: SessionState) -> None:
        """Counting, paused, lost (another session took the rack) or ended."""
        with self._store.write() as conn:
            conn.execute(update(sessions).where(sessions.c.session_id == session_id).values(status=status.value))

    def pause_changed(self, session: ActiveSession) -> None:
        """Paused or resumed: the status and the paused time, kept across a restart."""
        values = {"status": session.status.value, "paused_s": session.paused_s, "paused_since": session.paused_since}
        with self._store.write() as conn:
            conn.execute(update(sessions).where(sessions.c.session_id == session.session_id).values(**values))

    def active(self, username: str | None = None) -> ActiveSession | None:
        """The session to go back to after a restart: active, paused or lost (said plainly), newest first."""
        query = select(sessions).where(sessions.c.status.in_([s.value for s in _RESUMABLE]))
        if username is not None:
            query = query.where(sessions.c.username == username)
        with self._store.read() as conn:
            row = conn.execute(query.order_by(sessions.c.claimed_at.desc()).limit(1)).first()
        return ActiveSession(**{**row._mapping, "status": SessionState(row.status)}) if row else None

    def remember(self, key: str, value: str) -> None:
        """Keep a small fact (the last user, the last floor)."""
        statement = sqlite_insert(meta).values(key=key, value=value)
        with self._store.write() as conn:
            conn.execute(statement.on_conflict_do_update(index_elements=["key"], set_={"value": value}))

    def recall(self, key: str) -> str | None:
        with self._store.read() as conn:
            return conn.execute(select(meta.c.value).where(meta.c.key == key)).scalar()
