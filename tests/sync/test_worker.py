"""The sync worker on its QThread: drains, wakes on writes, pauses, asks for a log-in, stops mid-batch."""

from __future__ import annotations

import asyncio
import random
from collections.abc import Iterator

import httpx
import pytest
from pytestqt.qtbot import QtBot

from station.api.client import ServerClient
from station.api.transport import make_http_client
from station.domain.backoff import BackoffPolicy
from station.domain.clock import SystemClock
from station.domain.lines import Counting, Item
from station.store.database import Store
from station.store.outbox import Outbox
from station.store.records import Records
from station.sync.engine import SyncEngine
from station.sync.worker import SyncWorker
from tests.helpers.fake_server import FakeSyncServer, answer_with
from tests.helpers.qt import Relay

S1 = Counting("s-1", "G-R01", "Ground", "counter1", 1)


@pytest.fixture
def records(store: Store) -> Records:
    """On the system's clock, as the worker's engine is (the shared ``records`` keeps a fake one)."""
    return Records(store, SystemClock())


def make_worker(store: Store, transport: httpx.AsyncBaseTransport, **kw: float) -> SyncWorker:
    def factory() -> SyncEngine:
        client = ServerClient(make_http_client("http://fake", transport=transport))
        client.credentials.set("token")
        policy = BackoffPolicy()
        return SyncEngine(Outbox(store, policy), client, SystemClock(), policy, rng=random.Random(1))

    return SyncWorker(factory, **kw)


def started(store: Store, qtbot: QtBot, **kw: float) -> tuple[SyncWorker, Relay, FakeSyncServer]:
    """A worker on a fake server, started and idle."""
    server = FakeSyncServer()
    worker = make_worker(store, server.transport(), **kw)
    relay = Relay(worker)
    with qtbot.waitSignal(relay.idle, timeout=5000):
        worker.start()
    return worker, relay, server


@pytest.fixture
def running(store: Store, qtbot: QtBot) -> Iterator[tuple[SyncWorker, Relay, FakeSyncServer]]:
    worker, relay, server = started(store, qtbot)
    yield worker, relay, server
    assert worker.stop()


def drained(waiting: int, _stalled: int, _conflicts: int) -> bool:
    return waiting == 0


def test_the_queue_drains_and_the_counts_are_signalled(records: Records, store: Store, qtbot: QtBot) -> None:
    for n in range(150):
        records.add_scan(S1, Item(f"ITM-{n}"))
    server = FakeSyncServer()
    worker = make_worker(store, server.transport())
    relay = Relay(worker)
    counts: list[tuple[int, int, int]] = []
    relay.queue_changed.connect(lambda *c: counts.append(c))
    with qtbot.waitSignal(relay.queue_changed, check_params_cb=drained, timeout=10_000):
        worker.start()
    assert counts[0] == (150, 0, 0) and counts[-1] == (0, 0, 0)
    assert len(server.stored) == 150
    assert worker.stop()


def test_a_write_wakes_it(running: tuple[SyncWorker, Relay, FakeSyncServer], records: Records, qtbot: QtBot) -> None:
    worker, relay, server = running
    line = records.add_scan(S1, Item("ITM-1"))
    with qtbot.waitSignal(relay.queue_changed, check_params_cb=drained, timeout=5000):
        worker.wake()
    assert list(server.stored) == [line.client_record_id]


def test_paused_it_sends_nothing_until_resumed(
    running: tuple[SyncWorker, Relay, FakeSyncServer], records: Records, qtbot: QtBot
) -> None:
    worker, relay, server = running
    worker.pause()
    records.add_scan(S1, Item("ITM-1"))
    passes = worker.passes
    with qtbot.waitSignal(relay.idle, timeout=5000):
        worker.wake()
    assert worker.passes == passes and server.stored == {}
    with qtbot.waitSignal(relay.queue_changed, check_params_cb=drained, timeout=5000):
        worker.resume()
    assert len(server.stored) == 1


def test_an_expired_token_asks_for_a_log_in_and_pauses(store: Store, records: Records, qtbot: QtBot) -> None:
    server = FakeSyncServer(script=[answer_with(401)])
    records.add_scan(S1, Item("ITM-1"))
    worker = make_worker(store, server.transport())
    relay = Relay(worker)
    with qtbot.waitSignal(relay.needs_login, timeout=5000):
        worker.start()
    assert worker.paused
    with qtbot.waitSignal(relay.queue_changed, check_params_cb=drained, timeout=5000):
        worker.resume()  # after the log-in
    assert worker.stop()


class NeverAnswers(httpx.AsyncBaseTransport):
    """A server that takes the batch and never answers (until the worker gives up on it)."""

    def __init__(self) -> None:
        self.received = 0

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        self.received += 1
        await asyncio.Event().wait()
        raise AssertionError("unreachable")


def test_stopping_mid_batch_abandons_it_and_loses_nothing(store: Store, records: Records, qtbot: QtBot) -> None:
    for n in range(10):
        records.add_scan(S1, Item(f"ITM-{n}"))
    hanging = NeverAnswers()
    worker = make_worker(store, hanging, stop_grace_s=0.2)
    relay = Relay(worker)
    with qtbot.waitSignal(relay.queue_changed, timeout=5000):
        worker.start()
    qtbot.waitUntil(lambda: hanging.received == 1, timeout=5000)
    assert worker.stop()
    assert Outbox(store, BackoffPolicy()).counts().waiting == 10  # still queued, not dropped
    server = FakeSyncServer()
    again = make_worker(store, server.transport())
    again_relay = Relay(again)
    with qtbot.waitSignal(again_relay.queue_changed, check_params_cb=drained, timeout=5000):
        again.start()
    assert len(server.stored) == 10 and server.writes == 10
    assert again.stop()


def test_a_burst_of_scans_is_gathered_into_one_batch(store: Store, records: Records, qtbot: QtBot) -> None:
    worker, relay, server = started(store, qtbot, gather_s=0.5)
    with qtbot.waitSignal(relay.queue_changed, check_params_cb=drained, timeout=5000):
        for n in range(5):  # a counter's burst: each scan wakes the worker
            records.add_scan(S1, Item(f"ITM-{n}"))
            worker.wake()
    assert [len(batch) for batch in server.batches] == [5]
    assert worker.stop()


def test_sync_now_and_stop_cut_a_gathering_short(store: Store, records: Records, qtbot: QtBot) -> None:
    worker, relay, server = started(store, qtbot, gather_s=600)
    records.add_scan(S1, Item("ITM-1"))
    worker.wake()  # gathers for ten minutes…
    with qtbot.waitSignal(relay.queue_changed, check_params_cb=drained, timeout=5000):
        worker.sync_now()  # …unless asked
    assert len(server.stored) == 1
    records.add_scan(S1, Item("ITM-2"))
    worker.wake()
    assert worker.stop(timeout_ms=5000)  # nor does it hold up the end; the line waits for the next start
