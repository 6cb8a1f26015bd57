"""The reference server's database: tables (SQLAlchemy Core) and the engine for SQLite or PostgreSQL."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    Connection,
    Engine,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    create_engine,
    event,
    inspect,
    true,
)
from sqlalchemy.engine import make_url
from sqlalchemy.pool import ConnectionPoolEntry

from station.paths import private_file

metadata = MetaData()

users = Table(
    "users",
    metadata,
    Column("username", String(64), primary_key=True),
    Column("full_name", String(128), nullable=False, default=""),
    Column("role", String(16), nullable=False),
    Column("password_hash", String(256), nullable=False),
    Column("pin_hash", String(256)),
    Column("pin_failures", Integer, nullable=False, default=0),
    Column("pin_locked_until", Float),
    Column("active", Boolean, nullable=False, default=True, server_default=true()),
)

logins = Table(
    "logins",
    metadata,
    Column("id", String(64), primary_key=True),
    Column("username", String(64), nullable=False, index=True),
    Column("issued_at", Float, nullable=False),
    Column("expires_at", Float, nullable=False, index=True),
    Column("ended_at", Float),
)
"""One row a log-in: its tokens carry the id; log-out ends it, and its tokens with it."""

login_guards = Table(
    "login_guards",
    metadata,
    Column("key", String(200), primary_key=True),
    Column("failures", Integer, nullable=False, default=0),
    Column("locks", Integer, nullable=False, default=0),
    Column("locked_until", Float),
    Column("updated_at", Float, nullable=False),
)
"""Wrong-PIN counts and locks, per user at an address, per address and per user (station.server.pin_guard)."""

login_addresses = Table(
    "login_addresses",
    metadata,
    Column("username", String(64), primary_key=True),
    Column("address", String(64), primary_key=True),
    Column("last_login_at", Float, nullable=False),
)
"""Where each user last logged in successfully: those stations stay open to them when others guess."""

racks = Table(
    "racks",
    metadata,
    Column("rack_id", String(64), primary_key=True),
    Column("floor", String(64), nullable=False, index=True),
    Column("position", Integer, nullable=False, default=0),
    Column("status", String(16), nullable=False, default="available"),
    Column("claimed_by", String(64)),
    Column("session_id", String(128)),
    Column("lock_token", Integer, nullable=False, default=0),
    Column("updated_at", Float, nullable=False),
)

items = Table(
    "items",
    metadata,
    Column("item_code", String(64), primary_key=True),
    Column("name", String(256), nullable=False),
    Column("uom", String(16), nullable=False, default="NOS"),
    Column("category", String(64)),
    Column("subcategory", String(64)),
    Column("mrp", Float),
    Column("serialized", Boolean, nullable=False, default=False),
    Column("rack_id", String(64), ForeignKey("racks.rack_id"), index=True),
    Column("expected_qty", Integer),
)

barcodes = Table(
    "barcodes",
    metadata,
    Column("barcode", String(64), primary_key=True),
    Column("item_code", String(64), ForeignKey("items.item_code"), nullable=False, index=True),
)

sessions = Table(
    "sessions",
    metadata,
    Column("id", String(128), primary_key=True),
    Column("username", String(64), nullable=False, index=True),
    Column("rack_id", String(64), ForeignKey("racks.rack_id"), nullable=False, index=True),
    Column("floor", String(64), nullable=False),
    Column("status", String(16), nullable=False),
    Column("lock_token", Integer, nullable=False, default=0),
    Column("started_at", Float, nullable=False),
    Column("last_heartbeat", Float),
    Column("completed_at", Float),
    Column("station", String(64)),  # (ext) the name of the station it was claimed from (X-Station-Name)
)

records = Table(
    "records",
    metadata,
    Column("client_record_id", String(128), primary_key=True),
    Column("session_id", String(128), nullable=False, index=True),
    Column("rack_id", String(64), nullable=False, index=True),
    Column("floor", String(64), nullable=False),
    Column("item_code", String(128), nullable=False),
    Column("verified_qty", Integer, nullable=False),
    Column("damage_qty", Integer, nullable=False),
    Column("serial_numbers", JSON, nullable=False),
    Column("status", String(16), nullable=False),
    Column("created_at", Float, nullable=False),
    Column("updated_at", Float, nullable=False),
    Column("uom", String(32)),
    Column("item_condition", String(32)),
    Column("lock_token", Integer),
    Column("barcode", String(128)),
    Column("manual_entry", Boolean, nullable=False, default=False),
    Column("version", Integer, nullable=False, default=1),
    Column("submitted_by", String(64), nullable=False),
    Column("received_at", Float, nullable=False),
)

serials = Table(
    "serials",
    metadata,
    Column("item_code", String(128), primary_key=True),
    Column("serial", String(64), primary_key=True),
    Column("client_record_id", String(128), nullable=False, index=True),
)

conflicts = Table(
    "conflicts",
    metadata,
    Column("id", String(64), primary_key=True),
    Column("client_record_id", String(128), nullable=False, index=True),
    Column("conflict_type", String(32), nullable=False),
    Column("message", Text, nullable=False),
    Column("local_data", JSON, nullable=False),
    Column("server_data", JSON, nullable=False),
    Column("rack_id", String(64), nullable=False),
    Column("session_id", String(128), nullable=False),
    Column("detected_at", Float, nullable=False),
    Column("status", String(16), nullable=False, index=True),
    Column("resolution", String(16)),
    Column("resolution_note", Text),
    Column("resolved_by", String(64)),
    Column("resolved_at", Float),
)

audit = Table(
    "audit",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("at", Float, nullable=False),
    Column("actor", String(64), nullable=False),
    Column("action", String(32), nullable=False),
    Column("subject", String(128), nullable=False, index=True),
    Column("note", Text, nullable=False, default=""),
    Column("before", JSON),
    Column("after", JSON),
)

recounts = Table(
    "recounts",
    metadata,
    Column("rack_id", String(64), ForeignKey("racks.rack_id"), primary_key=True),
    Column("status", String(16), nullable=False, index=True),
    Column("reason", String(16), nullable=False),
    Column("requested_by", String(64), nullable=False),
    Column("requested_at", Float, nullable=False),
    Column("assigned_to", String(64)),
    Column("first_session_id", String(128), nullable=False),
    Column("second_session_id", String(128)),
    Column("approved", String(8)),
    Column("approved_by", String(64)),
    Column("approved_at", Float),
    Column("note", Text, nullable=False, default=""),
)
"""A rack's latest recount (station.server.recounts_db): its two counts, who recounts it, the approved one."""

