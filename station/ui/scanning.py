"""The scanning screen's presenter: every scan to the session, and its outcome to the screen.

It also holds the keys of counting (F2, Ctrl+Z, F4, F8, F10), the lease as the counter sees it, and
keeps the numbers fresh.

The scan path: scan filter → ``on_entry`` here → ``Session.scan`` (committed) → ``show_outcome`` → view.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication, QDialog, QStackedWidget

from station.domain.lease import released_sentence
from station.domain.wedge import Entry
from station.scanner.sound import Sound
from station.session.ports import Session
from station.session.values import Failure, FailureKind, LeaseStatus, OpenedRack, ScanOutcome, Verdict
from station.ui import dialogs
from station.ui.find_view import hook_find
from station.ui.reviewing import Reviewing, window_key
from station.ui.scan_view import ScanView
from station.ui.tasks import spawn

STATS_INTERVAL_MS = 1000
SENT_REFRESH_MS = 300
"""Lines are ticked off as sent at most this often, however fast the sync thread goes."""


class ScanningPresenter(QObject):
    """Signals:
    ended(str): the session ended (finished, released, left); the sentence says how.
    """

    ended = Signal(str)

    def __init__(
        self,
        view: ScanView,
        session: Session,
        sound: Sound,
        *,
        stack: QStackedWidget,
        release_anyway: Callable[[str], None],
    ) -> None:
        super().__init__(view)
        self.view = view
        self._session = session
        self.sound = sound
        self._stack = stack
        self._release_anyway = release_anyway
        self._stats_timer = QTimer(self)
        self._stats_timer.setObjectName("stats-refresh")
        self._stats_timer.setInterval(STATS_INTERVAL_MS)
        self._stats_timer.timeout.connect(self._refresh_stats)
        self._sent_timer = QTimer(self)
        self._sent_timer.setObjectName("sent-refresh")
        self._sent_timer.setSingleShot(True)
        self._sent_timer.setInterval(SENT_REFRESH_MS)
        self._sent_timer.timeout.connect(self._refresh_sent)
        events = session.events
        events.session_started.connect(self.open)
        events.session_ended.connect(self._on_ended)
        events.mode_changed.connect(view.set_mode)
        events.lease_changed.connect(self._on_lease_changed)
        events.lease_lost.connect(self._on_lease_lost)
        events.queue_changed.connect(lambda _waiting, _stalled, _conflicts: self.refresh_soon())
        events.progress.connect(lambda _done, _total: self.refresh_soon())
        hook_find(view, session.find_items, self.on_entry)  # Ctrl+F: an item by name or code, counted as typed

    @property
    def in_front(self) -> bool:
        """The screen is showing and no dialog is over it: the counting keys apply."""
        return self._stack.currentWidget() is self.view and QApplication.activeModalWidget() is None

    def open(self, rack: OpenedRack) -> None:
        self.view.open_session(rack)
        self._stack.setCurrentWidget(self.view)
        self._stats_timer.start()
        self._refresh_stats()

    def _on_ended(self, why: str) -> None:
        self._stats_timer.stop()
        self._sent_timer.stop()
        self.ended.emit(why)

    # --- scans -----------------------------------------------------------------------------------

    def on_entry(self, entry: Entry) -> None:
        self.view.field.clear()
        spawn(self.scan(entry))

    async def scan(self, entry: Entry) -> None:
        self.show_outcome(await self._session.scan(entry))

    def show_outcome(self, outcome: ScanOutcome) -> None:
        self.view.show_outcome(outcome)
        (self.sound.ask if outcome.asks else self.sound.good if outcome.good else self.sound.bad)()
        if outcome.verdict is Verdict.NEEDS_SERIALS and outcome.item is not None:
            self._ask_serials(outcome)
        elif outcome.verdict is Verdict.UNKNOWN:
            dialogs.ask(
                self.view.window(), "Unknown barcode", outcome.sentence, lambda yes: self._unknown(outcome, yes)
            )
        self.refresh_soon()  # the numbers follow within a moment, without slowing the scan

    def _ask_serials(self, outcome: ScanOutcome) -> None:
        item = outcome.item
        assert item is not None
        taken = next((line.serials for line in self.view.model.lines() if line.item_code == item.item_code), ())
        dialog = dialogs.SerialsDialog(self.view.window(), item.name or item.item_code, outcome.quantity, taken)

        def done(result: int) -> None:
            if result == QDialog.DialogCode.Accepted:
                serials = tuple(dialog.serials)
                self.show_outcome(self._session.count_serials(item, outcome.quantity, serials, manual=outcome.manual))
            else:
                self.show_outcome(ScanOutcome(Verdict.REJECTED, "Not counted: the serials were not scanned."))

        dialog.finished.connect(done)
        dialog.open()

    def _unknown(self, outcome: ScanOutcome, yes: bool) -> None:
        if yes:
            self.show_outcome(self._session.record_unknown(outcome.code, outcome.quantity, manual=outcome.manual))
        else:
            self.show_outcome(ScanOutcome(Verdict.REJECTED, f"Not counted: {outcome.code}."))

    # --- the counting keys -----------------------------------------------------------------------

    def toggle_damage(self) -> None:
        if self.in_front:
            self._session.toggle_damage()

    def undo(self) -> None:
        if self.in_front:
            self.show_outcome(self._session.undo())

    def edit_line(self) -> None:
        line = self.view.selected_line() if self.in_front else None
        if line is None:
            return
        dialog = dialogs.EditLineDialog(self.view.window(), line)
        dialog.accepted.connect(lambda: self.show_outcome(self._session.edit(line, dialog.count())))
        dialog.open()

    def pause_or_resume(self) -> None:
        if self.in_front:
            spawn(self._pause_or_resume())

    async def _pause_or_resume(self) -> None:
        answer = await (self._session.resume() if self._session.paused else self._session.pause())
        self.view.show_banner("warn" if isinstance(answer, Failure) else "info", _sentence(answer))

    def finish(self) -> None:
        """F10: the review first (``reviewing``): Enter there finishes the rack, Esc comes back to counting."""
        if self.in_front:
            window = self.view.window()
            pass_on = getattr(window, "on_entry", self.on_entry)  # the window routes scans to what is in front
            Reviewing(window, self._session, self.sound, failed=self._finish, conflicts=window_key(window, "F9"),
                      pass_on=pass_on).open()  # fmt: skip

    def _finish(self, failure: Failure) -> None:
        """F10 did not finish the rack: its sentence in red, and where only a supervisor may go on, the offer."""
        self.view.show_banner("bad", failure.sentence)
        self.sound.bad()
        if failure.kind is FailureKind.NEEDS_SUPERVISOR:
            question = f"{failure.sentence}\n\nShould a supervisor release the rack anyway?"
            gate = self._release_anyway
            dialogs.ask(
                self.view.window(), "Counts disagree", question, lambda yes: gate(failure.sentence) if yes else None
            )

    # --- the lease -------------------------------------------------------------------------------

    def _on_lease_changed(self, lease: LeaseStatus) -> None:
        if self._stack.currentWidget() is self.view:
            self.view.set_lease(lease)

    def _on_lease_lost(self, lease: LeaseStatus) -> None:
        self.sound.bad()
        who = lease.holder or "another session"
        sentence = (
            f"Rack {lease.rack_id} was taken by {who}. Scanning has stopped. Everything you counted is "
            "kept and will be sent; a supervisor sorts out any difference."
        )
        if lease.released_by:  # a supervisor's release: who, and their note
            sentence = released_sentence(lease.rack_id, lease.released_by, lease.note)
            self.view.show_banner("bad", sentence)
        title = "Rack released" if lease.released_by else "Rack taken"
        box = dialogs.tell(self.view.window(), title, sentence, self._session.leave_lost_session, bad=True)
        box.on_entry = lambda entry: spawn(self.scan(entry))  # type: ignore[attr-defined]  # refused, with a sound

    # --- the numbers -----------------------------------------------------------------------------

    def refresh_soon(self) -> None:
        """Tick sent lines off and refresh the numbers once, shortly (coalesced)."""
        if self._session.rack_id is not None and not self._sent_timer.isActive():
            self._sent_timer.start()

    def _refresh_sent(self) -> None:
        if self._session.rack_id is not None:
            self.view.show_unsynced(self._session.unsynced())
            self._refresh_stats()

    def _refresh_stats(self) -> None:
        stats = self._session.stats()
        if stats is not None:
            self.view.set_stats(stats)


def _sentence(answer: str | Failure) -> str:
    return answer.sentence if isinstance(answer, Failure) else answer
