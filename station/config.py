"""Settings: defaults < TOML file < ``STATION_*`` environment < command line, each value checked.

Every setting lives in a section of the TOML file (``[sync] batch_size = 50``), in an environment
variable named after both (``STATION_SYNC_BATCH_SIZE=50``), and can be given on the command line
(``--set sync.batch_size=50``, or the named flags ``--server-url`` and friends). A bad value is
refused with one sentence that names the key and where it came from; ``ConfigError.sentence`` is
that sentence and the command line turns it into exit code 2.
"""

from __future__ import annotations

import difflib
import os
import socket
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal
from urllib.parse import urlsplit

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from station.paths import StationPaths

ENV_PREFIX = "STATION_"
# Environment variables of ours that are not settings.
_NOT_SETTINGS = frozenset(
    {
        "STATION_DATA_DIR",
        "STATION_CONFIG",
        "STATION_REQUIRE_SERVICES",
        "STATION_TEST_REDIS_URL",
        "STATION_TEST_POSTGRES_URL",
        # station-server's own (station/server/settings.py)
        "STATION_SERVER_DB",
        "STATION_SERVER_REDIS",
        "STATION_SERVER_SECRET",
        "STATION_SERVER_SETTINGS_JSON",
        "STATION_SERVER_LEASE_TTL",
        "STATION_SERVER_SWEEP_INTERVAL",
        "STATION_SERVER_TOKEN_TTL",
        "STATION_SERVER_LOGIN_TTL",
        "STATION_SERVER_LOGIN_RATE",
        "STATION_SERVER_BODY_TIMEOUT",
        "STATION_SERVER_SSL_CERTFILE",
        "STATION_SERVER_SSL_KEYFILE",
    }
)

LogLevel = Literal["DEBUG", "INFO", "WARNING", "ERROR"]
Terminator = Literal["enter", "tab"]


class ConfigError(Exception):
    """A setting that cannot be used, with one sentence naming the key and where it came from."""

    def __init__(self, sentence: str) -> None:
        super().__init__(sentence)
        self.sentence = sentence


class _Section(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, validate_default=True)


class ServerSettings(_Section):
    url: str = "http://127.0.0.1:8000"
    ca_bundle: Path | None = None
    proxy: str = ""
    """The proxy to the server: ``""`` the system's (its bypass list honoured), ``"none"`` never, or a URL."""
    connect_timeout_s: float = Field(3.0, gt=0, le=60)
    read_timeout_s: float = Field(10.0, gt=0, le=300)
    flavour: Literal["auto", "reference", "stockverify"] = "auto"
    """Which server this is: found out from its answers (``auto``), or set when it is known."""

    @field_validator("url")
    @classmethod
    def _http_url(cls, value: str) -> str:
        parts = urlsplit(value.strip())
        if parts.scheme not in ("http", "https") or not parts.netloc:
            raise ValueError("it must be an http:// or https:// address such as https://stock.example.com")
        return value.strip().rstrip("/")

    @field_validator("proxy")
    @classmethod
    def _proxy(cls, value: str) -> str:
        value = value.strip()
        if value.lower() in ("", "none"):
            return value.lower()
        parts = urlsplit(value)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise ValueError('it must be "" (the system\'s proxy), "none", or an address such as http://proxy:3128')
        return value

    @field_validator("ca_bundle", mode="before")
    @classmethod
    def _empty_is_none(cls, value: Any) -> Any:
        return None if value in ("", None) else value

    @field_validator("ca_bundle")
    @classmethod
    def _bundle_exists(cls, value: Path | None) -> Path | None:
        if value is not None and not value.expanduser().is_file():
            raise ValueError(f"there is no file at {value}")
        return value.expanduser() if value is not None else None


class StationSettings(_Section):
    name: str = Field(default_factory=socket.gethostname, min_length=1, max_length=64)
    language: str = Field("auto", min_length=2, max_length=16)
    """The station's language ("en", "hi", "es"), or "auto" for the system's; a counter's choice (Ctrl+L) wins."""


