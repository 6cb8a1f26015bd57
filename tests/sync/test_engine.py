"""The sync engine with a fake clock and a fake server: the backoff schedule exactly, 429, mixed
answers, lost answers, edits in flight, ordering within a session, parallel sessions."""

from __future__ import annotations

import asyncio
import random

import pytest

from station.api.client import ServerClient
from station.api.transport import make_http_client
from station.domain.backoff import BackoffPolicy
from station.domain.clock import FakeClock
from station.domain.lines import Counting, Item
from station.store.database import Store
from station.store.outbox import Outbox
from station.store.records import Records
from station.sync.engine import PassReport, SyncEngine
from tests.helpers.fake_server import FakeSyncServer, answer_with, lose_the_answer, unreachable

SEED = 42
POLICY = BackoffPolicy()
S1 = Counting("s-1", "G-R01", "Ground", "counter1", 1)
S2 = Counting("s-2", "G-R02", "Ground", "counter2", 3)


@pytest.fixture
def server() -> FakeSyncServer:
    return FakeSyncServer()


def engine(store: Store, server: FakeSyncServer, clock: FakeClock) -> SyncEngine:
    client = ServerClient(make_http_client("http://fake", transport=server.transport()))
    client.credentials.set("token")
    return SyncEngine(Outbox(store, POLICY), client, clock, POLICY, rng=random.Random(SEED))


def run(sync: SyncEngine) -> PassReport:
    return asyncio.run(sync.run_pass())


def scan(records: Records, counting: Counting, n: int, prefix: str = "ITM") -> None:
    for i in range(n):
        records.add_scan(counting, Item(f"{prefix}-{i:05d}"))


def test_everything_drains_in_batches_of_at_most_100(
    store: Store, server: FakeSyncServer, clock: FakeClock, records: Records
) -> None:
    scan(records, S1, 250)
    report = run(engine(store, server, clock))
    assert (report.sent, report.synced, report.next_due_in) == (250, 250, None)
    assert [len(b) for b in server.batches] == [100, 100, 50]
    assert len(server.stored) == 250 and server.writes == 250


def test_a_sessions_lines_go_in_order_and_two_sessions_side_by_side(
    store: Store, server: FakeSyncServer, clock: FakeClock, records: Records
) -> None:
    scan(records, S1, 150, "A")
    scan(records, S2, 50, "B")
    run(engine(store, server, clock))
    sent_s1 = [i for batch in server.batches for i in batch if server.stored[i]["session_id"] == "s-1"]
    order = [line.client_record_id for line in records.lines("s-1")]
    assert sent_s1 == order
    first_round = server.batches[:2]
    assert {server.stored[b[0]]["session_id"] for b in first_round} == {
        "s-1",
        "s-2",
    }  # one batch each, in flight together


def test_the_backoff_schedule_is_the_policys_exactly(
    store: Store, server: FakeSyncServer, clock: FakeClock, records: Records
) -> None:
    scan(records, S1, 3)
    server.script = [unreachable] * 7
    sync = engine(store, server, clock)
    expected = random.Random(SEED)
    for attempt in range(1, 8):
        report = run(sync)
        assert report.retry == 3 and report.error is not None and "cannot be reached" in report.error
        wait = POLICY.delay(attempt, expected)
        assert report.next_due_in == pytest.approx(wait)
        counts = sync.counts()
        assert counts.waiting == 3 and counts.stalled == (3 if attempt >= 5 else 0)
        clock.advance(wait)
    assert len(server.batches) == 7 and server.stored == {}
    assert run(sync).synced == 3  # the server is back: nothing was dropped


def test_a_429_waits_exactly_retry_after_and_is_no_failure(
    store: Store, server: FakeSyncServer, clock: FakeClock, records: Records
) -> None:
    scan(records, S1, 2)
    server.script = [answer_with(429, {"Retry-After": "12"})]
    sync = engine(store, server, clock)
    report = run(sync)
    assert report.next_due_in == 12 and report.retry == 0
    clock.advance(11.9)
    assert run(sync).sent == 0
    clock.advance(0.1)
    assert run(sync).synced == 2
    assert sync.outbox.take("s-1", 100) == []


