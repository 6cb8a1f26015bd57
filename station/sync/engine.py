"""The sync engine: drains the outbox to the server in batches, by the rules, with no Qt in sight.

* at most ``batch_size`` (100) lines a batch, at most ``parallel`` (2) batches in flight, each for a
  different session, so that a session's lines reach the server in order;
* a failed batch waits as the backoff policy says; a 429 waits exactly ``Retry-After`` and is no
  failure; a 401 stops the pass until someone logs in again; nothing is ever dropped.

It is driven from outside (``SyncWorker`` on its own thread, or ``station sync``): each ``run_pass``
sends what is due now and says when something will be due next.
"""

from __future__ import annotations

import asyncio
import logging
import random
import uuid
from collections.abc import Callable
from dataclasses import dataclass

from station import contract
from station.api import errors
from station.api.client import ServerClient
from station.domain.backoff import BackoffPolicy
from station.domain.clock import Clock
from station.store.outbox import Outbox, Outgoing, QueueCounts

log = logging.getLogger(__name__)


@dataclass
class PassReport:
    """What one pass did, and when to come back.

    Attributes:
        sent: lines sent (each batch counted once, whatever its answer).
        synced: lines the server took.
        conflicts: lines the server refused, now waiting for a supervisor.
        retry: lines that will be sent again after their backoff.
        next_due_in: seconds until a waiting line may go, or ``None`` when nothing waits.
        needs_login: the server said the token has expired: nothing more is sent until a log-in.
        error: the last failure, as a sentence.
    """

    sent: int = 0
    synced: int = 0
    conflicts: int = 0
    retry: int = 0
    next_due_in: float | None = None
    needs_login: bool = False
    error: str | None = None


class SyncEngine:
    """Sends the outbox's due lines to the server."""

    def __init__(
        self,
        outbox: Outbox,
        client: ServerClient,
        clock: Clock,
        policy: BackoffPolicy,
        *,
        rng: random.Random | None = None,
        batch_size: int = contract.MAX_BATCH_RECORDS,
        parallel: int = 2,
        on_progress: Callable[[int, int], None] | None = None,
    ) -> None:
        if not 1 <= batch_size <= contract.MAX_BATCH_RECORDS:
            raise ValueError(f"a batch holds 1 to {contract.MAX_BATCH_RECORDS} lines")
        self.outbox = outbox
        self.client = client
        self._clock = clock
        self._policy = policy
        self._rng = rng or random.Random()
        self._batch_size = batch_size
        self._parallel = max(1, parallel)
        self.on_progress = on_progress
        self._not_before = 0.0  # a 429 holds every batch back until then

    def counts(self) -> QueueCounts:
        return self.outbox.counts()

    async def run_pass(self) -> PassReport:
        """Send every batch that is due now; come back after ``next_due_in``."""
        report = PassReport()
        total = self.outbox.counts().waiting
        while self._now() >= self._not_before:
            due = self.outbox.sessions_due(self._now())
            if not due:
                break
            lanes = await asyncio.gather(*(self._drain(session, report, total) for session in due[: self._parallel]))
            if report.needs_login or not any(lanes):
                break
        self.outbox.checkpoint(due_only=True)  # the scans' commits too, while nothing could be sent
        report.next_due_in = self._next_due_in()
        return report

    async def _drain(self, session_id: str, report: PassReport, total: int) -> bool:
        """Send one session's lines, batch after batch, while the server takes them; whether it went well."""
        while batch := _within_serial_limit(self.outbox.take(session_id, self._batch_size, self._now())):
            if not await self._send(batch, report):
                return False
            if self.on_progress is not None:
                self.on_progress(min(report.sent, total), max(total, report.sent))
        return True

    async def _send(self, batch: list[Outgoing], report: PassReport) -> bool:
        """Send one batch and settle its answer; whether to go on with the pass."""
        request = contract.SyncBatchRequest(batch_id=str(uuid.uuid4()), records=[o.record for o in batch])
        report.sent += len(batch)
        try:
            answer = await self.client.sync_batch(request)
        except errors.RateLimited as limited:
            until = self._now() + limited.retry_after
            self._not_before = max(self._not_before, until)
            self.outbox.defer(batch, until, limited.said)
            report.error = limited.sentence
            log.info("the server asked to wait %.1f s before the next batch", limited.retry_after)
            return False
        except errors.Unauthorized as expired:
            report.needs_login, report.error = True, expired.sentence
            return False
        except errors.ApiError as failure:
            log.warning("batch of %d lines failed: %s (%s)", len(batch), failure.sentence, failure.detail)
            self.outbox.failed(batch, failure.said, self._now(), self._delay)
            report.retry += len(batch)
            report.error = failure.sentence
            return False
        settled = self.outbox.settle(batch, answer, self._now(), self._delay)
        self.outbox.checkpoint(due_only=True)
        report.synced += settled.synced
        report.conflicts += settled.conflicts
        report.retry += settled.retry
        return True

    def _delay(self, attempt: int) -> float:
        return self._policy.delay(attempt, self._rng)

    def _now(self) -> float:
        return self._clock.wall().timestamp()

    def _next_due_in(self) -> float | None:
        due = self.outbox.next_due()
        if due is None:
            return None
        return max(0.0, max(due, self._not_before) - self._now())


def _within_serial_limit(batch: list[Outgoing]) -> list[Outgoing]:
    """The batch's first lines that hold at most ``MAX_SERIALS_PER_BATCH`` serials (at least one line);
    the rest wait for the next batch."""
    total = 0
    for count, outgoing in enumerate(batch):
        total += len(outgoing.record.serial_numbers)
        if count and total > contract.MAX_SERIALS_PER_BATCH:
            return batch[:count]
    return batch
