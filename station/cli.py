"""The ``station`` command: parse the command line, load settings, set up logging, run."""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from station import __version__
from station.config import ConfigError, LoadedSettings, load_settings, setting_keys
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
    parser.add_argument("--version", action="version", version=f"station {__version__}")
    parser.add_argument(
        "--demo",
        action="store_true",
        help="run against the built-in reference server with demo data (training, evaluation)",
    )
    parser.add_argument("--server-url", metavar="URL", help="the StockVerify or station-server address")
    parser.add_argument("--station-name", metavar="NAME", help="this workstation's name, as supervisors see it")
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        help="keep data, logs and configuration under DIR instead of the platform's folders",
    )
    parser.add_argument("--config", metavar="FILE", type=Path, help="read settings from FILE")
    parser.add_argument(
        "--set",
        metavar="KEY=VALUE",
        action="append",
        default=[],
        dest="settings",
        help=f"set any setting, e.g. --set sync.batch_size=50 (keys: {', '.join(setting_keys())})",
    )
    parser.add_argument(
        "--log-level",
        choices=["DEBUG", "INFO", "WARNING", "ERROR"],
        type=str.upper,
        help="how much to log (default INFO)",
    )
    return parser


def overrides_from(args: argparse.Namespace) -> dict[str, tuple[Any, str]]:
    """The settings the command line gives, each with the flag that gave it."""
    overrides: dict[str, tuple[Any, str]] = {}
    for item in args.settings:
        key, sep, value = item.partition("=")
        if not sep or not key.strip():
            raise ConfigError(f"--set {item} must look like --set section.key=value.")
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
            f"Station cannot write to its folders under {paths.data.parent} ({exc.strerror or exc}). "
            "Choose another with --data-dir."
        ) from None
    loaded = load_settings(paths, config_file=args.config, overrides=overrides_from(args))
    setup_logging(paths.log_file, loaded.settings.logging.level)
    for warning in loaded.warnings:
        log.warning("%s", warning)
    log.info("station %s; data in %s; settings from %s", __version__, paths.data, loaded.config_file)
    return paths, loaded


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``station`` command."""
    args = build_parser().parse_args(argv)
    try:
        paths, loaded = prepare(args)
    except ConfigError as exc:
        print(f"station: {exc.sentence}", file=sys.stderr)
        return EXIT_USAGE
    print(
        "Station is installed and configured, but its counting screens are not built yet "
        f"(server: {loaded.settings.server.url}; data: {paths.data}). "
        "Run the tests to see what works so far."
    )
    return EXIT_OK


if __name__ == "__main__":
    sys.exit(main())
