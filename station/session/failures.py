"""The one place where the server's and the local database's errors become a person's ``Failure``.

``ApiError`` and ``StoreError`` stop here: nothing above ``session`` ever sees them.
"""

from __future__ import annotations

import logging

from station.api import errors
from station.i18n import translate
from station.session.values import Failure, FailureKind
from station.store.errors import StoreError

log = logging.getLogger(__name__)

KNOWN = (errors.ApiError, StoreError)
"""What a person can meet; anything else is a bug and propagates."""


def failure_of(error: errors.ApiError | StoreError) -> Failure:
    """The failure ``error`` stands for, logged with its detail."""
    if isinstance(error, StoreError):
        log.error("the local database refused: %s (%s)", error.sentence, error.kind)
        return Failure(error.sentence, FailureKind.LOCAL)
    log.info("the server call failed: %s (%s %s)", error.sentence, error.status, error.detail)
    if isinstance(error, errors.ServerUnavailable):
        return Failure(error.sentence, FailureKind.OFFLINE)
    if isinstance(error, errors.Unauthorized):
        return Failure(error.sentence, FailureKind.SIGNED_OUT)
    return Failure(error.sentence, FailureKind.REFUSED)


def sign_in_refused(error: errors.Unauthorized, fallback: str) -> Failure:
    """A refused log-in: the server's own sentence when it gives one (tries left), else ``fallback``
    (StockVerify's "Could not validate credentials", a bare "Unauthorized", stay in the log)."""
    detail = error.detail.strip()
    return Failure(detail if detail.endswith(".") else fallback)


def sign_in_unavailable(error: errors.ApiError, server_url: str) -> Failure:
    """A log-in the server did not answer: which server was tried and what to do (nobody counts before
    logging in, so "counting goes on" would not be true here). Any other failure as ``failure_of``."""
    if not isinstance(error, errors.ServerUnavailable) or isinstance(error, errors.UntrustedServer):
        return failure_of(error)
    log.info("log-in: the server did not answer: %s (%s %s)", error.sentence, error.status, error.detail)
    if error.status is not None:
        sentence = translate(
            "failures",
            "The server at {url} failed ({status}), so nobody can log in yet. Try again in a minute; "
            "if it goes on, call IT.",
        ).format(url=server_url, status=error.status)
    else:
        sentence = translate(
            "failures",
            "The server at {url} cannot be reached, so nobody can log in yet. Check this station's network "
            "cable or Wi-Fi, then try again; if it goes on, ask IT whether the server is running at that address "
            "(server.url in the settings).",
        ).format(url=server_url)
    return Failure(sentence, FailureKind.OFFLINE)
