"""The scanning screen's presenter: every scan to the session, and its outcome to the screen.

It also holds the keys of counting (F2, Ctrl+Z, F4, F8, F10), the lease as the counter sees it, and
keeps the numbers fresh.

The scan path: scan filter → ``on_entry`` here → in order, one at a time → ``Session.scan`` (committed)
→ ``show_outcome`` → view. A question (an unknown code, serials to scan) is asked on the screen; scans
made while it is open wait behind it and are counted, in order, once it is answered — never dropped.
"""

from __future__ import annotations

import logging
from collections import deque
from collections.abc import Callable
from functools import partial

from PySide6.QtCore import QLocale, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication, QStackedWidget

from station.domain.errors import Rejected
from station.domain.lease import released_sentence
from station.domain.records import normalise_serial
from station.domain.wedge import Entry
from station.i18n import QT_TRANSLATE_NOOP, translate
from station.scanner.sound import Sound
from station.session.ports import Session
from station.session.values import Failure, FailureKind, LeaseStatus, OpenedRack, ScanOutcome, Verdict
from station.ui import dialogs
from station.ui.find_view import hook_find
from station.ui.reviewing import Reviewing, window_key
from station.ui.scan_view import ScanView
from station.ui.tasks import spawn

log = logging.getLogger(__name__)

