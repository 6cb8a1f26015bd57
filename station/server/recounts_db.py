"""Recounts in the server's database: sending a rack to a recount, who may claim it, its second count, approval.

A rack's recount goes ``to_recount`` (over tolerance when finished, or a supervisor's choice) →
``recounting`` (claimed by the assigned counter, or anyone when unassigned: the second count starts)
→ ``recounted`` (finished: both counts kept) → ``approved`` (a supervisor keeps one, with a note, in the
rack's history). A supervisor may also approve the first count of a rack still waiting for its recount.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, delete, func, insert, select, update

from station import contract_oversight as o
from station.server import db
from station.server import racks_db as rdb
from station.server.errors import ApiError
from station.server.tolerances import Tolerances
from station.server.variance import session_over_tolerance

OPEN = (o.RecountStatus.TO_RECOUNT, o.RecountStatus.RECOUNTING)
"""A recount whose rack may be claimed for its second count."""

TOLERANCE_ACTOR = "tolerance"
"""Who the history says sent a rack to a recount when its count was over tolerance."""


@dataclass(frozen=True)
class RecountRow:
    rack_id: str
    status: str
    reason: str
    requested_by: str
    requested_at: float
    assigned_to: str | None
    first_session_id: str
    second_session_id: str | None
    approved: str | None
    approved_by: str | None
    approved_at: float | None
    note: str

    @property
    def open(self) -> bool:
        return self.status in OPEN

    def count_session(self) -> str | None:
        """The count a rack's variance reads: the approved one; the second once finished; else the first."""
        if self.status == o.RecountStatus.APPROVED:
            return self.second_session_id if self.approved == o.CountChoice.SECOND else self.first_session_id
        if self.status == o.RecountStatus.RECOUNTED:
            return self.second_session_id
        return self.first_session_id


def get(conn: Connection, rack_id: str) -> RecountRow | None:
    row = conn.execute(select(db.recounts).where(db.recounts.c.rack_id == rack_id)).first()
    return RecountRow(**row._mapping) if row else None


def read(conn: Connection, rack_id: str) -> o.Recount:
    """The rack's recount as the contract gives it.

    Raises:
        ApiError: 404 no such rack, or one never sent to a recount.
    """
    return answer(conn, _must(conn, rack_id))


def listing(conn: Connection, *, open_only: bool) -> list[o.Recount]:
    query = select(db.recounts).join(db.racks, db.racks.c.rack_id == db.recounts.c.rack_id)
    if open_only:
        query = query.where(db.recounts.c.status != o.RecountStatus.APPROVED)
    return answers(conn, [RecountRow(**row._mapping) for row in conn.execute(query.order_by(db.racks.c.position))])


def answer(conn: Connection, row: RecountRow) -> o.Recount:
    """The recount as the contract gives it: both counts with their lines and pieces."""
    return answers(conn, [row])[0]


def answers(conn: Connection, rows: list[RecountRow]) -> list[o.Recount]:
    """Recounts as the contract gives them, read in two statements however many there are."""
    if not rows:
        return []
    ids = [i for row in rows for i in (row.first_session_id, row.second_session_id) if i]
    s, r = db.sessions.c, db.records.c
    lines = select(func.count()).where(r.session_id == s.id).scalar_subquery()
    pieces = select(func.coalesce(func.sum(r.verified_qty), 0)).where(r.session_id == s.id).scalar_subquery()
    found = {
        x.id: o.CountTaken(session_id=x.id, counted_by=x.username, finished_at=x.completed_at, lines=x.lines,
                           pieces=x.pieces)
        for x in conn.execute(select(s.id, s.username, s.completed_at, lines.label("lines"),
                                     pieces.label("pieces")).where(s.id.in_(ids)))
    }  # fmt: skip
    racks = [row.rack_id for row in rows]
    floors = dict(conn.execute(select(db.racks.c.rack_id, db.racks.c.floor).where(db.racks.c.rack_id.in_(racks))).all())
    return [_answer(row, found, floors.get(row.rack_id, "")) for row in rows]


