"""Network faults: 5,000 lines drain through a proxy that breaks 30 % of the requests — connection
resets before and after the server did the work, stalls past the read timeout, answers cut in half,
500 (after the work), 502, 503 and 429. Every line arrives exactly once, and every retry waits what
the backoff policy (or the server's Retry-After) says: never sooner.

The station's clock is fake (the backoff's minutes pass at once); the network and the server are real.
"""

from __future__ import annotations

import asyncio
import random
from dataclasses import dataclass
from pathlib import Path
from typing import ClassVar

import httpx
import pytest
from sqlalchemy import select

from station import contract as c
from station.api.client import Credentials, ServerClient
from station.api.transport import make_http_client
from station.domain.backoff import BackoffPolicy
from station.domain.clock import FakeClock
from station.domain.lines import Counting
from station.server import db as server_db
from station.server.embedded import EmbeddedServer
from station.store.database import Store, open_store
from station.store.outbox import Outbox
from station.store.schema import sync_state
from station.sync.engine import SyncEngine
from tests.helpers.fault_proxy import FAULTS, FaultProxy
from tests.helpers.server import PINS
from tests.helpers.stations import fill_outbox

LINES = 5_000
pytestmark = pytest.mark.reliability


@dataclass(frozen=True)
class RecordedPolicy(BackoffPolicy):
    """The station's policy, noting every delay it hands out."""

    given: ClassVar[list[tuple[int, float]]] = []

    def delay(self, attempt: int, rng: random.Random, retry_after: float | None = None) -> float:
        chosen = super().delay(attempt, rng, retry_after)
        self.given.append((attempt, chosen))
        return chosen


class WatchedClient(ServerClient):
    """Notes when each line was sent (on the fake clock), to check no retry came before its time."""

    def __init__(self, http: httpx.AsyncClient, credentials: Credentials, *, clock: FakeClock, store: Store) -> None:
        super().__init__(http, credentials)
        self.clock, self.store = clock, store
        self.too_soon: list[tuple[str, float, float]] = []
        self.sends = 0

    async def sync_batch(self, batch: c.SyncBatchRequest) -> c.SyncBatchResponse:
        now = self.clock.wall().timestamp()
        ids = [r.client_record_id for r in batch.records]
        with self.store.read() as conn:
            due = dict(conn.execute(select(sync_state.c.client_record_id, sync_state.c.next_attempt_at)
                                    .where(sync_state.c.client_record_id.in_(ids))).all())  # fmt: skip
        self.too_soon += [(i, now, due[i]) for i in ids if due[i] > now + 1e-6]
        self.sends += 1
        return await super().sync_batch(batch)


def test_five_thousand_lines_through_a_breaking_network_arrive_exactly_once(
    reference_server: EmbeddedServer, tmp_path: Path
) -> None:
    assert reference_server.port is not None
    proxy = FaultProxy(reference_server.port, rate=0.3, seed=11, stall_s=1.5)
    proxy_url = proxy.start()
    store = open_store(tmp_path / "station" / "station.db")
    clock = FakeClock()
    RecordedPolicy.given.clear()
    policy = RecordedPolicy()

    async def drain() -> tuple[int, WatchedClient]:
        credentials = Credentials()
        direct = ServerClient(make_http_client(reference_server.url), credentials)
        await direct.login_pin("counter1", PINS["counter1"])
        claim = await direct.claim("G-R01", "Ground")
        await direct.http.aclose()
        fill_outbox(store, Counting(claim.session_id, "G-R01", "Ground", "counter1", claim.lock_token), LINES)
        http = make_http_client(proxy_url, connect_timeout=1.0, read_timeout=1.0)
        client = WatchedClient(http, credentials, clock=clock, store=store)
        engine = SyncEngine(Outbox(store, policy), client, clock, policy, rng=random.Random(3))
        passes = 0
        while True:
            report = await engine.run_pass()
            passes += 1
            assert passes < 2_000, "the drain does not converge"
            if report.next_due_in is None:
                break
            clock.advance(report.next_due_in + 0.001)  # the backoff's wait passes at once
        await http.aclose()
        return passes, client

    try:
        _passes, client = asyncio.run(drain())
    finally:
        proxy.stop()

    faults = {name: proxy.counts[name] for name in FAULTS}
    print(f"\nrequests {sum(proxy.counts.values())}, passed {proxy.counts['pass']}, faults {faults}")
    assert sum(faults.values()) >= 0.2 * sum(proxy.counts.values())  # the network really was bad
    assert all(count > 0 for count in faults.values()), faults  # and in every way
    with store.read() as conn:
        waiting = conn.exec_driver_sql("SELECT count(*) FROM records WHERE local_rev > synced_rev").scalar()
        local = {row[0] for row in conn.exec_driver_sql("SELECT client_record_id FROM records")}
    store.close()
    assert waiting == 0
    engine = server_db.make_engine(f"sqlite:///{reference_server.settings.data_dir / 'server.db'}")
    with engine.connect() as conn:
        remote = [row[0] for row in conn.execute(select(server_db.records.c.client_record_id))]
        versions = {row[0] for row in conn.execute(select(server_db.records.c.version))}
    engine.dispose()
    assert len(remote) == len(set(remote)) == LINES and set(remote) == local  # none lost, none twice
    assert versions == {1}  # no resend was applied a second time
    assert client.too_soon == []  # no line went before its backoff (or Retry-After) was over
    assert RecordedPolicy.given and all(
        0 <= chosen <= policy.ceiling(attempt) for attempt, chosen in RecordedPolicy.given
    )
