"""Benchmark rows, percentiles, and the one table every benchmark prints."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass


@dataclass(frozen=True)
class Row:
    """One measured number beside the limit measured in the same run.

    ``limit`` is the raw operation underneath (a bare SQLite commit, a bare Redis round trip); ``ratio``
    is value / limit. ``target`` says what we hold ourselves to, in words.
    """

    metric: str
    value: float
    unit: str
    limit: float | None = None
    limit_name: str = ""
    target: str = ""
    met: bool | None = None

    @property
    def ratio(self) -> float | None:
        return self.value / self.limit if self.limit else None

    def as_dict(self) -> dict[str, object]:
        return {**asdict(self), "ratio": self.ratio}


def timed(operation: Callable[[], object], repeat: int, warmup: int = 10) -> list[float]:
    """Milliseconds each call of ``operation`` took, after ``warmup`` untimed calls."""
    for _ in range(warmup):
        operation()
    samples = []
    for _ in range(repeat):
        started = time.perf_counter()
        operation()
        samples.append((time.perf_counter() - started) * 1000)
    return samples


def interleaved(
    operation: Callable[[], object], floor: Callable[[], object], repeat: int, warmup: int = 10
) -> tuple[list[float], list[float]]:
    """Milliseconds of ``operation`` and of ``floor``, called alternately.

    Taking the two in turns puts both under the same conditions (a noisy neighbour, a CPU that
    changes speed), so their ratio means more than that of two runs minutes apart.
    """
    ops: list[float] = []
    floors: list[float] = []
    for n in range(warmup + repeat):
        for samples, call in ((ops, operation), (floors, floor)):
            started = time.perf_counter()
            call()
            if n >= warmup:
                samples.append((time.perf_counter() - started) * 1000)
    return ops, floors


def percentile(samples: list[float], p: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, max(0, round(p / 100 * (len(ordered) - 1))))]


def p50(samples: list[float]) -> float:
    return statistics.median(samples)


def render(rows: list[Row]) -> str:
    """A Markdown table: metric, value, limit, ratio, target."""
    lines = ["| metric | value | limit (same run) | ratio | target |", "|---|---|---|---|---|"]
    for row in rows:
        limit = f"{row.limit:.2f} {row.unit} ({row.limit_name})" if row.limit else "—"
        ratio = f"{row.ratio:.2f}×" if row.ratio is not None else "—"
        verdict = "" if row.met is None else (" ✓" if row.met else " ✗")
        lines.append(f"| {row.metric} | {row.value:.2f} {row.unit} | {limit} | {ratio} | {row.target}{verdict} |")
    return "\n".join(lines)
