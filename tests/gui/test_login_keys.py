"""The log-in screen's keys with the real key filter: a user name typed fast and then Tab moves to the PIN
(never taken for a scan), a PIN typed fast logs in, and a scanned badge fills the user and moves to the
PIN."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from station.ui.dialogs import LoginDialog
from tests.helpers.gui import TYPE_GAP_MS, Driver

SCANNER_MS = 8.0
FAST_TYPIST_MS = 35.0
"""A fast typist's keys: as close together as a slow scanner's (under the filter's 50 ms)."""


def press(driver: Driver, text: str, gap: float, end: Qt.Key | None = None) -> None:
    """``text`` with ``gap`` ms between keys (and before ``end``), after a pause."""
    keys: list[tuple[str | Qt.Key, float]] = [(char, 600.0 if n == 0 else gap) for n, char in enumerate(text)]
    driver._keys(keys + ([(end, gap)] if end is not None else []))


@pytest.mark.parametrize("gap", [FAST_TYPIST_MS, TYPE_GAP_MS], ids=["fast", "human"])
def test_a_user_name_typed_then_tab_moves_to_the_pin_and_logs_in(driver: Driver, gap: float) -> None:
    login = driver.window.login_view
    assert driver.focus() is login.user
    press(driver, "counter1", gap, Qt.Key.Key_Tab)
    assert (login.user.text(), driver.focus()) == ("counter1", login.secret)
    press(driver, "1111", gap, Qt.Key.Key_Return)  # a PIN typed fast is not a scan either
    driver.until(lambda: driver.window.stack.currentWidget() is driver.window.floors_view)
    assert driver.station.session.user is not None


@pytest.mark.parametrize("end", [Qt.Key.Key_Return, Qt.Key.Key_Tab], ids=["enter", "tab"])
def test_a_scanned_badge_fills_the_user_and_moves_to_the_pin(driver: Driver, end: Qt.Key) -> None:
    login = driver.window.login_view
    login.user.setText("counter2")  # the last user, filled in: the badge takes its place
    login.user.setFocus()
    login.user.end(False)
    press(driver, "counter1", SCANNER_MS, end)
    assert (login.user.text(), driver.focus(), login.error.text()) == ("counter1", login.secret, "")
    driver.type("1111")
    driver.until(lambda: driver.window.stack.currentWidget() is driver.window.floors_view)
    user = driver.station.session.user
    assert user is not None and user.username == "counter1"


def test_a_badge_read_twice_at_once_leaves_the_pin_empty(driver: Driver) -> None:
    login = driver.window.login_view
    press(driver, "counter1", SCANNER_MS, Qt.Key.Key_Return)
    driver._keys([(char, SCANNER_MS) for char in "counter1"] + [(Qt.Key.Key_Return, SCANNER_MS)])
    assert (login.user.text(), login.secret.text(), driver.focus()) == ("counter1", "", login.secret)


def test_a_badge_scanned_where_the_pin_goes_becomes_the_user_and_spends_no_try(driver: Driver) -> None:
    login = driver.window.login_view
    login.user.setText("counter2")  # the last user, filled in, and the PIN has focus
    login.secret.setFocus()
    sent: list[str] = []
    login.submitted.connect(lambda user, _secret, _by_password: sent.append(user))
    press(driver, "counter1", SCANNER_MS, Qt.Key.Key_Return)
    assert (login.user.text(), login.secret.text(), driver.focus()) == ("counter1", "", login.secret)
    assert sent == []  # nothing went to the server: no PIN try spent
    assert login.error.text() == "Now type the PIN for counter1, then Enter."
    driver.type("1111")
    driver.until(lambda: driver.window.stack.currentWidget() is driver.window.floors_view)
    user = driver.station.session.user
    assert user is not None and user.username == "counter1"


def test_a_pin_typed_fast_after_the_sign_in_expired_logs_in_again(scanning: Driver) -> None:
    """The log-in-again box over the scanning screen: a PIN typed as fast as a scanner is still a PIN."""
    scanning.station.session.events.needs_login.emit()
    scanning.until(lambda: isinstance(QApplication.activeModalWidget(), LoginDialog))
    again = QApplication.activeModalWidget()
    assert isinstance(again, LoginDialog) and scanning.focus() is again.secret
    press(scanning, "1111", FAST_TYPIST_MS, Qt.Key.Key_Return)
    scanning.until(lambda: QApplication.activeModalWidget() is None)
    assert scanning.window.stack.currentWidget() is scanning.window.scan_view
