"""Small facts the station remembers in its store: the last user and floor, and what it has told the warehouse once."""

from __future__ import annotations

from station.api.profile import Profile
from station.i18n import QT_TRANSLATE_NOOP, translate
from station.session.failures import failure_of
from station.store.errors import StoreError
from station.store.sessions import Sessions

PIN_ALONE = QT_TRANSLATE_NOOP(
    "notices",
    "This server finds people by their PIN alone: two people with the same PIN log in as the same person. "
    "Ask IT to give everyone a different PIN.",
)
PIN_TOLD = "told_pin_alone"
"""The store's meta key: this station has said ``PIN_ALONE`` once."""


def pin_notice(sessions: Sessions, profile: Profile) -> str:
    """After a PIN log-in: ``PIN_ALONE`` the first time on a server that ignores the user name, else "".
    Said once per station (a store that cannot remember it may say it again)."""
    if not profile.pin_ignores_user:
        return ""
    try:
        if sessions.recall(PIN_TOLD):
            return ""
        sessions.remember(PIN_TOLD, "1")
    except StoreError as broken:
        failure_of(broken)
    return translate("notices", PIN_ALONE)


def recall(sessions: Sessions, key: str) -> str:
    """A remembered fact (the last user, the last floor), or "" (also when the store cannot say)."""
    try:
        return sessions.recall(key) or ""
    except StoreError as broken:
        failure_of(broken)
        return ""
