"""A failed answer as one of ``station.api.errors``, with a sentence read from any shape of error body."""

from __future__ import annotations

import logging
import ssl
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from station.api import errors
from station.api.profile import REFERENCE, Profile
from station.domain.backoff import parse_retry_after
from station.said import translate

if TYPE_CHECKING:  # httpx is imported by the client when it first sends: not before the log-in screen
    import httpx

log = logging.getLogger(__name__)

REQUIRED = ("missing", "Field required")
"""How FastAPI says a parameter is missing (its ``type`` and its ``msg``)."""


def unreachable(exc: httpx.TransportError, method: str, url: str) -> errors.ServerUnavailable:
    """No answer at all: a certificate this station does not trust, or no way through."""
    cause = exc.__cause__ or exc.__context__
    while cause is not None and not isinstance(cause, ssl.SSLError):
        cause = cause.__cause__ or cause.__context__
    if isinstance(cause, ssl.SSLCertVerificationError) or "CERTIFICATE_VERIFY_FAILED" in str(exc):
        return errors.UntrustedServer(
            translate(
                "failures",
                "The server's certificate is not trusted by this station. Ask IT to set server.ca_bundle "
                "to the warehouse's certificate authority.",
            ),
            detail=f"{method} {url}: {exc}",
        )
    return errors.ServerUnavailable(
        translate(
            "failures",
            "The server cannot be reached. The station keeps counting and will send everything when it is back.",
        ),
        detail=f"{type(exc).__name__} on {method} {url}: {exc}",
    )


def error_for(response: httpx.Response, method: str, url: str, profile: Profile = REFERENCE) -> errors.ApiError:
    """The error a failed answer stands for, its sentence in the station's words or the server's."""
    status = response.status_code
    message, detail = read_detail(response)
    detail = detail or response.reason_phrase
    log.info("%s %s answered %s: %s", method, url, status, detail)
    if status == 401:
        return errors.Unauthorized(
            translate("failures", "Your sign-in has expired. Log in again; nothing you counted is lost."),
            status=status,
            detail=detail,
        )
    if status == 403:
        forbidden = message or translate("failures", "You are not allowed to do that.")
        return errors.Forbidden(forbidden, status=status, detail=detail)
    if status == 404:
        missing = message or translate("failures", "The server has no {address}.").format(address=url)
        return errors.NotFound(missing, status=status, detail=detail)
    if status == 409:
        held = message or translate("failures", "Someone else holds this rack.")
        return errors.LeaseConflict(held, status=status, detail=detail)
    if status == 429:
        wait = retry_after(response, profile)
        asked = translate("failures", "The server asked the station to wait {seconds} s.").format(seconds=f"{wait:.0f}")
        return errors.RateLimited(message or asked, retry_after=wait, detail=detail)
    if status in (400, 413, 422):
        refused = message or translate("failures", "The server refused the request.")
        return errors.InvalidRequest(refused, status=status, detail=detail)
    if status >= 500:
        return errors.ServerUnavailable(
            translate(
                "failures", "The server failed ({status}). The station keeps counting and will send everything later."
            ).format(status=status),
            status=status,
            detail=detail,
        )
    return errors.BadResponse(
        translate("failures", "The server answered {status}, which this station does not expect.").format(
            status=status
        ),
        status=status,
        detail=detail,
    )


def retry_after(response: httpx.Response, profile: Profile = REFERENCE) -> float:
    """Seconds to wait after a 429: the server's ``Retry-After`` (60 s without one).

    ``retry_after_rounded_down``: StockVerify rounds the wait down, so waiting exactly that long earns
    one more 429; a second more is waited there.
    """
    wait = parse_retry_after(response.headers.get("Retry-After"), datetime.now(UTC))
    if wait is None:
        return 60.0
    return wait + 1.0 if profile.retry_after_rounded_down else wait


def read_detail(response: httpx.Response) -> tuple[str, str]:
    """The server's error as a sentence (empty when it gave none) and, for the log, its own words.

    ``detail`` may be a string (the reference server), an object ``{message, code, …}`` (StockVerify's
    401, 404 and 429) or FastAPI's list for a 422 (``[{"loc": [...], "msg": "Field required"}]``),
    read with the field it is about, never a bare "Field required.".
    """
    try:
        body = response.json()
    except ValueError:
        text = response.text[:200]
        return ("" if text.lstrip().startswith("<") else as_sentence(text)), text  # a proxy's page is no sentence
    found = body if not isinstance(body, dict) else body.get("detail") or body.get("error") or body.get("message") or ""
    if isinstance(found, str):
        return as_sentence(found), found
    if isinstance(found, dict):
        message = str(found.get("message") or found.get("detail") or "")
        code = found.get("code") or found.get("error_code")
        return as_sentence(message), f"{message} ({code})" if code and message else message or str(code or "")
    if isinstance(found, list) and found:
        problems = "; ".join(_problem(entry) for entry in found)  # the server's words (field names, its messages)
        refused = str(translate("failures", "The server refused the request: {problems}").format(problems=problems))
        return as_sentence(refused), str(found)[:500]
    return "", str(body)[:200]


def _problem(entry: Any) -> str:
    """One entry of a 422 list: ``redis_service (query) is required``, ``floor (body): too long``."""
    if not isinstance(entry, dict):
        return str(entry)
    loc = [str(part) for part in entry.get("loc") or ()]
    where = loc.pop(0) if loc and loc[0] in ("query", "body", "path", "header", "cookie") else ""
    name = ".".join(loc) or where or str(translate("failures", "the request"))
    place = f"{name} ({where})" if where and loc else name
    msg = str(entry.get("msg") or translate("failures", "is not valid")).removeprefix("Value error, ")
    if entry.get("type") == REQUIRED[0] or msg == REQUIRED[1]:
        return str(translate("failures", "{field} is required").format(field=place))
    return f"{place}: {msg[:1].lower()}{msg[1:]}"


def as_sentence(message: str) -> str:
    """The server's words as a sentence: capitalised, ending in a full stop."""
    message = message.strip()
    if not message:
        return ""
    message = message[0].upper() + message[1:]
    return message if message[-1] in ".!?" else message + "."
