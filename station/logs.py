"""Logging: a rotating file in the station's log folder, and stderr; the detail behind every sentence."""

from __future__ import annotations

import logging
import logging.handlers
import re
import sys
from pathlib import Path
from typing import Any, TextIO

from station.paths import private_dir, private_file

FORMAT = "%(asctime)s %(levelname)-7s %(threadName)s %(name)s: %(message)s"
MAX_BYTES = 5 * 1024 * 1024
BACKUPS = 5

_HANDLER_NAME = "station"
_TOKEN_IN_QUERY = re.compile(r"((?:^|[?&])(?:access_|refresh_)?token=)[^&\s\"']+", re.IGNORECASE)
REDACTED = "[redacted]"


class RedactTokens(logging.Filter):
    """Blanks ``token=…`` in logged addresses (uvicorn's access log and websocket lines included):
    a sign-in token in a log file is a sign-in for whoever reads it."""

    def filter(self, record: logging.LogRecord) -> bool:
        if isinstance(record.msg, str) and "token=" in record.msg.lower():
            record.msg = _TOKEN_IN_QUERY.sub(rf"\1{REDACTED}", record.msg)
        if record.args:
            record.args = tuple(_redact(arg) for arg in record.args) if isinstance(record.args, tuple) else record.args
        return True


def _redact(value: Any) -> Any:
    if isinstance(value, str) and "token=" in value.lower():
        return _TOKEN_IN_QUERY.sub(rf"\1{REDACTED}", value)
    return value


class PrivateRotatingFileHandler(logging.handlers.RotatingFileHandler):
    """A rotating log file that only its user can read (0600), after every rotation too."""

    def _open(self) -> Any:
        private_file(Path(self.baseFilename))
        return super()._open()


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
    private_dir(log_file.parent)
    handlers: list[logging.Handler] = [
        PrivateRotatingFileHandler(log_file, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8")
    ]
    if stream is not None:
        console = logging.StreamHandler(stream)
        console.setLevel(stream_level or level)
        handlers.append(console)
    for handler in handlers:
        handler.set_name(_HANDLER_NAME)
        handler.setFormatter(formatter)
        handler.addFilter(RedactTokens())
        root.addHandler(handler)
    root.setLevel(level)
    logging.captureWarnings(True)
