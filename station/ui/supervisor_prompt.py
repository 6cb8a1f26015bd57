"""A supervisor's user name and PIN (and a note, where one is required), asked for over a counter's screen.

The counter stays logged in: what is typed here is handed to the caller for one authorisation and
is not kept by the widget once it is submitted.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Signal
from PySide6.QtWidgets import QDialog, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from station.i18n import translate
from station.ui.fitting import fitting
from station.ui.words import Say, SaysAgain, Words


class SupervisorPrompt(SaysAgain, QWidget):
    """Signals:
    submitted(user, pin, note): Enter in any field, with every required field filled."""

    submitted = Signal(str, str, str)

    def retranslate(self) -> None:
        self.words.again()

    def __init__(self, why: Say, *, user: str = "", with_note: bool = False) -> None:
        super().__init__()
        self.setObjectName("supervisorPrompt")
        self.words = Words()
        self.why = QLabel("")
        self.words.set(self.why, why)
        self.why.setWordWrap(True)
        self.user = QLineEdit(user)
        self.user.setObjectName("supervisorUser")
        self.pin = QLineEdit()
        self.pin.setObjectName("supervisorPin")
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.note = QLineEdit()
        self.note.setObjectName("supervisorNote")
        self.words.set(self.note, lambda: translate("supervisor_prompt", "Why (required)"), "setPlaceholderText")
        self.error = QLabel("")
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        labels = QLabel(), QLabel(), QLabel()
        self.words.set(labels[0], lambda: translate("supervisor_prompt", "Supervisor"))
        self.words.set(labels[1], lambda: translate("supervisor_prompt", "PIN"))
        self.words.set(labels[2], lambda: translate("supervisor_prompt", "Note"))
        form = QFormLayout()
        form.addRow(labels[0], self.user)
        form.addRow(labels[1], self.pin)
        if with_note:
            form.addRow(labels[2], self.note)
        else:
            self.note.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.why)
        layout.addLayout(form)
        layout.addWidget(self.error)
        hint = QLabel("")
        self.words.set(hint, lambda: translate("supervisor_prompt", "Tab moves · Enter confirms · Esc cancels"))
        hint.setObjectName("hint")
        layout.addWidget(hint)
        self.with_note = with_note
        for field in (self.user, self.pin, self.note):
            field.returnPressed.connect(self._submit)

    def focus_first(self) -> None:
        (self.pin if self.user.text() else self.user).setFocus()

    def show_error(self, sentence: str) -> None:
        self.words.set(self.error, sentence)
        self.pin.clear()
        self.pin.setFocus()

    def _submit(self) -> None:
        user, pin, note = self.user.text().strip(), self.pin.text(), self.note.text().strip()
        empty = next((f for f, v in ((self.user, user), (self.pin, pin)) if not v), None)
        if empty is None and self.with_note and not note:
            empty = self.note
        if empty is not None:
            for_note = empty is self.note
            self.words.set(
                self.error,
                lambda: (
                    translate("supervisor_prompt", "Fill in every field: the note says why.")
                    if for_note
                    else translate("supervisor_prompt", "Fill in every field: user and PIN.")
                ),
            )
            empty.setFocus()
            return
        self.words.set(self.error, "")
        self.pin.clear()  # handed over, not kept
        self.submitted.emit(user, pin, note)


class ReleaseAnywayDialog(QDialog):
    """The F10 gate: the counts disagree; a supervisor may release the rack anyway, with a note."""

    def __init__(self, parent: QWidget | None, reason: str, user: str = "") -> None:
        super().__init__(parent)
        self.setObjectName("releaseAnywayDialog")
        self.setWindowTitle(translate("supervisor_prompt", "Release anyway"))
        self.prompt = SupervisorPrompt(
            lambda: translate(
                "supervisor_prompt",
                "{reason}\n\nA supervisor may release the rack anyway. Their PIN and a note are required; "
                "the release is recorded in the rack's history.",
            ).format(reason=reason),
            user=user,
            with_note=True,
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.prompt)
        self.resize(fitting(QSize(760, 420), parent))
        self.prompt.focus_first()

    def show_error(self, sentence: str) -> None:
        self.prompt.show_error(sentence)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.setWindowTitle(translate("supervisor_prompt", "Release anyway"))
        super().changeEvent(event)
