"""Choosing the station's language at the keyboard: a small chooser (Ctrl+L anywhere) and the log-in screen's picker."""

from __future__ import annotations

from functools import partial

import shiboken6
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from station.i18n import translate
from station.ui.language import LANGUAGES, Languages
from station.ui.words import SaysAgain

LANGUAGE_KEY = "Ctrl+L"
CODE = Qt.ItemDataRole.UserRole


class LanguageDialog(SaysAgain, QDialog):
    """The languages, each named in itself: ↑ ↓ and Enter choose, Esc leaves it as it was.

    Signals:
        chosen(code): a language was chosen (the dialog then closes).
    """

    chosen = Signal(str)

    def __init__(self, parent: QWidget | None, current: str) -> None:
        super().__init__(parent)
        self.setObjectName("languageDialog")
        self.list = QListWidget()
        self.list.setObjectName("languageList")
        for code, name in LANGUAGES.items():
            item = QListWidgetItem(name)
            item.setData(CODE, code)
            self.list.addItem(item)
            if code == current:
                self.list.setCurrentItem(item)
        self.hint = QLabel("")
        self.hint.setObjectName("hint")
        self.hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list)
        layout.addWidget(self.hint)
        self.list.itemActivated.connect(self._choose)
        self.retranslate()
        self.resize(420, 260)
        self.list.setFocus()

    def retranslate(self) -> None:
        self.setWindowTitle(translate("language_view", "Language"))
        self.hint.setText(translate("language_view", "↑ ↓ pick · Enter: speak it · Esc: as it was"))

    def _choose(self, item: QListWidgetItem) -> None:
        self.chosen.emit(item.data(CODE))
        self.accept()


class LanguagePicker(QComboBox):
    """The log-in screen's language: Tab to it, ↑ ↓ to change; the station speaks it at once.

    Signals:
        chosen(code): another language was picked.
    """

    chosen = Signal(str)

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("languagePicker")
        for code, name in LANGUAGES.items():
            self.addItem(name, code)
        self.currentIndexChanged.connect(lambda index: self.chosen.emit(self.itemData(index)))

    def show_language(self, code: str) -> None:
        """Show ``code`` as chosen, without choosing it again."""
        index = self.findData(code)
        if index >= 0 and index != self.currentIndex():
            self.blockSignals(True)
            self.setCurrentIndex(index)
            self.blockSignals(False)


def hook_languages(window: QWidget, languages: Languages, picker: LanguagePicker) -> QShortcut:
    """Ctrl+L on ``window`` opens the chooser; ``picker`` (the log-in screen's) chooses too and shows the
    language spoken."""
    picker.show_language(languages.current)
    picker.chosen.connect(languages.switch)
    languages.changed.connect(picker.show_language)
    shortcut = QShortcut(QKeySequence(LANGUAGE_KEY), window)

    def open_chooser() -> None:
        if QApplication.activeModalWidget() is not None:
            return
        dialog = LanguageDialog(window, languages.current)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.chosen.connect(languages.switch)
        dialog.finished.connect(partial(_back, window, QApplication.focusWidget() or window))
        dialog.open()

    shortcut.activated.connect(open_chooser)
    return shortcut


def _back(window: QWidget, widget: QWidget, _result: int) -> None:
    """Keys go back to where they were, whatever the window manager does (unless that widget has gone)."""
    window.activateWindow()
    if shiboken6.isValid(widget):
        widget.setFocus()
