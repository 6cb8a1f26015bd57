"""What build this is: the version, and for an installed build the commit and date it was made from."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from station import __version__


def stamp_file() -> Path:
    """``build.json``, written by packaging/build.py into the bundle beside the package."""
    frozen = getattr(sys, "_MEIPASS", None)
    return Path(frozen) / "station" / "build.json" if frozen else Path(__file__).with_name("build.json")


def describe() -> str:
    """``0.1.0``, or ``0.1.0 (commit 1a2b3c4, built 2026-11-28 16:20 UTC)`` for a packaged build."""
    try:
        info = json.loads(stamp_file().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return __version__
    return f"{info.get('version', __version__)} (commit {info.get('commit', '?')}, built {info.get('built_at', '?')})"
