"""Counted lines: a scan is committed here before the screen shows it; undo and edits bump a revision."""

from __future__ import annotations

import json
import sqlite3
import uuid
from typing import Any

from sqlalchemy import Connection, and_, case, func, select, update

from station.domain.clock import Clock, utc_iso
from station.domain.errors import Rejected
from station.domain.lines import Counting, Item, Line, Totals
from station.domain.records import LineCount, RecordStatus, check_line
from station.i18n import translate
from station.said import kept, readable
from station.said import translate as said
from station.store.database import Store
from station.store.schema import records, scans, sync_state


class Records:
    """Counted lines of this station, one per item per session.

    Every change (a scan, an undo, an edit) bumps ``local_rev`` in the same transaction that makes
    it; the sync engine sends the line while ``local_rev > synced_rev``.
    """

    def __init__(self, store: Store, clock: Clock) -> None:
        self._store = store
        self._clock = clock

    def add_scan(
        self,
        counting: Counting,
        item: Item,
        quantity: int = 1,
        *,
        damaged: bool = False,
        serials: tuple[str, ...] = (),
        manual: bool = False,
    ) -> Line:
        """Count ``quantity`` more of ``item`` and commit it; the line as it now stands.

        Raises:
            Rejected: the scan breaks a record rule (a serial counted twice, too many pieces).
            StoreError: the database could not take it (disk full, locked): nothing was counted.
        """
        now = utc_iso(self._clock.wall())
        with self._store.write_raw() as conn:
            row = _line_row(conn, counting.session_id, item.item_code)
            before = _count(row) if row else LineCount()
            after = before.add(quantity, damaged=damaged, serials=serials)
            if row is None:
                row = {
                    "client_record_id": str(uuid.uuid4()), "session_id": counting.session_id,
                    "rack_id": counting.rack_id, "floor": counting.floor, "username": counting.username,
                    "item_code": item.item_code, "item_name": item.name, "barcode": item.barcode, "uom": item.uom,
                    "serialized": item.serialized, "unknown_item": item.unknown, "verified_qty": after.verified_qty,
                    "damage_qty": after.damage_qty, "serial_numbers": json.dumps(list(after.serials)),
                    "status": RecordStatus.PARTIAL.value, "manual_entry": manual, "lock_token": counting.lock_token,
                    "created_at": now, "updated_at": now, "local_rev": 1, "synced_rev": 0,
                }  # fmt: skip
                row["seq"] = conn.execute(_INSERT_RECORD, tuple(row[c] for c in _RECORD_COLUMNS)).lastrowid
                conn.execute(_INSERT_STATE, (row["client_record_id"],))
            else:
                row = _store_count(conn, row, after, now, manual=manual or bool(row["manual_entry"]))
            conn.execute(_INSERT_SCAN, (row["client_record_id"], quantity, damaged, json.dumps(list(serials)), now))
            return _line(row)

    def undo_last(self, session_id: str) -> Line | None:
        """Take back the session's last scan that is not undone yet; the line after, or ``None``."""
        now = utc_iso(self._clock.wall())
        with self._store.write() as conn:
            last = conn.execute(
                select(scans)
                .join(records, records.c.client_record_id == scans.c.client_record_id)
                .where(and_(records.c.session_id == session_id, scans.c.undone.is_(False)))
                .order_by(scans.c.seq.desc())
                .limit(1)
            ).first()
            if last is None:
                return None
            row = _line_row_by_id(conn, last.client_record_id)
            _open_to_change(conn, row, undo=True)
            taken = set(json.loads(last.serials))
            after = LineCount(
                verified_qty=max(0, row["verified_qty"] - last.quantity),
                damage_qty=max(0, row["damage_qty"] - (last.quantity if last.damaged else 0)),
                serials=tuple(s for s in json.loads(row["serial_numbers"]) if s not in taken),
            )
            conn.execute(update(scans).where(scans.c.seq == last.seq).values(undone=True))
            return _line(_store_count(_raw(conn), row, after, now, manual=bool(row["manual_entry"])))

    def edit_line(self, client_record_id: str, count: LineCount) -> Line:
        """Replace a line's count (F4), after checking it against the record rules.

        Raises:
            Rejected: the count breaks a rule; the line is unchanged.
        """
        now = utc_iso(self._clock.wall())
        with self._store.write() as conn:
            row = _line_row_by_id(conn, client_record_id)
            _open_to_change(conn, row, undo=False)
            check_line(count, serialized=row["serialized"])
            return _line(_store_count(_raw(conn), row, count, now, manual=True))

    def finalize(self, session_id: str) -> int:
        """Mark every open line of a finished session final (one more revision each); how many.

        A refused line, and one a supervisor settled, stays as the decision leaves it: it is never
        sent again, so a decision on it is never overtaken by a copy the supervisor did not see.
        """
        now = utc_iso(self._clock.wall())
        refused = select(sync_state.c.client_record_id).where(sync_state.c.blocked.is_(True))
        with self._store.write() as conn:
            result = conn.execute(
                update(records)
                .where(
                    records.c.session_id == session_id,
                    records.c.status != RecordStatus.FINALIZED.value,
                    records.c.settled == "",
                    records.c.client_record_id.not_in(refused),
                )
                .values(status=RecordStatus.FINALIZED.value, updated_at=now, local_rev=records.c.local_rev + 1)
            )
            return result.rowcount

    def lines(self, session_id: str) -> list[Line]:
        """The session's lines, in the order they were first counted, each with the server's refusal if any."""
        s = sync_state.c
        refusal = case((s.blocked.is_(True), func.coalesce(s.last_error, _REFUSED)), else_="")
        query = (
            select(records, refusal.label("refused"))
            .outerjoin(sync_state, s.client_record_id == records.c.client_record_id)
            .where(records.c.session_id == session_id)
            .order_by(records.c.seq)
        )
        with self._store.read() as conn:
            return [_line(row._mapping) for row in conn.execute(query)]

    def set_aside(self, session_id: str, item_code: str) -> bool:
        """Whether the session has a line of the item that takes no more scans (refused, or settled)."""
        with self._store.read() as conn:
            return conn.exec_driver_sql(_SET_ASIDE, (session_id, item_code)).first() is not None

    def unsynced(self, session_id: str) -> set[str]:
        """Ids of the session's lines the server has not acknowledged yet (an indexed look-up)."""
        with self._store.read() as conn:
            rows = conn.exec_driver_sql(
                "SELECT client_record_id FROM records WHERE session_id = ? AND local_rev > synced_rev", (session_id,)
            )
            return {row[0] for row in rows}

    def totals(self, session_id: str) -> Totals:
        """Pieces counted and damaged, lines, lines not yet acknowledged by the server, and of those the
        ones refused and waiting for a supervisor."""
        r, s = records.c, sync_state.c
        with self._store.read() as conn:
            pieces, damaged, lines, unsynced, blocked = conn.execute(
                select(
                    func.coalesce(func.sum(r.verified_qty), 0),
                    func.coalesce(func.sum(r.damage_qty), 0),
                    func.count(),
                    func.coalesce(func.sum(case((r.local_rev > r.synced_rev, 1), else_=0)), 0),
                    func.coalesce(
                        func.sum(case((and_(r.local_rev > r.synced_rev, s.blocked.is_(True)), 1), else_=0)), 0
                    ),
                )
                .select_from(records.outerjoin(sync_state, s.client_record_id == r.client_record_id))
                .where(r.session_id == session_id)
            ).one()
        return Totals(pieces=pieces, damaged=damaged, lines=lines, unsynced=unsynced, blocked=blocked)