def test_a_mixed_answer_syncs_refuses_and_retries_line_by_line(
    store: Store, server: FakeSyncServer, clock: FakeClock, records: Records
) -> None:
    scan(records, S1, 3)
    ok, refused, failing = (line.client_record_id for line in records.lines("s-1"))
    server.refuse[refused] = "invalid_quantity"
    server.fail.add(failing)
    sync = engine(store, server, clock)
    report = run(sync)
    assert (report.synced, report.conflicts, report.retry) == (1, 1, 1)
    assert sync.counts().conflicts == 1 and sync.counts().waiting == 1
    server.fail.clear()
    clock.advance(report.next_due_in or 0)
    run(sync)
    assert set(server.stored) == {ok, failing}
    assert [line.synced for line in records.lines("s-1")] == [True, False, True]  # the refused one waits for a person


def test_an_answer_lost_after_the_server_applied_the_batch_stores_once(
    store: Store, server: FakeSyncServer, clock: FakeClock, records: Records
) -> None:
    scan(records, S1, 5)
    server.script = [lose_the_answer]
    sync = engine(store, server, clock)
    report = run(sync)
    assert report.retry == 5 and len(server.stored) == 5
    clock.advance(report.next_due_in or 0)
    assert run(sync).synced == 5
    assert server.writes == 5 and len(server.batches) == 2


def test_a_line_counted_again_while_its_batch_is_in_flight_stays_dirty(
    store: Store, server: FakeSyncServer, clock: FakeClock, records: Records
) -> None:
    records.add_scan(S1, Item("ITM-1"))

    def count_again_meanwhile(srv: FakeSyncServer, body: dict[str, object]) -> None:
        records.add_scan(S1, Item("ITM-1"), 4)
        return None

    server.script = [count_again_meanwhile]
    sync = engine(store, server, clock)
    run(sync)
    # The first batch carried 1 piece; the line was counted again meanwhile, so it stayed dirty and
    # the same pass sent it again with 5: the server ends with 5, and only then is the line synced.
    [line] = records.lines("s-1")
    assert (line.verified_qty, line.synced) == (5, True)
    assert len(server.batches) == 2 and [r["verified_qty"] for r in server.stored.values()] == [5]


def test_an_expired_token_stops_the_pass_without_counting_a_failure(
    store: Store, server: FakeSyncServer, clock: FakeClock, records: Records
) -> None:
    scan(records, S1, 2)
    server.script = [answer_with(401)]
    sync = engine(store, server, clock)
    report = run(sync)
    assert report.needs_login and report.error == "Your sign-in has expired. Log in again; nothing you counted is lost."
    assert sync.outbox.take("s-1", 100)[0].attempts == 0
    assert run(sync).synced == 2


def test_stalled_lines_are_tried_again_at_the_next_wake(
    store: Store, server: FakeSyncServer, clock: FakeClock, records: Records
) -> None:
    scan(records, S1, 1)
    server.script = [answer_with(503)] * 5
    sync = engine(store, server, clock)
    for _ in range(5):
        clock.advance(run(sync).next_due_in or 0)
    assert sync.counts().stalled == 1
    sync.outbox.wake_stalled()
    assert run(sync).synced == 1 and sync.counts().stalled == 0


def test_a_batch_never_carries_more_serials_than_the_server_takes(
    store: Store, server: FakeSyncServer, clock: FakeClock, records: Records
) -> None:
    """Five lines of 8,000 serials: the server takes 20,000 serials a batch, so they go two, two and one."""
    for line in range(5):
        serials = tuple(f"L{line}-{n:05d}" for n in range(8_000))
        records.add_scan(S1, Item(f"SER-{line}", serialized=True), 8_000, serials=serials)
    report = run(engine(store, server, clock))
    assert [len(b) for b in server.batches] == [2, 2, 1]
    assert (report.sent, report.synced) == (5, 5)


def test_the_engine_folds_the_wal_in_between_batches_so_no_scan_has_to(
    store: Store, server: FakeSyncServer, clock: FakeClock, records: Records, monkeypatch: pytest.MonkeyPatch
) -> None:
    scan(records, S1, 2500)  # 2,500 commits: SQLite's own checkpoint (pushed out to 8,000 pages) stays away
    folded: list[bool] = []
    checkpoint = store.checkpoint

    def counted(*, due_only: bool = False) -> None:
        folded.append(due_only)
        checkpoint(due_only=due_only)

    monkeypatch.setattr(store, "checkpoint", counted)
    report = run(engine(store, server, clock))
    assert report.synced == 2500
    assert folded == [True] * 26  # after each of the 25 answers, and at the end of the pass