def _answer(row: RecountRow, found: dict[str, o.CountTaken], floor: str) -> o.Recount:
    first = found.get(row.first_session_id)
    second = found.get(row.second_session_id) if row.second_session_id else None
    chosen = (second if row.approved == o.CountChoice.SECOND else first) if row.approved else None
    return o.Recount(
        rack_id=row.rack_id, floor=floor, status=o.RecountStatus(row.status), reason=o.RecountReason(row.reason),
        requested_by=row.requested_by, requested_at=row.requested_at, assigned_to=row.assigned_to, first=first,
        second=second, approved=o.CountChoice(row.approved) if row.approved else None,
        approved_count=chosen.pieces if chosen else None, approved_by=row.approved_by, approved_at=row.approved_at,
        note=row.note,
    )  # fmt: skip


def may_claim(rack: rdb.RackRow, recount: RecountRow | None, username: str) -> str:
    """Why ``username`` may not claim ``rack`` (a sentence), or "" when they may."""
    if recount is not None and recount.open:
        if recount.assigned_to not in (None, username):
            return (
                f"Rack {rack.rack_id} is to be recounted by {recount.assigned_to}; a supervisor can assign it to you."
            )
        return ""
    if rack.status == "completed":
        return (
            f"Rack {rack.rack_id} has been counted already. A recount is a supervisor's decision: they can send it "
            "to a recount from the overview."
        )
    return ""


def second_count_started(conn: Connection, rack_id: str, session_id: str) -> None:
    conn.execute(
        update(db.recounts)
        .where(db.recounts.c.rack_id == rack_id, db.recounts.c.status.in_(OPEN))
        .values(status=o.RecountStatus.RECOUNTING, second_session_id=session_id)
    )


def finish(
    conn: Connection, session: rdb.SessionRow, now: float, tolerances: Tolerances, *, finished: bool = True
) -> str:
    """End the count: the rack is done (zero if nothing was counted), a recount's second count is kept beside
    its first, and a first count over tolerance sends the rack to a recount. The rack's status after."""
    status = rdb.finish_rack(conn, session, now, finished=finished)
    return after_finish(conn, session, status, now, tolerances)


def after_finish(conn: Connection, session: rdb.SessionRow, status: str, now: float, tolerances: Tolerances) -> str:
    """A count ended with the rack ``status``: a second count is kept beside the first; a first count over
    tolerance sends the rack to a recount. Returns the rack's status now."""
    recount = get(conn, session.rack_id)
    if recount is not None and recount.status == o.RecountStatus.RECOUNTING:
        if recount.second_session_id != session.id:
            return status
        if status == "completed":
            conn.execute(update(db.recounts).where(db.recounts.c.rack_id == session.rack_id).values(status="recounted"))
            return status
        # Given up empty (a supervisor's release): the rack waits for its second count again, showing its first.
        conn.execute(
            update(db.recounts)
            .where(db.recounts.c.rack_id == session.rack_id)
            .values(status=o.RecountStatus.TO_RECOUNT, second_session_id=None)
        )
        conn.execute(
            update(db.racks)
            .where(db.racks.c.rack_id == session.rack_id)
            .values(status="completed", session_id=recount.first_session_id, updated_at=now)
        )
        return "completed"
    if tolerances.recount and status == "completed" and (recount is None or recount.status == o.RecountStatus.APPROVED):
        over = session_over_tolerance(conn, session.rack_id, session.id, tolerances)
        if over:
            note = f"over tolerance: {over} item{'s' if over != 1 else ''}"
            _open(conn, session.rack_id, session.id, o.RecountReason.TOLERANCE, TOLERANCE_ACTOR, None, note, now)
    return status


def send(conn: Connection, rack_id: str, actor: str, assign_to: str | None, note: str, now: float) -> o.Recount:
    """A supervisor sends a counted rack to a recount.

    Raises:
        ApiError: 404 no such rack or user; 409 a rack not counted yet, or already waiting for a recount.
    """
    rack = rdb.get_rack(conn, rack_id, counts=False)
    if rack is None:
        raise ApiError(404, f"There is no rack {rack_id}.")
    recount = get(conn, rack_id)
    if recount is not None and recount.status != o.RecountStatus.APPROVED:
        raise ApiError(409, f"Rack {rack_id} is waiting for its recount already ({recount.status}).")
    if rack.status != "completed" or not rack.session_id:
        raise ApiError(409, f"Rack {rack_id} is {_state(rack.status)}; only a counted rack can be sent to a recount.")
    _check_counter(conn, assign_to)
    first = recount.count_session() if recount else rack.session_id
    _open(conn, rack_id, first or rack.session_id, o.RecountReason.SUPERVISOR, actor, assign_to, note, now)
    return answer(conn, _must(conn, rack_id))