Index("ix_records_rack_session", records.c.rack_id, records.c.session_id)


def make_engine(url: str, **kwargs: Any) -> Engine:
    """An engine for ``url``; SQLite files get WAL, full sync, a busy timeout and foreign keys."""
    if url.startswith("sqlite"):
        _private_sqlite_file(url)
        engine = create_engine(url, connect_args={"check_same_thread": False, "timeout": 30}, **kwargs)
        event.listen(engine, "connect", _sqlite_pragmas)
        event.listen(engine, "begin", _sqlite_begin_immediate)
        return engine
    # No server-side prepared statements: psycopg prepares a query after five runs, and PostgreSQL may
    # then keep a generic plan made while a table was nearly empty (a sequential scan that grows with
    # every batch stored). Planning each query afresh costs far less than that.
    return create_engine(
        url, pool_size=10, max_overflow=20, pool_pre_ping=True, connect_args={"prepare_threshold": None}, **kwargs
    )


def _private_sqlite_file(url: str) -> None:
    """Create the database file readable by the server's user only (its -wal and -shm files follow)."""
    database = make_url(url).database
    if database and database != ":memory:" and not database.startswith("file:"):
        path = Path(database)
        if path.parent.is_dir():
            private_file(path)


def _sqlite_pragmas(dbapi_connection: Any, _record: ConnectionPoolEntry) -> None:
    # Let SQLAlchemy's "begin" event issue BEGIN itself (pysqlite's own deferred BEGIN lets two
    # readers deadlock when both upgrade to writers; busy_timeout cannot untangle that).
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.execute("PRAGMA busy_timeout=30000")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.close()


def _sqlite_begin_immediate(connection: Connection) -> None:
    if connection.get_execution_options().get("isolation_level") != "AUTOCOMMIT":
        connection.exec_driver_sql("BEGIN IMMEDIATE")


def create_schema(engine: Engine) -> None:
    """Create the tables that are missing (an empty database gets them all)."""
    metadata.create_all(engine)
    with engine.begin() as connection:
        if "active" not in {column["name"] for column in inspect(connection).get_columns("users")}:
            connection.exec_driver_sql("ALTER TABLE users ADD COLUMN active BOOLEAN NOT NULL DEFAULT TRUE")
        if "station" not in {column["name"] for column in inspect(connection).get_columns("sessions")}:
            connection.exec_driver_sql("ALTER TABLE sessions ADD COLUMN station VARCHAR(64)")
