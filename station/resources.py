"""Where the resources folder is: beside the package in a checkout, inside the bundle when frozen."""

from __future__ import annotations

import os
import sys
from pathlib import Path

RESOURCES_ENV = "STATION_RESOURCES"


def resources_dir() -> Path:
    """The ``resources/`` folder (themes, sounds, icons)."""
    override = os.environ.get(RESOURCES_ENV)
    if override:
        return Path(override)
    frozen = getattr(sys, "_MEIPASS", None)  # PyInstaller unpacks here
    if frozen:
        return Path(frozen) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"
