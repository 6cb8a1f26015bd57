"""The F9 dialog's presenter: a supervisor authorised, the conflicts listed, decisions sent through the desk.

The supervisor's token lives here while the dialog is open, for the desk's calls only, and goes with it.
"""

from __future__ import annotations

from PySide6.QtCore import QObject

from station import contract
from station.i18n import QT_TRANSLATE_NOOP, translate
from station.session.conflict_rows import ConflictRow, Supervisor
from station.session.ports import Desk
from station.session.values import Failure
from station.ui.conflicts_dialog import ConflictsDialog
from station.ui.tasks import spawn
from station.ui.words import Say

UNVERIFIED = QT_TRANSLATE_NOOP(
    "conflicts",
    "The server cannot be reached, so the supervisor's PIN is checked when it is back. Decisions are kept here "
    "and sent then.",
)


class ConflictsPresenter(QObject):
    """Drives one ``ConflictsDialog`` over the conflict desk."""

    def __init__(self, dialog: ConflictsDialog, desk: Desk) -> None:
        super().__init__(dialog)
        self.dialog = dialog
        self._desk = desk
        self.supervisor: Supervisor | None = None
        dialog.prompt.submitted.connect(lambda user, pin, _note: spawn(self.authorise(user, pin)))
        dialog.decided.connect(
            lambda rows, resolution, note, merged: spawn(self.resolve(rows, resolution, note, merged))
        )
        dialog.finished.connect(self._forget)

    async def authorise(self, user: str, pin: str) -> None:
        checked = await self._desk.authorise(user, pin)
        if isinstance(checked, Failure):
            self.dialog.prompt.show_error(checked.sentence)
            return
        self.supervisor = checked
        self.dialog.deciding = True
        await self.reload()
        if checked.token is not None:  # decisions kept here while the server was away go now
            outcome = await self._desk.send_unsent(checked)
            if outcome.sent or outcome.refused or outcome.here:
                await self.reload(outcome.sentence)

    async def reload(self, sentence: str = "") -> None:
        supervisor = self.supervisor
        if supervisor is None:
            return
        listing = await self._desk.load(supervisor)
        said: Say = sentence
        if not supervisor.verified:
            level, said = "warn", sentence or (lambda: translate("conflicts", UNVERIFIED))
        elif listing.sentence:  # what became of the decisions, else why the listing is short
            level, said = "warn", sentence or listing.sentence
        elif sentence or listing.rows:
            level = "info"
        else:
            level, said = "info", lambda: translate("conflicts", "No conflicts are waiting.")
        self.dialog.show_desk(listing.rows, level, said)

    async def resolve(
        self,
        rows: list[ConflictRow],
        resolution: contract.Resolution,
        note: str,
        merged: contract.MergedCount | None,
    ) -> None:
        if self.supervisor is None:
            return
        try:
            outcome = await self._desk.resolve(self.supervisor, rows, resolution, note, merged)
        finally:
            self.dialog.busy = False
        await self.reload(outcome.sentence)
        self.dialog.show_settled(outcome.refused)

    def _forget(self) -> None:
        if self.supervisor is not None:  # the token goes with the dialog, on the server too
            spawn(self._desk.sign_off(self.supervisor))
        self.supervisor = None
