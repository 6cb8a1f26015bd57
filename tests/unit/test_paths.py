"""Paths: the platform's folders, or everything under one --data-dir."""

from __future__ import annotations

from pathlib import Path

import pytest

from station.paths import DATA_DIR_ENV, StationPaths


def test_data_dir_moves_data_logs_and_config(tmp_path: Path) -> None:
    paths = StationPaths.resolve(tmp_path / "demo")
    assert paths == StationPaths(tmp_path / "demo" / "data", tmp_path / "demo" / "config", tmp_path / "demo" / "logs")
    assert paths.database == tmp_path / "demo" / "data" / "station.db"
    assert paths.config_file == tmp_path / "demo" / "config" / "station.toml"
    assert paths.log_file == tmp_path / "demo" / "logs" / "station.log"
    assert not paths.data.exists()
    paths.ensure()
    assert paths.data.is_dir() and paths.config.is_dir() and paths.logs.is_dir()


def test_the_argument_beats_the_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(DATA_DIR_ENV, str(tmp_path / "env"))
    assert StationPaths.resolve().data == tmp_path / "env" / "data"
    assert StationPaths.resolve(tmp_path / "arg").data == tmp_path / "arg" / "data"


def test_without_either_the_platform_folders_are_used(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(DATA_DIR_ENV)
    paths = StationPaths.resolve()
    assert "Station" in str(paths.data) and "Station" in str(paths.config) and "Station" in str(paths.logs)
