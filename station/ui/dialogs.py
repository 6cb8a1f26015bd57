"""Dialogs over the scanning screen: a line to edit, a log-in again, yes/no and text questions."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSize, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from station.domain.lines import Line
from station.domain.records import MAX_LINE_QUANTITY, LineCount
from station.i18n import translate
from station.scanner.keyboard import TYPING_FIELD
from station.ui.fitting import fitting
from station.ui.labels import WrappingLabel
from station.ui.words import SaysAgain


class EditLineDialog(SaysAgain, QDialog):
    """F4: correct a line's counted and damaged pieces (and its serials)."""

    def __init__(self, parent: QWidget | None, line: Line) -> None:
        super().__init__(parent)
        self.setObjectName("editLineDialog")
        self.line = line
        self.verified = QSpinBox()
        self.verified.setRange(0, MAX_LINE_QUANTITY)
        self.verified.setValue(line.verified_qty)
        self.damaged = QSpinBox()
        self.damaged.setRange(0, MAX_LINE_QUANTITY)
        self.damaged.setValue(line.damage_qty)
        self.serials = QLineEdit(", ".join(line.serials))
        self.serials.setEnabled(line.serialized)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.labels = [QLabel(), QLabel(), QLabel()]
        form = QFormLayout(self)
        form.addRow(QLabel(line.item_name or line.item_code))
        form.addRow(self.labels[0], self.verified)
        form.addRow(self.labels[1], self.damaged)
        form.addRow(self.labels[2], self.serials)
        form.addRow(buttons)
        self.retranslate()
        self.verified.selectAll()
        self.verified.setFocus()

    def retranslate(self) -> None:
        self.setWindowTitle(translate("dialogs", "Edit {code}").format(code=self.line.item_code))
        self.labels[0].setText(translate("dialogs", "Counted"))
        self.labels[1].setText(translate("dialogs", "of which damaged"))
        self.labels[2].setText(translate("dialogs", "Serials"))

    def count(self) -> LineCount:
        serials = tuple(s.strip() for s in self.serials.text().split(",") if s.strip())
        return LineCount(self.verified.value(), self.damaged.value(), serials)


class LoginDialog(SaysAgain, QDialog):
    """The sign-in expired: the same person logs in again over the current screen; nothing is lost."""

    submitted = Signal(str, bool)

    def __init__(self, parent: QWidget | None, username: str) -> None:
        super().__init__(parent)
        self.setObjectName("reloginDialog")
        self.username = username
        self.by_password = False
        self.secret = QLineEdit()
        self.secret.setEchoMode(QLineEdit.EchoMode.Password)
        self.secret.setProperty(TYPING_FIELD, True)  # a PIN typed fast is still a PIN, its Enter the person's
        self.error = QLabel("")
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        self.why = WrappingLabel("")
        layout = QVBoxLayout(self)
        layout.addWidget(self.why)
        layout.addWidget(self.secret)
        layout.addWidget(self.error)
        self.secret.returnPressed.connect(lambda: self.submitted.emit(self.secret.text(), self.by_password))
        self.secret.setFocus()
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(translate("dialogs", "Log in again"))
        self.why.setText(
            translate(
                "dialogs",
                "Your sign-in has expired, {user}. Type your PIN (Ctrl+P: password) and Enter.\n"
                "Nothing you counted is lost.",
            ).format(user=self.username)
        )

    def show_error(self, sentence: str) -> None:
        self.error.setText(sentence)
        self.secret.clear()


def ask(
    parent: QWidget | None, title: str, question: str, then: Callable[[bool], None], *, default_yes: bool = False
) -> QMessageBox:
    """A yes/no question (Y, N, Enter, Esc), answered through ``then`` without blocking the loop."""
    yes, no = QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No
    box = QMessageBox(QMessageBox.Icon.Question, title, question, yes | no, parent)
    box.setObjectName("question")
    box.setDefaultButton(yes if default_yes else no)
    box.finished.connect(lambda result: then(result == yes))
    box.open()
    return box


def ask_text(
    parent: QWidget | None, title: str, label: str, then: Callable[[str], object], *, required: bool = True
) -> QInputDialog:
    """A line of text (Enter confirms, Esc cancels), handed to ``then`` without blocking the loop;
    with ``required``, an empty answer is not taken."""
    box = QInputDialog(parent)
    box.setObjectName("textQuestion")
    box.setWindowTitle(title)
    box.setLabelText(label)
    for words in box.findChildren(QLabel):
        words.setWordWrap(True)  # a long question wraps rather than widening the dialog past the screen
    box.resize(fitting(QSize(720, 200), parent))

    def answered(text: str) -> None:
        if text.strip() or not required:
            then(text.strip())

    box.textValueSelected.connect(answered)
    if parent is not None:  # keys go back to the window underneath, whatever the window manager does
        box.finished.connect(lambda _result: parent.activateWindow())
    box.open()
    return box


def tell(
    parent: QWidget | None, title: str, sentence: str, then: Callable[[], None] | None = None, *, bad: bool = False
) -> QMessageBox:
    """A message to read and dismiss with Enter; ``then`` runs after."""
    icon = QMessageBox.Icon.Warning if bad else QMessageBox.Icon.Information
    box = QMessageBox(icon, title, sentence, QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("message")
    if parent is not None:  # keys go back to the window underneath, whatever the window manager does
        box.finished.connect(lambda _result: parent.activateWindow())
    if then is not None:
        box.finished.connect(lambda _result: then())
    box.open()
    return box
