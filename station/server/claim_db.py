"""What a claim decides on, read in one query: the rack, its last session and its recount."""

from __future__ import annotations

from dataclasses import dataclass, fields
from typing import Any

from sqlalchemy import Connection, bindparam, select

from station.server import db
from station.server.racks_db import LIVE_SESSION, RackRow, SessionRow
from station.server.recounts_db import RecountRow


@dataclass(frozen=True)
class ClaimContext:
    """What a claim decides on.

    Attributes:
        rack: the rack, or ``None`` if there is none.
        own: the caller's own live session on it (a claim then takes it back).
        recount: its recount, where it may have one (a rack counted before).
        previous_live: whether the rack's last session is still live (a claim by someone else then
            supersedes it; an ended session never comes back, so nothing is written to it).
    """

    rack: RackRow | None
    own: SessionRow | None = None
    recount: RecountRow | None = None
    previous_live: bool = False


def claim_context(conn: Connection, rack_id: str, username: str) -> ClaimContext:
    """Read what a claim of ``rack_id`` by ``username`` decides on, in one query."""
    row = conn.execute(_CONTEXT, {"b_rack": rack_id}).first()
    if row is None:
        return ClaimContext(None)
    values = row._mapping
    rack = RackRow(**_taken(values, "r_", _RACK_FIELDS))
    live = values["s_id"] is not None and values["s_status"] in LIVE_SESSION
    own = SessionRow(**_taken(values, "s_", _SESSION_FIELDS)) if live and values["s_username"] == username else None
    maybe_recount = rack.status in ("completed", "available") and rack.session_id
    recount = RecountRow(**_taken(values, "c_", _RECOUNT_FIELDS)) if maybe_recount and values["c_rack_id"] else None
    return ClaimContext(rack, own, recount, live)


def _taken(values: Any, prefix: str, names: tuple[str, ...]) -> dict[str, Any]:
    return {name: values[prefix + name] for name in names}


_RACK_FIELDS = ("rack_id", "floor", "status", "claimed_by", "session_id", "lock_token", "updated_at")
_SESSION_FIELDS = tuple(f.name for f in fields(SessionRow) if f.name not in ("item_count", "verified_count"))
_RECOUNT_FIELDS = tuple(f.name for f in fields(RecountRow))
_r, _s, _c = db.racks.c, db.sessions.c, db.recounts.c
_CONTEXT = (
    select(
        *(_r[name].label(f"r_{name}") for name in _RACK_FIELDS),
        *(_s[name].label(f"s_{name}") for name in _SESSION_FIELDS),
        *(_c[name].label(f"c_{name}") for name in _RECOUNT_FIELDS),
    )
    .select_from(db.racks)
    .outerjoin(db.sessions, _s.id == _r.session_id)
    .outerjoin(db.recounts, _c.rack_id == _r.rack_id)
    .where(_r.rack_id == bindparam("b_rack"))
)
