"""Asking the reference server a station under test talks to what it holds, as a supervisor (or another
user) would, around the station; the answers typed by the wire contract."""

from __future__ import annotations

from typing import Any

import httpx

from station import contract as c
from station.server.embedded import EmbeddedServer
from tests.helpers.gui import Driver
from tests.helpers.server import PINS


def base_url(at: Driver | EmbeddedServer) -> str:
    """The server a station talks to, or a served warehouse's own address."""
    return at.url if isinstance(at, EmbeddedServer) else at.station.settings.server.url


def server_call(at: Driver | EmbeddedServer, method: str, path: str, user: str = "supervisor", **kwargs: Any) -> Any:
    """One call as ``user`` (logged in by PIN); the answer's JSON."""
    base = base_url(at)
    token = httpx.post(f"{base}/api/auth/login-pin", json={"username": user, "pin": PINS[user]}).json()["access_token"]
    answer = httpx.request(method, f"{base}{path}", headers={"Authorization": f"Bearer {token}"}, **kwargs)
    return answer.json()


def rack_items(at: Driver | EmbeddedServer, rack: str = "G-R01", *, serialized: bool | None = None) -> list[c.RackItem]:
    """The rack's catalogue slice; only the serialized (or only the plain) items if asked."""
    found = [c.RackItem.model_validate(item) for item in server_call(at, "GET", f"/api/racks/{rack}/items")]
    return [item for item in found if serialized is None or item.serialized is serialized]


def plain_barcodes(at: Driver | EmbeddedServer, rack: str = "G-R01") -> list[str]:
    """The first barcode of each item of the rack that is counted without serials."""
    return [item.barcodes[0] for item in rack_items(at, rack, serialized=False)]


def rack_status(at: Driver | EmbeddedServer, rack: str) -> c.RackStatus:
    return c.RackStatus.model_validate(server_call(at, "GET", f"/api/racks/{rack}/status"))


def session_stats(at: Driver | EmbeddedServer, session_id: str) -> c.SessionStats:
    return c.SessionStats.model_validate(server_call(at, "GET", f"/api/sessions/{session_id}/stats"))


def session_pieces(at: Driver | EmbeddedServer, session_id: str) -> int:
    """How many pieces the server has counted in the session."""
    return session_stats(at, session_id).total_items


def sessions_of(at: Driver | EmbeddedServer, user: str) -> list[c.SessionDetail]:
    """``user``'s sessions, as ``user`` sees them."""
    return [c.SessionDetail.model_validate(s) for s in server_call(at, "GET", "/api/sessions/user/history", user)]
