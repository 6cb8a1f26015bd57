"""Logging: a rotating file plus stderr, replaced rather than stacked when set up again."""

from __future__ import annotations

import io
import logging
import logging.handlers
from pathlib import Path

import pytest

from station.logs import BACKUPS, MAX_BYTES, setup_logging


@pytest.mark.usefixtures("restore_logging")
def test_logs_go_to_the_file_and_the_stream(tmp_path: Path) -> None:
    stream = io.StringIO()
    log_file = tmp_path / "logs" / "station.log"
    setup_logging(log_file, "INFO", stream=stream)
    logging.getLogger("station.test").info("scan committed %s", "r-1")
    logging.getLogger("station.test").debug("not at INFO")
    assert "scan committed r-1" in log_file.read_text(encoding="utf-8")
    assert "scan committed r-1" in stream.getvalue()
    assert "not at INFO" not in stream.getvalue()


@pytest.mark.usefixtures("restore_logging")
def test_setting_up_again_replaces_the_handlers(tmp_path: Path) -> None:
    setup_logging(tmp_path / "a.log", "INFO", stream=None)
    setup_logging(tmp_path / "b.log", "DEBUG", stream=None)
    ours = [h for h in logging.getLogger().handlers if h.get_name() == "station"]
    assert len(ours) == 1
    handler = ours[0]
    assert isinstance(handler, logging.handlers.RotatingFileHandler)
    assert (handler.maxBytes, handler.backupCount) == (MAX_BYTES, BACKUPS)
    assert Path(handler.baseFilename) == tmp_path / "b.log"
    assert logging.getLogger().level == logging.DEBUG
