"""F10 on the scanning screen: the review first, then, on Enter, the finish, its result in green or handed back."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QWidget

from station.domain.wedge import Entry
from station.i18n import QT_TRANSLATE_NOOP, translate
from station.scanner.sound import Sound
from station.session.ports import Session
from station.session.values import Failure
from station.ui.review_view import ReviewView, Stage
from station.ui.tasks import spawn

FINISHING = QT_TRANSLATE_NOOP("reviewing", "Sending every line and checking the count with the server…")


class Reviewing(QObject):
    """One F10: the review over ``window``; Esc leaves everything as it was. A scan made while the rack
    is being finished cannot count: it is refused with a sound once the rack is finished.

    Args:
        failed: the finish did not happen (its sentence); the review has closed.
        conflicts: F9 from the review: it closes and the conflicts open.
        pass_on: a scan made while the review was open, once it has closed: the window routes it.
    """

    def __init__(
        self,
        window: QWidget,
        session: Session,
        sound: Sound,
        *,
        failed: Callable[[Failure], None],
        conflicts: Callable[[], None],
        pass_on: Callable[[Entry], None],
    ) -> None:
        super().__init__(window)
        self._session = session
        self._sound = sound
        self._failed = failed
        self._conflicts = conflicts
        self._pass_on = pass_on
        self._ended = ""
        self.view = ReviewView(window)
        self.view.finish_asked.connect(lambda: spawn(self.finish()))
        self.view.conflicts_asked.connect(self._to_conflicts)
        self.view.finished.connect(self._closed)
        session.events.queue_changed.connect(self._refresh)
        session.events.session_ended.connect(self._on_ended)

    def open(self) -> bool:
        """Show the review over the window; whether it opened (else ``failed`` was told why)."""
        review = self._session.review()
        if isinstance(review, Failure):
            self._failed(review)
            self._let_go()
            return False
        self.view.show_review(review)
        window = self.view.parentWidget()
        if window is not None:
            self.view.setGeometry(window.geometry())  # the whole window: a screen, large type, scrolling
        self.view.open()
        return True

    async def finish(self) -> None:
        if self.view.stage is not Stage.REVIEWING:
            return
        self.view.show_finishing(lambda: translate("reviewing", FINISHING))
        failure = await self._session.finish()
        if failure is None:
            late, self.view.scans = self.view.scans, []
            self.view.show_done(self._ended, late=len(late))
            if late:
                self._sound.bad()
            return
        self.view.stage = Stage.REVIEWING
        self.view.reject()
        self._failed(failure)

    def _refresh(self) -> None:
        """Lines went out (or were refused) while the review is open: it says so."""
        if self.view.isVisible() and self.view.stage is Stage.REVIEWING:
            review = self._session.review()
            if not isinstance(review, Failure):
                self.view.show_review(review)

    def _on_ended(self, why: str) -> None:
        self._ended = why
        if self.view.stage is Stage.REVIEWING and self.view.isVisible():
            self.view.reject()  # ended elsewhere (the rack lost, released): nothing left to review

    def _to_conflicts(self) -> None:
        self.view.reject()
        QTimer.singleShot(0, self._conflicts)

    def _closed(self, _result: int) -> None:
        """Scans kept while it was open go on to what is in front now, in order."""
        window = self.view.parentWidget()
        if window is not None:  # keys go back to the window underneath, whatever the window manager does
            window.activateWindow()
        scans, self.view.scans = self.view.scans, []
        for entry in scans:
            self._pass_on(entry)
        self._let_go()

    def _let_go(self) -> None:
        self._session.events.queue_changed.disconnect(self._refresh)
        self._session.events.session_ended.disconnect(self._on_ended)
        self.view.deleteLater()
        self.deleteLater()


def window_key(window: QWidget, key: str) -> Callable[[], None]:
    """What the window's own shortcut ``key`` does (F9 from the review opens the window's conflicts)."""

    def press() -> None:
        for shortcut in window.findChildren(QShortcut):
            if shortcut.key() == QKeySequence(key) and shortcut.isEnabled():
                shortcut.activated.emit()
                return

    return press
