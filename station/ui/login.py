"""The log-in screen's presenter, and logging in again over any screen when the sign-in expires."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QStackedWidget

from station.i18n import translate
from station.session.ports import Session
from station.session.values import Failure
from station.ui import dialogs
from station.ui.login_view import LoginView
from station.ui.tasks import spawn


class LoginPresenter(QObject):
    """Signals:
    finished(str): logged in and nothing to go back to: the floors come next (with a sentence, if any).
    """

    finished = Signal(str)

    def __init__(self, view: LoginView, session: Session, *, stack: QStackedWidget) -> None:
        super().__init__(view)
        self.view = view
        self._session = session
        self._stack = stack
        self._again: dialogs.LoginDialog | None = None
        view.submitted.connect(lambda user, secret, by_password: spawn(self.log_in(user, secret, by_password)))
        session.events.needs_login.connect(self.ask_again)
        session.events.logged_out.connect(self.open)

    def open(self) -> None:
        self.view.reset(self._session.last_user())
        self._stack.setCurrentWidget(self.view)

    async def log_in(self, user: str, secret: str, by_password: bool) -> None:
        failure = await self._session.log_in(user, secret, password=by_password)
        if failure is not None:
            self.view.show_error(failure.sentence)
            return
        recovered = await self._session.recover()
        if recovered is not True:  # the scanning screen opens itself when a session is back
            self.finished.emit(recovered.sentence if isinstance(recovered, Failure) else "")
            if not by_password and (notice := self._session.pin_notice()):
                dialogs.tell(self.view.window(), translate("login", "PINs on this server"), notice)

    def ask_again(self) -> None:
        """The sign-in expired: the same person logs in again over whatever is on the screen."""
        user = self._session.user
        if user is None or self._again is not None:
            return
        dialog = dialogs.LoginDialog(self.view.window(), user.username)
        self._again = dialog
        dialog.submitted.connect(lambda secret, by_password: spawn(self._log_in_again(secret, by_password)))
        dialog.finished.connect(lambda _result: setattr(self, "_again", None))
        dialog.open()

    async def _log_in_again(self, secret: str, by_password: bool) -> None:
        failure = await self._session.log_in_again(secret, password=by_password)
        if self._again is None:
            return
        if failure is not None:
            self._again.show_error(failure.sentence)
        else:
            self._again.accept()
