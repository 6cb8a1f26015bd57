"""The commands: --version, --help, and bad settings as one sentence with exit code 2."""

from __future__ import annotations

import os
import subprocess
import sys
from importlib.metadata import entry_points
from pathlib import Path

import pytest

from station import __version__, cli


def run(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    environ = {**os.environ, **(env or {})}
    return subprocess.run(
        [sys.executable, "-m", "station", *args],
        capture_output=True,
        text=True,
        env=environ,
        timeout=60,
        check=False,
    )


def test_the_entry_points_are_installed() -> None:
    scripts = {ep.name: ep.value for ep in entry_points(group="console_scripts")}
    gui = {ep.name: ep.value for ep in entry_points(group="gui_scripts")}
    assert gui["station"] == "station.cli:main"
    assert scripts["station-server"] == "station.export_cli:main"


@pytest.mark.parametrize("command", ["station", "station-server"])
def test_both_commands_print_their_version(command: str) -> None:
    script = Path(sys.executable).parent / command
    argv = (
        [str(script)]
        if script.exists()
        else [sys.executable, "-m", command.replace("-", ".").replace("station.server", "station.server.cli")]
    )
    done = subprocess.run([*argv, "--version"], capture_output=True, text=True, timeout=60, check=False)
    assert (done.returncode, done.stdout.strip()) == (0, f"{command} {__version__}")


def test_help_lists_the_flags() -> None:
    done = run("--help")
    assert done.returncode == 0
    for flag in ("--demo", "--server-url", "--data-dir", "--config", "--set", "--log-level", "--version"):
        assert flag in done.stdout


def test_a_bad_setting_is_one_sentence_and_exit_code_2(tmp_path: Path) -> None:
    done = run("--data-dir", str(tmp_path), env={"STATION_SYNC_BATCH_SIZE": "0"})
    assert done.returncode == 2
    assert done.stderr == (
        "station: The setting sync.batch_size = '0' from the environment variable STATION_SYNC_BATCH_SIZE "
        "is not valid: input should be greater than or equal to 1.\n"
    )


def test_a_broken_config_file_is_one_sentence_and_exit_code_2(tmp_path: Path) -> None:
    config = tmp_path / "station.toml"
    config.write_text("[server]\nurl = \n", encoding="utf-8")
    done = run("--data-dir", str(tmp_path), "--config", str(config))
    assert done.returncode == 2
    assert done.stderr.startswith(f"station: The configuration file {config} is not valid TOML")
    assert "Traceback" not in done.stderr and done.stderr.count("\n") == 1


@pytest.mark.usefixtures("restore_logging")
def test_data_logs_and_config_go_under_data_dir(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    argv = ["--data-dir", str(tmp_path), "--server-url", "https://stock.example.com", "--log-level", "debug", "status"]
    assert cli.main(argv) == 0
    assert (tmp_path / "data").is_dir() and (tmp_path / "config").is_dir()
    log = (tmp_path / "logs" / "station.log").read_text(encoding="utf-8")
    assert f"station {__version__}; data in {tmp_path / 'data'}" in log
    assert "Server: https://stock.example.com" in capsys.readouterr().out


@pytest.mark.usefixtures("restore_logging")
def test_a_data_dir_that_cannot_be_written_is_a_sentence(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("", encoding="utf-8")
    assert cli.main(["--data-dir", str(blocker)]) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"station: Station cannot write to its folders under {blocker}")
    assert err.rstrip().endswith("Choose another with --data-dir.")


@pytest.mark.parametrize("item", ["sync.batch_size", "=3"])
def test_a_malformed_set_flag_is_a_sentence(item: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["--set", item]) == 2
    assert "must look like --set section.key=value" in capsys.readouterr().err


def test_the_self_test_walks_the_round_offscreen_and_leaves_nothing_behind(tmp_path: Path) -> None:
    done = run("--self-test", env={"TMPDIR": str(tmp_path)})
    assert done.returncode == 0, done.stdout + done.stderr
    steps = [line.split("] ", 1)[1] for line in done.stdout.splitlines()]
    assert steps[1:] == [
        "starting the built-in reference server with demo data",
        steps[2],
        "logging in as counter1 with a PIN",
        "picking floor Ground and claiming rack G-R01",
        "recording 10 scans",
        "10 scans committed to the local database; syncing",
        "every line reached the server; finishing the rack",
        "rack released; the server counted 10 pieces, as the station did",
        "self-test passed",
    ]
    assert list(tmp_path.iterdir()) == []  # its temporary folder is gone
