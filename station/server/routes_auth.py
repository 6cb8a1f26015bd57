"""Auth routes: password and PIN log-in (with the PIN lockout), and who the caller is."""

from __future__ import annotations

import functools
import math
import secrets
from typing import Any

from fastapi import APIRouter
from sqlalchemy import Connection, select, update
from starlette.concurrency import run_in_threadpool

from station import contract as c
from station.server import db
from station.server.deps import CurrentUser, State
from station.server.errors import ApiError
from station.server.security import hash_secret, verify_secret

router = APIRouter(prefix="/api/auth", tags=["auth"])


def _user(conn: Connection, username: str) -> Any:
    return conn.execute(select(db.users).where(db.users.c.username == username)).first()


def _tokens(state: State, user: Any) -> c.TokenResponse:
    role = c.Role(user.role)
    return c.TokenResponse(
        access_token=state.tokens.issue(user.username, role),
        expires_in=state.tokens.ttl_s,
        user=c.UserInfo(username=user.username, full_name=user.full_name, role=role),
    )


@router.post("/login", response_model=c.TokenResponse, response_model_exclude_none=True)
async def login(state: State, body: c.LoginRequest) -> c.TokenResponse:
    user = await state.read(_user, body.username)
    # Verify against a real hash even for an unknown user, so timing does not tell who exists.
    stored = user.password_hash if user else _dummy_hash()
    if not await run_in_threadpool(verify_secret, stored, body.password) or user is None:
        raise ApiError(401, "Wrong user name or password.")
    return _tokens(state, user)


@router.post("/login-pin", response_model=c.TokenResponse, response_model_exclude_none=True)
async def login_pin(state: State, body: c.PinLoginRequest) -> c.TokenResponse:
    user = await state.read(_user, body.username)
    if user is None or not user.pin_hash:
        await run_in_threadpool(verify_secret, _dummy_hash(), body.pin)
        raise ApiError(401, "Wrong user name or PIN.")
    now = state.now()
    if user.pin_locked_until and user.pin_locked_until > now:
        wait = math.ceil(user.pin_locked_until - now)
        raise ApiError(
            429,
            f"Too many wrong PINs for {user.username}: PIN log-in is locked for {wait} s more. "
            "Wait, or log in with the password.",
            {"Retry-After": str(wait)},
        )
    if await run_in_threadpool(verify_secret, user.pin_hash, body.pin):
        if user.pin_failures:
            await state.db(_set_pin_state, user.username, 0, None)
        return _tokens(state, user)
    failures, locked_until = state.pins.after_failure(user.pin_failures, now)
    await state.db(_set_pin_state, user.username, failures, locked_until)
    if locked_until is not None:
        raise ApiError(
            429,
            f"Too many wrong PINs for {user.username}: PIN log-in is locked for {math.ceil(state.pins.lockout_s)} s.",
            {"Retry-After": str(math.ceil(state.pins.lockout_s))},
        )
    left = state.pins.max_failures - failures
    raise ApiError(401, f"Wrong PIN for {user.username}; {left} more tries before PIN log-in locks.")


def _set_pin_state(conn: Connection, username: str, failures: int, locked_until: float | None) -> None:
    conn.execute(
        update(db.users)
        .where(db.users.c.username == username)
        .values(pin_failures=failures, pin_locked_until=locked_until)
    )


@router.get("/me", response_model=c.UserInfo)
async def me(state: State, who: CurrentUser) -> c.UserInfo:
    user = await state.read(_user, who.username)
    if user is None:
        raise ApiError(401, "This user no longer exists; log in again.")
    return c.UserInfo(username=user.username, full_name=user.full_name, role=c.Role(user.role))


@functools.cache
def _dummy_hash() -> str:
    """A real hash of a random string, checked when the user does not exist."""
    return hash_secret(secrets.token_hex(16))
