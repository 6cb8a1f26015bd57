"""The leak guard: every ``QThread`` and ``QTimer`` a test starts is recorded, and the test fails if one
is still running (or still ticking) when it has ended. ``QTimer.singleShot`` is not recorded: it owns
no object a test could leave behind."""

from __future__ import annotations

import asyncio
import sys
import weakref
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QObject, QThread, QTimer

ROOT = Path(__file__).resolve().parents[2]
THREAD_STOP_MS = 5_000


@dataclass(frozen=True)
class Leak:
    """A thread still running, or a timer still active, after the test that started it."""

    kind: str  # "thread" or "timer"
    obj: QObject
    where: str  # the line that started it

    def __str__(self) -> str:
        name = self.obj.objectName()
        return f"{self.kind} {type(self.obj).__name__}{f' {name!r}' if name else ''} started at {self.where}"


def _caller() -> str:
    """The first line outside this module on the stack: the code that called ``start``."""
    frame = sys._getframe(1)
    while frame.f_back is not None and frame.f_code.co_filename == __file__:
        frame = frame.f_back
    path = Path(frame.f_code.co_filename)
    shown = path.relative_to(ROOT) if path.is_relative_to(ROOT) else path
    return f"{shown}:{frame.f_lineno} ({frame.f_code.co_name})"


def _alive(recorded: dict[int, tuple[weakref.ref[Any], str]], check: str) -> list[tuple[QObject, str]]:
    """The recorded objects that still exist on both sides (Python and C++) and that ``check`` says run."""
    alive: list[tuple[QObject, str]] = []
    for ref, where in list(recorded.values()):
        obj = ref()
        if obj is None:
            continue
        try:
            running = getattr(obj, check)()
        except RuntimeError:  # the C++ object is gone: nothing left to run
            continue
        if running:
            alive.append((obj, where))
    return alive


class LeakGuard:
    """Records the threads and timers started while it is installed."""

    def __init__(self) -> None:
        self._threads: dict[int, tuple[weakref.ref[QThread], str]] = {}
        self._timers: dict[int, tuple[weakref.ref[QTimer], str]] = {}

    def install(self, monkeypatch: pytest.MonkeyPatch) -> None:
        thread_start, timer_start = QThread.start, QTimer.start
        threads, timers = self._threads, self._timers

        def start_thread(thread: QThread, *args: Any) -> None:
            threads[id(thread)] = (weakref.ref(thread), _caller())
            thread_start(thread, *args)

        def start_timer(timer: QTimer, *args: Any) -> None:
            timers[id(timer)] = (weakref.ref(timer), _caller())
            timer_start(timer, *args)

        monkeypatch.setattr(QThread, "start", start_thread)
        monkeypatch.setattr(QTimer, "start", start_timer)

    def leaks(self) -> list[Leak]:
        """The recorded threads still running and timers still active, threads first."""
        threads = [Leak("thread", obj, where) for obj, where in _alive(self._threads, "isRunning")]
        return threads + [Leak("timer", obj, where) for obj, where in _alive(self._timers, "isActive")]

    @staticmethod
    def stop(leaks: list[Leak]) -> list[Leak]:
        """Stop what leaked, so that the tests after are not disturbed; what would not stop."""
        stuck: list[Leak] = []
        for leak in leaks:
            if isinstance(leak.obj, QTimer):
                leak.obj.stop()
            elif isinstance(leak.obj, QThread):
                leak.obj.quit()
                if not leak.obj.wait(THREAD_STOP_MS):
                    stuck.append(leak)
        return stuck


def guarded(monkeypatch: pytest.MonkeyPatch) -> Iterator[LeakGuard]:
    """The body of the autouse fixture: record during the test, then fail it on a leak (after stopping
    what leaked). The qasync loop, kept marked as running during a GUI test (see ``run_on``), is
    unmarked first, so that the next tests' ``asyncio.run`` works."""
    guard = LeakGuard()
    guard.install(monkeypatch)
    yield guard
    asyncio.events._set_running_loop(None)
    leaks = guard.leaks()
    if leaks:
        stuck = guard.stop(leaks)
        lines = "\n  ".join(str(leak) for leak in leaks)
        also = f"\n(and {len(stuck)} would not stop)" if stuck else ""
        pytest.fail(f"left running after the test:\n  {lines}{also}", pytrace=False)
