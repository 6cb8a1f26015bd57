"""Sentences kept in the station's database in no language: written as ``said.translate(...)``, read back translated.

A sentence stored in SQLite (why a line or a supervisor's decision was not sent) must read in the language the
station speaks when it is shown, not the one it spoke when it was written. ``translate`` here takes the same
arguments as ``station.i18n.translate`` (so ``pyside6-lupdate`` finds the source text) but answers a ``Said``:
``str(said)`` is the sentence in the current language, ``kept(said)`` a language-neutral form for the database,
and ``readable(kept)`` the sentence again, in the language of the moment. Anything that is not a kept form (the
server's own words, rows written before this) reads as it is.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from station.i18n import translate as _translate

_MARK = "said"
"""The key of a kept form: ``{"said": [context, source, n, {name: value}]}``."""


@dataclass(frozen=True)
class Said:
    """A sentence and what it takes to say it in any language: its source text, its count, its placeholders."""

    context: str
    source: str
    n: int = -1
    params: dict[str, Said | str] = field(default_factory=dict)

    def format(self, **params: object) -> Said:
        """The sentence with its ``{placeholders}`` filled (values that are ``Said`` stay translatable)."""
        values = {name: value if isinstance(value, Said) else str(value) for name, value in params.items()}
        return Said(self.context, self.source, self.n, {**self.params, **values})

    def __str__(self) -> str:
        text = _translate(self.context, self.source, None, self.n)
        return text.format(**{name: str(value) for name, value in self.params.items()}) if self.params else text

    def _plain(self) -> list[Any]:
        params = {
            name: {_MARK: value._plain()} if isinstance(value, Said) else value for name, value in self.params.items()
        }
        return [self.context, self.source, self.n, params]


def translate(context: str, source: str, disambiguation: str | None = None, n: int = -1) -> Said:
    """``source`` as a ``Said``: translated each time it is shown (``disambiguation`` is for lupdate only)."""
    return Said(context, source, n)


def kept(sentence: Said | str) -> str:
    """What the database keeps of ``sentence``: a neutral form for a ``Said``, the text itself for anything else."""
    if isinstance(sentence, Said):
        return json.dumps({_MARK: sentence._plain()}, ensure_ascii=False)
    return sentence


def readable(stored: str | None) -> str:
    """A kept sentence in the language of the moment ("" for none); plain text as it is."""
    if not stored:
        return ""
    if not stored.startswith('{"' + _MARK + '"'):
        return stored
    try:
        return str(_from_plain(json.loads(stored)[_MARK]))
    except (ValueError, KeyError, TypeError, IndexError):
        return stored


def _from_plain(plain: list[Any]) -> Said:
    context, source, n, params = plain
    values = {
        name: _from_plain(value[_MARK]) if isinstance(value, dict) else str(value) for name, value in params.items()
    }
    return Said(str(context), str(source), int(n), values)
