"""The ``station`` command: parse the command line, load settings, set up logging, run."""

from __future__ import annotations

import argparse
import logging
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from station import __version__
from station.build_info import describe
from station.config import ConfigError, LoadedSettings, Settings, load_settings, setting_keys
from station.i18n import translate
from station.logs import setup_logging
from station.paths import StationPaths

log = logging.getLogger(__name__)

EXIT_OK = 0
EXIT_USAGE = 2


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="station",
        description="Station: stock-take counting for warehouses. Counts rack by rack, offline first.",
        epilog="Every setting can also be given in the configuration file or as STATION_<SECTION>_<KEY>.",
    )
    parser.add_argument("--version", action="version", version=f"station {describe()}")
    parser.add_argument(
        "--demo",
        action="store_true",
        help="run against the built-in reference server with demo data (training, evaluation)",
    )
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="log in, claim a rack, scan 10 items, sync and release against the built-in server, offscreen, "
        "in a temporary folder; exit 0 when all of it works",
    )
    _common_options(parser, suppress=False)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", title="commands for support staff")
    status = commands.add_parser("status", help="what is waiting to sync, conflicts, the active session")
    status.add_argument("--json", action="store_true", help="print it as JSON")
    _common_options(status, suppress=True)
    sync = commands.add_parser("sync", help="send what is waiting now; exit 0 when nothing is left")
    sync.add_argument("--timeout", type=float, default=60.0, metavar="S", help="give up after S seconds (60)")
    sync.add_argument("--user", metavar="NAME", help="send as this user (asks for the password or PIN)")
    _common_options(sync, suppress=True)
    return parser


def _common_options(parser: argparse.ArgumentParser, *, suppress: bool) -> None:
    """Options that go before or after a command; after it they are given with no defaults of their own."""
    unset: dict[str, Any] = {"default": argparse.SUPPRESS} if suppress else {}
    parser.add_argument("--server-url", metavar="URL", help="the StockVerify or station-server address", **unset)
    parser.add_argument(
        "--station-name", metavar="NAME", help="this workstation's name, as supervisors see it", **unset
    )
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        help="keep data, logs and configuration under DIR instead of the platform's folders",
        **unset,
    )
    parser.add_argument("--config", metavar="FILE", type=Path, help="read settings from FILE", **unset)
    parser.add_argument(
        "--set",
        metavar="KEY=VALUE",
        action="append",
        dest="settings",
        help=f"set any setting, e.g. --set sync.batch_size=50 (keys: {', '.join(setting_keys())})",
        **(unset or {"default": []}),
    )
    parser.add_argument(
        "--log-level",
        choices=["DEBUG", "INFO", "WARNING", "ERROR"],
        type=str.upper,
        help="how much to log (default INFO)",
        **unset,
    )


def overrides_from(args: argparse.Namespace) -> dict[str, tuple[Any, str]]:
    """The settings the command line gives, each with the flag that gave it."""
    overrides: dict[str, tuple[Any, str]] = {}
    for item in args.settings:
        key, sep, value = item.partition("=")
        if not sep or not key.strip():
            raise ConfigError(
                translate("cli", "--set {item} must look like --set section.key=value.").format(item=item)
            )
        overrides[key.strip()] = (value, f"--set {key.strip()}")
    named = {"server.url": "--server-url", "station.name": "--station-name", "logging.level": "--log-level"}
    for key, flag in named.items():
        value = getattr(args, flag.removeprefix("--").replace("-", "_"))
        if value is not None:
            overrides[key] = (value, flag)
    return overrides


def prepare(args: argparse.Namespace) -> tuple[StationPaths, LoadedSettings]:
    """Resolve folders, load settings and start logging.

    Raises:
        ConfigError: for bad settings or folders that cannot be written.
    """
    paths = StationPaths.resolve(args.data_dir)
    try:
        paths.ensure()
    except OSError as exc:
        raise ConfigError(
            translate(
                "cli", "Station cannot write to its folders under {folder} ({why}). Choose another with --data-dir."
            ).format(folder=paths.data.parent, why=exc.strerror or exc)
        ) from None
    loaded = load_settings(paths, config_file=args.config, overrides=overrides_from(args))
    answers = getattr(args, "command", None) or getattr(args, "self_test", False)
    quiet = "WARNING" if answers else None  # a command's output is its answer
    setup_logging(paths.log_file, loaded.settings.logging.level, stream_level=quiet)
    for warning in loaded.warnings:
        log.warning("%s", warning)
    log.info("station %s; data in %s; settings from %s", __version__, paths.data, loaded.config_file)
    return paths, loaded


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``station`` command."""
    args = build_parser().parse_args(argv)
    scratch = None
    if args.self_test:  # a real station's data and settings are never touched, whatever --data-dir says
        scratch = tempfile.TemporaryDirectory(prefix="station-self-test-")
        args.data_dir = scratch.name
    try:
        paths, loaded = prepare(args)
    except ConfigError as exc:
        print(f"station: {exc.sentence}", file=sys.stderr)
        return EXIT_USAGE
    if args.command in ("status", "sync"):
        return _headless(args, paths, loaded.settings)
    if args.self_test:
        from station.selftest import run_self_test

        try:
            return run_self_test(paths.data)
        finally:
            if scratch is not None:
                logging.shutdown()
                scratch.cleanup()
    from station.ui.first_screen import application, first_screen  # the log-in screen paints first…

    settings = loaded.settings
    window = first_screen(
        application(), settings.station.name, settings.station.language, settings.feedback.theme, paths.data
    )
    from station.app import run  # …then the rest of the station is imported and attached to it

    return run(paths, settings, demo=args.demo, window=window)


def _headless(args: argparse.Namespace, paths: StationPaths, settings: Settings) -> int:
    from station import commands
    from station.store.database import open_store
    from station.store.errors import StoreError

    try:
        store = open_store(paths.database)
    except StoreError as exc:
        print(f"station: {exc.sentence}", file=sys.stderr)
        return EXIT_USAGE
    try:
        if args.command == "status":
            return commands.status(store, settings, paths, as_json=args.json)
        return commands.sync(store, settings, user=args.user, timeout_s=args.timeout)
    except StoreError as exc:
        print(f"station: {exc.sentence}", file=sys.stderr)
        return commands.EXIT_LEFT
    finally:
        store.close()


if __name__ == "__main__":
    sys.exit(main())
