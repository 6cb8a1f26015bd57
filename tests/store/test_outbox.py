"""The outbox: what is due, and what each kind of answer does to the lines that were sent."""

from __future__ import annotations

from collections.abc import Sequence

import pytest

from station import contract as c
from station.domain.backoff import BackoffPolicy
from station.domain.lines import Counting, Item
from station.store.database import Store
from station.store.outbox import Outbox
from station.store.records import Records
from tests.helpers.store import COUNTING, RICE

NOW = 1_767_600_000.0
OTHER = Counting("s-2", "G-R02", "Ground", "counter2", 4)


@pytest.fixture
def outbox(store: Store) -> Outbox:
    return Outbox(store, BackoffPolicy())


def answer(
    ok: Sequence[str] = (), conflicts: Sequence[c.SyncConflict] = (), errors: Sequence[c.SyncErrorEntry] = ()
) -> c.SyncBatchResponse:
    return c.SyncBatchResponse(ok=list(ok), conflicts=list(conflicts), errors=list(errors))


def test_due_sessions_oldest_first_and_a_batch_is_the_oldest_lines(records: Records, outbox: Outbox) -> None:
    records.add_scan(OTHER, RICE)
    for n in range(5):
        records.add_scan(COUNTING, Item(f"ITM-{n}"))
    assert outbox.sessions_due(NOW) == ["s-2", "s-1"]
    batch = outbox.take("s-1", 3)
    assert [o.record.item_code for o in batch] == ["ITM-0", "ITM-1", "ITM-2"]
    assert all(o.record.lock_token == 1 and o.record.base_version is None for o in batch)
    assert outbox.counts().waiting == 6


def test_an_acknowledged_line_is_synced_up_to_the_revision_sent(records: Records, outbox: Outbox) -> None:
    records.add_scan(COUNTING, RICE)
    [sent] = outbox.take("s-1", 100)
    records.add_scan(COUNTING, RICE)  # counted again while the batch was in flight
    settled = outbox.settle([sent], answer(ok=[sent.record.client_record_id]), NOW, lambda n: 2.0)
    assert settled.synced == 1
    [again] = outbox.take("s-1", 100)  # still dirty: the second scan has not reached the server
    assert again.record.verified_qty == 2 and again.record.base_version == 1
    outbox.settle([again], answer(ok=[again.record.client_record_id]), NOW, lambda n: 2.0)
    assert outbox.take("s-1", 100) == [] and records.lines("s-1")[0].synced


def test_a_refused_line_is_kept_with_the_reason_and_not_sent_again(records: Records, outbox: Outbox) -> None:
    line = records.add_scan(COUNTING, RICE)
    sent = outbox.take("s-1", 100)
    refusal = c.SyncConflict(
        client_record_id=line.client_record_id, conflict_type="stale_lock", message="taken", details={"x": 1}
    )
    assert outbox.settle(sent, answer(conflicts=[refusal]), NOW, lambda n: 2.0).conflicts == 1
    assert outbox.take("s-1", 100) == []
    assert outbox.counts().conflicts == 1 and outbox.counts().waiting == 0
    assert records.lines("s-1")[0].verified_qty == 1  # never dropped


def test_errors_and_silence_wait_their_backoff_then_stall(records: Records, outbox: Outbox) -> None:
    first = records.add_scan(COUNTING, RICE)
    records.add_scan(COUNTING, Item("B"))
    for attempt in range(1, 6):
        sent = outbox.take("s-1", 100)
        error = c.SyncErrorEntry(client_record_id=first.client_record_id, error_type="x", message="try again")
        outbox.settle(sent, answer(errors=[error]), NOW, lambda n: 2.0 * n)  # the other line is not mentioned
        assert outbox.sessions_due(NOW) == []
        assert outbox.next_due() == NOW + 2.0 * attempt
        counts = outbox.counts()
        assert counts.stalled == (2 if attempt >= 5 else 0)
        outbox_now = outbox.next_due()
        assert outbox_now is not None
        assert outbox.sessions_due(outbox_now) == ["s-1"]
    assert outbox.last_error() in ("try again", "The server did not answer for this line.")
    assert outbox.wake_stalled() == 2
    assert outbox.sessions_due(NOW) == ["s-1"]


def test_a_429_defers_without_counting_an_attempt(records: Records, outbox: Outbox) -> None:
    records.add_scan(COUNTING, RICE)
    sent = outbox.take("s-1", 100)
    outbox.defer(sent, NOW + 6, "The server asked to wait 6 s.")
    assert outbox.sessions_due(NOW + 5.9) == [] and outbox.sessions_due(NOW + 6) == ["s-1"]
    assert outbox.take("s-1", 100)[0].attempts == 0


def test_a_session_waits_while_its_oldest_line_waits(records: Records, outbox: Outbox) -> None:
    first = records.add_scan(COUNTING, RICE)
    sent = outbox.take("s-1", 1)
    outbox.failed(sent, "server unreachable", NOW, lambda n: 30.0)
    records.add_scan(COUNTING, Item("LATER"))  # a newer line of the same session is not sent first
    assert outbox.sessions_due(NOW + 1) == []
    assert outbox.next_due() == NOW + 30  # and it does not make the session look due before then
    assert [o.record.client_record_id for o in outbox.take("s-1", 100)][0] == first.client_record_id
