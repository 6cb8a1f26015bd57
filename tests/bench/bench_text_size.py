"""Ctrl+=: one step of the text size on the scanning screen with 500 lines, beside Qt restyling the same
window with the same style sheet (what any change of the theme costs)."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication  # noqa: E402

from station.app import build  # noqa: E402
from station.config import Settings  # noqa: E402
from station.session.values import OpenedRack  # noqa: E402
from station.store.database import open_store  # noqa: E402
from station.ui.theme import apply_theme, current_theme, text_scale  # noqa: E402
from tests.bench.table import Row, p50, timed  # noqa: E402
from tests.helpers.busy_day import expected, lines  # noqa: E402

LINES = 500


def run() -> list[Row]:
    app = QApplication.instance() or QApplication([])
    assert isinstance(app, QApplication)
    apply_theme(app, "light")
    with tempfile.TemporaryDirectory() as scratch:
        settings = Settings().with_overrides(server={"url": "http://127.0.0.1:9"}, feedback={"sound": False})
        station = build(app, settings, open_store(Path(scratch) / "station.db"))
        window = station.window
        many = [line for n in range(LINES // len(lines()) + 1) for line in lines(start=n * 1000)][:LINES]
        window.scan_view.open_session(OpenedRack("s-1", "G-R05", "Ground", "counter1", many, expected()))
        window.stack.setCurrentWidget(window.scan_view)
        window.resize(1366, 688)
        window.show()
        app.processEvents()
        text_size = window.text_size
        assert text_size is not None

        def step() -> None:  # one Ctrl+= (or Ctrl+- back), until the window has laid itself out again
            (text_size.larger if text_scale() == 1.0 else text_size.smaller)()
            app.processEvents()

        def restyle() -> None:  # the same window restyled by Qt with the style sheet it already has
            app.setStyleSheet(app.styleSheet() + " ")
            app.processEvents()

        ours = p50(timed(step, repeat=20, warmup=2))
        raw = p50(timed(restyle, repeat=20, warmup=2))
        window.waiting = 0
        station.shutdown()
        window.close()
        apply_theme(app, current_theme())
    return [
        Row(f"one text size step (Ctrl+=), scanning screen with {LINES} lines", ours, "ms", raw,
            "Qt restyling the same window", "≤ 1.5× restyle", ours <= 1.5 * raw),
    ]  # fmt: skip
