"""A screen's words kept as how to say them, so that they are said again when the language changes.

A view writes ``self.words.set(self.title, lambda: translate("x", "Rack {rack}").format(rack=...))``
instead of ``self.title.setText(...)``; on ``QEvent.LanguageChange`` its ``retranslate`` calls
``self.words.again()`` and every label, placeholder, title and tooltip is said in the new language,
from the state it shows now. A sentence that came ready-made (a server's, the session's) is set as a
plain string and stays as it is.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent

Say = Callable[[], str] | str


def said(say: Say) -> str:
    """The text ``say`` says now."""
    return say() if callable(say) else say


class Words:
    """What a view says where: (widget, setter) → how to say it."""

    def __init__(self) -> None:
        self._said: dict[tuple[int, str], tuple[Any, Say]] = {}

    def set(self, widget: Any, say: Say, setter: str = "setText") -> str:
        """Say ``say`` on ``widget`` through ``setter`` now, and again on a change of language; the text."""
        self._said[(id(widget), setter)] = (widget, say)
        text = say() if callable(say) else say
        getattr(widget, setter)(text)
        return text

    def said(self, widget: Any, setter: str = "setText") -> Say | None:
        """How ``widget`` is said now through ``setter`` (None: never set here)."""
        entry = self._said.get((id(widget), setter))
        return entry[1] if entry is not None else None

    def drop(self, widget: Any) -> None:
        """``widget`` is going: nothing more is said on it."""
        for key in [key for key in self._said if key[0] == id(widget)]:
            del self._said[key]

    def again(self) -> None:
        """The language changed: every text said again."""
        for (_key, setter), (widget, say) in list(self._said.items()):
            if callable(say):
                getattr(widget, setter)(say())


class SaysAgain:
    """Mixed into a widget (before its Qt class) that keeps its texts in ``self.words``: on a change of language
    Qt sends it ``QEvent.LanguageChange`` and it says everything again (``retranslate``, which a screen extends
    when it has more to say than its words: headers, a model, what it shows now)."""

    words: Words

    def retranslate(self) -> None:
        self.words.again()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)  # type: ignore[misc]