STATS_INTERVAL_MS = 1000
SENT_REFRESH_MS = 300
"""Lines are ticked off as sent at most this often, however fast the sync thread goes."""
YES, NO = ("y", "yes"), ("n", "no")
UNKNOWN_KEYS = QT_TRANSLATE_NOOP("scanning", "Y: count it as an unknown item · N or Esc: not counted")


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
        self._entries: deque[Entry] = deque()  # in order, behind the scan being counted or the question
        self._counting = False
        self._question: ScanOutcome | None = None
        self._serials: list[str] = []
        self._taken: set[str] = set()
        self._queue = (0, 0)  # waiting, refused: as the status bar shows them
        self._lines_changed = False
        view.answered.connect(self._answer)
        view.retranslated.connect(self._say_again)
        events = session.events
        events.session_started.connect(self.open)
        events.session_ended.connect(self._on_ended)
        events.mode_changed.connect(view.set_mode)
        events.queue_changed.connect(self._on_queue_changed)
        events.lease_changed.connect(self._on_lease_changed)
        events.lease_lost.connect(self._on_lease_lost)
        events.progress.connect(lambda _done, _total: self.refresh_soon())
        hook_find(view, session.find_items, self.on_entry)  # Ctrl+F: an item by name or code, counted as typed

    @property
    def in_front(self) -> bool:
        """The screen is showing, no dialog is over it and no question is open: the counting keys apply."""
        return (
            self._stack.currentWidget() is self.view
            and QApplication.activeModalWidget() is None
            and self._question is None
        )

    def open(self, rack: OpenedRack) -> None:
        self._forget_entries("another rack was opened")
        self.view.open_session(rack)
        if self._session.paused:
            self.view.show_paused(
                True,
                lambda: translate("scanning", "Rack {rack} is paused. Press F8 to resume it.").format(
                    rack=rack.rack_id
                ),
            )
        self._stack.setCurrentWidget(self.view)
        self.view.stats.show_queue(*self._queue)
        self._stats_timer.start()
        self._refresh_stats()

    def _on_ended(self, why: str) -> None:
        self._stats_timer.stop()
        self._sent_timer.stop()
        if left := self._forget_entries("the session ended"):
            self.sound.bad()  # never dropped in silence: the counter hears and reads it
            why = translate("scanning", "{why} %n scan(s) made as it ended [was|were] not counted.", None, left).format(
                why=why
            )
        self.ended.emit(why)

    def _forget_entries(self, why: str) -> int:
        """Let go of the scans waiting their turn (and an open question); how many there were."""
        left = len(self._entries) + (self._question is not None)
        if left:
            log.warning("%d scans were not counted: %s before they were", left, why)
        self._entries.clear()
        self._close_question()
        return left

    # --- scans ---------------------------------------------------------------------------------

    def on_entry(self, entry: Entry) -> None:
        """Every entry is counted in the order it came: at once, or behind an open question."""
        self.view.field.clear()
        question = self._question
        if question is not None and question.verdict is Verdict.NEEDS_SERIALS:
            self._serial(entry)
            return
        typed = "" if entry.scanned else entry.text.strip().lower()
        if question is not None and typed in YES + NO:
            self._answer(typed in YES)
            return
        self._entries.append(entry)
        if question is not None:  # the counter is not looking: kept, counted after the answer
            self.sound.ask()  # a question waits: its own sound, not a refusal
            self.view.show_kept(len(self._entries))
        self._count_next()

    def _count_next(self) -> None:
        if not self._counting and self._question is None and self._entries:
            self._counting = True
            spawn(self._count_entries())

    async def _count_entries(self) -> None:
        try:
            while self._entries and self._question is None:
                await self.scan(self._entries.popleft())
        finally:
            self._counting = False

    async def scan(self, entry: Entry) -> None:
        self.show_outcome(await self._session.scan(entry))

    def show_outcome(self, outcome: ScanOutcome) -> None:
        self.view.show_outcome(outcome)
        (self.sound.ask if outcome.asks else self.sound.good if outcome.good else self.sound.bad)()
        if outcome.verdict is Verdict.NEEDS_SERIALS and outcome.item is not None:
            self._ask_serials(outcome)
        elif outcome.verdict is Verdict.UNKNOWN:
            self._question = outcome
            self.view.ask("unknown", outcome.sentence, lambda: translate("scanning", UNKNOWN_KEYS))
            self.view.show_kept(len(self._entries))  # scans that came before the question opened wait too
        self.refresh_soon()  # the numbers follow within a moment, without slowing the scan

    def _ask_serials(self, outcome: ScanOutcome) -> None:
        item = outcome.item
        assert item is not None
        self._question = outcome
        self._serials = []
        self._taken = {s for line in self.view.model.lines() if line.item_code == item.item_code for s in line.serials}
        self._show_serials()

    def _show_serials(self, refused: str = "") -> None:
        question = self._question
        assert question is not None and question.item is not None
        name, serials, total = question.item.name or question.item.item_code, tuple(self._serials), question.quantity
        self.view.ask(
            "serials", partial(_serial_asked, name, len(serials) + 1, total, refused), partial(_serial_keys, serials)
        )
        self.view.show_kept(len(self._entries))
        if refused:  # a refusal is red in the large message, whatever question stays open
            self.view.say(self.view.message.text(), "bad")

    def _serial(self, entry: Entry) -> None:
        """A scan while serials are asked for: the next serial; one already counted is refused, red."""
        question = self._question
        assert question is not None and question.item is not None
        try:
            serial = normalise_serial(entry.scanned or entry.text)
        except Rejected as bad:
            self.sound.bad()
            self._show_serials(bad.sentence)
            return
        if serial in self._taken or serial in self._serials:
            self.sound.bad()
            self._show_serials(translate("scanning", "Serial {serial} is already counted.").format(serial=serial))
            return
        self._serials.append(serial)
        if len(self._serials) < question.quantity:
            self.sound.good()
            self._show_serials()
            return
        serials, item = tuple(self._serials), question.item
        self._close_question()
        self.show_outcome(self._session.count_serials(item, question.quantity, serials, manual=question.manual))
        self._count_next()

    def _answer(self, yes: bool) -> None:
        """Y, N or Esc on the open question; the scans kept behind it are counted next."""
        question = self._question
        if question is None:
            return
        self._close_question()
        if question.verdict is Verdict.NEEDS_SERIALS:
            self.show_outcome(
                ScanOutcome(Verdict.REJECTED, translate("scanning", "Not counted: the serials were not scanned."))
            )
        elif yes:
            self.show_outcome(self._session.record_unknown(question.code, question.quantity, manual=question.manual))
        else:
            self.show_outcome(
                ScanOutcome(Verdict.REJECTED, translate("scanning", "Not counted: {code}.").format(code=question.code))
            )
        self._count_next()

    def _say_again(self) -> None:
        """The language changed: the lines read again (why one was refused is kept in no language), and an
        unknown code's question (the session's sentence) asked again in it."""
        if self._session.rack_id is not None:
            self.view.refresh_lines(self._session.lines())
        question = self._question
        if question is not None and question.verdict is Verdict.UNKNOWN:
            code = question.code
            self.view.ask(
                "unknown",
                lambda: translate("scanning", "No item has this barcode. Record {code} as an unknown item?").format(
                    code=code
                ),
                lambda: translate("scanning", UNKNOWN_KEYS),
            )
            self.view.show_kept(len(self._entries))

    def _close_question(self) -> None:
        self._question = None
        self._serials = []
        self.view.end_question()

    # --- the counting keys -----------------------------------------------------------------------

    def toggle_damage(self) -> None:
        if self.in_front:
            damage = self._session.toggle_damage()
            self._refresh_stats()
            self.view.say_damage_mode(damage)

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
        if isinstance(answer, Failure):
            self.view.show_banner("warn", answer.sentence)
        else:
            self.view.show_paused(self._session.paused, answer)
        self._refresh_stats()

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
        if failure.kind is FailureKind.NEEDS_SUPERVISOR and self._session.allows.supervisor_release:
            question = translate("scanning", "{why}\n\nShould a supervisor release the rack anyway?").format(
                why=failure.sentence
            )
            gate = self._release_anyway
            dialogs.ask(
                self.view.window(),
                translate("scanning", "Counts disagree"),
                question,
                lambda yes: gate(failure.sentence) if yes else None,
            )

    # --- the lease -------------------------------------------------------------------------------

    def _on_lease_changed(self, lease: LeaseStatus) -> None:
        if self._stack.currentWidget() is self.view:
            self.view.set_lease(lease)

    def _on_lease_lost(self, lease: LeaseStatus) -> None:
        self.sound.bad()
        if lease.holder:
            taken = translate(
                "scanning",
                "Rack {rack} was taken by {who}. Scanning has stopped. Everything you counted is "
                "kept and will be sent; a supervisor sorts out any difference.",
            )
        else:
            taken = translate(
                "scanning",
                "Rack {rack} was taken by another session. Scanning has stopped. Everything you counted is "
                "kept and will be sent; a supervisor sorts out any difference.",
            )
        sentence = taken.format(rack=lease.rack_id, who=lease.holder)
        if lease.released_by:  # a supervisor's release: who, and their note
            sentence = released_sentence(lease.rack_id, lease.released_by, lease.note)
            self.view.show_banner("bad", sentence)
        title = translate("scanning", "Rack released") if lease.released_by else translate("scanning", "Rack taken")
        box = dialogs.tell(self.view.window(), title, sentence, self._session.leave_lost_session, bad=True)
        box.on_entry = lambda entry: spawn(self.scan(entry))  # type: ignore[attr-defined]  # refused, with a sound

    # --- the numbers -----------------------------------------------------------------------------

    def refresh_soon(self) -> None:
        """Tick sent lines off and refresh the numbers once, shortly (coalesced)."""
        if self._session.rack_id is not None and not self._sent_timer.isActive():
            self._sent_timer.start()

    def _on_queue_changed(self, waiting: int, _stalled: int, refused: int) -> None:
        """The sync worker's numbers: on the screen at once, as in the status bar; the lines follow."""
        if refused != self._queue[1]:  # a refusal, or a decision on one: the lines change
            self._lines_changed = True
        self._queue = (waiting, refused)
        self.view.stats.show_queue(waiting, refused)
        if self._session.rack_id is not None and not self._sent_timer.isActive():
            self._refresh_sent()  # the ticks follow the status bar at once; then at most every 300 ms
        self.refresh_soon()

    def _refresh_sent(self) -> None:
        if self._session.rack_id is not None:
            if self._lines_changed:  # refusals and decisions: the lines as the store holds them
                self._lines_changed = False
                self.view.refresh_lines(self._session.lines())
            self.view.show_unsynced(self._session.unsynced())
            self._refresh_stats()

    def _refresh_stats(self) -> None:
        stats = self._session.stats()
        if stats is not None:
            self.view.set_stats(stats)


def _serial_asked(name: str, number: int, total: int, refused: str) -> str:
    """The serials question: which serial of how many, after why the last one was refused."""
    asked = translate("scanning", "{name}: scan serial {number} of {total}.").format(
        name=name, number=QLocale().toString(number), total=QLocale().toString(total)
    )
    return translate("scanning", "{refused} {asked}").format(refused=refused, asked=asked) if refused else asked


def _serial_keys(serials: tuple[str, ...]) -> str:
    if serials:
        return translate("scanning", "Serials: {serials} · Esc: not counted").format(serials=", ".join(serials))
    return translate("scanning", "Esc: not counted")
