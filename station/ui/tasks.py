"""Running the session layer's coroutines from Qt slots on the qasync loop, errors logged not lost."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Coroutine
from typing import Any

log = logging.getLogger(__name__)

_running: set[asyncio.Task[Any]] = set()


def spawn(coroutine: Coroutine[Any, Any, Any]) -> asyncio.Task[Any]:
    """Start ``coroutine`` on the GUI thread's loop; keep a reference until it is done; log failures."""
    task = asyncio.ensure_future(coroutine)
    _running.add(task)
    task.add_done_callback(_finished)
    return task


def _finished(task: asyncio.Task[Any]) -> None:
    _running.discard(task)
    if not task.cancelled() and task.exception() is not None:
        log.error("a background step failed: %s", task.get_coro(), exc_info=task.exception())


def pending() -> int:
    """How many spawned coroutines are still running (tests wait for none)."""
    return len(_running)


def cancel_all() -> int:
    """Cancel what is still running (the window is closing); how many were cancelled."""
    running = [task for task in _running if not task.done()]
    for task in running:
        task.cancel()
    return len(running)
