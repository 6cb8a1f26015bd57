"""Auth routes: password and PIN log-in (rate-limited, with the PIN lockout), renewal, log-out, who the caller is."""

from __future__ import annotations

import logging
import math
from typing import Any

from fastapi import APIRouter, Response
from sqlalchemy import Connection, select, update
from starlette.concurrency import run_in_threadpool

from station import contract
from station.server import access, db, pin_guard
from station.server.deps import UNAUTHORIZED, Address, Bearer, CurrentUser, State
from station.server.errors import ApiError
from station.server.security import (
    REFRESH,
    InvalidToken,
    dummy_password_hash,
    dummy_pin_hash,
    hash_pin,
    pin_needs_rehash,
    verify_secret,
)

log = logging.getLogger(__name__)
router = APIRouter(prefix="/api/auth", tags=["auth"])

WRONG_PIN = "Wrong user name or PIN."
"""One answer for an unknown user, a user without a PIN and a wrong PIN: it tells nobody who exists."""


def _user(conn: Connection, username: str) -> Any:
    return conn.execute(select(db.users).where(db.users.c.username == username)).first()


async def _tokens(state: State, user: Any, address: str) -> contract.TokenResponse:
    """A new log-in for ``user``: its access and refresh tokens."""
    now = state.now()

    def start(conn: Connection) -> str:
        pin_guard.remember_address(conn, user.username, address, now)
        return access.start_login(conn, user.username, now, state.tokens.refresh_ttl_s)

    login_id = await state.db(start)
    role = contract.Role(user.role)
    return contract.TokenResponse(
        access_token=state.tokens.issue(user.username, role, login_id),
        refresh_token=state.tokens.issue(user.username, role, login_id, kind=REFRESH),
        expires_in=state.tokens.ttl_s,
        user=contract.UserInfo(username=user.username, full_name=user.full_name, role=role),
    )


async def _check(state: State, stored_hash: str, secret: str) -> bool:
    """Check a password or PIN on a worker thread, a few at a time (each may take 64 MiB)."""
    async with state.hashing:
        return await run_in_threadpool(verify_secret, stored_hash, secret)


async def _rate_limit(state: State, address: str) -> None:
    wait = await state.logins.wait_s(address)
    if wait:
        raise ApiError(
            429, f"Too many log-in tries from this station; wait {wait} s and try again.", {"Retry-After": str(wait)}
        )


@router.post("/login", response_model=contract.TokenResponse, response_model_exclude_none=True)
async def login(state: State, body: contract.LoginRequest, address: Address) -> contract.TokenResponse:
    await _rate_limit(state, address)
    user = await state.read(_user, body.username)
    usable = user is not None and user.active
    # Verify against a real hash even for an unknown user, so timing does not tell who exists.
    stored = user.password_hash if usable else dummy_password_hash()
    if not await _check(state, stored, body.password) or not usable:
        raise ApiError(401, "Wrong user name or password.")
    return await _tokens(state, user, address)


@router.post("/login-pin", response_model=contract.TokenResponse, response_model_exclude_none=True)
async def login_pin(state: State, body: contract.PinLoginRequest, address: Address) -> contract.TokenResponse:
    await _rate_limit(state, address)
    now = state.now()
    attempt = await state.db(pin_guard.reserve, state.pins, body.username, address, now)
    if not attempt.allowed:
        raise _locked(body.username, math.ceil(attempt.wait_s), more=True)
    user = await state.read(_user, body.username)
    usable = user is not None and user.active and bool(user.pin_hash)
    right = await _check(state, user.pin_hash if usable else dummy_pin_hash(), body.pin) and usable
    if not right:
        if attempt.wait_s:
            log.warning("PIN log-in for %s from %s locked for %.0f s after wrong PINs", body.username, address,
                        attempt.wait_s)  # fmt: skip
            raise _locked(body.username, math.ceil(attempt.wait_s))
        raise ApiError(401, WRONG_PIN)
    rehashed = None
    if pin_needs_rehash(user.pin_hash):
        async with state.hashing:
            rehashed = await run_in_threadpool(hash_pin, body.pin)

    def accepted(conn: Connection) -> None:
        pin_guard.succeeded(conn, user.username, address, now)
        if rehashed:
            conn.execute(update(db.users).where(db.users.c.username == user.username).values(pin_hash=rehashed))

    await state.db(accepted)
    return await _tokens(state, user, address)


def _locked(username: str, wait: int, *, more: bool = False) -> ApiError:
    still = f"locked for {wait} s more" if more else f"locked for {wait} s"
    return ApiError(
        429,
        f"Too many wrong PINs for {username}: PIN log-in is {still}. Wait, or log in with the password.",
        {"Retry-After": str(wait)},
    )


@router.post("/refresh", response_model=contract.TokenResponse, response_model_exclude_none=True)
async def refresh(state: State, credentials: Bearer) -> contract.TokenResponse:
    """*(ext)* A new access token for the same log-in, while the log-in lasts and the user may still act.

    The refresh token is the bearer token of this call (and only of this one).
    """
    if credentials is None:
        raise ApiError(401, "Send the refresh token as the bearer token.", UNAUTHORIZED)
    try:
        who = await state.confirm(state.tokens.verify(credentials.credentials, kind=REFRESH))
    except InvalidToken as exc:
        raise ApiError(401, str(exc), UNAUTHORIZED) from exc
    user = await state.read(_user, who.username)
    return contract.TokenResponse(
        access_token=state.tokens.issue(who.username, who.role, who.login_id),
        refresh_token=credentials.credentials,
        expires_in=state.tokens.ttl_s,
        user=contract.UserInfo(username=who.username, full_name=user.full_name if user else "", role=who.role),
    )


@router.post("/logout", status_code=204, response_class=Response)
async def logout(state: State, who: CurrentUser) -> Response:
    """*(ext)* End this log-in: its access and refresh tokens stop working at once (204, no body)."""
    await state.db(access.end_login, who.login_id, who.username, state.now())
    state.access.forget(who.login_id)
    return Response(status_code=204)


@router.get("/me", response_model=contract.UserInfo)
async def me(state: State, who: CurrentUser) -> contract.UserInfo:
    user = await state.read(_user, who.username)
    if user is None:
        raise ApiError(401, "This user no longer exists; log in again.")
    return contract.UserInfo(username=user.username, full_name=user.full_name, role=contract.Role(user.role))
