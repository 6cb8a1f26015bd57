"""One suite for both lease stores (in-process and Redis): one winner per round, fencing tokens that
only grow, renewal after loss refused, expiry and re-take by the same session."""

from __future__ import annotations

import asyncio
import itertools
from collections.abc import Awaitable, Callable, Iterator
from dataclasses import dataclass

import pytest

from station.domain.clock import FakeClock
from station.server.leases import LeaseStore, MemoryLeaseStore

TTL = 0.3


@dataclass
class Subject:
    """A lease store and the way to let a lease run out on it."""

    make: Callable[[], LeaseStore]
    lapse: Callable[[LeaseStore, str], Awaitable[None]]


@pytest.fixture(params=["memory", pytest.param("redis", marks=pytest.mark.services)])
def subject(request: pytest.FixtureRequest) -> Iterator[Subject]:
    if request.param == "memory":
        clock = FakeClock()

        async def advance(_store: LeaseStore, _rack: str) -> None:
            clock.advance(TTL + 0.01)

        yield Subject(lambda: MemoryLeaseStore(clock), advance)
    else:
        from station.server.leases_redis import RedisLeaseStore

        url = request.getfixturevalue("redis_url")

        async def wait_for_redis(store: LeaseStore, rack: str) -> None:
            # Redis keeps its own time: wait (bounded) until it has expired the key.
            for _ in range(200):
                if not await store.inspect([rack]):
                    return
                await asyncio.sleep(0.01)
            raise AssertionError("Redis did not expire the lease")

        yield Subject(lambda: RedisLeaseStore(url), wait_for_redis)


def run(subject: Subject, scenario: Callable[[LeaseStore], Awaitable[None]]) -> None:
    async def main() -> None:
        store = subject.make()
        try:
            await scenario(store)
        finally:
            await store.close()

    asyncio.run(main())


def test_ten_claimers_two_hundred_rounds_one_winner_each(subject: Subject) -> None:
    async def scenario(store: LeaseStore) -> None:
        tokens = []
        for round_ in range(200):
            grants = await asyncio.gather(
                *(store.claim("R1", f"s{round_}-{n}", f"user{n}", TTL * 100, 0) for n in range(10))
            )
            winners = [g for g in grants if g.acquired]
            assert len(winners) == 1, f"round {round_}: {len(winners)} winners"
            losers = [g for g in grants if not g.acquired]
            assert {g.holder_session for g in losers} == {winners[0].holder_session}
            tokens.append(winners[0].token)
            assert await store.release("R1", str(winners[0].holder_session))
        assert tokens == list(range(1, 201)), "a different session each round: the token grows by one"

    run(subject, scenario)


def test_renewal_after_the_lease_was_lost_fails(subject: Subject) -> None:
    async def scenario(store: LeaseStore) -> None:
        assert (await store.claim("R1", "a", "alice", TTL, 0)).acquired
        await subject.lapse(store, "R1")
        taken = await store.claim("R1", "b", "bob", TTL * 100, 0)
        assert taken.acquired and taken.token == 2
        renewal = await store.renew("R1", "a", "alice", TTL)
        assert not renewal.acquired
        assert (renewal.holder_session, renewal.holder_user, renewal.token) == ("b", "bob", 2)
        assert not await store.release("R1", "a")
        assert (await store.inspect(["R1"]))["R1"].session_id == "b"

    run(subject, scenario)


def test_an_expired_lease_nobody_took_is_re_taken_with_the_same_token(subject: Subject) -> None:
    async def scenario(store: LeaseStore) -> None:
        first = await store.claim("R1", "a", "alice", TTL, 0)
        await subject.lapse(store, "R1")
        again = await store.renew("R1", "a", "alice", TTL * 100)
        assert again.acquired and again.retaken and again.token == first.token == 1
        renewed = await store.renew("R1", "a", "alice", TTL * 100)
        assert renewed.acquired and not renewed.retaken

    run(subject, scenario)


def test_a_lease_taken_and_released_by_another_session_is_not_re_taken(subject: Subject) -> None:
    async def scenario(store: LeaseStore) -> None:
        await store.claim("R1", "a", "alice", TTL, 0)
        await subject.lapse(store, "R1")
        await store.claim("R1", "b", "bob", TTL, 0)
        await store.release("R1", "b")
        gone = await store.renew("R1", "a", "alice", TTL)
        assert not gone.acquired and gone.holder_session is None and gone.ttl_s == 0

    run(subject, scenario)


def test_tokens_only_grow_and_never_fall_below_the_databases(subject: Subject) -> None:
    async def scenario(store: LeaseStore) -> None:
        seen = []
        for session in ("a", "a", "b", "b", "a"):
            grant = await store.claim("R1", session, session, TTL * 100, 0)
            seen.append(grant.token)
            await store.release("R1", session)
        assert seen == [1, 1, 2, 2, 3]
        # A store that lost its counters (a Redis restart) still hands out a token above the database's.
        assert (await store.claim("R2", "c", "carol", TTL * 100, 41)).token == 42
        assert all(b >= a for a, b in itertools.pairwise(seen))

    run(subject, scenario)


def test_only_the_holder_renews_or_releases(subject: Subject) -> None:
    async def scenario(store: LeaseStore) -> None:
        await store.claim("R1", "a", "alice", TTL * 100, 0)
        assert not (await store.renew("R1", "b", "bob", TTL)).acquired
        assert not await store.release("R1", "b")
        assert not await store.release("R1", "a-with-longer-id")
        held = await store.inspect(["R1", "R2"])
        assert list(held) == ["R1"] and held["R1"].username == "alice" and 0 < held["R1"].ttl_s <= TTL * 100
        assert await store.release("R1", "a")
        assert await store.inspect(["R1"]) == {}

    run(subject, scenario)
