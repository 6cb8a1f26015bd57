"""``station-server``'s entry point: ``export`` writes a report headless; everything else is the server's own command.

``station-server export --format pdf|xlsx|csv [--floor F] [--rack R] [--out PATH]`` reads the figures
with the same functions the oversight routes answer with, from the database the same settings name
(``--db``/``STATION_SERVER_DB``, ``--data-dir``, ``--tolerances``/``STATION_SERVER_TOLERANCES``), and
renders them with ``station.reports``. It lives outside ``station.server``, which never imports Qt.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from station.reports.sheets import Report
    from station.server.settings import ServerSettings

FORMATS = ("pdf", "xlsx", "csv")


def main(argv: Sequence[str] | None = None) -> int:
    """Hand ``export`` to ``export`` and anything else to ``station.server.cli.main``."""
    args = list(sys.argv[1:] if argv is None else argv)
    if args[:1] == ["export"]:
        return export(args[1:])
    from station.server.cli import main as serve

    return serve(args)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="station-server export",
        description="Write a report of the count from the server's database: the whole count's summary, one "
        "floor's variance (--floor) or one rack's count sheet (--rack).",
    )
    parser.add_argument("--format", choices=FORMATS, default="pdf", help="pdf (default), xlsx or csv")
    parser.add_argument("--floor", metavar="F", help="one floor's variance")
    parser.add_argument("--rack", metavar="R", help="one rack's count sheet")
    parser.add_argument("--out", metavar="PATH", help="the file to write (default: a name in the current folder)")
    parser.add_argument("--db", metavar="URL", help="sqlite:///FILE or postgresql+psycopg://USER@HOST/DB")
    parser.add_argument("--data-dir", metavar="DIR", help="the server's data folder (its database by default)")
    parser.add_argument("--tolerances", metavar="TOML", help="the tolerances the server runs with")
    return parser


class Refused(Exception):
    """Why no report was written, as one sentence."""


def export(argv: Sequence[str]) -> int:
    args = build_parser().parse_args(argv)
    if args.floor and args.rack:
        print("station-server export: give --floor or --rack, not both.", file=sys.stderr)
        return 2
    try:
        settings = _settings(args)
        report = read_report(settings, floor=args.floor, rack=args.rack)
        out = Path(args.out) if args.out else Path(f"{report.name.replace(' ', '-')}.{args.format}")
        from station.reports.files import write

        written = write(report, args.format, out)
    except Refused as exc:
        print(f"station-server export: {exc}", file=sys.stderr)
        return 2
    except OSError as exc:
        print(f"station-server export: cannot write {args.out or 'the report'} ({exc.strerror}).", file=sys.stderr)
        return 2
    print(written)
    return 0


def _settings(args: argparse.Namespace) -> ServerSettings:
    from pydantic import ValidationError

    from station.paths import StationPaths
    from station.server.settings import ENV_PREFIX, ServerSettings
    from station.server.tolerances import BadTolerances, Tolerances, load

    tolerances_file = args.tolerances or os.environ.get(f"{ENV_PREFIX}TOLERANCES")
    try:
        tolerances = load(Path(tolerances_file)) if tolerances_file else Tolerances()
        return ServerSettings(
            data_dir=StationPaths.resolve(args.data_dir).data,
            db_url=args.db or os.environ.get(f"{ENV_PREFIX}DB", ""),
            tolerances=tolerances,
        )
    except BadTolerances as exc:
        raise Refused(f"{exc}.") from None
    except ValidationError as exc:
        raise Refused(f"--db is not valid: {str(exc.errors()[0]['msg']).removeprefix('Value error, ')}.") from None


def read_report(settings: ServerSettings, *, floor: str | None = None, rack: str | None = None) -> Report:
    """The report asked for, read from the settings' database with the oversight routes' own functions."""
    from sqlalchemy.exc import SQLAlchemyError

    from station.reports import sheets
    from station.server import db, oversight_db, recounts_db, variance

    url = settings.database_url
    if url.startswith("sqlite") and not Path(url.removeprefix("sqlite:///")).exists():
        raise Refused(f"there is no database at {url.removeprefix('sqlite:///')}; give --db or --data-dir.")
    engine = db.make_engine(url)
    try:
        with engine.connect() as conn:
            if rack:
                found = variance.rack_variance(conn, rack, settings.tolerances)
                if found is None:
                    raise Refused(f"there is no rack {rack}.")
                recount = recounts_db.get(conn, rack)
                return sheets.rack_sheet(found, recounts_db.answer(conn, recount) if recount else None)
            if floor:
                floors = oversight_db.floor_variances(conn, settings.tolerances, floor)
                if not floors:
                    raise Refused(f"there is no floor {floor}.")
                return sheets.floor_report(floors[0])
            summary = oversight_db.summary(conn, settings.tolerances, time.time())
            return sheets.summary_report(summary, oversight_db.floor_variances(conn, settings.tolerances))
    except SQLAlchemyError as exc:
        cause = getattr(exc, "orig", None) or exc
        raise Refused(f"the database cannot be read ({type(cause).__name__}: {cause}).") from None
    finally:
        engine.dispose()


if __name__ == "__main__":
    sys.exit(main())
