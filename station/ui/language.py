"""The language a station speaks: chosen, loaded as Qt translators, and switched while the station runs.

The choice: a counter's preference > ``station.language`` (station.toml) > the system's language > English.

Switching removes the old translators and installs the new ones; Qt then sends ``QEvent.LanguageChange``
to every widget, and each screen says its words again (its ``retranslate``). ``station.i18n`` is pointed at
``QCoreApplication.translate``, so every layer's sentences follow too.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QObject, QTranslator, Signal
from PySide6.QtGui import QGuiApplication

from station import i18n, preferences
from station.resources import resources_dir

log = logging.getLogger(__name__)

LANGUAGES = {"en": "English", "hi": "हिन्दी", "es": "Español"}
"""The languages offered, by code, each named in itself (a counter finds their own without reading English)."""
DEFAULT = "en"
AUTO = "auto"
"""``station.language = "auto"``: the system's language, when the station speaks it."""

_installed: list[QTranslator] = []
"""The translators in the application now (one application, one language: kept here, not per window)."""


def qt_translate(context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``station.i18n``'s backend: Qt's translators (``%n`` replaced by the count); a sentence not translated
    is English, its plurals chosen by the count (``%n line(s)``, ``[was|were]``) as ``i18n.untranslated`` does."""
    said = QCoreApplication.translate(context, source, disambiguation, n)
    if said == (source.replace("%n", str(n)) if n >= 0 else source):
        return i18n.untranslated(context, source, disambiguation, n)
    return said


def choose(preferred: str | None, setting: str = AUTO, system: QLocale | None = None) -> str:
    """The language to speak: the counters' choice, else IT's setting, else the system's, else English."""
    for code in (preferred, None if setting == AUTO else setting):
        if code and code in LANGUAGES:
            return code
        if code:
            log.warning("the station does not speak %r; the languages are %s", code, ", ".join(LANGUAGES))
    spoken = (system or QLocale.system()).name().split("_")[0]
    return spoken if spoken in LANGUAGES else DEFAULT


def use(code: str, folder: Path | None = None) -> str:
    """Speak ``code`` from now on (every widget is told); the language spoken (English when unknown)."""
    code = code if code in LANGUAGES else DEFAULT
    app = QCoreApplication.instance()
    folder = folder or resources_dir() / "translations"
    translators = []
    for name, where in (
        (f"station_{code}", folder),
        (f"qtbase_{code}", Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))),
    ):
        translator = QTranslator()
        if translator.load(name, str(where)):
            translators.append(translator)
        elif name.startswith("station_") and code != DEFAULT:  # English is the source: no catalogue
            log.warning("no translation %s in %s: the station shows English", name, where)
    locale = QLocale(code)
    QLocale.setDefault(locale)
    i18n.install(qt_translate)
    if app is not None:
        while _installed:
            app.removeTranslator(_installed.pop())
        for translator in translators:
            app.installTranslator(translator)  # each sends LanguageChange to every widget
            _installed.append(translator)
        if isinstance(app, QGuiApplication):
            app.setLayoutDirection(locale.textDirection())
    return code


class Languages(QObject):
    """The station's language, switched at the keyboard and kept in its preferences (when it has a folder).

    Signals:
        changed(code): the station speaks another language now.
    """

    changed = Signal(str)

    def __init__(self, setting: str = AUTO, folder: Path | None = None, translations: Path | None = None) -> None:
        super().__init__()
        self.folder = folder
        self.translations = translations
        """Where the ``.qm`` files are (``resources/translations`` unless given)."""
        kept = preferences.load(folder).language if folder is not None else None
        self.current = use(choose(kept, setting), translations)

    def switch(self, code: str) -> None:
        """Speak ``code`` now and from the next start on."""
        if code == self.current or code not in LANGUAGES:
            return
        self.current = use(code, self.translations)
        if self.folder is not None:
            preferences.save(self.folder, preferences.load(self.folder).with_language(code))
        self.changed.emit(code)
