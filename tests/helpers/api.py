"""The mocked server's address for the client's tests, and running one of its coroutines to the end."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable
from typing import TypeVar

BASE = "http://stock.test"
T = TypeVar("T")


def run(coro: Awaitable[T]) -> T:
    async def main() -> T:
        return await coro

    return asyncio.run(main())
