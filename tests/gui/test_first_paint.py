"""What the log-in screen does not need waits until the window has painted itself once."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from station.app import after_first_paint


def test_the_actions_run_once_after_the_first_paint_and_not_before(qtbot: QtBot) -> None:
    window = QLabel("Station")
    qtbot.addWidget(window)
    ran: list[str] = []
    after_first_paint(window, [lambda: ran.append("server"), lambda: ran.append("the rest")])
    assert ran == []  # not while the window is being built
    window.show()
    qtbot.waitUntil(lambda: len(ran) == 2)
    assert ran == ["server", "the rest"]  # in order
    window.repaint()
    QApplication.processEvents()  # a second paint, and any timer it would have set
    assert ran == ["server", "the rest"]  # once
