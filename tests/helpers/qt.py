"""Qt test helpers: bring a worker thread's signals onto the GUI thread before waiting on them."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Signal, Slot


class Relay(QObject):
    """Re-emits another thread's signals from the GUI thread.

    pytest-qt's ``waitSignal`` connects a plain function, which PySide calls directly on the emitting
    thread; that function then stops a GUI-thread timer from the wrong thread. Connected to this
    object's slots instead, the signals arrive queued, on the GUI thread, as the application's own
    widgets receive them.
    """

    progress = Signal(int, int)
    queue_changed = Signal(int, int, int)
    error_changed = Signal(str)
    needs_login = Signal()
    idle = Signal()

    def __init__(self, worker: Any) -> None:
        super().__init__()
        worker.progress.connect(self.on_progress)
        worker.queue_changed.connect(self.on_queue_changed)
        worker.error_changed.connect(self.on_error_changed)
        worker.needs_login.connect(self.on_needs_login)
        worker.idle.connect(self.on_idle)

    @Slot(int, int)
    def on_progress(self, done: int, total: int) -> None:
        self.progress.emit(done, total)

    @Slot(int, int, int)
    def on_queue_changed(self, waiting: int, stalled: int, conflicts: int) -> None:
        self.queue_changed.emit(waiting, stalled, conflicts)

    @Slot(str)
    def on_error_changed(self, sentence: str) -> None:
        self.error_changed.emit(sentence)

    @Slot()
    def on_needs_login(self) -> None:
        self.needs_login.emit()

    @Slot()
    def on_idle(self) -> None:
        self.idle.emit()