def _raw(conn: Connection) -> sqlite3.Connection:
    """The SQLite connection under ``conn``, in ``conn``'s transaction (for the helpers a scan shares)."""
    driver = conn.connection.driver_connection
    assert isinstance(driver, sqlite3.Connection)
    return driver


def _line_row(conn: sqlite3.Connection, session_id: str, item_code: str) -> dict[str, Any] | None:
    cursor = conn.execute(_LINE, (session_id, item_code))
    row = cursor.fetchone()
    return dict(zip([column[0] for column in cursor.description], row, strict=True)) if row else None


def _open_to_change(conn: Connection, row: dict[str, Any], *, undo: bool) -> None:
    """Raise ``Rejected`` for a line that is refused or settled (to be undone, or else changed): what a
    supervisor decides on stays as it is."""
    name = row["item_name"] or row["item_code"]
    if row["settled"]:
        if undo:
            settled = translate(
                "store_records",
                "{item}: a supervisor settled this line; it cannot be undone here. Scan the item to count more.",
            )
        else:
            settled = translate(
                "store_records",
                "{item}: a supervisor settled this line; it cannot be changed here. Scan the item to count more.",
            )
        raise Rejected("line_settled", settled.format(item=name))
    blocked = conn.exec_driver_sql(_BLOCKED, (row["client_record_id"],)).scalar()
    if blocked:
        if undo:
            refused = translate(
                "store_records",
                "{item}: the server refused this line and it waits for a supervisor (F9); it cannot be undone here. "
                "Scan the item to count more on a new line.",
            )
        else:
            refused = translate(
                "store_records",
                "{item}: the server refused this line and it waits for a supervisor (F9); it cannot be changed here. "
                "Scan the item to count more on a new line.",
            )
        raise Rejected("line_refused", refused.format(item=name))


