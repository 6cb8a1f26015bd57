"""Numbers, dates and times as the station's language writes them (QLocale's default, set with the language)."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QDateTime, QLocale


def number(value: float, *, signed: bool = False) -> str:
    """``value`` in the current locale, like Python's ``:g`` (17.0 → "17", 2.5 → "2,5" in Spanish);
    ``signed`` puts a sign before a positive number too."""
    locale = QLocale()
    text = locale.toString(int(value)) if float(value).is_integer() else locale.toString(float(value), "g", 6)
    return locale.positiveSign() + text if signed and value > 0 else text


def short_time(when: datetime) -> str:
    """The time of day of ``when`` (local), as the locale writes it short ("14:05", "2:05 PM")."""
    return QLocale().toString(_local(when).time(), QLocale.FormatType.ShortFormat)


def short_date_time(when: datetime) -> str:
    """The date and time of ``when`` (local), as the locale writes them short."""
    return QLocale().toString(_local(when), QLocale.FormatType.ShortFormat)


def _local(when: datetime) -> QDateTime:
    return QDateTime.fromMSecsSinceEpoch(round(when.timestamp() * 1000))
