"""Demo data for training and evaluation: five floors, 200 racks, about 6,000 items, seven users."""

from __future__ import annotations

import functools
import random
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine, func, insert, select

from station.domain.barcodes import GS, gtin_check_digit
from station.paths import private_file
from station.server import db
from station.server.security import hash_pin, hash_secret

FLOORS = (("Ground", "G"), ("First", "F"), ("Second", "S"), ("Upper Godown", "U"), ("Back Godown", "B"))
RACKS_PER_FLOOR = 40
ITEMS = 6000
SEED = 20260105

# (user, full name, role, password, PIN)
USERS = (
    *((f"counter{n}", f"Counter {name}", "staff", "counter", str(n) * 4) for n, name in enumerate(
        ("One", "Two", "Three", "Four", "Five"), start=1)),
    ("supervisor", "Shift Supervisor", "supervisor", "supervisor", "9999"),
    ("admin", "Station Admin", "admin", "admin", None),
)  # fmt: skip

# category: (products, sizes, unit, share of items that carry serial numbers)
CATALOGUE = {
    "Grocery": (("Basmati Rice", "Toor Dal", "Sunflower Oil", "Wheat Atta", "Sugar", "Tea Leaves", "Coffee Powder",
                 "Rock Salt", "Turmeric Powder", "Moong Dal", "Poha", "Jaggery", "Ghee"),
                ("500 g", "1 kg", "2 kg", "5 kg", "1 L", "5 L"), "PKT", 0.0),
    "Kitchen": (("Pressure Cooker", "Kadai", "Tawa", "Steel Tumbler", "Lunch Box", "Water Bottle", "Mixer Jar",
                 "Knife Set", "Casserole"), ("Small", "Medium", "Large", "2 L", "3 L", "5 L"), "NOS", 0.05),
    "Electronics": (("LED Bulb", "Extension Board", "Ceiling Fan", "Mixer Grinder", "Electric Kettle", "Iron Box",
                     "Table Lamp", "Power Bank", "Earphones", "Mobile Charger"),
                    ("Basic", "Pro", "Deluxe", "Compact", "XL"), "NOS", 0.7),
    "Hardware": (("Hammer", "Screwdriver Set", "Wall Plug", "PVC Pipe", "Door Hinge", "Padlock", "Measuring Tape",
                  "Spanner Set", "Nails"), ("Small", "Medium", "Large", "Pack of 10", "Pack of 50"), "NOS", 0.02),
    "Stationery": (("Notebook", "Ball Pen", "Stapler", "A4 Paper Ream", "Marker", "File Folder", "Glue Stick"),
                   ("Single", "Pack of 5", "Pack of 10", "Box"), "PKT", 0.0),
    "Personal Care": (("Bath Soap", "Shampoo", "Toothpaste", "Hair Oil", "Face Wash", "Talcum Powder"),
                      ("50 g", "100 g", "200 ml", "400 ml", "Family Pack"), "NOS", 0.0),
}  # fmt: skip


@dataclass(frozen=True)
class SampleLabel:
    """A label to print for practice: what it is, and the text a scanner sends for it."""

    rack_id: str
    item_code: str
    description: str
    scan: str


def is_empty(engine: Engine) -> bool:
    with engine.connect() as conn:
        return conn.execute(select(func.count()).select_from(db.users)).scalar_one() == 0


