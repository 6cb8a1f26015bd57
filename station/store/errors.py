"""Store errors in two kinds: known ones with a sentence for the person, and bugs that propagate."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy.exc import DBAPIError

from station.i18n import translate


class StoreError(Exception):
    """A failure of the local database that a person can understand and act on.

    Attributes:
        kind: ``locked``, ``disk_full``, ``read_only``, ``corrupt`` or ``newer_schema``.
        sentence: what happened and what to do.
    """

    def __init__(self, kind: str, sentence: str) -> None:
        super().__init__(sentence)
        self.kind = kind
        self.sentence = sentence


def known_error(exc: BaseException, path: Path) -> StoreError | None:
    """The known error ``exc`` stands for, or ``None`` when it is a bug."""
    cause = exc.orig if isinstance(exc, DBAPIError) else exc
    if not isinstance(cause, sqlite3.Error):
        return None
    code = getattr(cause, "sqlite_errorcode", None)
    text = str(cause).lower()
    if code == sqlite3.SQLITE_FULL or "disk is full" in text or "disk or database is full" in text:
        return StoreError(
            "disk_full",
            translate(
                "store_errors",
                "The disk holding the station's data ({folder}) is full, so the last scan was not saved. "
                "Free some space; everything counted before is safe.",
            ).format(folder=path.parent),
        )
    if code in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED) or "database is locked" in text:
        return busy()
    if code == sqlite3.SQLITE_READONLY or "readonly" in text or "read-only" in text:
        return StoreError(
            "read_only",
            translate(
                "store_errors", "The station cannot write to its data folder ({folder}). Ask IT to allow writing there."
            ).format(folder=path.parent),
        )
    if code in (sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB) or "malformed" in text or "not a database" in text:
        return StoreError(
            "corrupt",
            translate(
                "store_errors",
                "The station's database is damaged. Restart Station: it will keep the damaged file aside and "
                "start a fresh one.",
            ),
        )
    if code == sqlite3.SQLITE_IOERR or "disk i/o error" in text:
        return StoreError(
            "io_error",
            translate(
                "store_errors", "The disk holding the station's data ({folder}) reported an error. Ask IT to check it."
            ).format(folder=path.parent),
        )
    return None


def busy() -> StoreError:
    """The database stayed locked longer than a writer waits for it."""
    return StoreError(
        "locked",
        translate(
            "store_errors",
            "The station's database is busy (another Station may be running on this computer). Close it and try again.",
        ),
    )


@contextmanager
def translated(path: Path) -> Iterator[None]:
    """Turn known SQLite failures into ``StoreError``; let everything else (bugs) through."""
    try:
        yield
    except (DBAPIError, sqlite3.Error) as exc:
        known = known_error(exc, path)
        if known is None:
            raise
        raise known from exc
