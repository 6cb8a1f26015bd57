"""``SyncWorker``: runs the sync engine on its own QThread, woken by events, paused on minimise.

The thread runs an asyncio loop of its own (the engine's HTTP client belongs to it). The GUI calls
``wake``, ``sync_now``, ``pause``, ``resume`` and ``stop`` from its thread; they only hand a message
to the worker's loop. The worker reports through Qt signals, which reach the GUI queued.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import threading
from collections.abc import Callable

from PySide6.QtCore import QObject, QThread, Signal

from station.i18n import QT_TRANSLATE_NOOP, translate
from station.store.errors import StoreError
from station.sync.engine import SyncEngine

log = logging.getLogger(__name__)

STOP_GRACE_S = 5.0
"""How long ``stop`` lets a batch in flight finish before abandoning it (it is sent again later)."""
GATHER_S = 0.25
"""After a scan wakes the worker, how long it waits for the next ones, so that a counter's burst goes as
one batch (and the worker's work does not come between the scans on the GUI thread)."""
STORE_RETRY_S = 5.0
"""After the local database refused a write (a full disk), the next pass comes this much later."""
STOPPED_BY_A_FAULT = QT_TRANSLATE_NOOP(
    "worker",
    "Sending has stopped after an error (see the log). Every counted line is kept; restart Station to send them.",
)


class SyncWorker(QObject):
    """Drains the outbox in the background.

    Signals:
        progress(done, total): lines sent in the current pass.
        queue_changed(waiting, stalled, conflicts): after every pass.
        error_changed(sentence): the last failure, or "" once everything went through.
        needs_login(): the server said the token expired; nothing is sent until a log-in.
        idle(): the worker has nothing to do and waits to be woken (or for its timer).
    """

    progress = Signal(int, int)
    queue_changed = Signal(int, int, int)
    error_changed = Signal(str)
    needs_login = Signal()
    idle = Signal()

    def __init__(
        self,
        engine_factory: Callable[[], SyncEngine],
        *,
        wake_interval_s: float = 30.0,
        stop_grace_s: float = STOP_GRACE_S,
        gather_s: float = 0.0,
    ) -> None:
        super().__init__()
        self._factory = engine_factory
        self._interval = wake_interval_s
        self._gather = gather_s
        self._grace = stop_grace_s
        self._thread: QThread | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._wakeup: asyncio.Event | None = None
        self._stop_requested: asyncio.Event | None = None
        self._hurry: asyncio.Event | None = None  # a gathering of scans is cut short
        self._ready = threading.Event()
        self._paused = False
        self._stopping = False
        self._release_stalled = False
        self._gathering = False  # woken by a scan: wait ``gather_s`` for the next ones first
        self.passes = 0

    # --- called from the GUI thread -----------------------------------------------------------

    def start(self) -> None:
        thread = QThread()
        thread.setObjectName("sync-worker")
        self.moveToThread(thread)
        thread.started.connect(self._run)
        self._thread = thread
        thread.start()
        self._ready.wait(10)

    def wake(self) -> None:
        """Lines were written: look for due batches shortly (after ``gather_s``, with whatever else is
        scanned meanwhile)."""
        self._call(self._written)

    def _written(self) -> None:
        self._gathering = True
        if self._wakeup is not None:
            self._wakeup.set()

    def sync_now(self) -> None:
        """The person asked: send everything, stalled lines included, now."""
        self._release_stalled = True
        self._poke(hurry=True)

    def pause(self) -> None:
        """Send nothing until ``resume`` (a batch in flight still finishes)."""
        self._paused = True

    def resume(self) -> None:
        self._paused = False
        self._poke()

    @property
    def paused(self) -> bool:
        return self._paused

    def stop(self, timeout_ms: int = 15_000) -> bool:
        """Stop the worker and wait for its thread; whether it ended in time.

        A batch in flight gets ``STOP_GRACE_S`` to finish; after that it is abandoned, and its lines,
        still dirty, go out after the next start.
        """
        self._stopping = True
        self._poke(hurry=True)
        self._call(lambda: self._stop_requested.set() if self._stop_requested else None)
        if self._thread is None:
            return True
        finished = self._thread.wait(timeout_ms)
        if finished:
            self._thread.deleteLater()
            self._thread = None
        return finished

    def _poke(self, *, hurry: bool = False) -> None:
        def poke() -> None:
            if self._wakeup is not None:
                self._wakeup.set()
            if hurry and self._hurry is not None:
                self._hurry.set()

        self._call(poke)

    def _call(self, action: Callable[[], object]) -> None:
        loop = self._loop
        if loop is not None and not loop.is_closed():
            with contextlib.suppress(RuntimeError):  # the loop closed between the check and the call
                loop.call_soon_threadsafe(action)

    # --- on the worker thread -----------------------------------------------------------------

    def _run(self) -> None:
        try:
            asyncio.run(self._main())
        except Exception:
            log.exception("the sync worker failed; queued lines are safe and will be sent after a restart")
            self.error_changed.emit(translate("worker", STOPPED_BY_A_FAULT))
        finally:
            thread = QThread.currentThread()
            thread.quit()

    async def _main(self) -> None:
        self._loop = asyncio.get_running_loop()
        self._wakeup = asyncio.Event()
        self._stop_requested = asyncio.Event()
        self._hurry = asyncio.Event()
        self._ready.set()
        engine = self._factory()
        engine.on_progress = self.progress.emit
        self._emit_counts(engine)
        try:
            next_due: float | None = None
            while not self._stopping:
                if not self._paused:
                    next_due = await self._one_pass(engine)
                else:  # scans still come (a log-in pending): their WAL is folded in here, not by a scan
                    engine.outbox.checkpoint(due_only=True)
                timeout = (
                    None if self._paused else min(self._interval, self._interval if next_due is None else next_due)
                )
                timed_out = await self._sleep(timeout)
                if timed_out:
                    self._release_stalled = True  # the periodic wake retries stalled lines
                elif self._gathering:
                    await self._gather_scans()
        finally:
            await engine.client.http.aclose()

    async def _one_pass(self, engine: SyncEngine) -> float | None:
        assert self._stop_requested is not None and self._hurry is not None
        self._hurry.clear()  # a "sync now" is this pass
        if self._release_stalled:
            self._release_stalled = False
            try:
                engine.outbox.wake_stalled()
            except StoreError as failure:
                log.warning("could not wake the stalled lines: %s", failure.sentence)
        task = asyncio.ensure_future(engine.run_pass())
        stop = asyncio.ensure_future(self._stop_requested.wait())
        await asyncio.wait({task, stop}, return_when=asyncio.FIRST_COMPLETED)
        stop.cancel()
        if not task.done():
            done, _ = await asyncio.wait({task}, timeout=self._grace)
            if not done:
                task.cancel()  # abandoned: its lines stay dirty and are sent again after a restart
                with contextlib.suppress(asyncio.CancelledError):
                    await task
                log.info("stopped with a batch in flight; its lines will be sent again")
                return None
        try:
            report = task.result()
        except StoreError as failure:  # a full disk, say: the lines stay queued; try again a little later
            log.warning("sync pass stopped by the local database: %s", failure.sentence)
            self.error_changed.emit(_held_up_by(failure))
            with contextlib.suppress(StoreError):  # reading usually works on a full disk: the counts stay true
                self._emit_counts(engine)
            return STORE_RETRY_S
        self.passes += 1
        if report.needs_login:
            self._paused = True  # before saying so: whoever hears it finds the worker paused
            self.needs_login.emit()
        self.error_changed.emit(report.error or "")
        self._emit_counts(engine)
        return report.next_due_in

    async def _gather_scans(self) -> None:
        """Let a burst of scans collect before the pass: the scans made meanwhile go with it. "Sync now"
        and ``stop`` cut it short."""
        assert self._hurry is not None and self._wakeup is not None
        if self._gather > 0 and not self._release_stalled and not self._stopping:
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._hurry.wait(), self._gather)
        self._hurry.clear()
        self._wakeup.clear()
        self._gathering = False

    async def _sleep(self, timeout: float | None) -> bool:
        """Wait for a poke or the timeout; whether it was the timeout."""
        assert self._wakeup is not None
        if self._wakeup.is_set():
            self._wakeup.clear()
            return False
        self.idle.emit()
        try:
            await asyncio.wait_for(self._wakeup.wait(), timeout)
        except TimeoutError:
            return True
        finally:
            self._wakeup.clear()
        return False

    def _emit_counts(self, engine: SyncEngine) -> None:
        counts = engine.counts()
        self.queue_changed.emit(counts.waiting, counts.stalled, counts.conflicts)


def _held_up_by(failure: StoreError) -> str:
    """The status bar's sentence when the local database stops a sync pass."""
    if failure.kind == "disk_full":
        return translate(
            "worker",
            "Sending paused: the disk holding the station's data is full. Free some space; every line is kept.",
        )
    return translate("worker", "Sending paused: {why}").format(why=failure.sentence)
