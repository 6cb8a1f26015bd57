"""The status bar on every screen: connection, lease and its countdown, sync queue, stalled, conflicts."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QProgressBar, QStatusBar

from station.domain.lease import LeaseState
from station.session.values import LeaseStatus
from station.ui.labels import ElidedLabel
from station.ui.theme import restyle

_LEASE_WORDS = {
    LeaseState.HELD: "lease held",
    LeaseState.AT_RISK: "lease at risk",
    LeaseState.EXPIRED: "lease ran out",
    LeaseState.LOST: "lease lost",
    LeaseState.RELEASED: "",
}


def queue_words(waiting: int, refused: int) -> str:
    """What is left to send, in the same numbers as the scanning screen: never "all sent" while a
    line waits or was refused."""
    if waiting:
        return f"{waiting} waiting to sync"
    return "nothing else to send" if refused else "all sent"


class StationStatusBar(QStatusBar):
    """What the station is doing behind the screen, in words and colours."""

    def __init__(self) -> None:
        super().__init__()
        self.setSizeGripEnabled(False)
        self.connection = self._label("connection", "online")
        self.lease = self._label("leaseBadge", "")
        self.queue = self._label("queue", "all sent")
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
        self.connection.setText("online" if online else "offline: counting goes on")
        self.connection.setToolTip(sentence)
        restyle(self.connection, online="true" if online else "false")

    def set_lease(self, lease: LeaseStatus | None, *, paused: bool = False) -> None:
        """The lease and its countdown; a paused rack beats no lease, and says "paused" instead."""
        if lease is None or lease.state is LeaseState.RELEASED:
            self.lease.setText("")
            restyle(self.lease, state="")
            return
        if paused and lease.state is not LeaseState.LOST:
            self.lease.setText(f"{lease.rack_id}: paused")
            restyle(self.lease, state="paused")
            return
        words = _LEASE_WORDS[lease.state]
        if lease.state is LeaseState.LOST and lease.released_by:
            words = f"released by {lease.released_by}"
        countdown = f" · {lease.remaining:.0f} s" if lease.state in (LeaseState.HELD, LeaseState.AT_RISK) else ""
        self.lease.setText(f"{lease.rack_id}: {words}{countdown}")
        restyle(self.lease, state=lease.state.value)

    def set_queue(self, waiting: int, stalled: int, conflicts: int) -> None:
        self.queue.setText(queue_words(waiting, conflicts))
        self.stalled.setText(f"{stalled} stalled" if stalled else "")
        restyle(self.stalled, count="some" if stalled else "none")
        self.conflicts.setText(f"{conflicts} refused (F9)" if conflicts else "")
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
        self.scanner.setText("scanner ready" if connected else "scanner unplugged")
        self.scanner.setToolTip(sentence)
        restyle(self.scanner, online="true" if connected else "false")
        if not connected:
            self.showMessage(sentence, 10_000)

    def set_user(self, text: str) -> None:
        self.user.setText(text)
