"""One way to reach Redis from the server: a pool that waits for a free connection under a burst."""

from __future__ import annotations

from typing import Any

POOL_SIZE = 64
"""Connections per server process; a burst beyond it waits its turn instead of failing."""
WAIT_S = 10.0


def redis_client(url: str) -> Any:
    """An asyncio Redis client on a blocking pool (redis-py's default pool refuses a request when full)."""
    import redis.asyncio as aioredis

    pool = aioredis.BlockingConnectionPool.from_url(
        url, max_connections=POOL_SIZE, timeout=WAIT_S, decode_responses=True
    )
    return aioredis.Redis(connection_pool=pool)


def redis_database(url: str) -> int:
    """The database number ``url`` names (``redis://host/3`` or ``?db=3``; 0 when it names none), read by redis-py."""
    from redis.connection import parse_url

    return int(parse_url(url).get("db", 0) or 0)  # type: ignore[no-untyped-call]
