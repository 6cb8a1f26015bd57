"""Passwords and PINs (argon2), signed expiring bearer tokens (PyJWT), and the PIN lockout rule."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass

import jwt
from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from station.contract import Role

ALGORITHM = "HS256"
ISSUER = "station-server"

_passwords = PasswordHasher()  # argon2id, RFC 9106's low-memory profile (64 MiB, 3 passes)
# A 4-8 digit PIN has at most 10^8 values: no hash cost makes it hard to guess offline, so PINs get
# a light argon2id and are protected by the lockout instead, and log-in by PIN stays instant.
_pins = PasswordHasher(time_cost=1, memory_cost=8 * 1024, parallelism=1)


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


class InvalidToken(Exception):
    """A bearer token that is missing, malformed, forged or expired; the message says which."""


@dataclass(frozen=True)
class Identity:
    """Who a valid token speaks for."""

    username: str
    role: Role


CLOCK_SKEW_S = 60
"""How far in the future a token's issue time may be (several server processes' clocks differ a little)."""


class TokenIssuer:
    """Makes and checks the bearer tokens: HS256 JWTs that carry the user, role and expiry."""

    def __init__(self, secret: str, ttl_s: int, clock: Callable[[], float] = time.time) -> None:
        if len(secret) < 32:
            raise ValueError("the token secret must be at least 32 characters")
        self._secret = secret
        self.ttl_s = ttl_s
        self._clock = clock

    def issue(self, username: str, role: Role) -> str:
        now = int(self._clock())
        claims = {"sub": username, "role": role.value, "iat": now, "exp": now + self.ttl_s, "iss": ISSUER}
        return jwt.encode(claims, self._secret, algorithm=ALGORITHM)

    def verify(self, token: str) -> Identity:
        """The identity in ``token``.

        Raises:
            InvalidToken: with a sentence saying why it is refused.
        """
        try:
            claims = jwt.decode(
                token,
                self._secret,
                algorithms=[ALGORITHM],
                issuer=ISSUER,
                # Times are checked below against the server's clock, not PyJWT's own (a fake one in tests).
                options={"require": ["sub", "role", "exp", "iat"], "verify_exp": False, "verify_iat": False},
            )
        except jwt.PyJWTError as exc:
            raise InvalidToken("The sign-in token is not valid; log in again.") from exc
        now = self._clock()
        if not all(_is_time(claims[name]) for name in ("exp", "iat")):  # a string "exp" is a refusal, not a 500
            raise InvalidToken("The sign-in token is not valid; log in again.")
        if claims["exp"] <= now:
            raise InvalidToken("The sign-in token has expired; log in again.")
        if not isinstance(claims["iat"], int | float) or claims["iat"] > now + CLOCK_SKEW_S:
            raise InvalidToken("The sign-in token is not valid yet; check the server's clock, then log in again.")
        role = claims["role"]
        if role not in Role._value2member_map_ or not isinstance(claims["sub"], str):
            raise InvalidToken("The sign-in token is not valid; log in again.")
        return Identity(username=claims["sub"], role=Role(role))


def _is_time(value: object) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


@dataclass(frozen=True)
class PinPolicy:
    """After ``max_failures`` wrong PINs in a row a user's PIN is locked for ``lockout_s`` seconds."""

    max_failures: int = 5
    lockout_s: float = 60.0

    def after_failure(self, failures: int, now: float) -> tuple[int, float | None]:
        """The failure count and lock expiry to store after one more wrong PIN."""
        failures += 1
        if failures >= self.max_failures:
            return 0, now + self.lockout_s
        return failures, None
