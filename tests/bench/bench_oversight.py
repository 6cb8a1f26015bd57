"""Oversight on the demo warehouse, every rack counted: a 40-rack floor's variance as the server computes it,
and the whole count's PDF (200 racks), each beside the bare SQL query that reads the same rows."""

from __future__ import annotations

import random
import tempfile
import time
import uuid
from pathlib import Path

from sqlalchemy import Connection, Engine, insert, select, update

from station.reports import sheets
from station.reports.pdf_file import gui, write_pdf
from station.server import db, demo_data, oversight_db, variance
from station.server.tolerances import Tolerances
from tests.bench.table import Row, interleaved, p50

FLOOR = "Ground"
BARE_ITEMS = (
    "SELECT i.rack_id, i.item_code, i.name, i.category, i.uom, i.expected_qty, i.mrp FROM items i "
    "JOIN racks k ON k.rack_id = i.rack_id WHERE {where}"
)
BARE_LINES = (
    "SELECT r.session_id, r.item_code, SUM(r.verified_qty), SUM(r.damage_qty) FROM records r "
    "JOIN racks k ON k.session_id = r.session_id WHERE {where} GROUP BY r.session_id, r.item_code"
)


def count_everything(engine: Engine, now: float) -> int:
    """Every rack counted and finished by one of five counters: most lines right, some a piece or two off, a
    few far off or missing."""
    rng = random.Random(16)
    with engine.begin() as conn:
        racks = [row.rack_id for row in conn.execute(select(db.racks.c.rack_id))]
        items = conn.execute(select(db.items.c.item_code, db.items.c.rack_id, db.items.c.expected_qty)).all()
        sessions = {rack: f"session_bench_{rack}" for rack in racks}
        conn.execute(insert(db.sessions), [
            {"id": sid, "username": f"counter{n % 5 + 1}", "rack_id": rack, "floor": "", "status": "completed",
             "lock_token": 1, "started_at": now, "last_heartbeat": now, "completed_at": now + 600}
            for n, (rack, sid) in enumerate(sessions.items())
        ])  # fmt: skip
        lines = []
        for code, rack, expected in items:
            roll = rng.random()
            if roll < 0.005:
                continue  # missing
            off = rng.choice((-2, -1, 1, 2)) if roll > 0.92 else 0
            off = rng.randint(-10, 10) if roll > 0.985 else off
            qty = max(0, expected + off)
            lines.append({"client_record_id": uuid.uuid4().hex, "session_id": sessions[rack], "rack_id": rack,
                          "floor": "", "item_code": code, "verified_qty": qty, "damage_qty": 0, "serial_numbers": [],
                          "status": "finalized", "created_at": now, "updated_at": now, "version": 1,
                          "submitted_by": "counter1", "received_at": now, "manual_entry": False})  # fmt: skip
        conn.execute(insert(db.records), lines)
        for rack, sid in sessions.items():
            conn.execute(update(db.racks).where(db.racks.c.rack_id == rack).values(status="completed", session_id=sid))
        return len(lines)


def bare(conn: Connection, where: str, *params: str) -> int:
    """The same rows the variance reads, by two plain SQL statements: the racks' items and their counted lines."""
    items = conn.exec_driver_sql(BARE_ITEMS.format(where=where), params).fetchall()
    lines = conn.exec_driver_sql(BARE_LINES.format(where=where), params).fetchall()
    return len(items) + len(lines)


def whole_count_pdf(conn: Connection, tolerances: Tolerances, path: Path) -> None:
    summary = oversight_db.summary(conn, tolerances, time.time())
    write_pdf(sheets.summary_report(summary, oversight_db.floor_variances(conn, tolerances)), path)


def run() -> list[Row]:
    gui()
    tolerances = Tolerances()
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch)
        engine = db.make_engine(f"sqlite:///{folder / 'server.db'}")
        db.create_schema(engine)
        demo_data.seed(engine, time.time())
        count_everything(engine, time.time())
        reader = engine.execution_options(isolation_level="AUTOCOMMIT")  # as the server reads
        with reader.connect() as conn:
            racks = len(variance.rack_counts(conn, floor=FLOOR))
            floor_ms, floor_bare = interleaved(
                lambda: variance.floor_variance(conn, FLOOR, tolerances), lambda: bare(conn, "k.floor = ?", FLOOR), 30
            )
            pdf_ms, pdf_bare = interleaved(
                lambda: whole_count_pdf(conn, tolerances, folder / "count.pdf"), lambda: bare(conn, "1 = 1"), 3, 1
            )
            all_racks = len(variance.rack_counts(conn))
        engine.dispose()
    floor_value, floor_limit = p50(floor_ms), p50(floor_bare)
    pdf_value, pdf_limit = p50(pdf_ms), p50(pdf_bare)
    return [
        Row(f"floor variance ({racks} racks, server)", floor_value, "ms", floor_limit, "bare SQL, same rows",
            "≤ 3× bare and < 100 ms", floor_value <= 3 * floor_limit and floor_value < 100),
        Row(f"whole-count PDF ({all_racks} racks)", pdf_value, "ms", pdf_limit, "bare SQL, same rows", "< 5 s",
            pdf_value < 5000),
    ]  # fmt: skip
