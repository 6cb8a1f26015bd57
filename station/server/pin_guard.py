"""The PIN lockout: wrong PINs counted atomically per user at an address, per address and per user.

Every PIN attempt is counted *before* its PIN is checked, in one transaction that holds the counters'
rows (``SELECT … FOR UPDATE`` on PostgreSQL; SQLite's ``BEGIN IMMEDIATE`` serialises writers), so a
burst of parallel guesses cannot get more of them checked than the rule allows. A right PIN takes its
attempt back.

Three counters, each locking for ``lockout_s`` when it fills and twice as long each further time
(up to ``max_lockout_s``), until a right PIN or a day of quiet:

* **user at an address** (``max_failures``, 5): the lock a person meets after mistyping.
* **address** (``address_failures``, 20 for any users): one machine cannot try every user's PIN.
* **user** (``user_failures``, 20 from any addresses): many machines cannot share the guessing.
  It does not apply at an address where that user has logged in before: a stranger guessing the
  supervisor's PIN elsewhere locks only their own address and the supervisor's PIN for *new* places,
  never the supervisor's own station.

Unknown user names are counted like known ones, so the answers do not tell who exists.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import Connection, Table, delete, select, update
from sqlalchemy.dialects import postgresql, sqlite

from station.server import db

FORGET_AFTER_S = 24 * 3600.0
"""A counter that is not locked and saw no wrong PIN for this long starts afresh."""


@dataclass(frozen=True)
class PinPolicy:
    """How many wrong PINs each counter takes, and how long its locks last."""

    max_failures: int = 5
    lockout_s: float = 60.0
    max_lockout_s: float = 24 * 3600.0
    address_failures: int = 20
    user_failures: int = 20

    def lock_for(self, locks: int) -> float:
        """The length of the lock after ``locks`` earlier ones (each twice the last)."""
        return float(min(self.lockout_s * 2.0 ** min(locks, 32), self.max_lockout_s))


@dataclass(frozen=True)
class Attempt:
    """What the guard decided about one PIN attempt.

    Attributes:
        allowed: the PIN may be checked (the attempt is counted as wrong until it proves right).
        wait_s: when refused, seconds until every lock on it has ended; when allowed, the lock this
            attempt started if it turns out wrong (0 when it started none).
    """

    allowed: bool
    wait_s: float = 0.0


def keys(username: str, address: str, *, known_address: bool) -> list[tuple[str, str]]:
    """The counters an attempt for ``username`` from ``address`` counts on: (key, kind)."""
    chosen = [(f"pin-user-at:{username}@{address}", "pair"), (f"pin-address:{address}", "address")]
    if not known_address:
        chosen.append((f"pin-user:{username}", "user"))
    return chosen


def is_known_address(conn: Connection, username: str, address: str) -> bool:
    """Whether ``username`` has logged in successfully from ``address`` before."""
    table = db.login_addresses
    found = conn.execute(
        select(table.c.username).where(table.c.username == username, table.c.address == address)
    ).first()
    return found is not None


def reserve(conn: Connection, policy: PinPolicy, username: str, address: str, now: float) -> Attempt:
    """Count one PIN attempt on every counter it touches, or refuse it (counting nothing) while one is locked.

    Runs inside the caller's transaction, which must commit before the PIN is checked.
    """
    chosen = keys(username, address, known_address=is_known_address(conn, username, address))
    limits = {"pair": policy.max_failures, "address": policy.address_failures, "user": policy.user_failures}
    names = sorted(key for key, _ in chosen)
    _ensure_rows(conn, names, now)
    table = db.login_guards
    rows = {
        row.key: row
        for row in conn.execute(select(table).where(table.c.key.in_(names)).order_by(table.c.key).with_for_update())
    }
    waits = [row.locked_until - now for row in rows.values() if row.locked_until is not None and row.locked_until > now]
    if waits:
        return Attempt(allowed=False, wait_s=max(waits))
    started = 0.0
    for key, kind in sorted(chosen):
        row = rows[key]
        failures, locks = row.failures, row.locks
        if row.locked_until is None and now - row.updated_at > FORGET_AFTER_S:
            failures, locks = 0, 0
        failures += 1
        locked_until = None
        if failures >= limits[kind]:
            lock = policy.lock_for(locks)
            locked_until, failures, locks = now + lock, 0, locks + 1
            started = max(started, lock)
        conn.execute(
            update(table)
            .where(table.c.key == key)
            .values(failures=failures, locks=locks, locked_until=locked_until, updated_at=now)
        )
    return Attempt(allowed=True, wait_s=started)


def succeeded(conn: Connection, username: str, address: str, now: float) -> None:
    """A right PIN: clear the user's counters, take the attempt back from the address, remember the place."""
    table = db.login_guards
    conn.execute(delete(table).where(table.c.key.in_([f"pin-user-at:{username}@{address}", f"pin-user:{username}"])))
    conn.execute(
        update(table)
        .where(table.c.key == f"pin-address:{address}", table.c.failures > 0)
        .values(failures=table.c.failures - 1)
    )
    remember_address(conn, username, address, now)


def remember_address(conn: Connection, username: str, address: str, now: float) -> None:
    """Note that ``username`` logged in from ``address`` (by PIN or password)."""
    table = db.login_addresses
    statement = _insert(conn, table).values(username=username, address=address, last_login_at=now)
    conn.execute(statement.on_conflict_do_update(index_elements=["username", "address"], set_={"last_login_at": now}))


def _ensure_rows(conn: Connection, names: Sequence[str], now: float) -> None:
    rows = [{"key": key, "failures": 0, "locks": 0, "locked_until": None, "updated_at": now} for key in names]
    conn.execute(_insert(conn, db.login_guards).values(rows).on_conflict_do_nothing(index_elements=["key"]))


def _insert(conn: Connection, table: Table) -> postgresql.Insert | sqlite.Insert:
    if conn.dialect.name == "postgresql":
        return postgresql.insert(table)
    return sqlite.insert(table)
