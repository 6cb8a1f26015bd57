"""``create_app``: the reference server's FastAPI application, built from its settings."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import AsyncIterator

from fastapi import FastAPI

from station import __version__
from station.domain.clock import Clock, SystemClock
from station.server import (
    db,
    live,
    routes_auth,
    routes_items,
    routes_oversight,
    routes_racks,
    routes_sessions,
    routes_sync,
)
from station.server.access import AccessCache
from station.server.deps import AppState
from station.server.errors import ERROR_RESPONSES, BodyLimit, install_error_handlers
from station.server.events import EventBus, MemoryEventBus
from station.server.leases import LeaseStore, MemoryLeaseStore
from station.server.pin_guard import PinPolicy
from station.server.rate_limit import LoginLimiter
from station.server.security import TokenIssuer
from station.server.settings import ServerSettings

log = logging.getLogger(__name__)

DESCRIPTION = """The StockVerify contract (docs/CONTRACT.md) with its defects fixed and its extensions:
the rack listing, rack catalogue slices, fencing tokens, `stale_lock` and `version_conflict` conflicts, and
supervisors' oversight of the count (`/api/oversight/…`: progress, variance, recounts, lines, rack history)."""


def create_app(settings: ServerSettings, *, clock: Clock | None = None, sweeper: bool = True) -> FastAPI:
    """Build the server: database, lease store, event bus and routes.

    Args:
        settings: where data lives and which engines to use.
        clock: the time source (a fake one in tests); the system's by default.
        sweeper: run the task that frees racks whose lease lapsed (tests call ``live.sweep_once``).
    """
    settings = settings.with_secret()
    clock = clock or SystemClock()

    @contextlib.asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        state = build_state(settings, clock)
        app.state.station = state
        await state.events.start()
        task = asyncio.create_task(live.sweep_forever(state), name="lease-sweeper") if sweeper else None
        log.info("station-server %s: database %s, leases %s", __version__, _safe(settings.database_url),
                 "redis" if settings.redis_url else "in-process")  # fmt: skip
        try:
            yield
        finally:
            if task is not None:
                task.cancel()
                with contextlib.suppress(asyncio.CancelledError):
                    await task
            await state.events.close()
            await state.leases.close()
            await state.logins.close()
            state.engine.dispose()

    app = FastAPI(
        title="Station reference server",
        version=__version__,
        description=DESCRIPTION,
        lifespan=lifespan,
        responses=ERROR_RESPONSES,
    )
    install_error_handlers(app)
    app.add_middleware(BodyLimit, max_bytes=settings.max_body_bytes, timeout_s=settings.body_timeout_s)
    for module in (routes_auth, routes_racks, routes_items, routes_sessions, routes_sync, routes_oversight, live):
        app.include_router(module.router)
    return app


def build_state(settings: ServerSettings, clock: Clock) -> AppState:
    engine = db.make_engine(settings.database_url)
    db.create_schema(engine)
    leases: LeaseStore
    events: EventBus
    if settings.redis_url:
        from station.server.events import RedisEventBus
        from station.server.leases_redis import RedisLeaseStore

        leases, events = RedisLeaseStore(settings.redis_url), RedisEventBus(settings.redis_url)
    else:
        leases, events = MemoryLeaseStore(clock), MemoryEventBus()
    wall = lambda: clock.wall().timestamp()  # noqa: E731 - the server's clock, for tokens and checks
    return AppState(
        settings=settings,
        engine=engine,
        reader=engine.execution_options(isolation_level="AUTOCOMMIT"),
        leases=leases,
        events=events,
        tokens=TokenIssuer(settings.secret, settings.token_ttl_s, clock=wall, refresh_ttl_s=settings.refresh_ttl_s),
        pins=PinPolicy(settings.pin_max_failures, settings.pin_lockout_s),
        clock=clock,
        access=AccessCache(wall, settings.access_check_s),
        logins=LoginLimiter(settings.login_rate_per_minute, settings.redis_url),
        hashing=asyncio.Semaphore(settings.hashes_at_once),
        sockets={},
    )


def _safe(url: str) -> str:
    """A database URL without its password, for the log."""
    head, sep, tail = url.partition("@")
    if not sep or "://" not in head:
        return url
    scheme, _, credentials = head.partition("://")
    return f"{scheme}://{credentials.split(':')[0]}@{tail}"
