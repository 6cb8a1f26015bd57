"""Colour is never the only signal: each state of a line, a scan, a rack tile and the status bar also
carries a word or a mark, in a glyph the screen's font has (DejaVu Sans on CI)."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QApplication, QWidget

from station.domain.lease import LeaseState
from station.domain.lines import Line
from station.domain.records import RecordStatus
from station.session.values import LeaseStatus, TileState
from station.ui.lines_model import EXPECTED, SENT, LinesModel
from station.ui.racks_model import MARKS as TILE_MARKS
from station.ui.racks_model import legend
from station.ui.scan_view import MARKS as SCAN_MARKS
from station.ui.scan_view import ScanView
from station.ui.status_bar import StationStatusBar

BASE = Line("id", "8901001000000", "Basmati Rice 5 kg", None, 3, 0, (), False, False, False, True,
            RecordStatus.PARTIAL, 1)  # fmt: skip


def in_font(widget: QWidget, text: str) -> bool:
    """Every character of ``text`` is drawn by the widget's own font (not a missing-glyph box)."""
    metrics = QFontMetrics(widget.font())
    return all(metrics.inFontUcs4(ord(char)) for char in text if not char.isspace())


def test_each_line_state_has_a_word_or_a_mark(qapp: QApplication) -> None:
    lines = {
        "sent": BASE,
        "waiting": dataclasses.replace(BASE, client_record_id="w", synced=False),
        "refused": dataclasses.replace(BASE, client_record_id="r", refused="Stale lease."),
        "set aside": dataclasses.replace(BASE, client_record_id="x", settled="ignore"),
        "typed": dataclasses.replace(BASE, client_record_id="t", manual_entry=True),
        "damaged": dataclasses.replace(BASE, client_record_id="d", damage_qty=2),
    }
    model = LinesModel()
    model.reset(list(lines.values()), {BASE.item_code: 5}, blind=False)
    view = ScanView()
    cells = {state: [model.index(row, column).data() for column in range(7)] for row, state in enumerate(lines)}
    assert cells["sent"][SENT] == "✓" and cells["waiting"][SENT] == "…"
    assert cells["refused"][SENT] == "✕ refused" and cells["set aside"][SENT] == "set aside"
    assert cells["typed"][1].endswith("· typed") and cells["damaged"][3] == "2"
    assert cells["sent"][EXPECTED] == "5 ▼"  # short of the expected 5: the amber has a mark too
    marks = "".join(str(cell) for row in cells.values() for cell in row)
    assert in_font(view.table, marks)
    view.deleteLater()


def test_each_scan_verdict_has_a_mark_beside_the_message(qapp: QApplication) -> None:
    view = ScanView()
    shown = {}
    for verdict in ("good", "bad", "ask", "paused", "damage"):
        view.say("A sentence.", verdict)
        shown[verdict] = view.message.mark()
        assert view.message.text() == "A sentence." and view.message.property("verdict") == verdict
    assert len(set(shown.values())) == len(shown) and all(shown.values())
    assert shown == SCAN_MARKS and in_font(view.message, "".join(shown.values()))
    view.say("Scan the first item.", "")
    assert view.message.mark() == ""
    view.deleteLater()


def test_each_rack_tile_state_has_a_mark_and_the_legend_names_them(qapp: QApplication) -> None:
    assert set(TILE_MARKS) == set(TileState) and len(set(TILE_MARKS.values())) == len(TileState)
    assert all(mark in legend() for mark in TILE_MARKS.values())
    probe = ScanView()
    assert in_font(probe, "".join(TILE_MARKS.values()))
    probe.deleteLater()


def test_the_status_bar_says_each_state_in_words(qapp: QApplication) -> None:
    bar = StationStatusBar()
    bar.set_connection(False, "The server cannot be reached.")
    assert "offline" in bar.connection.text()
    for state in (LeaseState.HELD, LeaseState.AT_RISK, LeaseState.EXPIRED, LeaseState.LOST):
        bar.set_lease(LeaseStatus(state, 20, None, "", "G-R01"))
        assert "lease" in bar.lease.text(), state
    bar.set_lease(LeaseStatus(LeaseState.HELD, 20, None, "", "G-R01"), paused=True)
    assert bar.lease.text() == "G-R01: paused"
    bar.set_queue(3, 1, 2)
    assert (bar.queue.text(), bar.stalled.text(), bar.conflicts.text()) == (
        "3 waiting to sync",
        "1 stalled",
        "2 refused (F9)",
    )
    bar.deleteLater()


def test_expected_is_amber_only_past_the_expected_count(qapp: QApplication) -> None:
    """Short of expected is how every line starts: plain. Over it (a double scan, the wrong item) is amber."""
    short = BASE  # 3 counted
    matched = dataclasses.replace(BASE, client_record_id="m", item_code="m", verified_qty=5)
    over = dataclasses.replace(BASE, client_record_id="o", item_code="o", verified_qty=7)
    model = LinesModel()
    model.reset([short, matched, over], {BASE.item_code: 5, "m": 5, "o": 5}, blind=False)
    colour = [model.index(row, EXPECTED).data(Qt.ItemDataRole.ForegroundRole) for row in range(3)]
    assert colour[0] is None and colour[1] is None
    assert colour[2] is not None and colour[2].name() == "#b26a00"
    assert [model.index(row, EXPECTED).data() for row in range(3)] == ["5 ▼", "5", "5 ▲"]
