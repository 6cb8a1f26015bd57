"""The demo warehouse: floors, racks, items with valid barcodes, serialized share, demo users."""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, Row, Table, select

from station.domain.barcodes import is_valid_gtin, normalise
from station.server import db, demo_data
from station.server.security import verify_secret

Demo = tuple[Engine, list[demo_data.SampleLabel]]
"""The seeded demo database, and the practice labels the seeding wrote."""


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Demo:
    engine = db.make_engine(f"sqlite:///{tmp_path_factory.mktemp('demo') / 'demo.db'}")
    db.create_schema(engine)
    assert demo_data.is_empty(engine)
    labels = demo_data.seed(engine, 0.0)
    assert not demo_data.is_empty(engine)
    return engine, labels


def rows(demo: Demo, table: Table) -> list[Row[Any]]:
    engine = demo[0]
    with engine.connect() as conn:
        return list(conn.execute(select(table)))


def test_five_floors_of_forty_racks(demo: Demo) -> None:
    racks = rows(demo, db.racks)
    assert Counter(r.floor for r in racks) == {
        f: 40 for f in ("Ground", "First", "Second", "Upper Godown", "Back Godown")
    }
    assert {r.rack_id for r in racks} >= {"G-R01", "F-R40", "U-R07", "B-R40"}


def test_six_thousand_items_about_a_tenth_serialized(demo: Demo) -> None:
    items = rows(demo, db.items)
    assert len(items) == 6000
    assert 0.08 < sum(i.serialized for i in items) / len(items) < 0.14
    assert all(i.expected_qty > 0 and i.rack_id for i in items)


def test_every_barcode_is_valid_and_some_items_have_two(demo: Demo) -> None:
    codes = rows(demo, db.barcodes)
    per_item = Counter(b.item_code for b in codes)
    assert set(per_item.values()) == {1, 2} and 300 < sum(v == 2 for v in per_item.values()) < 700
    for b in codes:
        assert is_valid_gtin(b.barcode) or (len(b.barcode) == 6 and b.barcode[:2] in ("51", "52", "53"))
    assert len({b.barcode for b in codes}) == len(codes)


def test_practice_labels_include_gs1_128_labels_that_read(demo: Demo) -> None:
    labels = demo[1]
    gs1 = [label for label in labels if label.scan.startswith("]C1")]
    assert len(gs1) == 5
    for label in gs1:
        scan = normalise(label.scan)
        assert scan.gs1 is not None and scan.gs1.serial and scan.gs1.batch and is_valid_gtin(scan.code)


def test_demo_users_and_their_pins(demo: Demo, tmp_path: Path) -> None:
    users = {u.username: u for u in rows(demo, db.users)}
    assert set(users) == {"counter1", "counter2", "counter3", "counter4", "counter5", "supervisor", "admin"}
    assert verify_secret(users["counter4"].password_hash, "counter")
    assert verify_secret(users["counter4"].pin_hash, "4444") and not verify_secret(users["counter4"].pin_hash, "1111")
    assert verify_secret(users["supervisor"].pin_hash, "9999") and users["supervisor"].role == "supervisor"
    assert users["admin"].pin_hash is None and users["admin"].role == "admin"
    demo_data.write_labels(tmp_path / "labels.txt", demo[1])
    assert (tmp_path / "labels.txt").read_text(encoding="utf-8").startswith("Demo labels to practise with")
