"""The ``station-server`` command: check the settings, seed demo data if asked, serve with uvicorn."""

from __future__ import annotations

import argparse
import logging
import os
import socket
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from pydantic import ValidationError

from station import __version__
from station.logs import setup_logging
from station.paths import StationPaths
from station.server.settings import ENV_PREFIX, ServerSettings

if TYPE_CHECKING:
    from fastapi import FastAPI

# FastAPI, SQLAlchemy and uvicorn are imported where they are used, so that --version, --help and a
# refusal answer at once.

log = logging.getLogger(__name__)

KEEP_ALIVE_S = 30
"""Longer than a client keeps an idle connection (httpx: 5 s), so that the client always closes first:
otherwise a request sent on a connection the server is closing at that instant fails (a reset)."""

SETTINGS_ENV = "STATION_SERVER_SETTINGS_JSON"  # hands the settings to uvicorn's worker processes

MAX_HEADER_BYTES = 16 * 1024
"""Request line and headers together (uvicorn answers 400 beyond): a token and a few headers need far less."""

TUNABLES = {
    # flag: (setting, environment variable suffix, help)
    "--lease-ttl": ("lease_ttl_s", "LEASE_TTL", "seconds a rack lease lasts without a heartbeat (default 60)"),
    "--sweep-interval": ("sweep_interval_s", "SWEEP_INTERVAL", "seconds between sweeps for lapsed leases (default 2)"),
    "--token-ttl": ("token_ttl_s", "TOKEN_TTL", "seconds an access token lasts; stations renew it (default 900)"),
    "--login-ttl": ("refresh_ttl_s", "LOGIN_TTL", "seconds a log-in lasts unless logged out (default 43200)"),
    "--login-rate": ("login_rate_per_minute", "LOGIN_RATE", "log-in tries a minute from one address (default 30)"),
    "--body-timeout": ("body_timeout_s", "BODY_TIMEOUT", "seconds a request body may take to arrive (default 30)"),
}
"""Settings a warehouse (or a test) may change from the command line or the environment (STATION_SERVER_…)."""


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="station-server",
        description="Station's reference server: the StockVerify contract over SQLite or PostgreSQL, "
        "with leases and live events in memory or in Redis.",
        epilog=f"{ENV_PREFIX}DB, {ENV_PREFIX}REDIS and {ENV_PREFIX}SECRET stand in for --db, --redis and the "
        "token secret (generated once into the data folder when not given); "
        + ", ".join(f"{ENV_PREFIX}{env} for {flag}" for flag, (_, env, _) in TUNABLES.items())
        + f", {ENV_PREFIX}TOLERANCES for --tolerances, {ENV_PREFIX}SSL_CERTFILE and {ENV_PREFIX}SSL_KEYFILE for the "
        "TLS flags. Plain http belongs only on a trusted warehouse network. "
        "'station-server export --help' tells how to write a report of the count (PDF, XLSX, CSV).",
    )
    parser.add_argument("--version", action="version", version=f"station-server {__version__}")
    parser.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1)")
    parser.add_argument("--port", type=int, default=8000, help="port to listen on (default 8000)")
    parser.add_argument("--db", metavar="URL", help="sqlite:///FILE or postgresql+psycopg://USER@HOST/DB")
    parser.add_argument(
        "--redis", metavar="URL", help="redis://HOST:PORT/DB: share leases and events between processes"
    )
    parser.add_argument("--demo-data", action="store_true", help="seed an empty database with the demo warehouse")
    parser.add_argument("--workers", type=int, default=1, help="server processes (more than one needs --redis)")
    parser.add_argument("--data-dir", metavar="DIR", help="keep the database, secret and logs under DIR")
    parser.add_argument("--log-level", default="INFO", type=str.upper, choices=["DEBUG", "INFO", "WARNING", "ERROR"])
    for flag, (_, _, meaning) in TUNABLES.items():
        parser.add_argument(flag, metavar="N", help=meaning)
    parser.add_argument(
        "--tolerances", metavar="TOML", help="how far counts may differ from the books (docs/OVERSIGHT.md)"
    )
    parser.add_argument("--ssl-certfile", metavar="PEM", help="serve https with this certificate (chain)")
    parser.add_argument("--ssl-keyfile", metavar="PEM", help="the certificate's private key")
    return parser


class Refused(Exception):
    """A reason not to start, as one sentence."""


def settings_from(args: argparse.Namespace, paths: StationPaths) -> ServerSettings:
    env = os.environ
    tuned: dict[str, object] = {}
    names: dict[str, str] = {}
    for flag, (setting, suffix, _) in TUNABLES.items():
        value = getattr(args, flag.removeprefix("--").replace("-", "_")) or env.get(f"{ENV_PREFIX}{suffix}")
        if value:
            tuned[setting] = value
            names[setting] = flag if getattr(args, flag.removeprefix("--").replace("-", "_")) else ENV_PREFIX + suffix
    tolerances_file = args.tolerances or env.get(f"{ENV_PREFIX}TOLERANCES")
    if tolerances_file:
        from station.server.tolerances import BadTolerances, load

        try:
            tuned["tolerances"] = load(Path(tolerances_file))
        except BadTolerances as exc:
            raise Refused(f"{exc}.") from None
    try:
        return ServerSettings.model_validate(
            {
                "data_dir": paths.data,
                "db_url": args.db or env.get(f"{ENV_PREFIX}DB", ""),
                "redis_url": args.redis or env.get(f"{ENV_PREFIX}REDIS") or None,
                "secret": env.get(f"{ENV_PREFIX}SECRET", ""),
                **tuned,
            }
        ).with_secret()
    except ValidationError as exc:
        error = exc.errors()[0]
        where = names.get(str(error["loc"][0]), str(error["loc"][0]))
        raise Refused(f"{where} is not valid: {str(error['msg']).removeprefix('Value error, ')}.") from None
    except (OSError, ValueError) as exc:
        raise Refused(f"The token secret cannot be read or made: {exc}.") from None


