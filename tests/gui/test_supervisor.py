"""The supervisor view (F7) and the F10 gate: who counts what with the age of their last heartbeat,
recent sessions, a rack's history, releasing a gone counter's rack, and "release anyway"."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QInputDialog, QMessageBox

from station.session.values import SessionRow
from station.ui.review_view import ReviewView
from station.ui.supervisor_prompt import ReleaseAnywayDialog
from station.ui.supervisor_view import SupervisorView
from tests.helpers.conflicts import make_conflict
from tests.helpers.gui import SCREENSHOTS, Driver, modal_text, table_item
from tests.helpers.reference import server_call


def cell(view: SupervisorView, row: int, column: int) -> str:
    item = view.active.item(row, column)
    return item.text() if item is not None else ""


def test_a_counter_has_no_supervisor_view(driver: Driver) -> None:
    driver.log_in()
    driver.until(lambda: bool(driver.window.floors_view.buttons()))
    driver.key(Qt.Key.Key_F7)
    assert driver.window.stack.currentWidget() is driver.window.floors_view


def test_the_supervisor_sees_who_counts_and_releases_a_gone_counters_rack(driver: Driver) -> None:
    claim = server_call(driver, "POST", "/api/racks/G-R03/claim", "counter2", json={"floor": "Ground"})
    driver.log_in("supervisor", "9999")
    driver.until(lambda: bool(driver.window.floors_view.buttons()))
    driver.key(Qt.Key.Key_F7)
    view = driver.window.supervisor_view
    driver.until(lambda: view.active.rowCount() == 1)
    assert [cell(view, 0, n) for n in (0, 1, 2, 3)] == ["G-R03", "Ground", "counter2", "active"]
    assert cell(view, 0, 7).endswith("s ago")
    assert view.recent.rowCount() >= 1
    driver.window.grab().save(str(SCREENSHOTS / "09-supervisor-view.png"))

    driver.key(Qt.Key.Key_R)
    driver.until(lambda: isinstance(QApplication.activeModalWidget(), QInputDialog))
    driver.type("counter2 went home ill")
    driver.until(lambda: view.active.rowCount() == 0)
    driver.until(lambda: view.history.count() == 1)
    assert "counter2 went home ill" in view.history.item(0).text()
    status = server_call(driver, "GET", "/api/racks/G-R03/status")
    assert status["status"] != "active" and status["session_id"] in (None, claim["session_id"])
    driver.key(Qt.Key.Key_Escape)
    driver.until(lambda: driver.window.stack.currentWidget() is driver.window.floors_view)


def test_a_silent_station_is_marked_and_ages_without_asking_the_server() -> None:
    from datetime import UTC, datetime

    now = datetime(2026, 11, 28, 12, 0, tzinfo=UTC)
    row = SessionRow(
        session_id="s1", rack_id="G-R01", floor="Ground", user="counter1", status="active",
        started_at=now - timedelta(minutes=10), last_heartbeat=now - timedelta(seconds=20), completed_at=None,
        lines=3, pieces=40,
    )  # fmt: skip
    view = SupervisorView()
    view.show_sessions([row], [], now)
    assert cell(view, 0, 6) == "4.0" and cell(view, 0, 7) == "20 s ago"
    assert not table_item(view.active, 0, 7).font().bold()
    view.tick(now + timedelta(seconds=100))
    assert cell(view, 0, 7) == "2 min ago"
    assert table_item(view.active, 0, 7).background().color() != table_item(view.active, 0, 6).background().color()


def test_f10_with_a_line_waiting_for_a_supervisor_can_be_released_anyway(driver: Driver) -> None:
    driver.log_in()
    driver.open_rack("G-R01")
    make_conflict(driver, "stale_lock")
    driver.key(Qt.Key.Key_F10)  # the review first; Enter finishes
    driver.until(lambda: isinstance(QApplication.activeModalWidget(), ReviewView))
    driver.key(Qt.Key.Key_Return)
    driver.until(lambda: isinstance(QApplication.activeModalWidget(), QMessageBox))
    assert "waits for a supervisor (F9)" in modal_text()
    driver.key(Qt.Key.Key_Y)
    driver.until(lambda: isinstance(QApplication.activeModalWidget(), ReleaseAnywayDialog))
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, ReleaseAnywayDialog)
    dialog.prompt.user.setFocus()
    driver.type("counter2", enter=False)
    driver.key(Qt.Key.Key_Tab)
    driver.type("2222", enter=False)
    driver.key(Qt.Key.Key_Tab)
    driver.type("done by hand")
    driver.until(lambda: "not a supervisor" in dialog.prompt.error.text())
    dialog.prompt.user.setText("supervisor")
    dialog.prompt.pin.setFocus()
    driver.type("9999")
    driver.until(lambda: driver.window.stack.currentWidget() is driver.window.racks_view)
    assert "released by supervisor" in driver.window.racks_view.message.text()
    history = server_call(driver, "GET", "/api/racks/G-R01/history")
    assert [(h["actor"], h["action"], h["note"]) for h in history] == [
        ("supervisor", "release", "released anyway: done by hand")
    ]
