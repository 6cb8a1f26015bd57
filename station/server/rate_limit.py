"""The log-in rate limit: so many log-in tries a minute from one address (the ``limits`` library).

Counted in this process's memory, or in Redis when the server has one, so that several server
processes share one count. Only addresses are limited, never user names: a stranger flooding a user
name must not be able to keep that user out.
"""

from __future__ import annotations

import logging
import math
import time
from typing import Any

from limits import RateLimitItemPerMinute
from limits.aio.storage import MemoryStorage, RedisStorage, Storage
from limits.aio.strategies import MovingWindowRateLimiter
from limits.errors import StorageError

from station.server.redis_client import redis_client

log = logging.getLogger(__name__)


class LoginLimiter:
    """``allow(address)`` says how long to wait before the next log-in try, or 0 to go ahead."""

    def __init__(self, per_minute: int, redis_url: str | None = None) -> None:
        self._item = RateLimitItemPerMinute(per_minute)
        self._redis: Any = None
        storage: Storage
        if redis_url:
            self._redis = redis_client(redis_url)
            storage = RedisStorage(
                "async+" + redis_url, implementation="redispy", key_prefix="station-login", wrap_exceptions=True,
                connection_pool=self._redis.connection_pool,
            )  # fmt: skip
        else:
            storage = MemoryStorage()
        self._limiter = MovingWindowRateLimiter(storage)

    async def wait_s(self, address: str) -> int:
        """0 when a log-in from ``address`` may go ahead now (and counts it); else whole seconds to wait.

        When the count cannot be reached (Redis down or in trouble) the try goes ahead, logged: log-ins
        must not stop with Redis, and the PIN lockout, kept in the database, still holds.
        """
        try:
            if await self._limiter.hit(self._item, "login", address):
                return 0
            stats = await self._limiter.get_window_stats(self._item, "login", address)
        except (StorageError, OSError, RuntimeError) as exc:
            log.warning("the log-in rate limit could not be checked (%s); letting this try through", exc)
            return 0
        return max(1, math.ceil(stats.reset_time - time.time()))

    async def close(self) -> None:
        if self._redis is not None:
            await self._redis.aclose(close_connection_pool=True)
