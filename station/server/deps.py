"""What every route stands on: the app's state, the caller's identity, role checks, database calls."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Annotated, Any, TypeVar

from fastapi import Depends, Path, Query, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from sqlalchemy import Connection, Engine
from sqlalchemy.exc import DataError, DBAPIError, IntegrityError
from starlette.concurrency import run_in_threadpool

from station.contract import RackUpdate, Role
from station.domain.clock import Clock
from station.server import access
from station.server.access import AccessCache
from station.server.errors import ApiError
from station.server.events import EventBus
from station.server.leases import LeaseStore
from station.server.pin_guard import PinPolicy
from station.server.rate_limit import LoginLimiter
from station.server.security import Identity, InvalidToken, TokenIssuer
from station.server.settings import ServerSettings
from station.wire_text import NO_NUL

T = TypeVar("T")


@dataclass
class AppState:
    """Everything ``create_app`` builds once and the routes share."""

    settings: ServerSettings
    engine: Engine
    reader: Engine
    leases: LeaseStore
    events: EventBus
    tokens: TokenIssuer
    pins: PinPolicy
    clock: Clock
    access: AccessCache
    logins: LoginLimiter
    hashing: asyncio.Semaphore
    sockets: dict[str, int]
    """Open live-update sockets per user in this process."""

    def now(self) -> float:
        """Wall-clock epoch seconds, as the contract gives times in status answers."""
        return self.clock.wall().timestamp()

    async def db(self, work: Callable[..., T], *args: Any, **kwargs: Any) -> T:
        """Run ``work(connection, *args, **kwargs)`` in one transaction on a worker thread."""

        def transaction() -> T:
            with self.engine.connect() as connection:
                try:
                    with connection.begin():
                        return work(connection, *args, **kwargs)
                except DBAPIError as exc:
                    discard_if_broken(connection, exc)
                    raise

        return await run_in_threadpool(transaction)

    async def read(self, work: Callable[..., T], *args: Any, **kwargs: Any) -> T:
        """Run read-only ``work(connection, …)`` on a worker thread, outside a transaction: no BEGIN
        or COMMIT round trips, and on SQLite no write lock."""

        def reading() -> T:
            with self.reader.connect() as connection:
                try:
                    return work(connection, *args, **kwargs)
                except DBAPIError as exc:
                    discard_if_broken(connection, exc)
                    raise

        return await run_in_threadpool(reading)

    async def publish(self, rack_id: str, event: str, **data: Any) -> None:
        await self.events.publish(RackUpdate(rack_id=rack_id, event=event, data=data))

    async def confirm(self, who: Identity) -> Identity:
        """``who`` with the role the database gives the user now.

        Raises:
            InvalidToken: the log-in was ended, or the user deleted or disabled.
        """
        standing = self.access.get(who.login_id)
        if standing is None:
            standing = await self.read(access.standing, who, self.now())
            self.access.put(who.login_id, standing)
        if standing.role is None:
            raise InvalidToken(standing.refusal)
        return who if who.role == standing.role else replace(who, role=standing.role)

    async def authenticate(self, token: str) -> Identity:
        """The caller behind an access token, checked against the database (see ``access``)."""
        return await self.confirm(self.tokens.verify(token))


def discard_if_broken(connection: Connection, exc: DBAPIError) -> None:
    """After a database failure other than a refused row, drop the connection instead of pooling it.

    A statement that failed half-way can leave a cursor open on it, and with it an old snapshot that
    every later request on that connection would read; a fresh connection costs less than that.
    """
    if not isinstance(exc, IntegrityError | DataError) and not connection.invalidated:
        connection.invalidate(exc)


# Dependencies are ``async def`` on purpose: FastAPI runs plain ``def`` dependencies on its thread
# pool, and that hop costs more than the work they do.
async def get_state(request: Request) -> AppState:
    state: AppState = request.app.state.station
    return state


State = Annotated[AppState, Depends(get_state)]
_bearer = HTTPBearer(auto_error=False, description="The access_token from /api/auth/login")
Bearer = Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)]
UNAUTHORIZED = {"WWW-Authenticate": "Bearer"}


async def identity(
    state: State, credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)]
) -> Identity:
    """The caller, from the bearer token; a missing, malformed, expired or ended one is a 401."""
    if credentials is None:
        raise ApiError(401, "Log in first: this needs a sign-in token.", UNAUTHORIZED)
    try:
        return await state.authenticate(credentials.credentials)
    except InvalidToken as exc:
        raise ApiError(401, str(exc), UNAUTHORIZED) from exc


CurrentUser = Annotated[Identity, Depends(identity)]


def is_supervisor(who: Identity) -> bool:
    return who.role in (Role.SUPERVISOR, Role.ADMIN)


async def supervisor(who: CurrentUser) -> Identity:
    """The caller, who must be a supervisor or an admin."""
    if not is_supervisor(who):
        raise ApiError(403, "Only a supervisor or an admin may do this.")
    return who


Supervisor = Annotated[Identity, Depends(supervisor)]


def client_address(request: Request) -> str:
    """The caller's address (uvicorn puts a trusted proxy's X-Forwarded-For here)."""
    return request.client.host if request.client else "unknown"


Address = Annotated[str, Depends(client_address)]

# Sized to the database's columns, and without NUL characters (PostgreSQL refuses them in text).
RackId = Annotated[str, Path(min_length=1, max_length=64, pattern=NO_NUL, description="A rack id such as G-R01")]
SessionId = Annotated[str, Path(min_length=1, max_length=128, pattern=NO_NUL)]
ConflictId = Annotated[str, Path(min_length=1, max_length=64, pattern=NO_NUL)]
Floor = Annotated[str, Query(min_length=1, max_length=64, pattern=NO_NUL)]
