"""A supervisor's user name and PIN (and a note, where one is required), asked for over a counter's screen.

The counter stays logged in: what is typed here is handed to the caller for one authorisation and
is not kept by the widget once it is submitted.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Signal
from PySide6.QtWidgets import QDialog, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from station.ui.fitting import fitting


class SupervisorPrompt(QWidget):
    """Signals:
    submitted(user, pin, note): Enter in any field, with every required field filled."""

    submitted = Signal(str, str, str)

    def __init__(self, why: str, *, user: str = "", with_note: bool = False) -> None:
        super().__init__()
        self.setObjectName("supervisorPrompt")
        self.why = QLabel(why)
        self.why.setWordWrap(True)
        self.user = QLineEdit(user)
        self.user.setObjectName("supervisorUser")
        self.pin = QLineEdit()
        self.pin.setObjectName("supervisorPin")
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.note = QLineEdit()
        self.note.setObjectName("supervisorNote")
        self.note.setPlaceholderText("Why (required)")
        self.error = QLabel("")
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        form = QFormLayout()
        form.addRow("Supervisor", self.user)
        form.addRow("PIN", self.pin)
        if with_note:
            form.addRow("Note", self.note)
        else:
            self.note.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.why)
        layout.addLayout(form)
        layout.addWidget(self.error)
        hint = QLabel("Tab moves · Enter confirms · Esc cancels")
        hint.setObjectName("hint")
        layout.addWidget(hint)
        self.with_note = with_note
        for field in (self.user, self.pin, self.note):
            field.returnPressed.connect(self._submit)

    def focus_first(self) -> None:
        (self.pin if self.user.text() else self.user).setFocus()

    def show_error(self, sentence: str) -> None:
        self.error.setText(sentence)
        self.pin.clear()
        self.pin.setFocus()

    def _submit(self) -> None:
        user, pin, note = self.user.text().strip(), self.pin.text(), self.note.text().strip()
        empty = next((f for f, v in ((self.user, user), (self.pin, pin)) if not v), None)
        if empty is None and self.with_note and not note:
            empty = self.note
        if empty is not None:
            self.error.setText(
                "Fill in every field: " + ("the note says why." if empty is self.note else "user and PIN.")
            )
            empty.setFocus()
            return
        self.error.clear()
        self.pin.clear()  # handed over, not kept
        self.submitted.emit(user, pin, note)


class ReleaseAnywayDialog(QDialog):
    """The F10 gate: the counts disagree; a supervisor may release the rack anyway, with a note."""

    def __init__(self, parent: QWidget | None, reason: str, user: str = "") -> None:
        super().__init__(parent)
        self.setObjectName("releaseAnywayDialog")
        self.setWindowTitle("Release anyway")
        self.prompt = SupervisorPrompt(
            f"{reason}\n\nA supervisor may release the rack anyway. Their PIN and a note are required; "
            "the release is recorded in the rack's history.",
            user=user,
            with_note=True,
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.prompt)
        self.resize(fitting(QSize(760, 420), parent))
        self.prompt.focus_first()

    def show_error(self, sentence: str) -> None:
        self.prompt.show_error(sentence)