class SessionSettings(_Section):
    heartbeat_interval_s: float = Field(25.0, ge=1, le=300)


class CountingSettings(_Section):
    blind: bool = False  # hide the expected quantities while counting


class SyncSettings(_Section):
    batch_size: int = Field(100, ge=1, le=100)
    parallel_batches: int = Field(2, ge=1, le=8)
    backoff_base_s: float = Field(2.0, gt=0, le=60)
    backoff_cap_s: float = Field(300.0, gt=0, le=3600)
    stall_after: int = Field(5, ge=1, le=100)
    wake_interval_s: float = Field(30.0, ge=1, le=3600)


class ScannerSettings(_Section):
    min_length: int = Field(4, ge=1, le=64)
    max_key_gap_ms: int = Field(50, ge=5, le=1000)
    terminators: tuple[Terminator, ...] = ("enter", "tab")
    double_read_ms: int = Field(300, ge=0, le=5000)
    serial_port: str = ""
    serial_baud: int = Field(9600, ge=300, le=921_600)
    serial_terminator: Literal["cr", "lf", "crlf", "tab", "etx"] = "cr"

    @field_validator("terminators", mode="before")
    @classmethod
    def _comma_list(cls, value: Any) -> Any:
        if isinstance(value, str):
            return tuple(part.strip().lower() for part in value.split(",") if part.strip())
        return value


class FeedbackSettings(_Section):
    sound: bool = True
    volume: int = Field(80, ge=0, le=100)  # of the scan sounds, in per cent
    theme: Literal["light", "dark"] = "light"  # dark is the high-contrast one


class LoggingSettings(_Section):
    level: LogLevel = "INFO"

    @field_validator("level", mode="before")
    @classmethod
    def _upper(cls, value: Any) -> Any:
        return value.upper() if isinstance(value, str) else value


class Settings(_Section):
    """Everything a station can be told; each section is a table of the TOML file."""

    server: ServerSettings = ServerSettings()
    station: StationSettings = StationSettings()
    session: SessionSettings = SessionSettings()
    counting: CountingSettings = CountingSettings()
    sync: SyncSettings = SyncSettings()
    scanner: ScannerSettings = ScannerSettings()
    feedback: FeedbackSettings = FeedbackSettings()
    logging: LoggingSettings = LoggingSettings()

    def with_overrides(self, **sections: Mapping[str, Any]) -> Settings:
        """A copy with some values changed and checked again (``sync={"batch_size": 10}``)."""
        data = self.model_dump()
        for section, values in sections.items():
            data[section].update(values)
        return Settings.model_validate(data)


@dataclass
class LoadedSettings:
    """Settings and what loading them noticed but did not refuse."""

    settings: Settings
    config_file: Path
    warnings: list[str] = field(default_factory=list)


def setting_keys() -> dict[str, tuple[str, str]]:
    """Every dotted key (``sync.batch_size``) with its section and field name."""
    keys: dict[str, tuple[str, str]] = {}
    for section, info in Settings.model_fields.items():
        model = info.annotation
        assert isinstance(model, type) and issubclass(model, _Section)
        for name in model.model_fields:
            keys[f"{section}.{name}"] = (section, name)
    return keys


def env_name(key: str) -> str:
    """The environment variable for a dotted key: ``sync.batch_size`` → ``STATION_SYNC_BATCH_SIZE``."""
    return ENV_PREFIX + key.replace(".", "_").upper()


