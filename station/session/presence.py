"""Presence: whether the station is in front of the counter or minimised, as one small object.

The window feeds it through the session's ``set_away`` (``changeEvent`` with ``isMinimized()``, hide
and show); the session pauses the heartbeat and the sync worker on ``away`` and resumes them on ``back``. Kept apart
from the window so that it can be tested without a window manager.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class Presence(QObject):
    """Signals:
    away(): the window was minimised or hidden.
    back(): it is shown again.
    """

    away = Signal()
    back = Signal()

    def __init__(self) -> None:
        super().__init__()
        self._away = False

    @property
    def is_away(self) -> bool:
        return self._away

    def set_away(self, away: bool) -> None:
        """Report what the window saw; repeats (minimise, then hide) are signalled once."""
        if away == self._away:
            return
        self._away = away
        (self.away if away else self.back).emit()
