"""The local tables, as SQLAlchemy Core sees them (``migrations`` creates them; a test keeps both equal)."""

from __future__ import annotations

from sqlalchemy import Boolean, Column, Float, ForeignKey, Integer, MetaData, String, Table, Text

metadata = MetaData()

records = Table(
    "records",
    metadata,
    Column("seq", Integer, primary_key=True, autoincrement=True),
    Column("client_record_id", String, nullable=False, unique=True),
    Column("session_id", String, nullable=False),
    Column("rack_id", String, nullable=False),
    Column("floor", String, nullable=False),
    Column("username", String, nullable=False),
    Column("item_code", String, nullable=False),
    Column("item_name", String, nullable=False),
    Column("barcode", String),
    Column("uom", String),
    Column("serialized", Boolean, nullable=False),
    Column("unknown_item", Boolean, nullable=False),
    Column("verified_qty", Integer, nullable=False),
    Column("damage_qty", Integer, nullable=False),
    Column("serial_numbers", Text, nullable=False),  # JSON list
    Column("status", String, nullable=False),
    Column("manual_entry", Boolean, nullable=False),
    Column("lock_token", Integer),
    Column("created_at", String, nullable=False),  # ISO-8601 UTC, as sent
    Column("updated_at", String, nullable=False),
    Column("local_rev", Integer, nullable=False),  # bumped by every local change
    Column("synced_rev", Integer, nullable=False),  # the local_rev the server acknowledged
    Column("server_version", Integer),  # the server's version after our last acknowledged write
    Column("settled", String, nullable=False, server_default=""),  # a supervisor's decision on it ("" for none)
)
"""One counted line. Dirty while ``local_rev > synced_rev``: the outbox is a query, not a copy."""

scans = Table(
    "scans",
    metadata,
    Column("seq", Integer, primary_key=True, autoincrement=True),
    Column("client_record_id", String, ForeignKey("records.client_record_id"), nullable=False),
    Column("quantity", Integer, nullable=False),
    Column("damaged", Boolean, nullable=False),
    Column("serials", Text, nullable=False),
    Column("scanned_at", String, nullable=False),
    Column("undone", Boolean, nullable=False),
)
"""Every scan, in order: what Ctrl+Z takes back."""

sync_state = Table(
    "sync_state",
    metadata,
    Column("client_record_id", String, ForeignKey("records.client_record_id"), primary_key=True),
    Column("attempts", Integer, nullable=False),
    Column("next_attempt_at", Float, nullable=False),  # wall-clock epoch seconds
    Column("last_error", Text),
    Column("stalled", Boolean, nullable=False),
    Column("blocked", Boolean, nullable=False),  # refused by the server: waits for a supervisor
)

conflicts = Table(
    "conflicts",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("client_record_id", String, nullable=False),
    Column("conflict_type", String, nullable=False),
    Column("message", Text, nullable=False),
    Column("details", Text, nullable=False),
    Column("local_data", Text, nullable=False),
    Column("detected_at", String, nullable=False),
    Column("status", String, nullable=False),
    Column("server_conflict_id", String),
)

resolutions = Table(
    "resolutions",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("conflict_id", Integer, ForeignKey("conflicts.id")),
    Column("server_conflict_id", String),
    Column("resolution", String, nullable=False),
    Column("merged_data", Text),
    Column("note", Text, nullable=False),
    Column("decided_by", String, nullable=False),
    Column("decided_at", String, nullable=False),
    Column("sent_at", String),
    Column("last_error", Text),
)
"""Conflict resolutions decided at this station, kept until the server has them."""

sessions = Table(
    "sessions",
    metadata,
    Column("session_id", String, primary_key=True),
    Column("username", String, nullable=False),
    Column("rack_id", String, nullable=False),
    Column("floor", String, nullable=False),
    Column("lock_token", Integer),
    Column("lock_ttl", Float, nullable=False),
    Column("claimed_at", String, nullable=False),
    Column("last_heartbeat", String),
    Column("status", String, nullable=False),
    Column("server_url", String, nullable=False),
    Column("paused_s", Float, nullable=False, server_default="0"),
    Column("paused_since", String),
)

items = Table(
    "items",
    metadata,
    Column("item_code", String, primary_key=True),
    Column("rack_id", String),
    Column("name", String, nullable=False),
    Column("uom", String, nullable=False),
    Column("expected_qty", Float),
    Column("serialized", Boolean, nullable=False),
    Column("cached_at", String, nullable=False),
)

item_barcodes = Table(
    "item_barcodes",
    metadata,
    Column("barcode", String, primary_key=True),
    Column("item_code", String, ForeignKey("items.item_code", ondelete="CASCADE"), nullable=False),
)

meta = Table(
    "meta",
    metadata,
    Column("key", String, primary_key=True),
    Column("value", Text, nullable=False),
)
"""Small facts a station remembers: the last user, the last floor."""
