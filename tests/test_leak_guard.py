"""The leak guard can fail: a thread left running and a timer left ticking are reported, with the line
that started them, and a test that leaks them fails; what has stopped by itself is no leak."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import QThread, QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tests.helpers.leaks import LeakGuard

ROOT = Path(__file__).resolve().parent.parent


def test_a_thread_left_running_and_a_timer_left_ticking_are_reported(leak_guard: LeakGuard, qapp: QApplication) -> None:
    thread = QThread()
    thread.setObjectName("left-running")
    thread.start()
    timer = QTimer()
    timer.setObjectName("left-ticking")
    timer.start(60_000)
    try:
        leaks = leak_guard.leaks()
        assert [(leak.kind, leak.obj) for leak in leaks] == [("thread", thread), ("timer", timer)]
        assert str(leaks[0]).startswith("thread QThread 'left-running' started at tests/test_leak_guard.py:")
        assert str(leaks[1]).startswith("timer QTimer 'left-ticking' started at tests/test_leak_guard.py:")
    finally:
        assert LeakGuard.stop(leak_guard.leaks()) == []
    assert leak_guard.leaks() == [] and not thread.isRunning() and not timer.isActive()


def test_a_thread_that_finished_and_a_single_shot_that_fired_are_not_leaks(leak_guard: LeakGuard, qtbot: QtBot) -> None:
    thread = QThread()
    thread.start()
    thread.quit()
    assert thread.wait(5_000)
    fired: list[bool] = []
    once = QTimer()
    once.setSingleShot(True)
    once.timeout.connect(lambda: fired.append(True))
    once.start(1)
    QTimer.singleShot(60_000, lambda: None)  # static: nothing a test holds, not recorded
    qtbot.waitUntil(lambda: bool(fired))
    assert leak_guard.leaks() == []


LEAKING_TESTS = """
from PySide6.QtCore import QThread, QTimer

def test_leaves_a_thread_running(qapp):
    global thread
    thread = QThread()
    thread.start()

def test_leaves_a_timer_ticking(qapp):  # a timer ticks only where there is an application
    global timer
    timer = QTimer()
    timer.start(60_000)

def test_stops_what_it_started(qapp):
    thread, timer = QThread(), QTimer()
    thread.start()
    timer.start(60_000)
    timer.stop()
    thread.quit()
    assert thread.wait(5_000)
"""

GUARDED_CONFTEST = """
import pytest
from tests.helpers.leaks import guarded

@pytest.fixture(autouse=True)
def leak_guard(monkeypatch):
    yield from guarded(monkeypatch)
"""


def test_a_test_that_leaks_fails(pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch) -> None:
    """The same guard as tests/conftest.py's, in a run of its own: each leaking test errors at teardown."""
    assert "yield from guarded(monkeypatch)" in (ROOT / "tests" / "conftest.py").read_text(encoding="utf-8")
    monkeypatch.setenv("PYTHONPATH", os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")]))
    pytester.makeconftest(GUARDED_CONFTEST)
    pytester.makepyfile(test_leaky=LEAKING_TESTS)
    result = pytester.runpytest_subprocess("-p", "no:cacheprovider", "-q")
    result.assert_outcomes(passed=3, errors=2)
    result.stdout.fnmatch_lines([
        "*ERROR at teardown of test_leaves_a_thread_running*",
        "*thread QThread started at *test_leaky.py:* (test_leaves_a_thread_running)*",
        "*ERROR at teardown of test_leaves_a_timer_ticking*",
        "*timer QTimer started at *test_leaky.py:* (test_leaves_a_timer_ticking)*",
    ])  # fmt: skip
