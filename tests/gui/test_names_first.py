"""Names come first in the lines table: a long code is elided in the middle, the name takes the spare
width, and the whole line is a tooltip and the current line's words away."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from station.domain.lines import Line
from station.domain.records import RecordStatus
from station.session.values import OpenedRack
from station.ui.lines_model import CODE
from station.ui.scan_view import CODE_WIDTH, ScanView

LONG = "UNKNOWN-4006381333931"
LINES = [
    Line(f"id-{n}", f"89010010{n:05d}", name, None, n + 1, 0, (), False, False, False, True, RecordStatus.PARTIAL, n)
    for n, name in enumerate(("Nail 2 inch, box of 500", "Padlock 50 mm brass", "Cotton Towel 70×140 cm"))
]


def test_a_long_code_is_elided_and_the_name_keeps_the_width(qapp: QApplication) -> None:
    view = ScanView()
    view.resize(1366, 700)
    view.show()
    unknown = dataclasses.replace(LINES[0], client_record_id="unknown", item_code=LONG, item_name="", unknown_item=True)
    view.open_session(OpenedRack("s-1", "G-R01", "Ground", "counter1", [*LINES, unknown], {}))
    qapp.processEvents()
    table = view.table
    ean = table.fontMetrics().horizontalAdvance(CODE_WIDTH)
    assert table.columnWidth(CODE) < table.fontMetrics().horizontalAdvance(LONG)  # elided, not widened
    assert table.columnWidth(CODE) <= ean + 40
    assert table.columnWidth(1) > 2 * table.columnWidth(CODE)  # the name has the spare width
    row = view.model.rowCount() - 1
    assert LONG in view.model.index(row, CODE).data(Qt.ItemDataRole.ToolTipRole)
    view.update_line(unknown)  # the current line: its whole code and state in the line beside the title
    assert view.current.text().startswith(f"{LONG} · unknown barcode: 1 counted")
    view.update_line(LINES[1])
    assert view.current.text().startswith(f"{LINES[1].item_code} · Padlock 50 mm brass: 2 counted")
    view.deleteLater()
