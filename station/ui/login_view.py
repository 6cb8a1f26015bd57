"""The log-in screen: user and PIN (Ctrl+P for a password), Enter to go, a sentence when it fails."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from station.i18n import translate
from station.scanner.keyboard import BADGE, TYPING_FIELD
from station.ui.language_view import LanguagePicker
from station.ui.theme import restyle
from station.ui.words import SaysAgain, Words


class LoginView(SaysAgain, QWidget):
    """Signals:
    submitted(user, secret, by_password): Enter in either field with both filled.
    """

    submitted = Signal(str, str, bool)

    def __init__(self, station_name: str) -> None:
        super().__init__()
        self.setObjectName("loginView")
        self.by_password = False
        self.words = Words()
        title = QLabel("")
        title.setObjectName("screenTitle")
        self.words.set(title, lambda: translate("login_view", "Station"))
        where = QLabel("")
        where.setObjectName("hint")
        self.words.set(where, lambda: translate("login_view", "Counting station {name}").format(name=station_name))
        self.user = QLineEdit()
        self.user.setObjectName("userField")
        self.words.set(self.user, lambda: translate("login_view", "User"), "setPlaceholderText")
        self.secret = QLineEdit()
        self.secret.setObjectName("secretField")
        self.secret.setEchoMode(QLineEdit.EchoMode.Password)
        self.error = QLabel("")
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        self.hint = QLabel("")
        self.hint.setObjectName("hint")
        self.language = LanguagePicker()  # Tab to it after the PIN; Ctrl+L anywhere
        form = QWidget()
        form.setObjectName("loginForm")  # a column of its own width (the theme's), centred on any screen
        layout = QVBoxLayout(form)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(16)
        for widget in (title, where, self.user, self.secret, self.error, self.hint, self.language):
            layout.addWidget(widget)
        layout.addStretch(1)
        centred = QHBoxLayout(self)
        centred.setContentsMargins(40, 60, 40, 40)
        centred.addStretch(1)
        centred.addWidget(form, 6)
        centred.addStretch(1)
        self.setTabOrder(self.user, self.secret)
        self.setTabOrder(self.secret, self.language)
        self.user.setProperty(TYPING_FIELD, BADGE)  # typed fast, then Tab: still the PIN next; a badge scan too
        self.secret.setProperty(TYPING_FIELD, True)
        self._connect_signals()
        self._show_mode()

    def retranslate(self) -> None:
        """The language changed: every word again, the sentence on screen included."""
        self.words.again()

    def _connect_signals(self) -> None:
        self.user.returnPressed.connect(self._on_enter)
        self.secret.returnPressed.connect(self._on_enter)
        switch = QShortcut(QKeySequence("Ctrl+P"), self, context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        switch.activated.connect(self.toggle_password)

    def reset(self, last_user: str) -> None:
        """Ready for the next person: the last user filled in, focus where typing starts."""
        self.user.setText(last_user)
        self.secret.clear()
        self.words.set(self.error, "")
        self.set_busy(False)
        (self.secret if last_user else self.user).setFocus()
        if not last_user:
            self.user.setFocus()

    def typed(self) -> bool:
        """Whether someone has typed a name or a secret here."""
        return bool(self.user.text() or self.secret.text())

    def toggle_password(self) -> None:
        self.by_password = not self.by_password
        self.secret.clear()
        self._show_mode()
        self.secret.setFocus()

    def show_error(self, sentence: str) -> None:
        self.set_busy(False)
        self.words.set(self.error, sentence)
        restyle(self.error, level="")
        self.secret.clear()
        self.secret.setFocus()

    def set_busy(self, busy: bool) -> None:
        self.user.setEnabled(not busy)
        self.secret.setEnabled(not busy)
        if busy:
            self.words.set(self.error, lambda: translate("login_view", "Logging in…"))  # news, not an error
            restyle(self.error, level="info")

    def _show_mode(self) -> None:
        by_password = self.by_password
        self.words.set(
            self.secret,
            lambda: translate("login_view", "Password") if by_password else translate("login_view", "PIN"),
            "setPlaceholderText",
        )
        self.words.set(
            self.hint,
            lambda: (
                translate(
                    "login_view",
                    "Scan your badge or type your name · Tab to move · Enter to log in · Ctrl+P: a PIN · "
                    "Ctrl+L: language",
                )
                if by_password
                else translate(
                    "login_view",
                    "Scan your badge or type your name · Tab to move · Enter to log in · Ctrl+P: a password · "
                    "Ctrl+L: language",
                )
            ),
        )

    def _on_enter(self) -> None:
        user, secret = self.user.text().strip(), self.secret.text()
        restyle(self.error, level="")
        if not user:
            self.user.setFocus()
            self.words.set(self.error, lambda: translate("login_view", "Type your user name first."))
        elif not secret:
            self.secret.setFocus()
            by_password = self.by_password
            self.words.set(
                self.error,
                lambda: (
                    translate("login_view", "Type your password, then Enter.")
                    if by_password
                    else translate("login_view", "Type your PIN, then Enter.")
                ),
            )
        elif not self.by_password and not (secret.isascii() and secret.isdigit()):
            # A badge scanned (or a name typed) where the PIN goes: it is who, not the PIN; no try is spent.
            self.user.setText(secret.strip())
            self.secret.clear()
            self.secret.setFocus()
            who = secret.strip()
            self.words.set(
                self.error, lambda: translate("login_view", "Now type the PIN for {user}, then Enter.").format(user=who)
            )
            restyle(self.error, level="info")
        else:
            self.set_busy(True)
            self.submitted.emit(user, secret, self.by_password)
