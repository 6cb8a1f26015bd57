"""A busy day's plain values for the screens: long names and codes, every state of a line and a rack,
conflicts of every kind, counters at work (for ``desk_screens`` and the text size benchmark)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from station import contract
from station.domain.lines import Line
from station.domain.records import RecordStatus
from station.session.conflict_rows import EXPLAINED, ConflictRow
from station.session.values import RackTile, SessionRow, TileState

NAMES = (
    "Basmati Rice 5 kg",
    "Steel Pressure Cooker 3 L",
    "Padlock 50 mm brass",
    "Nails 2 inch, box of 500",
    "Cotton Towel 70×140 cm",
    "LED Bulb 9 W cool daylight",
    "Wall Clock quartz 30 cm",
    "Ceramic Mug 350 ml",
)
RACK = "G-R05"


def lines(start: int = 0) -> list[Line]:
    """A busy rack: long codes, a refused line, one set aside, typed ones, serials (ids from ``start``)."""
    made = []
    for n in range(24):
        code = "UNKNOWN-4006381333931" if n == 3 else f"89010010{start + n:05d}"
        made.append(
            Line(
                f"line-{start + n}",
                code,
                "" if n == 3 else NAMES[n % len(NAMES)],
                code,
                3 + n,
                n % 3,
                tuple(f"SN-2026-{n:04d}-{k}" for k in range(4)) if n == 1 else (),
                n == 1,
                n == 3,
                n == 5,
                n % 4 != 0,
                RecordStatus.PARTIAL,
                n,
                refused="The serial SN-2026-0001-2 is on another line." if n == 2 else "",
                settled="ignore" if n == 7 else "",
            )
        )
    return made


def expected() -> dict[str, float | None]:
    return {line.item_code: float(10 + n % 5) for n, line in enumerate(lines())}


def tiles() -> list[RackTile]:
    states = [TileState.AVAILABLE, TileState.ACTIVE, TileState.PAUSED, TileState.COMPLETED, TileState.MINE]
    return [
        RackTile(f"G-R{n:02d}", "Ground", states[n % 5], f"counter{n % 5 + 1}" if n % 5 in (1, 2, 4) else None, 40, n)
        for n in range(1, 41)
    ]


def conflict_rows() -> list[ConflictRow]:
    rows = []
    for n, kind in enumerate(contract.ConflictType):
        rows.append(
            ConflictRow(
                key=f"c{n}",
                conflict_type=kind.value,
                explanation=EXPLAINED[kind],
                rack_id=RACK,
                session_id="session_counter1_G-R05_1764400000",
                item=f"{NAMES[n]} (89010010{n:05d})",
                counted_by="counter1",
                detected_at=datetime.now(UTC),
                station={
                    "verified_qty": 12,
                    "damage_qty": 1,
                    "serial_numbers": ["SN-1", "SN-2"],
                    "lock_token": 4,
                    "version": 2,
                },
                server={"verified_qty": 10, "damage_qty": 0, "serial_numbers": ["SN-1"], "lock_token": 5, "version": 3},
                serialized=n == 0,
                message=f"{kind.value}: the server refused the line.",
            )
        )
    return rows


def sessions() -> tuple[list[SessionRow], list[SessionRow]]:
    now = datetime.now(UTC)
    active = [
        SessionRow(
            f"s{n}",
            f"G-R{n:02d}",
            "Upper Godown",
            f"counter{n}",
            "active",
            now - timedelta(minutes=30),
            now - timedelta(seconds=20 * n),
            None,
            12 * n,
            40 * n,
        )
        for n in range(1, 6)
    ]
    recent = [
        SessionRow(
            f"r{n}",
            f"F-R{n:02d}",
            "First",
            f"counter{n % 5 + 1}",
            "completed",
            now - timedelta(hours=2),
            None,
            now - timedelta(hours=1),
            30,
            120,
        )
        for n in range(1, 9)
    ]
    return active, recent
