"""What a rack claim decides on, read in one statement: the rack, its current session and its recount."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, bindparam, select

from station.server import db
from station.server.racks_db import LIVE_SESSION, RACK_COLUMNS, RackRow, SessionRow
from station.server.recounts_db import RecountRow


@dataclass(frozen=True)
class ClaimContext:
    rack: RackRow
    own: SessionRow | None
    """The caller's own live session on the rack: a claim takes it back instead of starting one."""
    previous_live: bool
    """Whether the rack's current session is still live (a new session supersedes it)."""
    recount: RecountRow | None


def claim_context(conn: Connection, rack_id: str, username: str) -> ClaimContext | None:
    """The rack (None if there is none), the session it names, and its recount, as one snapshot."""
    row = conn.execute(_CONTEXT, {"b_rack": rack_id}).first()
    if row is None:
        return None
    values = row._mapping
    rack = RackRow(**{c.name: values[c.name] for c in RACK_COLUMNS})
    session = _part(values, "s_", _SESSION_NAMES)
    live = session is not None and session["status"] in LIVE_SESSION
    own = SessionRow(**session) if session is not None and live and session["username"] == username else None
    recount = _part(values, "c_", _RECOUNT_NAMES)
    return ClaimContext(rack, own, live, RecountRow(**recount) if recount is not None else None)


def _part(values: Any, prefix: str, names: tuple[str, ...]) -> dict[str, Any] | None:
    """The columns of one outer-joined table, or None when it had no row (its key is NULL)."""
    if values[prefix + names[0]] is None:
        return None
    return {name: values[prefix + name] for name in names}


_s, _c = db.sessions.c, db.recounts.c
_SESSION_NAMES = ("id", "username", "rack_id", "floor", "status", "lock_token", "started_at", "last_heartbeat",
                  "completed_at", "station")  # fmt: skip
_RECOUNT_NAMES = tuple(column.name for column in db.recounts.columns)
_CONTEXT = (
    select(
        *RACK_COLUMNS,
        *(_s[name].label("s_" + name) for name in _SESSION_NAMES),
        *(_c[name].label("c_" + name) for name in _RECOUNT_NAMES),
    )
    .select_from(db.racks)
    .outerjoin(db.sessions, _s.id == db.racks.c.session_id)
    .outerjoin(db.recounts, _c.rack_id == db.racks.c.rack_id)
    .where(db.racks.c.rack_id == bindparam("b_rack"))
)
