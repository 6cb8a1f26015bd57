"""Every word a counter or a supervisor reads goes through the translator, and the station switches language
while it runs: the screens, their questions and dialogs say everything again in the new language."""

from __future__ import annotations

import re
import unicodedata
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TypeVar

import pytest
from PySide6.QtCore import QAbstractListModel, QCoreApplication, QEvent, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QTreeWidget,
    QWidget,
)

from station import i18n, translations
from station.server.demo_data import FLOORS, USERS
from station.ui import dialogs
from station.ui.find_view import FindDialog
from station.ui.language import LANGUAGES, use
from station.ui.language_view import LanguageDialog
from station.ui.lines_model import SENT
from station.ui.review_view import ReviewView
from station.ui.supervisor_prompt import ReleaseAnywayDialog
from tests.helpers.conflicts import at_desk, authorise, make_conflict, open_dialog
from tests.helpers.gui import Driver, modal
from tests.helpers.reference import plain_barcodes, rack_items

W = TypeVar("W", bound=QWidget)
OPEN, CLOSE = "⟦", "⟧"
ACCENTS = str.maketrans("aeiouAEIOU", "áéíóúÁÉÍÓÚ")
PLACEHOLDER = re.compile(r"(\{[^{}]*\})")
MARKED = re.compile(f"{OPEN}[^{OPEN}{CLOSE}]*{CLOSE}")
LETTER = re.compile(r"[^\W\d_]")
QT_OWN = {"OK", "&OK", "&Yes", "&No", "Cancel", "&Cancel"}
"""Qt's own buttons, translated by Qt's catalogue (qtbase_<lang>.qm), not ours."""
DATA = re.compile(
    r"\b[A-Z]-R\d{2}\b"  # rack ids
    r"|\bF\d{1,2}\b"  # the function keys a button starts with
    r"|\bSN-[\w-]+|\bNOT-A-CODE-\d+\b"  # serials and a code the test scans
    r"|\bDock 3\b|\bPKT\b|\bNOS\b"  # the station's name, units
)
"""What a screen shows that is data, not words: kept tiny and explicit."""


