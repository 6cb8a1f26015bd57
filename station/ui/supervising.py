"""What supervisors do over the main window: F9 conflicts, the F7 board, and the F10 "release anyway".

Kept apart from the window, which only routes the keys here: the conflicts dialog, the supervisor
view's refreshes, the retry of decisions made while the server was away, and the release gate.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from station import contract
from station.i18n import translate
from station.session.ports import Board, Desk, Session
from station.session.values import ONLY_CLAIMER, Failure
from station.ui import dialogs
from station.ui.conflicts import ConflictsPresenter
from station.ui.conflicts_dialog import ConflictsDialog
from station.ui.supervisor_prompt import ReleaseAnywayDialog
from station.ui.supervisor_view import SupervisorView
from station.ui.tasks import spawn

BOARD_REFRESH_TICKS = 5
"""The board asks the server every 5 s; between, it ages heartbeats and paces every second."""
RESEND_INTERVAL_MS = 30_000


def only_claimer(rack_id: str, user: str) -> str:
    """Why the board's R cannot release someone else's rack on a server that forbids it, and what to do."""
    return translate(
        "supervising",
        "Only the counter who claimed a rack can release it on this server: ask {user} to finish rack "
        "{rack} (F10) at their station.",
    ).format(user=user, rack=rack_id)


def supervises(user: contract.UserInfo | None) -> bool:
    return user is not None and user.role in (contract.Role.SUPERVISOR, contract.Role.ADMIN)


class Supervising(QObject):
    """The supervisor's part of the window."""

    def __init__(
        self,
        window: QWidget,
        session: Session,
        desk: Desk,
        board: Board,
        view: SupervisorView,
        *,
        back: Callable[[], None],
    ) -> None:
        super().__init__(window)
        self.window = window
        self.session = session
        self.desk = desk
        self.board = board
        self.view = view
        self.conflicts_dialog: ConflictsDialog | None = None
        self._board_timer = QTimer(self)
        self._board_timer.setObjectName("board-refresh")
        self._board_timer.setInterval(1000)
        self._board_timer.timeout.connect(self._tick_board)
        self._ticks = 0
        self._resend_timer = QTimer(self)  # decisions made while the server was away, retried
        self._resend_timer.setObjectName("resolution-resend")
        self._resend_timer.setInterval(RESEND_INTERVAL_MS)
        self._resend_timer.timeout.connect(self.resend_decisions)
        self._resend_timer.start()
        self._back = back
        view.back.connect(self._leave_board)
        view.refresh.connect(self.refresh_board)
        view.history_wanted.connect(lambda rack: spawn(self._history(rack)))
        view.release_wanted.connect(self._release)
        session.events.connection_changed.connect(lambda online, _why: self.resend_decisions() if online else None)
        session.events.racks_changed.connect(self._racks_changed)

    def _known_supervisor(self) -> str:
        """The logged-in user's name when they may decide, to fill in the PIN prompt."""
        user = self.session.user
        return user.username if user is not None and supervises(user) else ""

    # --- F9 --------------------------------------------------------------------------------------

    def open_conflicts(self) -> None:
        """F9 from any screen: the conflicts dialog, after a supervisor's PIN."""
        if self.conflicts_dialog is not None or QApplication.activeModalWidget() is not None:
            return
        dialog = ConflictsDialog(self.window, user=self._known_supervisor())
        ConflictsPresenter(dialog, self.desk)
        self.conflicts_dialog = dialog
        dialog.finished.connect(lambda _r: setattr(self, "conflicts_dialog", None))
        dialog.open()

    def resend_decisions(self) -> None:
        if self.desk.holding:
            spawn(self.desk.send_unsent())

    # --- F10's gate ------------------------------------------------------------------------------

    def release_anyway(self, reason: str) -> None:
        """The counts disagree: a supervisor's PIN and a note release the rack anyway (where the server
        lets a supervisor release someone else's rack; elsewhere, what to do instead)."""
        if not self.session.allows.supervisor_release:
            dialogs.tell(
                self.window,
                translate("supervising", "Counts disagree"),
                translate("supervising", "{reason}\n\n{what_to_do}").format(
                    reason=reason, what_to_do=translate("values", ONLY_CLAIMER)
                ),
            )
            return
        dialog = ReleaseAnywayDialog(self.window, reason, self._known_supervisor())

        async def release(name: str, pin: str, note: str) -> None:
            checked = await self.desk.authorise(name, pin)
            if isinstance(checked, Failure) or checked.token is None:
                away = translate(
                    "supervising", "The server cannot be reached, and a release needs it. Try again when it is back."
                )
                dialog.show_error(checked.sentence if isinstance(checked, Failure) else away)
                return
            failure = await self.session.release_anyway(checked.username, checked.token, note)
            await self.desk.sign_off(checked)
            if failure is None:
                dialog.accept()
            else:
                dialog.show_error(failure.sentence)

        dialog.prompt.submitted.connect(lambda name, pin, note: spawn(release(name, pin, note)))
        dialog.open()

    # --- F7: the board ---------------------------------------------------------------------------

    def open_board(self) -> bool:
        """Start the board for a supervisor or an admin; whether it may be shown."""
        if not supervises(self.session.user) or QApplication.activeModalWidget() is not None:
            return False
        self._ticks = 0
        self._board_timer.start()
        self.refresh_board()
        return True

    def refresh_board(self) -> None:
        spawn(self._load_board())

    def _racks_changed(self) -> None:
        if self._board_timer.isActive():  # a rack claimed, released or expired: the board follows at once
            self.refresh_board()

    def _leave_board(self) -> None:
        self._board_timer.stop()
        self._back()

    async def _load_board(self) -> None:
        sessions = await self.board.sessions()
        if isinstance(sessions, Failure):
            self.view.show_message("warn", sessions.sentence)
            return
        self.view.show_message("info", "")
        self.view.show_sessions(*sessions, self.board.now())

    def _tick_board(self) -> None:
        if not self.view.isVisible():
            self._board_timer.stop()
            return
        self._ticks += 1
        if self._ticks % BOARD_REFRESH_TICKS == 0:
            self.refresh_board()
        else:
            self.view.tick(self.board.now())

    async def _history(self, rack_id: str) -> None:
        history = await self.board.history(rack_id)
        if isinstance(history, Failure):
            self.view.show_message("warn", history.sentence)
        else:
            self.view.show_history(rack_id, history)

    def _release(self, rack_id: str, user: str) -> None:
        me = self.session.user.username if self.session.user else ""
        if not self.session.allows.supervisor_release and user != me:
            self.view.show_message("warn", only_claimer(rack_id, user))
            return

        async def release(note: str) -> None:
            sentence = await self.board.release(rack_id, note)
            if isinstance(sentence, Failure):
                self.view.show_message("warn", sentence.sentence)
                return
            self.view.show_message(
                "info",
                translate("supervising", "{sentence} (for {user}: {note})").format(
                    sentence=sentence, user=user, note=note
                ),
            )
            await self._load_board()
            await self._history(rack_id)

        question = translate(
            "supervising", "Release rack {rack}, counted by {user}. Why? (required; it goes into the rack's history)"
        ).format(rack=rack_id, user=user)
        title = translate("supervising", "Release {rack}").format(rack=rack_id)
        dialogs.ask_text(self.window, title, question, lambda note: spawn(release(note)))
