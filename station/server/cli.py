"""The ``station-server`` command."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from station import __version__


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="station-server",
        description="Station's reference server: the StockVerify contract over SQLite or PostgreSQL and Redis.",
    )
    parser.add_argument("--version", action="version", version=f"station-server {__version__}")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``station-server`` command."""
    build_parser().parse_args(argv)
    print(
        "station-server: the reference server is not built yet; only --version and --help work.",
        file=sys.stderr,
    )
    return 1


if __name__ == "__main__":
    sys.exit(main())