def load_settings(
    paths: StationPaths,
    *,
    config_file: Path | None = None,
    environ: Mapping[str, str] | None = None,
    overrides: Mapping[str, tuple[Any, str]] | None = None,
) -> LoadedSettings:
    """Merge the sources and check the result: defaults, the machine-wide file, the user's file (or the
    one named), the environment, the command line.

    Args:
        paths: where the default configuration file lives.
        config_file: a file named on the command line or in ``STATION_CONFIG``; it must exist.
        environ: the environment to read ``STATION_*`` from (``os.environ`` by default).
        overrides: dotted key → (value, the flag it came from), from the command line.

    Raises:
        ConfigError: for an unreadable file, an unknown key or an invalid value.
    """
    env = os.environ if environ is None else environ
    explicit = (
        config_file if config_file is not None else (Path(env["STATION_CONFIG"]) if env.get("STATION_CONFIG") else None)
    )
    file = explicit if explicit is not None else paths.config_file
    keys = setting_keys()
    merged: dict[str, dict[str, Any]] = {section: {} for section, _ in keys.values()}
    origins: dict[str, str] = {}
    warnings: list[str] = []

    site = paths.site_config_file
    layers = [(site, False)] if site is not None and explicit is None else []  # the machine's, then the user's
    for layer, required in [*layers, (file, explicit is not None)]:
        for key, value in _read_toml(layer, required=required).items():
            merged[keys[key][0]][keys[key][1]] = value
            origins[key] = str(layer)
    env_keys = {env_name(key): key for key in keys}
    for name, value in env.items():
        if not name.startswith(ENV_PREFIX) or name in _NOT_SETTINGS:
            continue
        env_key = env_keys.get(name)
        if env_key is None:
            warnings.append(f"The environment variable {name} is not a Station setting and was ignored.")
            continue
        merged[keys[env_key][0]][keys[env_key][1]] = value
        origins[env_key] = f"the environment variable {name}"
    for key, (value, flag) in (overrides or {}).items():
        if key not in keys:
            raise ConfigError(f"{flag} names an unknown setting “{key}”{_suggest(key, keys)}.")
        merged[keys[key][0]][keys[key][1]] = value
        origins[key] = f"the command line ({flag})"

    try:
        settings = Settings.model_validate(merged)
    except ValidationError as exc:
        raise ConfigError(_sentence(exc, origins)) from None
    return LoadedSettings(settings=settings, config_file=file, warnings=warnings)


def _read_toml(file: Path, *, required: bool) -> dict[str, Any]:
    """The file's settings as dotted keys; an absent default file is no settings at all."""
    try:
        text = file.read_text(encoding="utf-8")
    except FileNotFoundError:
        if required:
            raise ConfigError(f"The configuration file {file} does not exist.") from None
        return {}
    except (OSError, UnicodeDecodeError) as exc:
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else "it is not UTF-8 text"
        raise ConfigError(f"The configuration file {file} cannot be read: {reason}.") from None
    try:
        document = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"The configuration file {file} is not valid TOML: {exc}.") from None
    keys = setting_keys()
    flat: dict[str, Any] = {}
    for section, table in document.items():
        if not isinstance(table, dict):
            raise ConfigError(
                f"“{section}” in {file} must be a table such as [{section}]{_suggest(section, Settings.model_fields)}."
            )
        for name, value in table.items():
            key = f"{section}.{name}"
            if key not in keys:
                raise ConfigError(f"{file} sets an unknown setting “{key}”{_suggest(key, keys)}.")
            flat[key] = value
    return flat


def _sentence(exc: ValidationError, origins: Mapping[str, str]) -> str:
    error = exc.errors()[0]
    key = ".".join(str(part) for part in error["loc"][:2])
    origin = origins.get(key, "the defaults")
    reason = str(error["msg"]).removeprefix("Value error, ")
    reason = reason[0].lower() + reason[1:] if reason else "it is not valid"
    value = error.get("input")
    shown = f" = {value!r}" if key in origins and not isinstance(value, dict) else ""
    return f"The setting {key}{shown} from {origin} is not valid: {reason}."


def _suggest(word: str, choices: Mapping[str, Any]) -> str:
    if word in choices:
        return ""
    close = difflib.get_close_matches(word, list(choices), n=1)
    return f" (did you mean “{close[0]}”?)" if close else ""