def assign(conn: Connection, rack_id: str, actor: str, counter: str | None, note: str, now: float) -> o.Recount:
    """Who recounts the rack (``None``: anyone), before its second count starts.

    Raises:
        ApiError: 404 no recount or no such user; 409 the second count has started, or it is settled.
    """
    recount = _must(conn, rack_id)
    if recount.status != o.RecountStatus.TO_RECOUNT:
        raise ApiError(409, f"Rack {rack_id}'s recount is {recount.status}; it can be assigned only before it starts.")
    _check_counter(conn, counter)
    conn.execute(update(db.recounts).where(db.recounts.c.rack_id == rack_id).values(assigned_to=counter))
    rdb.audit(conn, actor, "assign", rack_id, now, note or f"recount assigned to {counter or 'any counter'}",
              before={"assigned_to": recount.assigned_to}, after={"assigned_to": counter})  # fmt: skip
    return answer(conn, _must(conn, rack_id))


def approve(conn: Connection, rack_id: str, actor: str, body: o.ApproveRequest, now: float) -> o.Recount:
    """A supervisor keeps one of the rack's counts; the rack is done with it.

    Raises:
        ApiError: 404 no recount; 409 already approved, being recounted, or no second count to approve.
    """
    recount = _must(conn, rack_id)
    if recount.status == o.RecountStatus.APPROVED:
        raise ApiError(409, f"Rack {rack_id}'s recount was approved already ({recount.approved} count, by "
                            f"{recount.approved_by}).")  # fmt: skip
    if recount.status == o.RecountStatus.RECOUNTING:
        raise ApiError(409, f"Rack {rack_id} is being recounted; approve a count once the recount is finished.")
    if body.count is o.CountChoice.SECOND and recount.status != o.RecountStatus.RECOUNTED:
        raise ApiError(409, f"Rack {rack_id} has no second count yet; approve the first, or wait for the recount.")
    chosen = recount.second_session_id if body.count is o.CountChoice.SECOND else recount.first_session_id
    conn.execute(
        update(db.recounts)
        .where(db.recounts.c.rack_id == rack_id)
        .values(status=o.RecountStatus.APPROVED, approved=body.count, approved_by=actor, approved_at=now,
                note=body.note)
    )  # fmt: skip
    conn.execute(
        update(db.racks).where(db.racks.c.rack_id == rack_id, db.racks.c.status == "completed").values(updated_at=now)
    )
    rdb.audit(conn, actor, "approve", rack_id, now, f"{body.count} count approved: {body.note}",
              after={"count": str(body.count), "session_id": chosen})  # fmt: skip
    return answer(conn, _must(conn, rack_id))


def _open(
    conn: Connection, rack_id: str, first: str, reason: str, actor: str, assign_to: str | None, note: str, now: float
) -> None:
    conn.execute(delete(db.recounts).where(db.recounts.c.rack_id == rack_id))
    conn.execute(
        insert(db.recounts).values(
            rack_id=rack_id, status=o.RecountStatus.TO_RECOUNT, reason=reason, requested_by=actor, requested_at=now,
            assigned_to=assign_to, first_session_id=first, note=note,
        )
    )  # fmt: skip
    whom = f" for {assign_to}" if assign_to else ""
    rdb.audit(conn, actor, "send-to-recount", rack_id, now, note or f"sent to a recount{whom}",
              after={"first_session_id": first, "assigned_to": assign_to})  # fmt: skip


def _must(conn: Connection, rack_id: str) -> RecountRow:
    recount = get(conn, rack_id)
    if recount is None:
        if rdb.get_rack(conn, rack_id, counts=False) is None:
            raise ApiError(404, f"There is no rack {rack_id}.")
        raise ApiError(404, f"Rack {rack_id} has not been sent to a recount.")
    return recount


def _check_counter(conn: Connection, username: str | None) -> None:
    if username is None:
        return
    found: Any = conn.execute(select(db.users.c.active).where(db.users.c.username == username)).first()
    if found is None or not found.active:
        raise ApiError(404, f"There is no user {username} to recount the rack.")


def _state(status: str) -> str:
    return {"available": "not counted yet", "active": "being counted", "paused": "paused"}.get(status, status)
