"""Which server the station talks to — Station's reference server or StockVerify as it ships — and what that changes."""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from station.i18n import QT_TRANSLATE_NOOP

log = logging.getLogger(__name__)


class Flavour(StrEnum):
    """``auto`` finds out from the server's answers; the others are set by IT when it is known."""

    AUTO = "auto"
    REFERENCE = "reference"
    STOCKVERIFY = "stockverify"


@dataclass(frozen=True)
class Profile:
    """What the server at the other end can and cannot do, and how its answers are to be read.

    Every difference between the servers lives here as a named field, read where it matters; nothing
    else in the station asks which server it is.
    """

    flavour: Flavour
    query_redis_service: bool = False
    """Claim, release, pause and resume need a ``redis_service`` query parameter (StockVerify's 422)."""
    records_without_rack_id: bool = False
    """Records leave ``rack_id`` out: StockVerify compares its lock's owner with the record's session
    and refuses the holder's own lines as ``rack_locked`` when it is there."""
    retry_after_rounded_down: bool = False
    """``Retry-After`` is rounded down: wait a second more than it says."""
    stats_count_lines: bool = False
    """Session stats: ``total_items`` counts lines (records), ``damage_items`` damaged pieces."""
    completes_sessions: bool = False
    """A finished rack is marked counted by ``POST /api/sessions/{id}/complete`` (release alone frees it)."""
    resolves_conflicts: bool = True
    """Supervisors' decisions can be sent (StockVerify answers 401 to every token)."""
    supervisor_releases: bool = True
    """A supervisor may release someone else's rack (StockVerify: only the claimer, 403)."""
    pin_ignores_user: bool = False
    """PIN log-in finds the user by the PIN alone, whatever user name is sent."""
    lists_racks: bool = True
    """``GET /api/racks?floor=`` lists every rack of a floor (an extension: StockVerify answers 404, so the
    station asks ``/api/racks/available`` straight away once it knows)."""
    lists_sessions: bool = True
    """The server lists the sessions being counted (StockVerify's list is always empty: a status case mismatch)."""
    oversees: bool = True
    """The oversight routes (progress, variance, recounts, lines, rack history: ``/api/oversight/…``) are
    served (an extension: StockVerify answers 404)."""


REFERENCE = Profile(Flavour.REFERENCE)
STOCKVERIFY = Profile(
    Flavour.STOCKVERIFY,
    query_redis_service=True,
    records_without_rack_id=True,
    retry_after_rounded_down=True,
    stats_count_lines=True,
    completes_sessions=True,
    resolves_conflicts=False,
    supervisor_releases=False,
    pin_ignores_user=True,
    lists_racks=False,
    lists_sessions=False,
    oversees=False,
)

PROFILES = {Flavour.REFERENCE: REFERENCE, Flavour.STOCKVERIFY: STOCKVERIFY}
NAMES = {
    Flavour.REFERENCE: QT_TRANSLATE_NOOP("profile", "Station's reference server"),
    Flavour.STOCKVERIFY: QT_TRANSLATE_NOOP("profile", "StockVerify as it ships"),
}
"""The kinds of server by name (English; shown as ``translate("profile", NAMES[flavour])``)."""


def from_login(payload: Any) -> Flavour | None:
    """The server a log-in answer comes from, if its shape tells.

    StockVerify wraps it as ``{"success": true, "data": {...}}``, with no ``refresh_token`` (it cannot
    renew one); the reference server answers the token response bare, with a ``refresh_token``.
    Anything else leaves the question open.
    """
    if not isinstance(payload, dict):
        return None
    inner = payload.get("data")
    if "success" in payload and isinstance(inner, dict) and not inner.get("refresh_token"):
        return Flavour.STOCKVERIFY
    if payload.get("access_token") and payload.get("refresh_token"):
        return Flavour.REFERENCE
    return None


def from_health(payload: Any) -> Flavour | None:
    """The server a health answer comes from, if it tells: only StockVerify wraps answers in
    ``{success, data}``; a bare ``{"status": "healthy"}`` comes from either."""
    if isinstance(payload, dict) and "success" in payload and "data" in payload:
        return Flavour.STOCKVERIFY
    return None


def from_extension(found: bool) -> Flavour:
    """The server, from whether one of the reference server's extensions (``/api/auth/refresh``,
    ``GET /api/racks?floor=``) answered: only StockVerify has none of them (404)."""
    return Flavour.REFERENCE if found else Flavour.STOCKVERIFY


class ServerProfile:
    """What is known about the server, shared by the station's clients (the window's and the sync worker's).

    Set by IT (``[server] flavour``) or found out once from the server's answers (``auto``); until then
    the reference server's profile is assumed. The profile is settled once, and said once in the log.
    """

    def __init__(self, flavour: Flavour = Flavour.AUTO) -> None:
        self._lock = threading.Lock()
        self.setting = Flavour(flavour)
        self._profile = PROFILES.get(self.setting, REFERENCE)
        self._known = self.setting is not Flavour.AUTO
        if self._known:
            log.info("server: %s (set by [server] flavour)", NAMES[self._profile.flavour])

    @property
    def profile(self) -> Profile:
        with self._lock:
            return self._profile

    @property
    def known(self) -> bool:
        with self._lock:
            return self._known

    def settle(self, flavour: Flavour | None, why: str) -> bool:
        """Take ``flavour`` as the server's, if not known yet; whether this settled it."""
        if flavour is None or flavour is Flavour.AUTO:
            return False
        with self._lock:
            if self._known:
                return False
            self._profile, self._known = PROFILES[flavour], True
        log.info("server: %s (%s)", NAMES[flavour], why)
        return True

    def force(self, profile: Profile) -> None:
        """Use ``profile`` from now on, whatever was found (a test, or a caller that knows better)."""
        with self._lock:
            self._profile, self._known = profile, True
