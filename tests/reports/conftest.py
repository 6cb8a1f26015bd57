"""Reports are read back from a server's own answers: the server fixture of tests/server, on SQLite and PostgreSQL."""

from __future__ import annotations

from tests.server.conftest import server

__all__ = ["server"]
