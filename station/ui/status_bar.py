"""The status bar on every screen: connection, lease and its countdown, sync queue, stalled, conflicts."""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QLabel, QProgressBar, QStatusBar

from station.domain.lease import LeaseState
from station.i18n import QT_TRANSLATE_NOOP, translate
from station.session.values import LeaseStatus
from station.ui.labels import ElidedLabel
from station.ui.theme import restyle
from station.ui.words import SaysAgain, Words

_LEASE_WORDS = {
    LeaseState.HELD: QT_TRANSLATE_NOOP("status_bar", "lease held"),
    LeaseState.AT_RISK: QT_TRANSLATE_NOOP("status_bar", "lease at risk"),
    LeaseState.EXPIRED: QT_TRANSLATE_NOOP("status_bar", "lease ran out"),
    LeaseState.LOST: QT_TRANSLATE_NOOP("status_bar", "lease lost"),
    LeaseState.RELEASED: "",
}


def queue_words(waiting: int, refused: int) -> str:
    """What is left to send, in the same numbers as the scanning screen: never "all sent" while a
    line waits or was refused."""
    if waiting:
        return translate("status_bar", "%n waiting to sync", None, waiting)
    return translate("status_bar", "nothing else to send") if refused else translate("status_bar", "all sent")


class StationStatusBar(SaysAgain, QStatusBar):
    """What the station is doing behind the screen, in words and colours."""

    def __init__(self) -> None:
        super().__init__()
        self.setSizeGripEnabled(False)
        self.words = Words()
        self.connection = self._label("connection", "")
        self.words.set(self.connection, lambda: translate("status_bar", "online"))
        self.lease = self._label("leaseBadge", "")
        self.queue = self._label("queue", "")
        self.words.set(self.queue, lambda: translate("status_bar", "all sent"))
        self.trouble = self._label("syncTrouble", "")
        self.trouble.hide()
        self.progress = QProgressBar()
        self.progress.setObjectName("syncProgress")
        self.progress.setMaximumWidth(160)
        self.progress.hide()
        self.addPermanentWidget(self.progress)
        self.stalled = self._label("stalled", "")
        self.conflicts = self._label("conflicts", "")
        self.scanner = self._label("scanner", "")
        self.user = self._label("user", "")

    def _label(self, name: str, text: str) -> QLabel:
        label = ElidedLabel(text)  # a narrow screen shortens the words; the bar stays one line, in view
        label.setObjectName(name)
        self.addPermanentWidget(label)
        return label

    def set_connection(self, online: bool, sentence: str) -> None:
        self.words.set(
            self.connection,
            lambda: (
                translate("status_bar", "online") if online else translate("status_bar", "offline: counting goes on")
            ),
        )
        self.connection.setToolTip(sentence)
        restyle(self.connection, online="true" if online else "false")

    def set_lease(self, lease: LeaseStatus | None, *, paused: bool = False) -> None:
        """The lease and its countdown; a paused rack beats no lease, and says "paused" instead."""
        if lease is None or lease.state is LeaseState.RELEASED:
            self.words.set(self.lease, "")
            restyle(self.lease, state="")
            return
        if paused and lease.state is not LeaseState.LOST:
            self.words.set(self.lease, lambda: translate("status_bar", "{rack}: paused").format(rack=lease.rack_id))
            restyle(self.lease, state="paused")
            return
        self.words.set(self.lease, partial(lease_words, lease))
        restyle(self.lease, state=lease.state.value)

    def set_queue(self, waiting: int, stalled: int, conflicts: int) -> None:
        self.words.set(self.queue, partial(queue_words, waiting, conflicts))
        self.words.set(self.stalled, lambda: translate("status_bar", "%n stalled", None, stalled) if stalled else "")
        restyle(self.stalled, count="some" if stalled else "none")
        self.words.set(
            self.conflicts, lambda: translate("status_bar", "%n refused (F9)", None, conflicts) if conflicts else ""
        )
        restyle(self.conflicts, count="some" if conflicts else "none")
        if not waiting:
            self.progress.hide()

    def set_sync_trouble(self, sentence: str) -> None:
        """Why lines are not going out (a full disk, a refusal), in words; hidden once they go again."""
        self.trouble.setText(sentence)
        self.trouble.setToolTip(sentence)
        restyle(self.trouble, count="some" if sentence else "none")
        self.trouble.setVisible(bool(sentence))

    def set_progress(self, done: int, total: int) -> None:
        self.progress.setMaximum(max(total, 1))
        self.progress.setValue(done)
        self.progress.setVisible(done < total)

    def set_scanner(self, connected: bool, sentence: str) -> None:
        """A serial scanner's state (nothing is shown for keyboard-wedge scanners: they need no port)."""
        self.words.set(
            self.scanner,
            lambda: (
                translate("status_bar", "scanner ready") if connected else translate("status_bar", "scanner unplugged")
            ),
        )
        self.scanner.setToolTip(sentence)
        restyle(self.scanner, online="true" if connected else "false")
        if not connected:
            self.showMessage(sentence, 10_000)

    def set_user(self, text: str) -> None:
        self.user.setText(text)

    def retranslate(self) -> None:
        """The language changed: every word again, from what the bar shows now."""
        self.words.again()


def lease_words(lease: LeaseStatus) -> str:
    """The lease badge: the rack, the lease in words, the seconds left while it is held."""
    words = translate("status_bar", _LEASE_WORDS[lease.state])
    if lease.state is LeaseState.LOST and lease.released_by:
        words = translate("status_bar", "released by {user}").format(user=lease.released_by)
    if lease.state in (LeaseState.HELD, LeaseState.AT_RISK):
        return translate("status_bar", "{rack}: {lease} · {seconds} s").format(
            rack=lease.rack_id, lease=words, seconds=QLocale().toString(round(lease.remaining))
        )
    return translate("status_bar", "{rack}: {lease}").format(rack=lease.rack_id, lease=words)
