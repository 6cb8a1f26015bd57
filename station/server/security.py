"""Passwords and PINs (argon2, bounded), and the signed expiring access and refresh tokens (PyJWT)."""

from __future__ import annotations

import functools
import secrets
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import jwt
from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from station.contract import Role

ALGORITHM = "HS256"
ISSUER = "station-server"
ACCESS = "access"
REFRESH = "refresh"

_passwords = PasswordHasher()  # argon2id, RFC 9106's low-memory profile (64 MiB, 3 passes)
# A 4-8 digit PIN has at most 10^8 values: no hash cost makes it hard to guess offline, so PINs are
# protected by the lockout first. The hash still costs about 0.1 s and 32 MiB a guess, so a stolen
# database takes hours per 4-digit PIN on one core rather than a minute.
_pins = PasswordHasher(time_cost=3, memory_cost=32 * 1024, parallelism=1)


def hash_secret(secret: str) -> str:
    """An argon2id hash of a password."""
    return _passwords.hash(secret)


def hash_pin(pin: str) -> str:
    """An argon2id hash of a PIN (lighter; see above)."""
    return _pins.hash(pin)


def verify_secret(stored_hash: str | None, secret: str) -> bool:
    """Whether ``secret`` matches ``stored_hash`` (a missing hash matches nothing).

    The hash carries its own parameters, so one check serves passwords and PINs.
    """
    if not stored_hash:
        return False
    try:
        return _passwords.verify(stored_hash, secret)
    except (VerificationError, InvalidHashError):
        return False


def pin_needs_rehash(stored_hash: str) -> bool:
    """Whether a PIN hash was made with older, weaker parameters."""
    try:
        return _pins.check_needs_rehash(stored_hash)
    except (InvalidHashError, ValueError):
        return True


@functools.cache
def dummy_password_hash() -> str:
    """A real password hash of a random string: checked for an unknown user, so time tells nothing."""
    return hash_secret(secrets.token_hex(16))


@functools.cache
def dummy_pin_hash() -> str:
    """A real PIN hash of a random string: checked for an unknown user or one without a PIN."""
    return hash_pin(secrets.token_hex(8))


class InvalidToken(Exception):
    """A bearer token that is missing, malformed, forged or expired; the message says which."""


@dataclass(frozen=True)
class Identity:
    """Who a valid token speaks for: the user, their role, the log-in it belongs to and when it ends."""

    username: str
    role: Role
    login_id: str = ""
    expires_at: float = 0.0


CLOCK_SKEW_S = 60
"""How far in the future a token's issue time may be (several server processes' clocks differ a little)."""
_INVALID = "The sign-in token is not valid; log in again."


class TokenIssuer:
    """Makes and checks the tokens: HS256 JWTs carrying the user, role, log-in id, kind and expiry.

    An access token is short (``ttl_s``); a refresh token lasts a shift (``refresh_ttl_s``) and only buys
    new access tokens for the same log-in, until that log-in is ended.
    """

    def __init__(
        self, secret: str, ttl_s: int, clock: Callable[[], float] = time.time, *, refresh_ttl_s: int = 12 * 3600
    ) -> None:
        if len(secret) < 32:
            raise ValueError("the token secret must be at least 32 characters")
        self._secret = secret
        self.ttl_s = ttl_s
        self.refresh_ttl_s = refresh_ttl_s
        self._clock = clock

    def issue(self, username: str, role: Role, login_id: str = "", *, kind: str = ACCESS) -> str:
        now = int(self._clock())
        ttl = self.ttl_s if kind == ACCESS else self.refresh_ttl_s
        claims = {"sub": username, "role": role.value, "iat": now, "exp": now + ttl, "iss": ISSUER,
                  "sid": login_id, "typ": kind}  # fmt: skip
        return jwt.encode(claims, self._secret, algorithm=ALGORITHM)

    def verify(self, token: str, *, kind: str = ACCESS) -> Identity:
        """The identity in ``token``, which must be of ``kind`` (an access token unless told).

        Raises:
            InvalidToken: with a sentence saying why it is refused.
        """
        try:
            claims: dict[str, Any] = jwt.decode(
                token,
                self._secret,
                algorithms=[ALGORITHM],
                issuer=ISSUER,
                # Times are checked below against the server's clock, not PyJWT's own (a fake one in tests).
                options={"require": ["sub", "role", "exp", "iat"], "verify_exp": False, "verify_iat": False},
            )
        except jwt.PyJWTError as exc:
            raise InvalidToken(_INVALID) from exc
        expires, issued = claims["exp"], claims["iat"]
        if not _number(expires) or not _number(issued):
            raise InvalidToken(_INVALID)
        if claims.get("typ", ACCESS) != kind or not isinstance(claims.get("sid", ""), str):
            raise InvalidToken(_INVALID)
        now = self._clock()
        if expires <= now:
            raise InvalidToken("The sign-in token has expired; log in again.")
        if issued > now + CLOCK_SKEW_S:
            raise InvalidToken("The sign-in token is not valid yet; check the server's clock, then log in again.")
        role = claims["role"]
        if role not in Role._value2member_map_ or not isinstance(claims["sub"], str):
            raise InvalidToken(_INVALID)
        return Identity(claims["sub"], Role(role), claims.get("sid", ""), float(expires))


def _number(value: object) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)
