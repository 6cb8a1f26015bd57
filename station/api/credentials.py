"""The tokens of the person logged in, kept in memory and renewed before they expire."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable

from station import contract

RENEW_AT = 0.75
"""An access token is renewed once this share of its life has passed (with 15 minutes: after 11¼)."""


class Credentials:
    """The tokens of the person logged in, shared by the GUI's and the sync worker's clients.

    Held in memory only: never written to disk or to the log. A server that hands out a refresh token
    (the reference server) has its short access token renewed before it expires; ``listen`` tells
    others (the live rack feed) the new one.
    """

    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self._lock = threading.Lock()
        self._clock = clock
        self._token: str | None = None
        self._refresh: str | None = None
        self._renew_at: float | None = None
        self._listeners: list[Callable[[str | None], None]] = []
        self.user: contract.UserInfo | None = None

    @property
    def token(self) -> str | None:
        with self._lock:
            return self._token

    @property
    def refresh_token(self) -> str | None:
        with self._lock:
            return self._refresh

    def set(
        self,
        token: str | None,
        user: contract.UserInfo | None = None,
        *,
        refresh_token: str | None = None,
        expires_in: float | None = None,
    ) -> None:
        """Keep ``token`` (and ``user``); with a refresh token and a lifetime, renew it before it ends."""
        with self._lock:
            self._token, self.user, self._refresh = token, user, refresh_token
            self._renew_at = self._clock() + expires_in * RENEW_AT if token and refresh_token and expires_in else None
            listeners = list(self._listeners)
        for listener in listeners:
            listener(token)

    def renewed(self, answer: contract.TokenResponse) -> None:
        """Take a renewed access token, keeping the user and (unless a new one came) the refresh token."""
        self.set(
            answer.access_token, answer.user or self.user,
            refresh_token=answer.refresh_token or self.refresh_token, expires_in=answer.expires_in,
        )  # fmt: skip

    def due(self) -> bool:
        """Whether the access token should be renewed now."""
        with self._lock:
            return self._renew_at is not None and self._clock() >= self._renew_at

    def listen(self, listener: Callable[[str | None], None]) -> None:
        """Call ``listener(token)`` whenever the token changes (log-in, renewal, log-out)."""
        with self._lock:
            self._listeners.append(listener)

    def clear(self) -> None:
        self.set(None, None)
