"""Settings: defaults < file < environment < command line, and one sentence for a bad value."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from station.config import ConfigError, Settings, env_name, load_settings, setting_keys
from station.paths import StationPaths


@pytest.fixture
def paths(tmp_path: Path) -> StationPaths:
    return StationPaths.resolve(tmp_path).ensure()


def write_config(paths: StationPaths, text: str) -> Path:
    paths.config_file.write_text(text, encoding="utf-8")
    return paths.config_file


def load(paths: StationPaths, env: dict[str, str] | None = None, **overrides: Any) -> Settings:
    flags = {key.replace("__", "."): (value, f"--set {key.replace('__', '.')}") for key, value in overrides.items()}
    return load_settings(paths, environ=env or {}, overrides=flags).settings


def refusal(paths: StationPaths, env: dict[str, str] | None = None, **overrides: Any) -> str:
    with pytest.raises(ConfigError) as caught:
        load(paths, env, **overrides)
    return caught.value.sentence


def test_the_defaults_are_the_documented_ones(paths: StationPaths) -> None:
    settings = load(paths)
    assert settings.server.url == "http://127.0.0.1:8000"
    assert settings.server.ca_bundle is None
    assert settings.session.heartbeat_interval_s == 25
    assert (settings.sync.batch_size, settings.sync.parallel_batches) == (100, 2)
    assert (settings.sync.backoff_base_s, settings.sync.backoff_cap_s, settings.sync.stall_after) == (
        2,
        300,
        5,
    )
    assert (settings.scanner.min_length, settings.scanner.max_key_gap_ms) == (4, 50)
    assert settings.scanner.terminators == ("enter", "tab")
    assert settings.feedback.sound is True
    assert settings.station.name  # the host name


def test_each_source_beats_the_one_before(paths: StationPaths) -> None:
    write_config(paths, '[sync]\nbatch_size = 50\nparallel_batches = 1\n[station]\nname = "Dock 3"\n')
    assert load(paths).sync.batch_size == 50
    env = {"STATION_SYNC_BATCH_SIZE": "40", "STATION_SYNC_PARALLEL_BATCHES": "3"}
    settings = load(paths, env, sync__batch_size="30")
    assert settings.sync.batch_size == 30  # command line
    assert settings.sync.parallel_batches == 3  # environment
    assert settings.station.name == "Dock 3"  # file


def test_the_machine_wide_file_is_read_first_and_a_users_file_beats_it(tmp_path: Path) -> None:
    site = tmp_path / "ProgramData" / "Station"
    site.mkdir(parents=True)
    (site / "station.toml").write_text('[server]\nurl = "https://stock.example"\n[sync]\nbatch_size = 60\n')
    machine = replace(StationPaths.resolve(tmp_path / "user"), site_config=site).ensure()
    assert (load(machine).server.url, load(machine).sync.batch_size) == ("https://stock.example", 60)
    write_config(machine, "[sync]\nbatch_size = 20\n")
    assert (load(machine).server.url, load(machine).sync.batch_size) == ("https://stock.example", 20)
    assert StationPaths.resolve(tmp_path).site_config is None  # --data-dir: nothing from the machine


def test_environment_values_are_converted(paths: StationPaths) -> None:
    env = {
        "STATION_FEEDBACK_SOUND": "off",
        "STATION_SCANNER_TERMINATORS": "Enter",
        "STATION_LOGGING_LEVEL": "debug",
        "STATION_SERVER_URL": "https://stock.example.com/",
    }
    settings = load(paths, env)
    assert settings.feedback.sound is False
    assert settings.scanner.terminators == ("enter",)
    assert settings.logging.level == "DEBUG"
    assert settings.server.url == "https://stock.example.com"


def test_every_key_has_an_environment_variable() -> None:
    names = [env_name(key) for key in setting_keys()]
    assert "STATION_SESSION_HEARTBEAT_INTERVAL_S" in names
    assert len(names) == len(set(names))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "[sync]\nbatch_size = 500\n",
            "The setting sync.batch_size = 500 from {file} is not valid: input should be less than or equal to 100.",
        ),
        (
            "[sync]\nbatch_size = 'many'\n",
            "The setting sync.batch_size = 'many' from {file} is not valid: input should be a valid integer",
        ),
        (
            "[server]\nurl = 'ftp://x'\n",
            "The setting server.url = 'ftp://x' from {file} is not valid: it must be an http:// or https:// address",
        ),
        (
            "[sync]\nbatchsize = 5\n",
            "{file} sets an unknown setting “sync.batchsize” (did you mean “sync.batch_size”?).",
        ),
        (
            "[synk]\nbatch_size = 5\n",
            "{file} sets an unknown setting “synk.batch_size” (did you mean “sync.batch_size”?).",
        ),
        ("sync = 5\n", "“sync” in {file} must be a table such as [sync]."),
        ("[sync\n", "The configuration file {file} is not valid TOML: "),
        (
            "[server]\nca_bundle = '/no/such/ca.pem'\n",
            "The setting server.ca_bundle = '/no/such/ca.pem' from {file} is not valid: "
            "there is no file at /no/such/ca.pem.",
        ),
    ],
)
def test_a_bad_file_gets_one_sentence_naming_the_key_and_the_file(
    paths: StationPaths, text: str, expected: str
) -> None:
    file = write_config(paths, text)
    sentence = refusal(paths)
    assert sentence.startswith(expected.format(file=file))
    assert "\n" not in sentence and "Traceback" not in sentence


def test_a_bad_environment_value_names_the_variable(paths: StationPaths) -> None:
    sentence = refusal(paths, {"STATION_SESSION_HEARTBEAT_INTERVAL_S": "0"})
    assert sentence == (
        "The setting session.heartbeat_interval_s = '0' from the environment variable "
        "STATION_SESSION_HEARTBEAT_INTERVAL_S is not valid: input should be greater than or equal to 1."
    )


def test_a_bad_flag_names_the_flag(paths: StationPaths) -> None:
    assert "from the command line (--set logging.level)" in refusal(paths, logging__level="LOUD")
    assert (
        refusal(paths, sync__batch=3)
        == "--set sync.batch names an unknown setting “sync.batch” (did you mean “sync.batch_size”?)."
    )


def test_an_unknown_station_variable_is_a_warning_not_a_refusal(paths: StationPaths) -> None:
    loaded = load_settings(paths, environ={"STATION_SERVER_ULR": "x", "STATION_DATA_DIR": "/tmp"})
    assert loaded.warnings == ["The environment variable STATION_SERVER_ULR is not a Station setting and was ignored."]


def test_a_named_config_file_must_exist(paths: StationPaths, tmp_path: Path) -> None:
    missing = tmp_path / "nope.toml"
    with pytest.raises(ConfigError, match=f"The configuration file {missing} does not exist."):
        load_settings(paths, config_file=missing, environ={})
    with pytest.raises(ConfigError, match="does not exist"):
        load_settings(paths, environ={"STATION_CONFIG": str(missing)})


def test_a_config_file_that_is_not_text_is_refused(paths: StationPaths) -> None:
    paths.config_file.write_bytes(b"\xff\xfe\x00garbage")
    assert refusal(paths) == f"The configuration file {paths.config_file} cannot be read: it is not UTF-8 text."


def test_a_ca_bundle_that_exists_is_kept(paths: StationPaths, tmp_path: Path) -> None:
    bundle = tmp_path / "warehouse-ca.pem"
    bundle.write_text("-----BEGIN CERTIFICATE-----\n", encoding="utf-8")
    assert load(paths, {"STATION_SERVER_CA_BUNDLE": str(bundle)}).server.ca_bundle == bundle
    assert load(paths, {"STATION_SERVER_CA_BUNDLE": ""}).server.ca_bundle is None


def test_with_overrides_checks_the_new_values() -> None:
    settings = Settings().with_overrides(sync={"batch_size": 10})
    assert settings.sync.batch_size == 10
    with pytest.raises(ValueError):
        Settings().with_overrides(sync={"batch_size": 0})