def _line_row_by_id(conn: Connection, client_record_id: str) -> dict[str, Any]:
    row = conn.execute(select(records).where(records.c.client_record_id == client_record_id)).one()
    return dict(row._mapping)


def _store_count(
    conn: sqlite3.Connection, row: dict[str, Any], count: LineCount, now: str, *, manual: bool
) -> dict[str, Any]:
    """Write a line's new count with one more revision; the row as it now stands."""
    changed = {
        "verified_qty": count.verified_qty,
        "damage_qty": count.damage_qty,
        "serial_numbers": json.dumps(list(count.serials)),
        "manual_entry": manual,
        "updated_at": now,
        "local_rev": row["local_rev"] + 1,
    }
    conn.execute(_UPDATE_COUNT, (*changed.values(), row["client_record_id"]))
    return {**row, **changed}


def _count(row: dict[str, Any]) -> LineCount:
    return LineCount(row["verified_qty"], row["damage_qty"], tuple(json.loads(row["serial_numbers"])))


def _line(row: Any) -> Line:
    return Line(
        client_record_id=row["client_record_id"],
        item_code=row["item_code"],
        item_name=row["item_name"],
        barcode=row["barcode"],
        verified_qty=row["verified_qty"],
        damage_qty=row["damage_qty"],
        serials=tuple(json.loads(row["serial_numbers"])),
        serialized=bool(row["serialized"]),
        unknown_item=bool(row["unknown_item"]),
        manual_entry=bool(row["manual_entry"]),
        synced=row["local_rev"] <= row["synced_rev"],
        status=RecordStatus(row["status"]),
        seq=row["seq"],
        refused=readable(row.get("refused")),
        settled=row.get("settled") or "",
    )


# A scan is the hottest write there is: its statements go to SQLite as they stand, on the connection
# under SQLAlchemy's (``_raw``), without being built, compiled or wrapped by SQLAlchemy each time. The
# column lists come from the table definitions, so they cannot drift from the schema.
_REFUSED = kept(said("store_records", "Refused by the server."))
"""A refused line's reason when the server gave none (kept in no language, like the server's reasons)."""
_RECORD_COLUMNS = [c.name for c in records.columns if c.name not in ("seq", "server_version", "settled")]
# The line a scan of an item adds to: its latest one that is neither refused nor settled (a scan after a
# refusal starts a new line, so that the refused one stays exactly as the supervisor will see it).
_LINE = (
    "SELECT r.* FROM records r JOIN sync_state s ON s.client_record_id = r.client_record_id "
    "WHERE r.session_id = ? AND r.item_code = ? AND s.blocked = 0 AND r.settled = '' ORDER BY r.seq DESC LIMIT 1"
)
_SET_ASIDE = (
    "SELECT 1 FROM records r JOIN sync_state s ON s.client_record_id = r.client_record_id "
    "WHERE r.session_id = ? AND r.item_code = ? AND (s.blocked = 1 OR r.settled != '') LIMIT 1"
)
_BLOCKED = "SELECT blocked FROM sync_state WHERE client_record_id = ?"
_INSERT_RECORD = (
    f"INSERT INTO records ({', '.join(_RECORD_COLUMNS)}) VALUES ({', '.join('?' for _ in _RECORD_COLUMNS)})"
)
_INSERT_STATE = (
    "INSERT INTO sync_state (client_record_id, attempts, next_attempt_at, stalled, blocked) VALUES (?, 0, 0.0, 0, 0)"
)
_INSERT_SCAN = (
    "INSERT INTO scans (client_record_id, quantity, damaged, serials, scanned_at, undone) VALUES (?, ?, ?, ?, ?, 0)"
)
_UPDATE_COUNT = (
    "UPDATE records SET verified_qty = ?, damage_qty = ?, serial_numbers = ?, manual_entry = ?, updated_at = ?, "
    "local_rev = ? WHERE client_record_id = ?"
)
