"""The one main window, a navigator: the screens in a stack, the status bar, the global keys, scans routed.

Each screen is a view with its presenter (log-in, floors, racks, scanning, the supervisor's board);
the window only decides which is in front. Every scan goes to whatever is in front of the counter:
a dialog, else the presenter of the current screen.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QTimer, Signal, Slot
from PySide6.QtGui import QCloseEvent, QHideEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QMainWindow, QStackedWidget, QWidget

from station.build_info import describe
from station.domain.wedge import Entry
from station.i18n import QT_TRANSLATE_NOOP, translate
from station.ui import dialogs
from station.ui.fitting import open_full
from station.ui.labels import ElidedLabel, wrap
from station.ui.language import Languages
from station.ui.language_view import hook_languages
from station.ui.login_view import LoginView
from station.ui.status_bar import StationStatusBar

if TYPE_CHECKING:  # the rest of the station comes after the log-in screen has painted (``attach``)
    from station.scanner.sound import Sound
    from station.session.oversight_ports import Overseer
    from station.session.ports import Board, Desk, Session
    from station.ui.text_size import TextSize

log = logging.getLogger(__name__)

KEYS = QT_TRANSLATE_NOOP(
    "main_window",
    "F2 damage · Ctrl+Z undo · F4 edit · Ctrl+F find an item · F5 send now · F8 pause · F9 conflicts · F10 finish · "
    "F7 supervisor view · F6 overview of the count",
)


class MainWindow(QMainWindow):
    """Made in two steps, so that the log-in screen paints before the rest of the station is imported:
    the window itself is the frame, the log-in screen and the status bar (Qt and a few modules of ours);
    ``attach`` then adds the other screens and wires everything to the session. Keys typed meanwhile
    wait in the window system's queue and reach the log-in screen once it is attached.

    Signals:
    closing(): the counter closed the window (after confirming if lines were waiting)."""

    closing = Signal()

    def __init__(self, station_name: str, languages: Languages | None = None) -> None:
        super().__init__()
        self.languages = languages or Languages()
        self.setObjectName("mainWindow")
        self.station_name = station_name
        self.waiting = 0
        self.attached = False
        self._held: list[Entry] = []
        self.text_size: TextSize | None = None
        self.login_view = LoginView(station_name)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.login_view)
        self.setCentralWidget(self.stack)
        self.status = StationStatusBar()
        self.setStatusBar(self.status)
        hook_languages(self, self.languages, self.login_view.language)
        self._wrap_hints()
        self._update_title()
        open_full(self)  # the screen's available size; run() shows it maximised

    def attach(
        self,
        session: Session,
        sound: Sound,
        desk: Desk,
        board: Board,
        overseer: Overseer,
        text_size: TextSize | None = None,
    ) -> None:
        """The other screens and their presenters, wired to the session: the station is whole."""
        from station.ui.floors import FloorsPresenter  # noqa: PLC0415 - after the first paint, on purpose
        from station.ui.floors_view import FloorsView  # noqa: PLC0415
        from station.ui.login import LoginPresenter  # noqa: PLC0415
        from station.ui.overseeing import Overseeing  # noqa: PLC0415
        from station.ui.overview_view import OverviewView  # noqa: PLC0415
        from station.ui.racks import RacksPresenter  # noqa: PLC0415
        from station.ui.racks_view import RacksView  # noqa: PLC0415
        from station.ui.scan_view import ScanView  # noqa: PLC0415
        from station.ui.scanning import ScanningPresenter  # noqa: PLC0415
        from station.ui.supervising import Supervising  # noqa: PLC0415
        from station.ui.supervisor_view import SupervisorView  # noqa: PLC0415

        self.session = session
        self.text_size = text_size
        self.floors_view = FloorsView()
        self.racks_view = RacksView()
        self.scan_view = ScanView()
        self.supervisor_view = SupervisorView()
        self.overview_view = OverviewView()
        for view in (self.floors_view, self.racks_view, self.scan_view, self.supervisor_view, self.overview_view):
            self.stack.addWidget(view)
        self.supervising = Supervising(self, session, desk, board, self.supervisor_view, back=self._show_floors)
        self.overseeing = Overseeing(self, overseer, self.overview_view, back=self._leave_overview)
        self._overview_from: QWidget = self.floors_view
        self.login = LoginPresenter(self.login_view, session, stack=self.stack)
        self.floors = FloorsPresenter(self.floors_view, session, stack=self.stack)
        self.racks = RacksPresenter(self.racks_view, session, sound, stack=self.stack)
        self.scanning = ScanningPresenter(
            self.scan_view, session, sound, stack=self.stack, release_anyway=self.supervising.release_anyway
        )
        self._wrap_hints()
        self._connect_signals()
        self.attached = True
        self._update_title()
        if self.isMinimized():  # minimised while the rest was loading: nothing beats or sends yet
            self.session.set_away(True)

    def _wrap_hints(self) -> None:
        """A line of keys wraps on a narrow screen rather than widening the window (each hint once)."""
        for hint in self.findChildren(QLabel, "hint"):
            if not isinstance(hint, ElidedLabel) and not hint.property("wraps"):
                hint.setProperty("wraps", True)
                wrap(hint)

    def _connect_signals(self) -> None:
        self.login.finished.connect(self._show_floors)
        self.floors.chosen.connect(self.racks.open)
        self.racks.back.connect(self._show_floors)
        self.supervisor_view.overview_wanted.connect(self._open_overview)
        self.scanning.ended.connect(self._session_ended)
        events = self.session.events
        events.logged_in.connect(self._logged_in)
        events.logged_out.connect(self._logged_out)
        events.session_started.connect(lambda _rack: self._update_title())
        events.lease_changed.connect(lambda lease: self.status.set_lease(lease, paused=self.session.paused))
        events.connection_changed.connect(self.status.set_connection)
        events.queue_changed.connect(self._queue_changed)
        events.progress.connect(self.status.set_progress)
        events.sync_trouble.connect(self.status.set_sync_trouble)
        keys = {"F2": self.scanning.toggle_damage, "Ctrl+Z": self.scanning.undo, "F4": self.scanning.edit_line,
                "F8": self.scanning.pause_or_resume, "F10": self.scanning.finish, "F5": self._send_now,
                "F9": self.supervising.open_conflicts, "F7": self._open_board, "F1": self.about,
                "F6": self._open_overview}  # fmt: skip
        for key, action in keys.items():
            QShortcut(QKeySequence(key), self).activated.connect(action)
        if self.text_size is not None:  # Ctrl+= / Ctrl+- / Ctrl+0, in any window of the station
            self.text_size.hook(self)
            self.text_size.changed.connect(lambda _scale: QTimer.singleShot(0, self._text_size_changed))

    def start(self) -> None:
        """The log-in screen, ready for the next person, unless someone began typing while the rest loaded."""
        if self.login_view.typed():
            self.stack.setCurrentWidget(self.login_view)
        else:
            self.login.open()

    # --- every scan goes to what is in front ----------------------------------------------------

    @Slot(object)
    def on_entry(self, entry: Entry) -> None:
        modal = QApplication.activeModalWidget()
        if modal is not None:
            handler = getattr(modal, "on_entry", None)
            if handler is not None:
                handler(entry)
            elif self.stack.currentWidget() is self.scan_view:
                self._hold(entry, modal)
            return
        if self._held:  # kept while a question was open: they go first, in order
            self._release_held()
        screen = self.stack.currentWidget()
        if screen is self.scan_view:
            self.scanning.on_entry(entry)
        elif screen is self.racks_view:
            self.racks.on_entry(entry)

    def _hold(self, entry: Entry, question: QWidget) -> None:
        """A scan while a dialog is open over the scanning screen (a counter who is not looking): kept,
        and counted once no dialog is left on the screen — never dropped. (The scanning screen's own
        questions are asked on the screen, and keep their scans themselves.)"""
        self._keep([entry], question)
        self.scanning.sound.bad()
        kept = len(self._held)
        self.status.showMessage(
            translate("main_window", "%n scan(s) kept: counted once this window is closed.", None, kept)
        )

    def _keep(self, entries: list[Entry], dialog: QWidget) -> None:
        if not self._held and isinstance(dialog, QDialog):
            dialog.finished.connect(lambda _result: QTimer.singleShot(0, self._release_held))
        self._held.extend(entries)

    def _release_held(self) -> None:
        held, self._held = self._held, []
        modal = QApplication.activeModalWidget()
        if modal is not None:  # the answer opened another dialog (serials): the kept scans wait for it too
            self._keep(held, modal)
            return
        self.status.clearMessage()
        for entry in held:
            self.on_entry(entry)

    # --- moving between screens -----------------------------------------------------------------

    def _logged_in(self) -> None:
        user = self.session.user
        self.status.set_user(f"{user.username} @ {self.station_name}" if user else "")
        self._update_title()

    def _logged_out(self) -> None:
        self.status.set_user("")
        self._update_title()

    def _show_floors(self, note: str = "") -> None:
        self.floors.open(note)

    def _session_ended(self, why: str) -> None:
        self.status.set_lease(None)
        self._update_title()
        floor = self.racks.floor or self.session.last_floor()
        if floor:
            self.racks.open(floor, why)
        else:
            self.floors.open(why)

    def _open_board(self) -> None:
        """F7, away from log-in and scanning."""
        if self.stack.currentWidget() not in (self.scan_view, self.login_view) and self.supervising.open_board():
            self.stack.setCurrentWidget(self.supervisor_view)

    def _open_overview(self, rack: str = "", floor: str = "") -> None:
        """F6 (or O, Enter on the supervisor view): the whole count, or one rack, for a supervisor or an admin."""
        screen = self.stack.currentWidget()
        if screen in (None, self.scan_view, self.login_view, self.overview_view) or QApplication.activeModalWidget():
            return
        assert screen is not None
        from station.ui.supervising import supervises  # noqa: PLC0415 - loaded by ``attach`` already

        if not supervises(self.session.user):
            self.status.showMessage(translate("main_window", "The overview is for supervisors."), 5000)
            return
        self._overview_from = screen
        self.stack.setCurrentWidget(self.overview_view)
        self.overseeing.open(rack, floor)

    def _leave_overview(self) -> None:
        if self._overview_from is self.supervisor_view and self.supervising.open_board():
            self.stack.setCurrentWidget(self.supervisor_view)
        else:
            self._show_floors()

    def _send_now(self) -> None:
        """F5: every waiting line goes now, stalled ones included."""
        if self.session.user is not None:
            self.session.sync_now()
            self.status.showMessage(translate("main_window", "Sending every waiting line now…"), 5000)

    def about(self) -> None:
        """F1: the version (with the commit and build date of an installed build) and the keys."""
        if QApplication.activeModalWidget() is None:
            dialogs.tell(
                self,
                translate("main_window", "About Station"),
                translate("main_window", "Station {version}\n\nStock-take counting for warehouses.\n{keys}").format(
                    version=describe(), keys=translate("main_window", KEYS)
                ),
            )

    def _text_size_changed(self) -> None:
        """Say the new size, and whether this screen is too small for it (the window then needs scrolling off)."""
        if self.text_size is None:
            return
        screen = self.screen()
        need = self.minimumSizeHint()
        room = screen.availableGeometry().size() if screen is not None else need
        if need.width() > room.width() or need.height() > room.height():
            self.status.showMessage(
                translate("main_window", "Text this large does not fit this screen: Ctrl+- makes it smaller."), 10_000
            )
        else:
            self.status.showMessage(self.text_size.words(), 5000)

    # --- the status bar and the title ------------------------------------------------------------

    @Slot(int, int, int)
    def _queue_changed(self, waiting: int, stalled: int, conflicts: int) -> None:
        self.waiting = waiting
        self.status.set_queue(waiting, stalled, conflicts)

    def _update_title(self) -> None:
        user = self.session.user if self.attached else None
        parts = [
            translate("main_window", "Station"),
            self.station_name,
            self.session.rack_id if self.attached else None,
            user.username if user else None,
        ]
        self.setWindowTitle(" — ".join(part for part in parts if part))

    # --- the window ------------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.WindowStateChange and self.attached:
            self.session.set_away(self.isMinimized())
        elif event.type() == QEvent.Type.LanguageChange:
            self._update_title()
        super().changeEvent(event)

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802
        if not event.spontaneous() and self.attached:
            self.session.set_away(True)
        super().hideEvent(event)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        if not self.isMinimized() and self.attached:
            self.session.set_away(False)
        super().showEvent(event)

    def stop_timers(self) -> None:
        """Shutting down: nothing of the window may touch the store or the server after this."""
        for timer in self.findChildren(QTimer):
            timer.stop()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        if self.waiting and not getattr(self, "_close_confirmed", False):
            event.ignore()
            waiting = self.waiting  # a plain name: lupdate reads no other
            question = translate(
                "main_window",
                "%n counted line(s) [has|have] not reached the server yet. [It is|They are] saved and will "
                "be sent next time Station starts. Close anyway?",
                None,
                waiting,
            )
            dialogs.ask(self, translate("main_window", "Lines waiting"), question, self._confirm_close)
            return
        self.closing.emit()
        event.accept()

    def _confirm_close(self, yes: bool) -> None:
        if yes:
            self._close_confirmed = True
            self.close()
