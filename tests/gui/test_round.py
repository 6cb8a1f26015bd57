"""End to end with the real window against a reference server on loopback, keyboard only: log in,
pick the floor, claim the rack, 50 scans, F10; the server holds 50 and the rack is released."""

from __future__ import annotations

import httpx
from PySide6.QtCore import Qt

from tests.helpers.gui import Driver
from tests.helpers.server import PINS


def server_get(driver: Driver, path: str, user: str = "supervisor") -> object:
    base = driver.station.settings.server.url
    token = httpx.post(f"{base}/api/auth/login-pin", json={"username": user, "pin": PINS[user]}).json()["access_token"]
    return httpx.get(f"{base}{path}", headers={"Authorization": f"Bearer {token}"}).json()


def plain_barcodes(driver: Driver, rack: str) -> list[str]:
    items = server_get(driver, f"/api/racks/{rack}/items")
    return [item["barcodes"][0] for item in items if not item["serialized"]]  # type: ignore[index, union-attr, attr-defined]


def test_the_whole_round_by_keyboard(driver: Driver) -> None:
    window = driver.window
    assert window.stack.currentWidget() is window.login_view
    driver.screenshot("01-login")
    driver.log_in()
    assert window.stack.currentWidget() is window.floors_view
    driver.until(lambda: bool(window.floors_view.buttons()))
    driver.screenshot("02-floors")
    driver.type("1", enter=False)
    driver.until(lambda: window.racks_view.model.rowCount() == 3)
    driver.screenshot("03-racks")
    driver.type("g-r01")
    driver.until(lambda: window.stack.currentWidget() is window.scan_view)
    codes = plain_barcodes(driver, "G-R01")
    for n in range(50):
        driver.scan(codes[n % len(codes)])
        driver.until(lambda n=n: driver.station.session.stats().total == n + 1)  # type: ignore[union-attr]
    assert driver.sound.played.count("good") == 50
    driver.until(lambda: window.waiting == 0)
    driver.screenshot("04-scanning")
    driver.key(Qt.Key.Key_F10)
    driver.until(lambda: window.stack.currentWidget() is window.racks_view, timeout=30)
    assert server_get(driver, "/api/racks/G-R01/status")["status"] == "completed"  # type: ignore[index]
    [session] = server_get(driver, "/api/sessions/user/history", "counter1")  # type: ignore[misc]
    assert server_get(driver, f"/api/sessions/{session['id']}/stats")["total_items"] == 50  # type: ignore[index]
