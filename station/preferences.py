"""What a station's counters chose at the keyboard — language, text size — kept in its data folder.

Settings (``station.toml``) are IT's and read-only to the app; preferences are the people's: changed
from the keyboard, kept per station across restarts, and never a reason not to start (a missing or
unreadable file gives the defaults, and a file that cannot be written is said in the log).
"""

from __future__ import annotations

import json
import logging
import os
import tempfile
from dataclasses import asdict, dataclass, replace
from pathlib import Path

log = logging.getLogger(__name__)

FILE_NAME = "preferences.json"
TEXT_SCALES = (0.8, 0.9, 1.0, 1.1, 1.25, 1.4, 1.6, 1.8, 2.0)
"""The text sizes Ctrl+- / Ctrl+= step through (1.0 is the theme's own size, Ctrl+0)."""


@dataclass(frozen=True)
class Preferences:
    """A station's preferences; ``language`` None follows the system's locale."""

    language: str | None = None
    text_scale: float = 1.0

    def with_language(self, language: str | None) -> Preferences:
        return replace(self, language=language)

    def larger(self) -> Preferences:
        bigger = [scale for scale in TEXT_SCALES if scale > self.text_scale + 1e-6]
        return replace(self, text_scale=bigger[0] if bigger else TEXT_SCALES[-1])

    def smaller(self) -> Preferences:
        smaller = [scale for scale in TEXT_SCALES if scale < self.text_scale - 1e-6]
        return replace(self, text_scale=smaller[-1] if smaller else TEXT_SCALES[0])

    def default_size(self) -> Preferences:
        return replace(self, text_scale=1.0)


def load(folder: Path) -> Preferences:
    """The preferences kept in ``folder``; the defaults when there are none or they cannot be read."""
    file = folder / FILE_NAME
    try:
        raw = json.loads(file.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return Preferences()
    except (OSError, ValueError) as exc:
        log.warning("preferences in %s cannot be read (%s); using the defaults", file, exc)
        return Preferences()
    language = raw.get("language") if isinstance(raw, dict) else None
    scale = raw.get("text_scale") if isinstance(raw, dict) else None
    return Preferences(
        language=language if isinstance(language, str) and language else None,
        text_scale=float(scale)
        if isinstance(scale, int | float) and TEXT_SCALES[0] <= scale <= TEXT_SCALES[-1]
        else 1.0,
    )


def save(folder: Path, preferences: Preferences) -> bool:
    """Keep ``preferences`` in ``folder`` (atomically); False, logged, when the disk refuses."""
    temporary: str | None = None
    try:
        folder.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(prefix=".preferences-", dir=folder)
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            json.dump(asdict(preferences), out)
        os.replace(temporary, folder / FILE_NAME)
    except OSError as exc:
        log.warning("preferences cannot be kept in %s (%s)", folder, exc)
        if temporary is not None:
            Path(temporary).unlink(missing_ok=True)
        return False
    return True
