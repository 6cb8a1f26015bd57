"""What can go wrong talking to the server, each with a sentence for the person at the station."""

from __future__ import annotations

import re

from station.said import Said

_HOLDER = re.compile(r"locked by (?P<holder>\S+)|held by (?P<held>\S+?);")
_RELEASED = re.compile(r"was released by (?P<by>[^\s:;]+)(?:: (?P<note>.*))?; this session has ended\.", re.DOTALL)


class ApiError(Exception):
    """A call that did not succeed.

    Attributes:
        status: the HTTP status, or ``None`` when no answer came.
        said: what happened and what to do: the station's own words (a ``Said``, kept in any language)
            or the server's (a string).
        detail: the server's own words, for the log.
    """

    def __init__(self, sentence: str | Said, *, status: int | None = None, detail: str = "") -> None:
        super().__init__(str(sentence))
        self.said = sentence
        self.status = status
        self.detail = detail

    @property
    def sentence(self) -> str:
        """What happened and what to do, in the language the station speaks now."""
        return str(self.said)


class Unauthorized(ApiError):
    """401: the token is missing, malformed or expired; log in again, nothing is lost."""


class Forbidden(ApiError):
    """403: signed in, but not allowed (a counter resolving a conflict, another user's rack)."""


class NotFound(ApiError):
    """404: no such rack, session, item or address (an extension the server does not have)."""


class LeaseConflict(ApiError):
    """409: someone else holds the rack, or the session has ended."""

    @property
    def holder(self) -> str | None:
        """The user named in the server's message, if any."""
        match = _HOLDER.search(self.detail)
        return (match.group("holder") or match.group("held")) if match else None

    @property
    def released(self) -> tuple[str, str] | None:
        """Who released the rack under the session (a supervisor), and their note, if the server says."""
        match = _RELEASED.search(self.detail)
        return (match.group("by"), match.group("note") or "") if match else None


class RateLimited(ApiError):
    """429: wait exactly ``retry_after`` seconds; not a failure."""

    def __init__(self, sentence: str | Said, *, retry_after: float, status: int = 429, detail: str = "") -> None:
        super().__init__(sentence, status=status, detail=detail)
        self.retry_after = retry_after


class InvalidRequest(ApiError):
    """400, 413, 422: the server refused what was sent as it stands."""


class Unsupported(ApiError):
    """The server cannot do this at all (StockVerify as it ships: supervisors' decisions, a supervisor's
    release): the sentence says what to do instead. Never a reason to log in again."""


class ServerUnavailable(ApiError):
    """No usable answer: the network is down, the server timed out, or it failed (5xx)."""


class UntrustedServer(ServerUnavailable):
    """The server's certificate is not one this station trusts: IT sets ``server.ca_bundle``."""


class BadResponse(ApiError):
    """An answer that is not what the contract says: the wrong server, or a broken one."""
