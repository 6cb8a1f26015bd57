"""Opening the local database: corruption kept aside, migrations, one engine with durable settings."""

from __future__ import annotations

import logging
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.pool import ConnectionPoolEntry

from station.paths import private_dir, private_file
from station.store import migrations
from station.store.errors import StoreError, busy, known_error, translated

log = logging.getLogger(__name__)

BUSY_TIMEOUT_MS = 5000
WRITE_WAIT_S = BUSY_TIMEOUT_MS / 1000
"""How long one of the station's writers waits for another (a scan behind a batch's answer)."""
AUTOCHECKPOINT_PAGES = 8000
"""SQLite's own checkpoint, run by whichever commit crosses it, is only a safety net (about 32 MB of
WAL): the sync thread checkpoints long before (``Store.checkpoint``), so a scan's commit never does."""
CHECKPOINT_AFTER_COMMITS = 20
"""``Store.checkpoint(due_only=True)`` copies the WAL into the database after this many commits."""


@dataclass
class Store:
    """The open database: one engine for the process, a connection per use, per thread.

    Attributes:
        path: the database file.
        recovered_from: where a damaged file was moved when this one was started fresh.
        backup: the copy kept before the last migration, if one ran.
    """

    engine: Engine
    path: Path
    recovered_from: Path | None = None
    backup: Path | None = None

    def __post_init__(self) -> None:
        self._reader = self.engine.execution_options(isolation_level="AUTOCOMMIT")
        # The station's own writers (the GUI's scans, the sync thread's answers) queue here rather than
        # in SQLite's busy handler, which sleeps 1, 2, 5, 10 ms… between tries: a scan behind a batch's
        # answer starts the moment it commits. Another process on the file still meets busy_timeout.
        self._writing = threading.RLock()
        self._commits = 0  # since the last checkpoint

    @contextmanager
    def write(self) -> Iterator[Connection]:
        """One short write transaction (``BEGIN IMMEDIATE``), committed on leaving the block."""
        with self._queued(), translated(self.path), self.engine.begin() as connection:
            yield connection

    @contextmanager
    def write_raw(self) -> Iterator[sqlite3.Connection]:
        """``write`` for the hottest path (a scan): the same lock and ``BEGIN IMMEDIATE``, on the pooled
        SQLite connection itself, with none of SQLAlchemy's execution around it."""
        with self._queued(), translated(self.path):
            pooled = self.engine.raw_connection()  # returned to the pool (rolled back if left open) on close
            try:
                sqlite = pooled.driver_connection
                assert isinstance(sqlite, sqlite3.Connection)
                sqlite.execute("BEGIN IMMEDIATE")
                try:
                    yield sqlite
                    sqlite.execute("COMMIT")
                except BaseException:
                    if sqlite.in_transaction:
                        sqlite.execute("ROLLBACK")
                    raise
            finally:
                pooled.close()

    @contextmanager
    def _queued(self) -> Iterator[None]:
        """The block runs behind the station's other writers (``StoreError`` "locked" after
        ``WRITE_WAIT_S``); a block that ends without an exception counts as one commit."""
        if not self._writing.acquire(timeout=WRITE_WAIT_S):
            raise busy()
        try:
            yield
            self._commits += 1
        finally:
            self._writing.release()

    def checkpoint(self, *, due_only: bool = False) -> None:
        """Copy what the WAL holds into the database file, beside the writers (``PASSIVE``: no lock that
        a scan would wait for). The sync thread calls this between batches; durability does not depend
        on it (a commit is durable in the WAL), so a failure is logged and left to the next one. With
        ``due_only``, only after a few commits.
        """
        if due_only and self._commits < CHECKPOINT_AFTER_COMMITS:
            return
        self._commits = 0
        try:
            with self.read() as connection:
                connection.exec_driver_sql("PRAGMA wal_checkpoint(PASSIVE)")
        except StoreError as failure:
            log.warning("could not checkpoint the station database: %s", failure.sentence)

    @contextmanager
    def read(self) -> Iterator[Connection]:
        """A connection for reading, outside any transaction (no write lock taken)."""
        with translated(self.path), self._reader.connect() as connection:
            yield connection

    def close(self) -> None:
        self.engine.dispose()


def open_store(path: Path, *, now: datetime | None = None) -> Store:
    """Open (or create) the station's database at ``path``.

    A damaged file is moved aside with a timestamp, never deleted, and a fresh one started; the
    returned store says so in ``recovered_from``.

    Raises:
        StoreError: for a database written by a newer major version, or one that cannot be read or
            written at all (read-only folder, full disk).
    """
    when = now or datetime.now(UTC)
    private_dir(path.parent)
    recovered_from = None
    if path.exists() and not _intact(path):
        recovered_from = migrations.move_aside(path, "corrupt", when)
        log.error("the station database %s was damaged; kept it as %s and started a fresh one", path, recovered_from)
    private_file(path)  # before SQLite makes it: the counts are this user's only, and so are -wal and -shm
    try:
        backup = migrations.migrate(path, now=lambda: when)
    except sqlite3.Error as exc:
        known = known_error(exc, path)
        if known is None:
            raise
        raise known from exc
    if backup is not None:
        log.info("migrated %s to schema %s; the earlier file is kept as %s", path, migrations.CURRENT, backup)
    return Store(engine=_engine(path), path=path, recovered_from=recovered_from, backup=backup)


def _intact(path: Path) -> bool:
    """Whether SQLite can read the file and its quick check finds nothing wrong."""
    try:
        connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            result = connection.execute("PRAGMA quick_check").fetchone()
        finally:
            connection.close()
    except sqlite3.DatabaseError as exc:
        known = known_error(exc, path)
        if known is not None and known.kind != "corrupt":
            raise known from exc
        return False
    return bool(result) and result[0] == "ok"


def _engine(path: Path) -> Engine:
    engine = create_engine(
        f"sqlite:///{path}", connect_args={"check_same_thread": False, "timeout": BUSY_TIMEOUT_MS / 1000}
    )
    event.listen(engine, "connect", _pragmas)
    event.listen(engine, "begin", _begin_immediate)
    return engine


def _pragmas(dbapi_connection: Any, _record: ConnectionPoolEntry) -> None:
    dbapi_connection.isolation_level = None  # SQLAlchemy's "begin" event issues BEGIN itself
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=FULL")  # a scan must survive a power cut
    cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute(f"PRAGMA wal_autocheckpoint={AUTOCHECKPOINT_PAGES}")
    cursor.close()


def _begin_immediate(connection: Connection) -> None:
    # Take the write lock at BEGIN: two deferred transactions that both upgrade to writing can
    # deadlock in a way busy_timeout cannot untangle.
    if connection.get_execution_options().get("isolation_level") != "AUTOCOMMIT":
        connection.exec_driver_sql("BEGIN IMMEDIATE")


__all__ = ["Store", "StoreError", "open_store"]
