"""The item models, checked by Qt's model tester, and what they show."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from station.domain.lines import Line
from station.domain.records import RecordStatus
from station.session.values import RackTile, TileState
from station.ui.lines_model import COLUMNS, EXPECTED, LinesModel
from station.ui.racks_model import RacksModel, StatusRole, describe

TILES = [
    RackTile(
        rack_id="G-R01", floor="Ground", state=TileState.AVAILABLE, claimed_by=None, item_count=30, counted_count=0
    ),
    RackTile(
        rack_id="G-R02", floor="Ground", state=TileState.ACTIVE, claimed_by="counter2", item_count=30, counted_count=12
    ),
    RackTile(
        rack_id="G-R03", floor="Ground", state=TileState.PAUSED, claimed_by="counter3", item_count=28, counted_count=4
    ),
    RackTile(
        rack_id="G-R04", floor="Ground", state=TileState.COMPLETED, claimed_by=None, item_count=31, counted_count=31
    ),
    RackTile(
        rack_id="G-R05", floor="Ground", state=TileState.MINE, claimed_by="counter1", item_count=30, counted_count=7
    ),
]


def line(code: str, verified: int, synced: bool = False, serials: tuple[str, ...] = ()) -> Line:
    return Line(
        f"id-{code}",
        code,
        f"Name {code}",
        None,
        verified,
        0,
        serials,
        bool(serials),
        False,
        False,
        synced,
        RecordStatus.PARTIAL,
        1,
    )


def test_the_racks_model_passes_the_model_tester(qtmodeltester: Any) -> None:
    model = RacksModel()
    model.set_tiles(TILES)
    qtmodeltester.check(model)
    assert [model.index(n).data(StatusRole) for n in range(5)] == ["available", "active", "paused", "completed", "mine"]


def test_a_tile_says_who_and_how_much() -> None:
    assert [describe(t) for t in TILES] == [
        "free · 30 items", "counter2 · 12/30", "paused (counter3)", "done · 31/31", "yours · 7/30",
    ]  # fmt: skip


def test_a_fresh_listing_repaints_only_what_changed() -> None:
    model = RacksModel()
    model.set_tiles(TILES)
    changed: list[int] = []
    model.dataChanged.connect(lambda top, _bottom: changed.append(top.row()))
    resets: list[bool] = []
    model.modelReset.connect(lambda: resets.append(True))
    model.set_tiles(
        [
            *TILES[:1],
            RackTile(
                rack_id="G-R02",
                floor="Ground",
                state=TileState.AVAILABLE,
                claimed_by=None,
                item_count=30,
                counted_count=12,
            ),
            *TILES[2:],
        ]
    )
    assert changed == [1] and resets == []
    assert model.row_of("g-r04") == 3 and model.row_of("X") is None


def test_the_lines_model_passes_the_model_tester(qtmodeltester: Any) -> None:
    model = LinesModel()
    model.reset([line("A", 3), line("B", 1, synced=True)], {"A": 5, "B": 1}, blind=False)
    qtmodeltester.check(model)
    assert model.headerData(2, Qt.Orientation.Horizontal) == "Counted" and len(COLUMNS) == model.columnCount()


def test_expected_beside_counted_unless_blind() -> None:
    model = LinesModel()
    model.reset([line("A", 3)], {"A": 5}, blind=False)
    assert model.index(0, EXPECTED).data() == "5 ▼"  # the colour is not the only sign
    assert model.index(0, EXPECTED).data(Qt.ItemDataRole.ForegroundRole) is None  # short is plain: still counting
    model.reset([line("A", 7)], {"A": 5}, blind=False)
    assert model.index(0, EXPECTED).data(Qt.ItemDataRole.ForegroundRole) is not None  # past expected: amber
    model.reset([line("A", 3)], {"A": 5}, blind=True)
    assert model.index(0, EXPECTED).data() == ""


def test_upsert_updates_a_line_in_place_or_adds_it() -> None:
    model = LinesModel()
    model.reset([line("A", 1)], {}, blind=False)
    assert model.upsert(line("A", 2, synced=True)) == 0 and model.rowCount() == 1
    assert model.index(0, 2).data() == "2" and model.index(0, 6).data() == "✓"
    assert model.upsert(line("B", 1, serials=("S1", "S2", "S3", "S4"))) == 1
    assert model.index(1, 5).data() == "S2, S3, S4 …"


def test_sent_lines_are_ticked_off() -> None:
    model = LinesModel()
    model.reset([line("A", 1), line("B", 1), line("C", 1, synced=True)], {}, blind=False)
    assert model.set_unsynced({"id-B"}) == 1
    assert [model.index(n, 6).data() for n in range(3)] == ["✓", "…", "✓"]
    assert model.set_unsynced({"id-B"}) == 0
