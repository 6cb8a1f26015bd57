"""The one main window: four screens in a stack, a status bar, the function keys, scans routed.

Every scan goes to whatever is in front of the counter: a dialog, else the current screen.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QEvent, QTimer, Signal, Slot
from PySide6.QtGui import QCloseEvent, QHideEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import QApplication, QDialog, QMainWindow, QStackedWidget, QWidget

from station.api import errors as e
from station.build_info import describe
from station.domain.wedge import Entry
from station.scanner.sound import Sound
from station.session.conflict_desk import ConflictDesk
from station.session.counting import Outcome, Verdict
from station.session.heartbeat import LeaseView
from station.session.station import SessionView, StationController
from station.session.supervision import SupervisorBoard
from station.ui import dialogs
from station.ui.floors_view import FloorsView
from station.ui.login_view import LoginView
from station.ui.racks_view import RacksView
from station.ui.scan_view import ScanView
from station.ui.status_bar import StationStatusBar
from station.ui.supervising import Supervising
from station.ui.supervisor_view import SupervisorView
from station.ui.tasks import spawn

log = logging.getLogger(__name__)


class MainWindow(QMainWindow):
    """Signals:
    closing(): the counter closed the window (after confirming if lines were waiting)."""

    closing = Signal()

    def __init__(
        self,
        controller: StationController,
        sound: Sound,
        station_name: str,
        desk: ConflictDesk,
        board: SupervisorBoard,
    ) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.controller = controller
        self.desk = desk
        self.sound = sound
        self.station_name = station_name
        self.waiting = 0
        self.login_view = LoginView(station_name)
        self.floors_view = FloorsView()
        self.racks_view = RacksView()
        self.scan_view = ScanView()
        self.supervisor_view = SupervisorView()
        self.stack = QStackedWidget()
        for view in (self.login_view, self.floors_view, self.racks_view, self.scan_view, self.supervisor_view):
            self.stack.addWidget(view)
        self.setCentralWidget(self.stack)
        self.status = StationStatusBar()
        self.setStatusBar(self.status)
        self._relogin: dialogs.LoginDialog | None = None
        self._progress: tuple[int, int] | None = None
        self._stats_timer = QTimer(self)
        self._stats_timer.setObjectName("stats-refresh")
        self._stats_timer.setInterval(1000)
        self._stats_timer.timeout.connect(self._refresh_stats)
        self._sent_timer = QTimer(self)  # ticks lines off at most a few times a second, however fast sync goes
        self._sent_timer.setObjectName("sent-refresh")
        self._sent_timer.setSingleShot(True)
        self._sent_timer.setInterval(300)
        self._sent_timer.timeout.connect(self._refresh_sent)
        self.supervising = Supervising(self, controller, desk, board, self.supervisor_view, back=self._back_to_floors)
        self._connect_signals()
        self._update_title()
        self.resize(1280, 860)

    def _connect_signals(self) -> None:
        c = self.controller
        self.login_view.submitted.connect(lambda user, secret, pw: spawn(self._login(user, secret, pw)))
        self.floors_view.chosen.connect(lambda floor: spawn(self._show_racks(floor)))
        self.floors_view.logout.connect(self.logout)
        self.racks_view.claim_requested.connect(lambda rack: spawn(self._claim(rack)))
        self.racks_view.back.connect(lambda: spawn(self._show_floors()))
        self.scan_view.entry_made.connect(lambda entry: spawn(self.scan(entry)))
        c.session_started.connect(self.on_session_started)
        c.session_ended.connect(self.on_session_ended)
        c.lease_changed.connect(self.on_lease_changed)
        c.lease_lost.connect(self.on_lease_lost)
        c.needs_login.connect(self.on_needs_login)
        c.connection_changed.connect(self.status.set_connection)
        c.counting.mode_changed.connect(self.scan_view.set_mode)
        c.feed.updated.connect(lambda _update: self._rack_event())
        c.feed.poll.connect(self._rack_event)
        c.feed.live_changed.connect(self.racks_view.show_live)
        c.connection_changed.connect(lambda online, _s: self.supervising.resend_decisions() if online else None)
        keys = {"F2": self._toggle_damage, "Ctrl+Z": self._undo, "F4": self._edit_line, "F8": self._pause,
                "F10": self._finish, "F9": self.supervising.open_conflicts, "F7": self._open_board,
                "F1": self.about}  # fmt: skip
        for key, action in keys.items():
            QShortcut(QKeySequence(key), self).activated.connect(action)

    def start(self) -> None:
        self.login_view.reset(self.controller.last_user())
        self.stack.setCurrentWidget(self.login_view)

    # --- every scan goes to what is in front ----------------------------------------------------

    @Slot(object)
    def on_entry(self, entry: Entry) -> None:
        modal = QApplication.activeModalWidget()
        target: QWidget | None = modal if modal is not None else self.stack.currentWidget()
        handler = getattr(target, "on_entry", None)
        if handler is not None:
            handler(entry)

    # --- log-in, floors, racks -------------------------------------------------------------------

    async def _login(self, user: str, secret: str, by_password: bool) -> None:
        failure = await self.controller.login(user, secret, password=by_password)
        if failure:
            self.login_view.show_error(failure)
            return
        self.status.set_user(f"{user} @ {self.station_name}")
        self._update_title()
        if not await self.controller.recover():
            await self._show_floors()

    def logout(self) -> None:
        self.controller.client.credentials.clear()
        self.controller.feed.stop()
        self.controller.user = None
        self.status.set_user("")
        self.start()

    async def _show_floors(self) -> None:
        self.stack.setCurrentWidget(self.floors_view)
        try:
            floors = await self.controller.floors()
        except e.ApiError as failure:
            self.floors_view.show_message(failure.sentence)
            return
        self.floors_view.show_floors(floors, self.controller.last_floor())

    async def _show_racks(self, floor: str, note: str = "") -> None:
        self.controller.floor_chosen(floor)
        self.racks_view.show_floor(floor)
        self.racks_view.message.setText(note)
        self.stack.setCurrentWidget(self.racks_view)
        await self._load_racks()

    async def _load_racks(self) -> None:
        try:
            self.racks_view.show_racks(await self.controller.racks(self.racks_view.floor))
        except e.ApiError as failure:
            self.racks_view.show_error(failure.sentence)

    def _rack_event(self) -> None:
        if self.stack.currentWidget() is self.racks_view and self.racks_view.floor:
            spawn(self._load_racks())
        elif self.stack.currentWidget() is self.supervisor_view:
            self.supervising.refresh_board()  # a rack claimed, released or expired: the board follows at once

    async def _claim(self, rack_id: str) -> None:
        failure = await self.controller.claim(rack_id, self.racks_view.floor)
        if failure:
            self.racks_view.show_error(failure)
            self.sound.bad()
            await self._load_racks()

    # --- the scanning screen ---------------------------------------------------------------------

    @Slot(object)
    def on_session_started(self, view: SessionView) -> None:
        self.scan_view.open_session(view)
        self.stack.setCurrentWidget(self.scan_view)
        self._stats_timer.start()
        self._refresh_stats()
        self._update_title()

    @Slot(str)
    def on_session_ended(self, why: str) -> None:
        self._stats_timer.stop()
        self.status.set_lease(None)
        self._update_title()
        floor = self.racks_view.floor or self.controller.last_floor()
        spawn(self._show_racks(floor, why) if floor else self._show_floors())

    async def scan(self, entry: Entry) -> None:
        """One entry (a scan or a typed code) on the scanning screen, and what the counter sees of it."""
        self.show_outcome(await self.controller.counting.enter(entry))

    def show_outcome(self, outcome: Outcome) -> None:
        self.scan_view.show_outcome(outcome)
        (self.sound.good if outcome.good else self.sound.bad)()
        if outcome.verdict is Verdict.NEEDS_SERIALS and outcome.item is not None:
            self._ask_serials(outcome)
        elif outcome.verdict is Verdict.UNKNOWN:
            dialogs.ask(self, "Unknown barcode", outcome.sentence, lambda yes: self._unknown(outcome, yes))
        if not self._sent_timer.isActive():
            self._sent_timer.start()  # the numbers follow within a moment, without slowing the scan

    def _ask_serials(self, outcome: Outcome) -> None:
        assert outcome.item is not None
        taken = next(
            (line.serials for line in self.scan_view.model.lines() if line.item_code == outcome.item.item_code), ()
        )
        dialog = dialogs.SerialsDialog(self, outcome.item.name or outcome.item.item_code, outcome.quantity, taken)

        def done(result: int) -> None:
            if result == QDialog.DialogCode.Accepted and outcome.item is not None:
                counted = self.controller.counting.count(outcome.item, outcome.quantity, serials=tuple(dialog.serials),
                                                         manual=outcome.manual)  # fmt: skip
                self.show_outcome(counted)
            else:
                self.show_outcome(Outcome(Verdict.REJECTED, "Not counted: the serials were not scanned."))

        dialog.finished.connect(done)
        dialog.open()

    def _unknown(self, outcome: Outcome, yes: bool) -> None:
        if yes:
            self.show_outcome(
                self.controller.counting.record_unknown(outcome.code, outcome.quantity, manual=outcome.manual)
            )
        else:
            self.show_outcome(Outcome(Verdict.REJECTED, f"Not counted: {outcome.code}."))

    def _scanning(self) -> bool:
        return self.stack.currentWidget() is self.scan_view and QApplication.activeModalWidget() is None

    def _toggle_damage(self) -> None:
        if self._scanning():
            self.controller.counting.toggle_damage()

    def _undo(self) -> None:
        if self._scanning():
            self.show_outcome(self.controller.counting.undo())

    def _edit_line(self) -> None:
        line = self.scan_view.selected_line() if self._scanning() else None
        if line is None:
            return
        dialog = dialogs.EditLineDialog(self, line)
        dialog.accepted.connect(lambda: self.show_outcome(self.controller.counting.edit(line, dialog.count())))
        dialog.open()

    def _pause(self) -> None:
        if self._scanning():
            spawn(self._pause_async())

    async def _pause_async(self) -> None:
        self.scan_view.show_banner("info", await self.controller.pause_or_resume())

    def _finish(self) -> None:
        if self._scanning():
            spawn(self._finish_async())

    async def _finish_async(self) -> None:
        self.scan_view.show_banner("info", "Sending every line and checking the count with the server…")
        result = await self.controller.finish()
        if not result.done:
            self.scan_view.show_banner("warn", result.sentence)
            self.sound.bad()
            if result.gate:
                question = f"{result.sentence}\n\nShould a supervisor release the rack anyway?"
                gate = self.supervising.release_anyway
                dialogs.ask(self, "Counts disagree", question, lambda yes: gate(result.sentence) if yes else None)

    def about(self) -> None:
        """F1: the version (with the commit and build date of an installed build) and the keys."""
        if QApplication.activeModalWidget() is None:
            dialogs.tell(self, "About Station", f"Station {describe()}\n\nStock-take counting for warehouses.\n"
                         "F9 conflicts · F7 supervisor view · F10 finish a rack · F1 this box")  # fmt: skip

    def _back_to_floors(self) -> None:
        spawn(self._show_floors())

    def _open_board(self) -> None:
        """F7, away from log-in and scanning."""
        if self.stack.currentWidget() not in (self.scan_view, self.login_view) and self.supervising.open_board():
            self.stack.setCurrentWidget(self.supervisor_view)

    def _refresh_stats(self) -> None:
        stats = self.controller.stats()
        if stats is not None:
            self.scan_view.set_stats(stats)

    # --- lease, log-in again, sync ---------------------------------------------------------------

    @Slot(object)
    def on_lease_changed(self, lease: LeaseView) -> None:
        self.status.set_lease(lease)
        if self.stack.currentWidget() is self.scan_view:
            self.scan_view.set_lease(lease)

    @Slot(object)
    def on_lease_lost(self, lease: LeaseView) -> None:
        self.sound.bad()
        who = lease.holder or "another session"
        sentence = (f"Rack {lease.rack_id} was taken by {who}. Scanning has stopped. Everything you counted is "
                    "kept and will be sent; a supervisor sorts out any difference.")  # fmt: skip
        dialogs.tell(self, "Rack taken", sentence, self.controller.leave_lost_session, bad=True)

    @Slot()
    def on_needs_login(self) -> None:
        user = self.controller.user
        if user is None or self._relogin is not None:
            return
        dialog = dialogs.LoginDialog(self, user.username)
        self._relogin = dialog
        dialog.submitted.connect(lambda secret, pw: spawn(self._login_again(user.username, secret, pw)))
        dialog.finished.connect(lambda _r: setattr(self, "_relogin", None))
        dialog.open()

    async def _login_again(self, user: str, secret: str, by_password: bool) -> None:
        failure = await self.controller.login(user, secret, password=by_password)
        if self._relogin is None:
            return
        if failure:
            self._relogin.show_error(failure)
        else:
            self._relogin.accept()
            self.controller.relogged_in()

    @Slot(int, int, int)
    def on_queue_changed(self, waiting: int, stalled: int, conflicts: int) -> None:
        self.waiting = waiting
        self.status.set_queue(waiting, stalled, conflicts)
        if self.controller.active is not None and not self._sent_timer.isActive():
            self._sent_timer.start()

    def _refresh_sent(self) -> None:
        if self._progress is not None:
            self.status.set_progress(*self._progress)
            self._progress = None
        if self.controller.active is not None:
            self.scan_view.show_unsynced(self.controller.unsynced())
            self._refresh_stats()

    @Slot(int, int)
    def on_progress(self, done: int, total: int) -> None:
        self._progress = (done, total)  # shown with the next refresh, not on every batch
        if not self._sent_timer.isActive():
            self._sent_timer.start()

    # --- the window ------------------------------------------------------------------------------

    def _update_title(self) -> None:
        parts = ["Station", self.station_name]
        if self.controller.active is not None:
            parts.append(self.controller.active.rack_id)
        if self.controller.user is not None:
            parts.append(self.controller.user.username)
        self.setWindowTitle(" — ".join(parts))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.WindowStateChange:
            self.controller.presence.set_away(self.isMinimized())
        super().changeEvent(event)

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802
        if not event.spontaneous():
            self.controller.presence.set_away(True)
        super().hideEvent(event)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        if not self.isMinimized():
            self.controller.presence.set_away(False)
        super().showEvent(event)

    def stop_timers(self) -> None:
        """Shutting down: nothing of the window may touch the store or the server after this."""
        for timer in self.findChildren(QTimer):
            timer.stop()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        if self.waiting and not getattr(self, "_close_confirmed", False):
            event.ignore()
            question = (f"{self.waiting} counted lines have not reached the server yet. They are saved and will "
                        "be sent next time Station starts. Close anyway?")  # fmt: skip
            dialogs.ask(self, "Lines waiting", question, self._confirm_close)
            return
        self.closing.emit()
        event.accept()

    def _confirm_close(self, yes: bool) -> None:
        if yes:
            self._close_confirmed = True
            self.close()
