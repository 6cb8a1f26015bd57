"""Words a person reads, in their language: one ``translate`` for every layer, Qt's translator behind it.

Every user-facing sentence is written as ``translate("context", "Source text {name}")`` and formatted
after translation (``.format(name=...)``), so translators move the placeholders where their grammar
wants them. A count that decides the wording is passed as ``n`` (fourth positional argument, as Qt's
``QCoreApplication.translate`` takes it) and written as ``%n`` in the source: ``translate("scan", "%n
scans kept", None, count)``. Text defined before any language is chosen (tables of labels at module
level) is marked with ``QT_TRANSLATE_NOOP("context", "text")`` and translated where it is shown with
``translate("context", label)``.

``pyside6-lupdate`` finds these calls by name (positional arguments only: it skips ``n=``), and
``station.translations`` builds the ``.ts`` and ``.qm`` files under ``resources/translations``.
English is the source text itself; where a count decides the English words, the source says both, as Qt's
sources do: ``%n line(s)`` (a noun: "1 line", "2 lines") and ``[waits|wait]`` (one | other: a verb).
This module is plain Python so that the domain, the store and the client may use it; the application
installs Qt's translator as the backend when it starts (``station.ui.language``).
"""

from __future__ import annotations

import re
from collections.abc import Callable

Backend = Callable[[str, str, str | None, int], str]
"""``(context, source, disambiguation, n)`` → the text in the current language, ``%n`` replaced."""


_CHOICE = re.compile(r"\[([^\[\]|]*)\|([^\[\]|]*)\]")
"""``[one|other]`` in a counted source: the English words for a count of 1, and for any other."""


def untranslated(context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
    """The source text itself, with ``%n`` replaced by the count and its English plurals chosen by it
    (``(s)`` and ``[one|other]``): what a station shows in English."""
    if n < 0:
        return source
    one = n == 1
    text = _CHOICE.sub(lambda choice: choice.group(1 if one else 2), source).replace("(s)", "" if one else "s")
    return text.replace("%n", str(n))


_backend: Backend = untranslated


def translate(context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``source`` in the language the station speaks now."""
    return _backend(context, source, disambiguation, n)


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:  # noqa: N802 - the name pyside6-lupdate looks for
    """Mark ``source`` for translation where it is shown, with ``translate(context, source)``."""
    return source


def install(backend: Backend) -> Backend:
    """Make ``backend`` the translator of every layer; the one it replaces."""
    global _backend
    previous, _backend = _backend, backend
    return previous


def reset() -> None:
    """Back to English (the source texts)."""
    install(untranslated)