def pseudo(context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
    """Every text marked ⟦…⟧ and accented, its {placeholders} and the count kept as they are."""
    text = source.replace("%n", str(n)) if n >= 0 else source
    accented = "".join(
        part if PLACEHOLDER.fullmatch(part) else part.translate(ACCENTS) for part in PLACEHOLDER.split(text)
    )
    return f"{OPEN}{accented}{CLOSE}"


@pytest.fixture
def in_pseudo() -> Iterator[None]:
    i18n.install(pseudo)
    yield
    use("en")


def speak_pseudo(driver: Driver) -> None:
    """The pseudo language from now on, every open screen told (as Qt tells them when a translator changes)."""
    i18n.install(pseudo)
    QCoreApplication.postEvent(driver.app, QEvent(QEvent.Type.LanguageChange))
    driver.app.processEvents()
    driver.app.processEvents()


# --- what is on the screen -----------------------------------------------------------------------


def texts(widget: QWidget, *, behind: bool = False) -> Iterator[tuple[str, str]]:
    """(where, text) of everything a person reads on ``widget`` and its visible children (``behind``: as they
    would be if ``widget`` were in front: a screen of the stack that is not showing)."""
    for each in [widget, *widget.findChildren(QWidget)]:
        if not (each.isVisibleTo(widget) or each is widget) if behind else not each.isVisible():
            continue
        name = f"{type(each).__name__}#{each.objectName()}"
        if each.isWindow():
            yield f"{name} title", each.windowTitle()
        if each.toolTip():
            yield f"{name} tooltip", each.toolTip()
        if isinstance(each, QLabel | QAbstractButton):
            yield name, each.text()
        if isinstance(each, QLineEdit) and not each.text():
            yield f"{name} placeholder", each.placeholderText()
        if isinstance(each, QMessageBox):
            yield f"{name} text", each.text()
        if isinstance(each, QTreeWidget):
            header = each.headerItem()
            yield from ((f"{name} header", header.text(c)) for c in range(each.columnCount()) if header)
        if isinstance(each, QAbstractItemView) and not isinstance(each, QComboBox) and each.model() is not None:
            yield from _model_texts(name, each)


def _model_texts(name: str, view: QAbstractItemView) -> Iterator[tuple[str, str]]:
    model = view.model()
    columns = 1 if isinstance(model, QAbstractListModel) else model.columnCount(QModelIndex())
    for column in range(columns):
        header = model.headerData(column, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
        if isinstance(header, str):
            yield f"{name} header", header
    rows: list[QModelIndex] = [model.index(row, 0) for row in range(min(model.rowCount(QModelIndex()), 40))]
    for index in list(rows):
        rows += [model.index(row, 0, index) for row in range(min(model.rowCount(index), 40))]
    for index in rows:
        for column in range(columns):
            cell = index.siblingAtColumn(column)
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                value = cell.data(role)
                if isinstance(value, str):
                    yield f"{name} [{index.row()},{column}]", value


def unmarked(text: str, data: set[str]) -> str:
    """What is left of ``text`` once the translated parts and the data are taken out."""
    while MARKED.search(text):
        text = MARKED.sub(" ", text)
    for value in sorted(data, key=len, reverse=True):
        text = text.replace(value, " ")
    return DATA.sub(" ", text)


def untranslated(widgets: list[QWidget], data: set[str]) -> list[str]:
    """Every visible text with words that did not go through the translator."""
    found = []
    for widget in widgets:
        for where, text in texts(widget):
            if text in QT_OWN or text in LANGUAGES.values():
                continue
            left = unmarked(text, data)
            if LETTER.search(unicodedata.normalize("NFC", left)):
                found.append(f"{where}: {text!r}")
    return found


def on_screen(driver: Driver) -> list[QWidget]:
    """The window and whatever dialog is over it."""
    others = [w for w in QApplication.topLevelWidgets() if w.isVisible() and w.parentWidget() is None]
    return [driver.window, *(w for w in others if w is not driver.window)]


def demo_data(driver: Driver) -> set[str]:
    """Names a screen shows as they are: floors, users, the items of the racks the test counts."""
    names = {floor for floor, _letter in FLOORS} | {user for user, *_ in USERS} | {full for _u, full, *_ in USERS}
    for rack in ("G-R01", "G-R02"):
        for item in rack_items(driver, rack):
            names |= {item.item_code, item.name, *item.barcodes}
    return {name for name in names if name}


def check(driver: Driver, data: set[str], what: str) -> None:
    driver.app.processEvents()
    left = untranslated(on_screen(driver), data)
    assert not left, f"{what}: words shown without the translator:\n" + "\n".join(left)


def opened(driver: Driver, kind: type[W]) -> W:
    driver.until(lambda: isinstance(QApplication.activeModalWidget(), kind))
    return modal(kind)


def close_modal(driver: Driver) -> None:
    widget = QApplication.activeModalWidget()
    if widget is not None:
        widget.close()
        driver.until(lambda: QApplication.activeModalWidget() is None)
    driver.window.activateWindow()
    if driver.window.stack.currentWidget() is driver.window.scan_view:
        driver.window.scan_view.field.setFocus()


# --- (a) every screen a counter sees, in the pseudo language ---------------------------------------


@pytest.mark.usefixtures("in_pseudo")
def test_every_word_a_counter_reads_goes_through_the_translator(driver: Driver) -> None:
    speak_pseudo(driver)
    data = demo_data(driver)
    check(driver, data, "log-in")
    driver.desk_screenshot("language-pseudo-login")
    driver.window.login_view.secret.setFocus()
    driver.type("")  # Enter with no PIN: the log-in screen's own sentence
    check(driver, data, "log-in, no PIN")
    relogin = dialogs.LoginDialog(driver.window, "counter1")
    relogin.open()
    check(driver, data, "log in again")
    relogin.close()
    driver.window.activateWindow()
    driver.until(lambda: QApplication.activeModalWidget() is None)

    driver.log_in()
    driver.until(lambda: bool(driver.window.floors_view.buttons()))
    check(driver, data, "floors")
    driver.type("1", enter=False)
    driver.until(lambda: driver.window.racks_view.model.rowCount() > 0)
    check(driver, data, "racks")
    driver.type("X-R99")
    check(driver, data, "racks, no such rack")
    driver.type("G-R01")
    driver.until(lambda: driver.window.stack.currentWidget() is driver.window.scan_view)
    check(driver, data, "scanning, nothing counted")

    driver.scan(plain_barcodes(driver)[0])
    driver.key(Qt.Key.Key_F2)
    driver.scan(plain_barcodes(driver)[1])
    check(driver, data, "scanning, damage mode")
    driver.key(Qt.Key.Key_F2)
    driver.scan("NOT-A-CODE-1")
    driver.until(lambda: driver.window.scan_view.asking == "unknown")
    driver.scan(plain_barcodes(driver)[0])  # kept behind the question
    check(driver, data, "scanning, an unknown code asked about")
    driver.type("n")
    serialized = rack_items(driver, serialized=True)[0]
    driver.type("2", enter=False)  # two pieces: two serials asked for, one after the other
    driver.scan(serialized.barcodes[0])
    driver.until(lambda: driver.window.scan_view.asking == "serials")
    driver.scan("SN-LANG-1")
    assert driver.window.scan_view.asking == "serials"
    check(driver, data, "scanning, serials asked for")
    driver.desk_screenshot("language-pseudo-scanning")
    driver.key(Qt.Key.Key_Escape)

    driver.window.scan_view.table.selectRow(0)
    driver.key(Qt.Key.Key_F4)
    opened(driver, dialogs.EditLineDialog)
    check(driver, data, "edit a line")
    close_modal(driver)

    driver.key(Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    find = opened(driver, FindDialog)
    driver.type("rice", enter=False)
    data |= {found.item.name for found in find.found} | {found.item.item_code for found in find.found}
    check(driver, data, "find an item")
    driver.type("zzzzqqq", enter=False)
    check(driver, data, "find an item, nothing found")
    close_modal(driver)

    driver.key(Qt.Key.Key_F10)
    opened(driver, ReviewView)
    check(driver, data, "review (F10)")
    close_modal(driver)

    gate = ReleaseAnywayDialog(driver.window, "The counts disagree.")  # the reason is the session's words
    gate.open()
    data.add("The counts disagree.")
    check(driver, data, "release anyway")
    close_modal(driver)

    driver.key(Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    chooser = opened(driver, LanguageDialog)
    check(driver, data, "the language chooser")
    chooser.grab().save(str(driver.screenshot("language-pseudo-chooser").with_name("language-chooser.png")))
    close_modal(driver)

    driver.key(Qt.Key.Key_F1)
    opened(driver, QMessageBox)
    data.add(driver.window.windowTitle().split("—")[0].strip())
    check(driver, data, "about")
    close_modal(driver)


@pytest.mark.usefixtures("in_pseudo")
def test_every_word_of_the_conflicts_goes_through_the_translator(scanning: Driver) -> None:
    speak_pseudo(scanning)
    data = demo_data(scanning)
    make_conflict(scanning, "invalid_quantity")
    check(scanning, data, "scanning, a line refused")
    dialog = open_dialog(scanning)
    check(scanning, data, "conflicts, the supervisor's PIN")
    authorise(scanning, dialog)
    at_desk(scanning, dialog)
    check(scanning, data, "conflicts, the desk")
    close_modal(scanning)


@pytest.mark.usefixtures("in_pseudo")
def test_every_word_a_supervisor_reads_goes_through_the_translator(driver: Driver) -> None:
    speak_pseudo(driver)
    data = demo_data(driver)
    driver.log_in("supervisor", "9999")
    driver.key(Qt.Key.Key_F7)
    view = driver.window.supervisor_view
    driver.until(lambda: view.isVisible() and view.message.isVisible())
    check(driver, data, "supervisor view")


# --- (b) switching language while the station runs ------------------------------------------------


def marked_catalogue(folder: Path) -> None:
    """Every message translated into ``«language» source`` (each plural form too), built into a .qm."""
    for language in ("es", "hi"):
        tree = ET.parse(translations.ts_file(language))
        for message in tree.getroot().iter("message"):
            translation = message.find("translation")
            if translation is None:
                continue
            source = message.findtext("source") or ""
            translation.attrib.pop("type", None)
            forms = translation.findall("numerusform")
            for form in forms:
                form.text = f"«{language}» {source}"
            if not forms:
                translation.text = f"«{language}» {source}"
        tree.write(translations.ts_file(language, folder), encoding="utf-8", xml_declaration=True)
    translations.release(folder, ["es", "hi"])


def static_texts(driver: Driver) -> list[tuple[str, str]]:
    """The labels, buttons, titles, placeholders and headers that say words: on screen, and on the screens of
    the window's stack that are not showing now."""
    stack = driver.window.stack
    pages = [
        page
        for n in range(stack.count())
        if (page := stack.widget(n)) is not None and page is not stack.currentWidget()
    ]
    shown = [(where, text) for widget in on_screen(driver) for where, text in texts(widget)]
    behind = [(where, text) for page in pages for where, text in texts(page, behind=True)]
    return [(where, text) for where, text in shown + behind if LETTER.search(text)]


def speaking(driver: Driver, language: str, data: set[str]) -> Callable[[], list[str]]:
    def wrong() -> list[str]:
        found = []
        for where, text in static_texts(driver):
            if text in QT_OWN or text in LANGUAGES.values():
                continue
            left = DATA.sub(" ", text)
            for value in sorted(data, key=len, reverse=True):
                left = left.replace(value, " ")
            other = {mark for mark in re.findall(r"«(\w+)»", text)} - {language}
            if other or (language != "en" and LETTER.search(left) and f"«{language}»" not in text):
                found.append(f"{where}: {text!r}")
        return found

    return wrong


def test_switching_language_says_every_open_screen_again(driver: Driver, tmp_path: Path) -> None:
    marked_catalogue(tmp_path)
    languages = driver.window.languages
    languages.translations = tmp_path
    data = demo_data(driver)
    driver.log_in()
    driver.open_rack("G-R01")
    driver.scan(plain_barcodes(driver)[0])
    driver.key(Qt.Key.Key_F10)
    opened(driver, ReviewView)
    try:
        for language in ("es", "hi", "en"):
            languages.switch(language)
            driver.app.processEvents()
            driver.app.processEvents()
            wrong = speaking(driver, language, data)()
            assert not wrong, f"after switching to {language}, still in another language:\n" + "\n".join(wrong)
            title = driver.window.windowTitle()
            assert ("«" in title) == (language != "en"), title
    finally:
        close_modal(driver)
        use("en")


def test_the_language_chosen_is_kept_for_the_station(driver: Driver, tmp_path: Path) -> None:
    from station import preferences
    from station.ui.language import Languages

    folder = tmp_path / "data"
    first = Languages(folder=folder)
    first.switch("es")
    assert preferences.load(folder).language == "es"
    assert Languages(folder=folder).current == "es"  # the next start speaks it too
    assert Languages(setting="hi").current == "hi"  # IT's setting, when nobody chose
    use("en")


def test_a_language_is_chosen_by_keys_on_the_log_in_screen_and_anywhere_with_ctrl_l(
    driver: Driver, tmp_path: Path
) -> None:
    marked_catalogue(tmp_path)
    languages = driver.window.languages
    languages.translations = tmp_path
    login = driver.window.login_view
    try:
        login.language.setFocus()  # Tab from the PIN
        driver.key(Qt.Key.Key_Down)
        driver.until(lambda: languages.current == "hi")
        driver.until(lambda: login.hint.text().startswith("«hi»"))
        assert login.language.currentText() == "हिन्दी"
        driver.log_in()
        driver.key(Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
        chooser = opened(driver, LanguageDialog)
        assert chooser.list.currentItem().text() == "हिन्दी"  # the one spoken now
        driver.key(Qt.Key.Key_Down)
        driver.key(Qt.Key.Key_Return)
        driver.until(lambda: languages.current == "es")
        driver.until(lambda: driver.window.floors_view.title.text().startswith("«es»"))
        assert login.language.currentText() == "Español"  # the picker follows
        driver.key(Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
        opened(driver, LanguageDialog)
        driver.key(Qt.Key.Key_Escape)  # as it was
        driver.until(lambda: QApplication.activeModalWidget() is None)
        assert languages.current == "es"
    finally:
        use("en")


DEVANAGARI = re.compile(r"[\u0900-\u097F]")


def test_a_counter_logs_in_and_counts_in_hindi_from_the_shipped_catalogue(driver: Driver) -> None:
    """The real Hindi catalogue: the log-in and scanning screens say their words in Hindi (the README's
    screenshots come from here), and no static word of either is left in English."""
    languages = driver.window.languages
    try:
        languages.switch("hi")
        driver.app.processEvents()
        login = driver.window.login_view
        assert DEVANAGARI.search(login.hint.text()), login.hint.text()
        assert DEVANAGARI.search(login.user.placeholderText()), login.user.placeholderText()
        driver.desk_screenshot("hindi-login")
        driver.log_in()
        driver.open_rack("G-R01")
        for code in plain_barcodes(driver)[:3]:
            driver.scan(code)
        driver.scan(plain_barcodes(driver)[0])
        scan_view = driver.window.scan_view
        assert DEVANAGARI.search(scan_view.message.text()), scan_view.message.text()
        assert DEVANAGARI.search(scan_view.hint.text()), scan_view.hint.text()
        headers = [
            str(scan_view.model.headerData(column, Qt.Orientation.Horizontal))
            for column in range(scan_view.model.columnCount())
        ]
        assert sum(bool(DEVANAGARI.search(header)) for header in headers) >= len(headers) - 1, headers
        window = driver.window  # the screenshot once the screen says so too: four counted, every line ticked
        driver.until(lambda: window.waiting == 0 and scan_view.stats.values["total"].text() == "4")
        driver.until(
            lambda: all(scan_view.model.index(row, SENT).data() == "✓" for row in range(scan_view.model.rowCount()))
        )
        driver.desk_screenshot("hindi-scanning")
    finally:
        use("en")
