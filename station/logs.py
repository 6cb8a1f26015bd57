"""Logging: a rotating file in the station's log folder, and stderr; the detail behind every sentence."""

from __future__ import annotations

import logging
import logging.handlers
import sys
from pathlib import Path
from typing import TextIO

FORMAT = "%(asctime)s %(levelname)-7s %(threadName)s %(name)s: %(message)s"
MAX_BYTES = 5 * 1024 * 1024
BACKUPS = 5

_HANDLER_NAME = "station"


def setup_logging(
    log_file: Path, level: str, *, stream: TextIO | None = sys.stderr, stream_level: str | None = None
) -> None:
    """Send the station's logs to ``log_file`` (rotated at 5 MB, 5 kept) and to ``stream``.

    ``stream_level`` quiets the stream (a command's own output should not drown in the log) while the
    file keeps ``level``.

    Calling it again replaces the handlers it added before, so tests and restarts don't stack them.
    """
    root = logging.getLogger()
    for handler in [h for h in root.handlers if h.get_name() == _HANDLER_NAME]:
        root.removeHandler(handler)
        handler.close()
    formatter = logging.Formatter(FORMAT)
    log_file.parent.mkdir(parents=True, exist_ok=True)
    handlers: list[logging.Handler] = [
        logging.handlers.RotatingFileHandler(log_file, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8")
    ]
    if stream is not None:
        console = logging.StreamHandler(stream)
        console.setLevel(stream_level or level)
        handlers.append(console)
    for handler in handlers:
        handler.set_name(_HANDLER_NAME)
        handler.setFormatter(formatter)
        root.addHandler(handler)
    root.setLevel(level)
    logging.captureWarnings(True)
