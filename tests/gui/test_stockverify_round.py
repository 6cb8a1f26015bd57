"""The real window against the fake StockVerify as it ships (every defect on), keyboard only: the whole round
to a finished rack, a rack id it does not list, and what cannot be worked around (decisions, a supervisor's
release, the list of sessions) said at the screen."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
import qasync
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QWidget

from station.app import build
from station.config import Settings
from station.store.database import open_store
from station.ui.review_view import ReviewView
from station.ui.supervisor_prompt import ReleaseAnywayDialog
from tests.helpers.conflicts import authorise, open_dialog
from tests.helpers.gui import SCREENSHOTS, Driver, modal_text
from tests.helpers.stockverify import FakeStockVerify, StockVerifyState

EXPIRED = ("expired", "log in again")
"""What a 401 from a server that cannot take the call must never be read as."""


@pytest.fixture
def sv(qapp: QApplication, qloop: qasync.QEventLoop, stockverify: FakeStockVerify, tmp_path: Path) -> Iterator[Driver]:
    """A station pointed at the fake StockVerify, finding out which server it is (``[server] flavour = auto``)."""
    settings = Settings().with_overrides(
        server={"url": stockverify.url, "flavour": "auto"}, station={"name": "Dock 3"}, feedback={"sound": False}
    )
    driver = Driver(qapp, qloop, build(qapp, settings, open_store(tmp_path / "station" / "station.db")))
    driver.start()
    yield driver
    driver.stop()


def log_in(driver: Driver, user: str = "counter1", pin: str = "1111") -> str:
    """``user`` logs in by PIN; what a message box said after it (StockVerify's PIN warning), if one did."""
    driver.log_in(user, pin)
    driver.until(lambda: bool(driver.window.floors_view.buttons()))
    said = ""
    if isinstance(QApplication.activeModalWidget(), QMessageBox):
        said = modal_text()
        driver.key(Qt.Key.Key_Return)
        driver.until(lambda: QApplication.activeModalWidget() is None)
        driver.window.activateWindow()  # as a desktop's window manager does when a message box closes
    focused = driver.until(lambda: QApplication.focusWidget() in driver.window.floors_view.buttons(), fail=False)
    assert focused, f"the floors' number keys have no focus to go to (focus: {QApplication.focusWidget()!r})"
    return said


def open_rack(driver: Driver, rack: str = "G-R01", floor: str = "Ground", *, screenshot: str = "") -> None:
    """The floor by its number key, then the rack typed: no ``/api/racks?floor=`` there, so the list of free racks."""
    numbers = {button.property("floor"): n for n, button in enumerate(driver.window.floors_view.buttons(), start=1)}
    driver.type(str(numbers[floor]), enter=False)
    driver.until(lambda: driver.window.racks_view.model.rowCount() > 0)
    if screenshot:
        driver.desk_screenshot(screenshot)
    driver.type(rack)
    opened = driver.until(lambda: driver.window.stack.currentWidget() is driver.window.scan_view, fail=False)
    assert opened, f"rack {rack} not opened; the racks screen says: {driver.window.racks_view.message.text()!r}"


def counted(driver: Driver, item_code: str) -> int:
    return driver.lines().get(item_code, (0, 0, (), False))[0]


def shown(driver: Driver) -> str:
    """Every sentence on the screen and on the modal window, if there is one, lower-cased."""
    windows: list[QWidget] = [driver.window]
    if (top := QApplication.activeModalWidget()) is not None:
        windows.append(top)
    texts = [label.text() for window in windows for label in window.findChildren(QLabel) if label.isVisible()]
    if isinstance(top, QMessageBox):
        texts.append(top.text())
    return " ".join(texts).lower()


def test_a_rack_counted_to_the_end_against_stockverify_as_it_ships(sv: Driver, stockverify: FakeStockVerify) -> None:
    fake, window = stockverify.state, sv.window
    said = log_in(sv)
    assert "PIN" in said, "the first PIN log-in says StockVerify finds people by their PIN alone"
    numbers = [button.property("floor") for button in window.floors_view.buttons()]
    assert sorted(numbers) == ["Back Godown", "First", "Ground"]
    open_rack(sv, screenshot="sv-00-racks-on-stockverify")
    # Known as StockVerify from its log-in answer: the missing full listing is never asked for, only /available.
    assert fake.called("GET", "/api/racks") == [] and fake.called("GET", "/api/racks/available")
    assert fake.racks["G-R01"].status == "active", "claimed, through StockVerify's 422 on a missing redis_service"
    session_id = sv.session_id()
    [first, second, ean] = fake.barcodes("G-R01")
    # One batch call per 3 s, once: the second call meets a 429 whose Retry-After is rounded down; a station
    # that waits exactly that long comes back too early, one that adds a second (the workaround) does not.
    fake.batch_limit, fake.batch_window_s, fake.throttles_left = 1, 3.0, 1
    sv.scan(first)
    sv.until(lambda: counted(sv, "ITM510101") == 1)
    sv.until(lambda: bool(fake.called("POST", "/api/sync/batch")))
    for code in (first, second, first):  # repeats
        sv.scan(code)
    sv.type("12", enter=False)  # a number, then a scan: twelve pieces on one line
    sv.scan(ean)
    sv.until(lambda: (counted(sv, "ITM510101"), counted(sv, "ITM510102"), counted(sv, "ITM510103")) == (3, 1, 12))
    sv.until(lambda: fake.throttled == 1, timeout=20)
    sv.until(lambda: window.waiting == 0)
    sv.until(lambda: fake.pieces(session_id) == {"ITM510101": 3, "ITM510102": 1, "ITM510103": 12}, timeout=20)
    assert fake.conflicts == [], "no line of the rack's own holder is refused (rack_locked)"
    sv.desk_screenshot("sv-01-scanning-stockverify")
    sv.key(Qt.Key.Key_F10)  # the review first; Enter finishes
    sv.until(lambda: isinstance(QApplication.activeModalWidget(), ReviewView))
    sv.key(Qt.Key.Key_Return)
    finished = sv.until(lambda: window.stack.currentWidget() is window.racks_view, timeout=30, fail=False)
    assert finished, f"F10 did not finish the rack; the screen says: {shown(sv)!r}"
    assert fake.called("POST", f"/api/sessions/{session_id}/complete") == [200]
    assert fake.racks["G-R01"].status == "completed" and fake.holder(fake.racks["G-R01"]) is None
    assert fake.sessions[session_id].status == "CLOSED"
    assert sum(fake.pieces(session_id).values()) == 16, "every unit on the server exactly once"
    assert (fake.throttled, fake.early_retries) == (1, 0), "the 429 was waited out"
    assert not any(status >= 400 for method, path, status in fake.calls if path.startswith("/api/sessions/"))
    assert 422 not in [status for _method, _path, status in fake.calls], "redis_service was sent from the start"
    review = QApplication.activeModalWidget()
    assert isinstance(review, ReviewView), "the review stays open with its sentence until a key closes it"
    SCREENSHOTS.mkdir(exist_ok=True)
    assert review.grab().save(str(SCREENSHOTS / "sv-02-review-rack-finished.png"))
    sv.key(Qt.Key.Key_Return)
    sv.until(lambda: QApplication.activeModalWidget() is None and "G-R01" not in fake_rack_ids(sv))
    sv.desk_screenshot("sv-02-racks-after-the-finished-rack")
    sv.key(Qt.Key.Key_Escape)  # back to the floors: what they say of Ground once a rack of it is counted
    sv.until(lambda: window.stack.currentWidget() is window.floors_view and bool(window.floors_view.buttons()))
    sv.until(lambda: "2 free" in floor_text(sv, "Ground"))  # the finished rack is no longer offered
    sv.desk_screenshot("sv-03-floors-after-the-finished-rack")


def floor_text(driver: Driver, floor: str) -> str:
    """What a floor's button on the floors screen says."""
    return next(str(b.text()) for b in driver.window.floors_view.buttons() if b.property("floor") == floor)


def fake_rack_ids(driver: Driver) -> str:
    model = driver.window.racks_view.model
    return " ".join(str(model.index(row, 0).data()) for row in range(model.rowCount()))


def counting_a_refused_line(sv: Driver, stockverify: FakeStockVerify) -> StockVerifyState:
    """Logged in and counting G-R01, one of whose lines StockVerify refused; the fake's state."""
    fake = stockverify.state
    fake.refuse_items["ITM510102"] = "invalid_quantity"
    log_in(sv)
    open_rack(sv)
    sv.scan(fake.barcodes("G-R01")[1])
    sv.until(lambda: "1 refused (F9)" in sv.window.status.conflicts.text(), timeout=20)
    return fake


def test_f9_says_stockverify_takes_no_decisions_and_keeps_the_counter_logged_in(
    sv: Driver, stockverify: FakeStockVerify
) -> None:
    fake = counting_a_refused_line(sv, stockverify)
    dialog = open_dialog(sv)
    authorise(sv, dialog)  # a fresh supervisor's PIN: StockVerify's conflicts API answers it 401 all the same
    sv.until(lambda: "stockverify" in shown(sv), timeout=20)
    said = shown(sv)
    assert not any(words in said for words in EXPIRED), said
    assert fake.called("POST", "/api/auth/login-pin").count(200) >= 2, "the supervisor's PIN was taken"
    SCREENSHOTS.mkdir(exist_ok=True)
    assert dialog.grab().save(str(SCREENSHOTS / "sv-04-f9-no-decisions.png"))
    dialog.reject()
    sv.until(lambda: QApplication.activeModalWidget() is None)
    assert sv.window.stack.currentWidget() is sv.window.scan_view, "the counter is still counting, not logged out"


def test_f10_offers_no_release_anyway_stockverify_would_refuse_and_says_what_to_do(
    sv: Driver, stockverify: FakeStockVerify
) -> None:
    fake = counting_a_refused_line(sv, stockverify)
    sv.key(Qt.Key.Key_F10)
    sv.until(lambda: isinstance(QApplication.activeModalWidget(), ReviewView))
    sv.key(Qt.Key.Key_Return)
    sv.until(lambda: "not finished" in shown(sv), timeout=20)
    if isinstance(QApplication.activeModalWidget(), QMessageBox) and "anyway" in modal_text():
        sv.key(Qt.Key.Key_Y)  # a station offering the release anyway: take it, and see the server refuse it
        sv.until(lambda: isinstance(QApplication.activeModalWidget(), ReleaseAnywayDialog))
        prompt = QApplication.activeModalWidget()
        assert isinstance(prompt, ReleaseAnywayDialog)
        prompt.prompt.user.setText("supervisor")
        prompt.prompt.pin.setFocus()
        sv.type("9999", enter=False)
        sv.key(Qt.Key.Key_Tab)
        sv.type("counted by hand")  # the note, and Enter
        released = "/api/racks/G-R01/release"
        sv.until(lambda: bool(fake.called("POST", released)) or "stockverify" in shown(sv), timeout=20)
    said = shown(sv)
    sv.desk_screenshot("sv-05-f10-refused-line-on-stockverify")
    assert "stockverify" in said and not any(words in said for words in EXPIRED), said
    assert fake.called("POST", "/api/racks/G-R01/release") == [], "no release offered that the server forbids (403)"
    assert fake.racks["G-R01"].status == "active" and fake.racks["G-R01"].claimed_by == "counter1"


def test_a_rack_id_stockverify_does_not_list_is_a_sentence_not_a_new_rack(
    sv: Driver, stockverify: FakeStockVerify
) -> None:
    fake = stockverify.state
    log_in(sv)
    numbers = {button.property("floor"): n for n, button in enumerate(sv.window.floors_view.buttons(), start=1)}
    sv.type(str(numbers["Ground"]), enter=False)
    sv.until(lambda: sv.window.racks_view.model.rowCount() > 0)
    sv.type("G-R99")  # StockVerify would make a rack of it
    sv.until(lambda: "G-R99" in sv.window.racks_view.message.text())
    assert sv.window.stack.currentWidget() is sv.window.racks_view
    assert fake.called("POST", "/api/racks/G-R99/claim") == [] and "G-R99" not in fake.racks


def test_the_supervisor_view_says_stockverify_lists_no_sessions_rather_than_nobody_counting(
    sv: Driver, stockverify: FakeStockVerify
) -> None:
    base, fake = stockverify.url, stockverify.state
    token = httpx.post(f"{base}/api/auth/login-pin", json={"username": "counter2", "pin": "2222"})
    bearer = {"Authorization": f"Bearer {token.json()['data']['access_token']}"}
    claimed = httpx.post(f"{base}/api/racks/G-R02/claim", params={"redis_service": "1"}, json={"floor": "Ground"},
                         headers=bearer)  # fmt: skip
    assert claimed.status_code == 200  # counter2 is counting G-R02; StockVerify's session list stays empty
    log_in(sv, "supervisor", "9999")
    sv.key(Qt.Key.Key_F7)
    view = sv.window.supervisor_view
    sv.until(lambda: sv.window.stack.currentWidget() is view and view.message.isVisible())
    assert "lists no sessions" in view.message.text() and "nobody is counting" not in view.message.text().lower()
    assert fake.called("GET", "/api/sessions/active") == [], "the empty list is not asked for"
