"""Recorded server payloads from tests/fixtures/api."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

API_FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "api"


def payload(name: str) -> Any:
    """The recorded JSON payload ``name`` (without ``.json``)."""
    return json.loads((API_FIXTURES / f"{name}.json").read_text(encoding="utf-8"))
