"""How far a count may differ from the books: the warehouse's tolerance, each category's own, and the judgement."""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError


class Rule(BaseModel):
    """Over tolerance: a difference of more than ``units`` pieces AND more than ``percent`` of the expected
    quantity (so a few pieces off a small line, or a small share of a large one, pass)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    percent: float = Field(5.0, ge=0, le=1000)
    units: int = Field(2, ge=0, le=1_000_000)

    def exceeded(self, expected: int, counted: int) -> bool:
        difference = abs(counted - expected)
        return difference > self.units and difference * 100 > self.percent * max(expected, 0)


class Tolerances(BaseModel):
    """The warehouse's rule, and rules for item categories that differ (``Electronics``: none at all)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    default: Rule = Field(default_factory=Rule)
    categories: dict[str, Rule] = Field(default_factory=dict)
    recount: bool = True
    """Whether a rack finished over tolerance goes to a recount on its own (else only a supervisor sends it)."""

    def rule(self, category: str | None) -> Rule:
        return self.categories.get(category or "", self.default)

    def exceeded(self, category: str | None, expected: int, counted: int) -> bool:
        return self.rule(category).exceeded(expected, counted)


class BadTolerances(ValueError):
    """A tolerances file that cannot be used, as one sentence."""


def load(path: Path) -> Tolerances:
    """Read a tolerances file (TOML)::

        percent = 5          # the warehouse's rule
        units = 2
        recount = true       # racks finished over tolerance go to a recount on their own
        [categories.Electronics]
        percent = 0
        units = 0

    Raises:
        BadTolerances: the file cannot be read, is not TOML, or holds a value out of range.
    """
    try:
        document: dict[str, Any] = tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise BadTolerances(f"the tolerances file {path} cannot be read ({exc.strerror})") from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise BadTolerances(f"the tolerances file {path} is not valid TOML ({exc})") from None
    categories = document.pop("categories", {})
    recount = document.pop("recount", True)
    try:
        return Tolerances(default=Rule.model_validate(document), categories=categories, recount=recount)
    except ValidationError as exc:
        error = exc.errors()[0]
        where = ".".join(str(part) for part in error["loc"])
        raise BadTolerances(f"the tolerances file {path} is not valid: {where}: {error['msg']}") from None
