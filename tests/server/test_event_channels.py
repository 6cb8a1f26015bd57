"""Rack events between server processes: one channel per Redis database, since Redis keeps keys per database
but not its pub/sub channels (two deployments on one Redis must not hear each other)."""

from __future__ import annotations

import asyncio
import contextlib
from urllib.parse import urlsplit, urlunsplit

import pytest

from station.contract import RackUpdate
from station.server.events import CHANNEL, RedisEventBus, channel


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("redis://127.0.0.1:6379", CHANNEL),
        ("redis://127.0.0.1:6379/0", CHANNEL),
        ("redis://127.0.0.1:6379/9", "station:9:rack-events"),
        ("redis://cache.example:6380/?db=4", "station:4:rack-events"),
        ("unix:///run/redis.sock?db=2", "station:2:rack-events"),
    ],
)
def test_the_channel_is_named_by_the_database(url: str, expected: str) -> None:
    assert channel(url) == expected


def _neighbour(url: str) -> str:
    """The same Redis, the next database."""
    parts = urlsplit(url)
    database = int(parts.path.strip("/") or 0)
    return urlunsplit(parts._replace(path=f"/{(database + 1) % 16}"))


async def _heard(publisher: str, listener: str) -> list[str]:
    """What a bus on ``listener`` hears while another process's bus publishes one event on ``publisher``."""
    sending, hearing = RedisEventBus(publisher), RedisEventBus(listener)
    await sending.start()
    await hearing.start()
    heard: list[str] = []
    try:
        async with hearing.subscribe() as updates:
            await sending.publish(RackUpdate(rack_id="G-R01", event="claimed"))

            async def first() -> None:
                heard.append((await anext(updates)).event)

            with contextlib.suppress(TimeoutError):  # nothing heard: the bus on the other database
                await asyncio.wait_for(first(), timeout=0.5)
    finally:
        await sending.close()
        await hearing.close()
    return heard


def test_a_process_hears_its_own_database_and_not_its_neighbours(redis_url: str) -> None:
    assert asyncio.run(_heard(redis_url, redis_url)) == ["claimed"]
    assert asyncio.run(_heard(_neighbour(redis_url), redis_url)) == []
