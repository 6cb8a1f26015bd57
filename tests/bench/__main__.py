"""``python -m tests.bench``: run every benchmark, print one table, write it as JSON."""

from __future__ import annotations

import argparse
import importlib
import json
import pkgutil
import sys
import time
from pathlib import Path

import tests.bench
from tests.bench.table import Row, render


def main() -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.bench", description=__doc__)
    parser.add_argument("only", nargs="*", help="run only these benchmarks (e.g. server)")
    parser.add_argument("--json", type=Path, default=Path("bench-results.json"), help="where to write the results")
    args = parser.parse_args()
    names = sorted(m.name for m in pkgutil.iter_modules(tests.bench.__path__) if m.name.startswith("bench_"))
    chosen = [n for n in names if not args.only or n.removeprefix("bench_") in args.only]
    rows: list[Row] = []
    for name in chosen:
        started = time.perf_counter()
        print(f"running {name} …", file=sys.stderr, flush=True)
        rows.extend(importlib.import_module(f"tests.bench.{name}").run())
        print(f"  {name} took {time.perf_counter() - started:.1f} s", file=sys.stderr, flush=True)
    print(render(rows))
    args.json.write_text(json.dumps([row.as_dict() for row in rows], indent=2) + "\n", encoding="utf-8")
    print(f"\nwritten to {args.json}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
