"""The one place where the server's and the local database's errors become a person's ``Failure``.

``ApiError`` and ``StoreError`` stop here: nothing above ``session`` ever sees them.
"""

from __future__ import annotations

import logging

from station.api import errors
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
