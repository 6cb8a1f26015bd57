"""Live rack events: fanned out to this process's websockets, and between processes through Redis."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import AsyncIterator
from typing import Any, Protocol

from station.contract import RackUpdate
from station.server.redis_client import redis_client, redis_database

log = logging.getLogger(__name__)

CHANNEL = "station:rack-events"
"""The channel's name in database 0; in database N it is ``station:N:rack-events``."""
QUEUE_SIZE = 1000


def channel(url: str) -> str:
    """The channel of the Redis database ``url`` names. Redis keys are kept per database, its pub/sub channels
    are not: two deployments (or a test run beside a warehouse's server) sharing one Redis in different
    databases would otherwise hear each other's rack events."""
    database = redis_database(url)
    return CHANNEL if database == 0 else f"station:{database}:rack-events"


class EventBus(Protocol):
    """Where rack events go: ``publish`` from any route, ``subscribe`` from each websocket."""

    async def start(self) -> None: ...

    async def publish(self, update: RackUpdate) -> None: ...

    def subscribe(self) -> contextlib.AbstractAsyncContextManager[AsyncIterator[RackUpdate]]: ...

    async def close(self) -> None: ...


class MemoryEventBus:
    """Fans events out to this process's subscribers.

    A subscriber that falls 1,000 events behind loses its oldest ones rather than holding the server's
    memory hostage; the station's rack grid also polls, so it catches up.
    """

    def __init__(self) -> None:
        self._queues: set[asyncio.Queue[RackUpdate]] = set()

    async def start(self) -> None:
        return None

    async def publish(self, update: RackUpdate) -> None:
        self.deliver(update)

    def deliver(self, update: RackUpdate) -> None:
        for queue in list(self._queues):
            if queue.full():
                queue.get_nowait()
            queue.put_nowait(update)

    @contextlib.asynccontextmanager
    async def subscribe(self) -> AsyncIterator[AsyncIterator[RackUpdate]]:
        queue: asyncio.Queue[RackUpdate] = asyncio.Queue(QUEUE_SIZE)
        self._queues.add(queue)

        async def updates() -> AsyncIterator[RackUpdate]:
            while True:
                yield await queue.get()

        try:
            yield updates()
        finally:
            self._queues.discard(queue)

    @property
    def subscriber_count(self) -> int:
        return len(self._queues)

    async def close(self) -> None:
        self._queues.clear()


class RedisEventBus:
    """Publishes to a Redis channel that every server process listens to, then fans out locally."""

    def __init__(self, url: str) -> None:
        self._redis: Any = redis_client(url)
        self.channel = channel(url)
        self._local = MemoryEventBus()
        self._listener: asyncio.Task[None] | None = None
        self._ready = asyncio.Event()

    async def start(self) -> None:
        self._listener = asyncio.create_task(self._listen(), name="rack-events-listener")
        await asyncio.wait_for(self._ready.wait(), timeout=10)

    async def _listen(self) -> None:
        pubsub = self._redis.pubsub(ignore_subscribe_messages=True)
        await pubsub.subscribe(self.channel)
        self._ready.set()
        try:
            async for message in pubsub.listen():
                try:
                    self._local.deliver(RackUpdate.model_validate_json(message["data"]))
                except ValueError:
                    log.warning("ignored a malformed rack event on %s: %r", self.channel, message.get("data"))
        finally:
            await pubsub.aclose()

    async def publish(self, update: RackUpdate) -> None:
        await self._redis.publish(self.channel, update.model_dump_json())

    def subscribe(self) -> contextlib.AbstractAsyncContextManager[AsyncIterator[RackUpdate]]:
        return self._local.subscribe()

    async def close(self) -> None:
        if self._listener is not None:
            self._listener.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._listener
        await self._local.close()
        await self._redis.aclose(close_connection_pool=True)
