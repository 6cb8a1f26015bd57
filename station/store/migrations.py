"""Schema versions: ordered steps, a copy of the file before migrating, and newer majors refused.

The version lives in SQLite's ``user_version`` as ``major * 1000 + minor``. A newer *minor* only
adds tables or columns this code does not know, so the file opens; a newer *major* changed what the
known tables mean, and is refused with a sentence rather than misread.
"""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from station.i18n import translate
from station.store.errors import StoreError

MAJOR = 1

_V1001 = """
CREATE TABLE records (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    client_record_id TEXT NOT NULL UNIQUE,
    session_id TEXT NOT NULL,
    rack_id TEXT NOT NULL,
    floor TEXT NOT NULL,
    username TEXT NOT NULL,
    item_code TEXT NOT NULL,
    item_name TEXT NOT NULL,
    barcode TEXT,
    uom TEXT,
    serialized BOOLEAN NOT NULL,
    unknown_item BOOLEAN NOT NULL,
    verified_qty INTEGER NOT NULL,
    damage_qty INTEGER NOT NULL,
    serial_numbers TEXT NOT NULL,
    status TEXT NOT NULL,
    manual_entry BOOLEAN NOT NULL,
    lock_token INTEGER,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    local_rev INTEGER NOT NULL,
    synced_rev INTEGER NOT NULL,
    server_version INTEGER
);
CREATE INDEX ix_records_line ON records (session_id, item_code);
CREATE INDEX ix_records_dirty ON records (session_id, seq) WHERE local_rev > synced_rev;
CREATE TABLE scans (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    client_record_id TEXT NOT NULL REFERENCES records (client_record_id),
    quantity INTEGER NOT NULL,
    damaged BOOLEAN NOT NULL,
    serials TEXT NOT NULL,
    scanned_at TEXT NOT NULL,
    undone BOOLEAN NOT NULL
);
CREATE TABLE sync_state (
    client_record_id TEXT PRIMARY KEY REFERENCES records (client_record_id),
    attempts INTEGER NOT NULL,
    next_attempt_at FLOAT NOT NULL,
    last_error TEXT,
    stalled BOOLEAN NOT NULL,
    blocked BOOLEAN NOT NULL
);
CREATE TABLE conflicts (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    client_record_id TEXT NOT NULL,
    conflict_type TEXT NOT NULL,
    message TEXT NOT NULL,
    details TEXT NOT NULL,
    local_data TEXT NOT NULL,
    detected_at TEXT NOT NULL,
    status TEXT NOT NULL
);
CREATE TABLE sessions (
    session_id TEXT PRIMARY KEY,
    username TEXT NOT NULL,
    rack_id TEXT NOT NULL,
    floor TEXT NOT NULL,
    lock_token INTEGER,
    lock_ttl FLOAT NOT NULL,
    claimed_at TEXT NOT NULL,
    last_heartbeat TEXT,
    status TEXT NOT NULL,
    server_url TEXT NOT NULL
);
CREATE TABLE items (
    item_code TEXT PRIMARY KEY,
    rack_id TEXT,
    name TEXT NOT NULL,
    uom TEXT NOT NULL,
    expected_qty FLOAT,
    serialized BOOLEAN NOT NULL,
    cached_at TEXT NOT NULL
);
CREATE TABLE item_barcodes (
    barcode TEXT PRIMARY KEY,
    item_code TEXT NOT NULL REFERENCES items (item_code) ON DELETE CASCADE
);
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
"""

# 1.2: conflicts decided at the station wait in an outbox until the server has them.
_V1002 = """
ALTER TABLE conflicts ADD COLUMN server_conflict_id TEXT;
CREATE TABLE resolutions (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    conflict_id INTEGER REFERENCES conflicts (id),
    server_conflict_id TEXT,
    resolution TEXT NOT NULL,
    merged_data TEXT,
    note TEXT NOT NULL,
    decided_by TEXT NOT NULL,
    decided_at TEXT NOT NULL,
    sent_at TEXT,
    last_error TEXT
);
"""

# 1.3: a supervisor's decision is kept on the line it settled; such a line (and a refused one) takes no more scans.
_V1003 = """
ALTER TABLE records ADD COLUMN settled TEXT NOT NULL DEFAULT '';
"""

# 1.4: how long a session has been paused, so that its clock and pace leave the pauses out.
_V1004 = """
ALTER TABLE sessions ADD COLUMN paused_s FLOAT NOT NULL DEFAULT 0;
ALTER TABLE sessions ADD COLUMN paused_since TEXT;
"""

STEPS: list[tuple[int, str]] = [(1001, _V1001), (1002, _V1002), (1003, _V1003), (1004, _V1004)]
CURRENT = STEPS[-1][0]


def version_of(connection: sqlite3.Connection) -> int:
    (version,) = connection.execute("PRAGMA user_version").fetchone()
    return int(version)


def migrate(path: Path, *, now: Callable[[], datetime] = lambda: datetime.now(UTC)) -> Path | None:
    """Bring the database at ``path`` to ``CURRENT``; the copy kept aside, if a migration ran.

    Raises:
        StoreError: ``newer_schema`` for a file written by a newer major version of Station.
    """
    connection = sqlite3.connect(path, isolation_level=None)
    try:
        connection.execute("PRAGMA journal_mode=WAL")  # persistent: every later connection writes ahead
        version = version_of(connection)
        if version // 1000 > MAJOR:
            raise StoreError(
                "newer_schema",
                translate(
                    "migrations",
                    "The station's database ({path}) was written by a newer Station (schema {major}.x). "
                    "Install that version again, or ask IT.",
                ).format(path=path, major=version // 1000),
            )
        pending = [(v, sql) for v, sql in STEPS if v > version]
        if not pending:
            return None
        backup = None
        if version > 0:
            backup = path.with_name(f"{path.name}.v{version}-{now():%Y%m%d-%H%M%S}.bak")
            _copy(connection, backup)
        for target, sql in pending:
            try:
                connection.executescript(f"BEGIN IMMEDIATE;\n{sql}\nPRAGMA user_version = {target};\nCOMMIT;")
            except sqlite3.Error:
                if connection.in_transaction:
                    connection.execute("ROLLBACK")
                raise
        return backup
    finally:
        connection.close()


def _copy(connection: sqlite3.Connection, target: Path) -> None:
    """A consistent copy of a live database (SQLite's backup API, WAL included)."""
    with sqlite3.connect(target) as copy:
        connection.backup(copy)
    copy.close()


def move_aside(path: Path, why: str, now: datetime) -> Path:
    """Keep a database file (and its WAL) under a new name instead of deleting it; the new name."""
    aside = path.with_name(f"{path.name}.{why}-{now:%Y%m%d-%H%M%S}")
    for suffix in ("", "-wal", "-shm"):
        source = path.with_name(path.name + suffix)
        if source.exists():
            shutil.move(source, aside.with_name(aside.name + suffix))
    return aside
