"""Log-in, floor picker and rack grid: keys, sentences, memories."""

from __future__ import annotations

from pathlib import Path

import httpx
import qasync
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from station.server.embedded import EmbeddedServer
from station.session.values import TileState
from tests.helpers.gui import Driver, make_station
from tests.helpers.server import PINS


def test_a_wrong_pin_says_so_without_telling_who_exists(driver: Driver) -> None:
    login = driver.window.login_view
    login.user.setText("counter2")
    login.secret.setFocus()
    driver.type("0000")
    driver.until(lambda: "PIN" in login.error.text())
    # The server's one answer for a wrong PIN and an unknown user (issue 13), not "N more tries".
    assert login.error.text() == "Wrong user name or PIN."
    assert login.secret.text() == "" and login.secret.hasFocus()


def test_ctrl_p_switches_to_a_password(driver: Driver) -> None:
    login = driver.window.login_view
    login.user.setText("admin")
    login.secret.setFocus()
    driver.key(Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert login.by_password and login.secret.placeholderText() == "Password"
    driver.type("admin")
    driver.until(lambda: driver.window.stack.currentWidget() is driver.window.floors_view)


def test_an_unreachable_server_is_a_sentence_naming_it(
    qapp: QApplication, qloop: qasync.QEventLoop, tmp_path: Path
) -> None:
    station = make_station(qapp, "http://127.0.0.1:1", tmp_path)
    driver = Driver(qapp, qloop, station)
    driver.start()
    try:
        driver.window.login_view.user.setText("counter1")
        driver.window.login_view.secret.setFocus()
        driver.type("1111")
        driver.until(lambda: "cannot be reached" in driver.window.login_view.error.text())
        # Which server was tried and what to do; nobody counts before logging in, so nothing about counting.
        assert driver.window.login_view.error.text() == (
            "The server at http://127.0.0.1:1 cannot be reached, so nobody can log in yet. Check this station's "
            "network cable or Wi-Fi, then try again; if it goes on, ask IT whether the server is running at that "
            "address (server.url in the settings)."
        )
        assert driver.window.status.connection.text() == "offline: counting goes on"
    finally:
        driver.stop()


def test_the_last_user_and_floor_are_remembered(driver: Driver) -> None:
    driver.log_in("counter3", "3333")
    driver.until(lambda: bool(driver.window.floors_view.buttons()))
    driver.type("2", enter=False)  # First
    driver.until(lambda: driver.window.racks_view.model.rowCount() == 3)
    assert driver.window.racks_view.model.tile(0).rack_id == "F-R01"
    driver.key(Qt.Key.Key_Escape)
    driver.until(lambda: driver.window.stack.currentWidget() is driver.window.floors_view)
    driver.until(
        lambda: any(b.hasFocus() and b.property("floor") == "First" for b in driver.window.floors_view.buttons())
    )
    driver.key(Qt.Key.Key_Escape)  # log out
    assert driver.window.stack.currentWidget() is driver.window.login_view
    assert driver.window.login_view.user.text() == "counter3"
    assert driver.window.windowTitle() == "Station — Dock 3"  # no longer names the last user
    assert driver.window.status.user.text() == ""


def test_news_is_not_shown_as_an_error(driver: Driver) -> None:
    login = driver.window.login_view
    login.user.setText("counter1")
    login.secret.setText("1111")
    login.set_busy(True)
    assert login.error.text() == "Logging in…" and login.error.property("level") == "info"
    login.show_error("Wrong user name or PIN.")
    assert login.error.property("level") == ""
    driver.window.racks.open("Ground", "Rack G-R01 is finished: 50 pieces in 3 lines.")
    assert driver.window.racks_view.message.property("level") == "info"
    driver.window.racks_view.show_error("There is no rack G-R99 on Ground.")
    assert driver.window.racks_view.message.property("level") == ""


def test_arrows_and_enter_pick_a_floor(driver: Driver) -> None:
    driver.log_in()
    driver.until(lambda: bool(driver.window.floors_view.buttons()))
    driver.key(Qt.Key.Key_Down)
    driver.key(Qt.Key.Key_Down)
    driver.key(Qt.Key.Key_Return)
    driver.until(lambda: driver.window.racks_view.floor == "Second")


def test_a_rack_held_by_someone_else_says_who(driver: Driver, reference_server: EmbeddedServer) -> None:
    base = reference_server.url
    token = httpx.post(f"{base}/api/auth/login-pin", json={"username": "counter2", "pin": PINS["counter2"]}).json()
    httpx.post(f"{base}/api/racks/G-R02/claim", json={"floor": "Ground"},
               headers={"Authorization": f"Bearer {token['access_token']}"})  # fmt: skip
    driver.log_in()
    driver.until(lambda: bool(driver.window.floors_view.buttons()))
    driver.type("1", enter=False)
    driver.until(lambda: driver.window.racks_view.model.rowCount() == 3)
    assert driver.window.racks_view.model.tile(1).state is TileState.ACTIVE
    driver.type("G-R02")
    driver.until(lambda: "locked by counter2" in driver.window.racks_view.message.text())
    assert driver.sound.played[-1] == "bad"
    driver.type("G-R99")
    assert driver.window.racks_view.message.text().startswith("There is no rack G-R99 on Ground.")
    driver.type("G-R03")
    driver.until(lambda: driver.window.stack.currentWidget() is driver.window.scan_view)
    assert driver.window.windowTitle() == "Station — Dock 3 — G-R03 — counter1"