def seed(
    engine: Engine, now: float, *, racks_per_floor: int = RACKS_PER_FLOOR, item_count: int = ITEMS
) -> list[SampleLabel]:
    """Fill an empty database with the demo warehouse (smaller when asked); return practice labels."""
    rng = random.Random(SEED)
    racks = [
        {"rack_id": f"{letter}-R{n:02d}", "floor": floor, "position": f * 100 + n, "status": "available",
         "lock_token": 0, "updated_at": now}
        for f, (floor, letter) in enumerate(FLOORS)
        for n in range(1, racks_per_floor + 1)
    ]  # fmt: skip
    items, barcodes = [], []
    internal = iter(rng.sample(range(510000, 540000), item_count // 10 + 1))
    categories = list(CATALOGUE)
    for n in range(1, item_count + 1):
        category = categories[(n * 7) % len(categories)]
        products, sizes, uom, serial_share = CATALOGUE[category]
        serialized = rng.random() < serial_share
        code, product = f"ITM-{n:06d}", rng.choice(products)
        items.append(
            {"item_code": code, "name": f"{product} {rng.choice(sizes)}", "uom": uom,
             "category": category, "subcategory": product, "mrp": float(rng.randint(10, 4000)),
             "serialized": serialized, "rack_id": racks[(n - 1) % len(racks)]["rack_id"],
             "expected_qty": rng.randint(1, 8) if serialized else rng.randint(1, 60)}
        )  # fmt: skip
        barcodes.append({"barcode": ean13(f"890{n // 1000 + 1001:04d}{n:05d}"), "item_code": code})
        if rng.random() < 0.08:  # a second label: an ERP internal code, or a second pack size's EAN
            second = str(next(internal)) if rng.random() < 0.5 else ean13(f"891{n // 1000 + 2001:04d}{n:05d}")
            barcodes.append({"barcode": second, "item_code": code})
    users = [dict(user) for user in _hashed_users()]
    with engine.begin() as conn:
        conn.execute(insert(db.racks), racks)
        conn.execute(insert(db.items), items)
        conn.execute(insert(db.barcodes), barcodes)
        conn.execute(insert(db.users), users)
    return sample_labels(items, barcodes, rng)


def ean13(body12: str) -> str:
    """A 12-digit body with its check digit."""
    return body12 + str(gtin_check_digit(body12))


@functools.cache
def _hashed_users() -> tuple[dict[str, object], ...]:
    # The five counters share one demo password: hash it once, and the three passwords side by side.
    passwords = sorted({password for _, _, _, password, _ in USERS})
    with ThreadPoolExecutor(max_workers=len(passwords)) as pool:
        hashes = dict(zip(passwords, pool.map(hash_secret, passwords), strict=True))
    return tuple(
        {"username": user, "full_name": name, "role": role, "password_hash": hashes[password],
         "pin_hash": hash_pin(pin) if pin else None, "pin_failures": 0}
        for user, name, role, password, pin in USERS
    )  # fmt: skip


def sample_labels(
    items: list[dict[str, object]], barcodes: list[dict[str, str]], rng: random.Random
) -> list[SampleLabel]:
    """Labels for the first rack of the ground floor, plus a few GS1-128 labels with batch and serial."""
    first = {str(i["item_code"]): i for i in items if i["rack_id"] == "G-R01"}
    labels = [
        SampleLabel("G-R01", b["item_code"], str(first[b["item_code"]]["name"]), b["barcode"])
        for b in barcodes
        if b["item_code"] in first
    ]
    serialized = [i for i in items if i["serialized"] and str(i["rack_id"]).startswith("G-")][:5]
    by_item = {b["item_code"]: b["barcode"] for b in barcodes}
    for item in serialized:
        gtin14 = "0" + by_item[str(item["item_code"])]
        batch, serial = f"B{rng.randint(1000, 9999)}", f"SN{rng.randint(10**7, 10**8 - 1)}"
        labels.append(
            SampleLabel(str(item["rack_id"]), str(item["item_code"]), f"{item['name']} (GS1-128, serial {serial})",
                        f"]C101{gtin14}10{batch}{GS}21{serial}")
        )  # fmt: skip
    return labels


def write_labels(path: Path, labels: list[SampleLabel]) -> None:
    """A practice sheet: what each label is and what a scanner sends (GS shown as <GS>)."""
    lines = ["Demo labels to practise with (print as barcodes, or type them; <GS> is the GS1 separator)", ""]
    lines += [f"{x.rack_id}\t{x.item_code}\t{x.scan.replace(GS, '<GS>')}\t{x.description}" for x in labels]
    private_file(path).write_text("\n".join(lines) + "\n", encoding="utf-8")