def tls_files(args: argparse.Namespace) -> tuple[str, str] | None:
    """The certificate and key to serve https with, checked; ``None`` for plain http."""
    import ssl

    certfile = args.ssl_certfile or os.environ.get(f"{ENV_PREFIX}SSL_CERTFILE")
    keyfile = args.ssl_keyfile or os.environ.get(f"{ENV_PREFIX}SSL_KEYFILE")
    if not certfile and not keyfile:
        return None
    if not certfile or not keyfile:
        raise Refused("https needs both --ssl-certfile and --ssl-keyfile.")
    try:
        ssl.create_default_context(ssl.Purpose.CLIENT_AUTH).load_cert_chain(certfile, keyfile)
    except (OSError, ssl.SSLError) as exc:
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        raise Refused(f"The certificate {certfile} and key {keyfile} cannot be used ({reason}).") from None
    return certfile, keyfile


def check_port(host: str, port: int) -> None:
    """Refuse a port that is not one (0–65535) or that another program listens on, in a sentence."""
    if not 0 <= port <= 65535:
        raise Refused(f"--port {port} is not a port: choose one from 1 to 65535 (8000 by default).")
    try:
        with socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET) as probe:
            probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            probe.bind((host, port))
    except OSError as exc:
        raise Refused(f"Cannot listen on {host}:{port} ({exc.strerror}); choose another with --port.") from None


def prepare_database(settings: ServerSettings, *, demo: bool) -> None:
    """Create missing tables, and seed the demo warehouse into an empty database when asked."""
    from sqlalchemy.exc import SQLAlchemyError

    from station.server import db, demo_data

    engine = db.make_engine(settings.database_url)
    try:
        db.create_schema(engine)
        if demo and demo_data.is_empty(engine):
            started = time.perf_counter()
            labels = demo_data.seed(engine, time.time())
            demo_data.write_labels(settings.data_dir / "demo-labels.txt", labels)
            log.info("seeded the demo warehouse in %.2f s; practice labels in %s", time.perf_counter() - started,
                     settings.data_dir / "demo-labels.txt")  # fmt: skip
    except SQLAlchemyError as exc:
        cause = getattr(exc, "orig", None) or exc
        raise Refused(f"The database cannot be used ({type(cause).__name__}: {cause}).") from None
    finally:
        engine.dispose()


def check_redis(url: str) -> None:
    import redis

    client = redis.Redis.from_url(url, socket_connect_timeout=3)
    try:
        client.ping()
    except redis.RedisError as exc:
        raise Refused(f"Redis at {url} does not answer ({exc}); start it or leave out --redis.") from None
    finally:
        client.close()


def app_from_env() -> FastAPI:
    """The application for uvicorn's worker processes, from the settings the parent checked."""
    from station.server.app import create_app

    return create_app(ServerSettings.model_validate_json(os.environ[SETTINGS_ENV]))


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``station-server`` command."""
    args = build_parser().parse_args(argv)
    paths = StationPaths.resolve(args.data_dir)
    try:
        paths.ensure()
        setup_logging(paths.logs / "server.log", args.log_level)
        settings = settings_from(args, paths)
        if args.workers < 1:
            raise Refused("--workers counts server processes and must be at least 1.")
        if args.workers > 1 and not settings.redis_url:
            raise Refused("Several workers must share leases and events: add --redis redis://HOST:PORT/DB.")
        if settings.redis_url:
            check_redis(settings.redis_url)
        tls = tls_files(args)
        check_port(args.host, args.port)
        prepare_database(settings, demo=args.demo_data)
    except Refused as exc:
        print(f"station-server: {exc}", file=sys.stderr)
        return 2
    except OSError as exc:
        print(f"station-server: cannot write to {paths.data.parent} ({exc.strerror}).", file=sys.stderr)
        return 2
    import uvicorn

    scheme = "https" if tls else "http"
    print(f"station-server {__version__} listening on {scheme}://{args.host}:{args.port}", flush=True)
    if tls is None and args.host not in ("127.0.0.1", "::1", "localhost"):
        log.warning("serving plain http on %s: use it only on a trusted warehouse network (see --ssl-certfile)",
                    args.host)  # fmt: skip
    options = {
        "host": args.host, "port": args.port, "log_config": None, "log_level": args.log_level.lower(),
        "timeout_keep_alive": KEEP_ALIVE_S, "h11_max_incomplete_event_size": MAX_HEADER_BYTES,
        "ssl_certfile": tls[0] if tls else None, "ssl_keyfile": tls[1] if tls else None,
    }  # fmt: skip
    if args.workers == 1:
        from station.server.app import create_app

        uvicorn.run(create_app(settings), **options)
    else:
        os.environ[SETTINGS_ENV] = settings.model_dump_json()
        uvicorn.run("station.server.cli:app_from_env", factory=True, workers=args.workers, **options)
    return 0


if __name__ == "__main__":
    sys.exit(main())
