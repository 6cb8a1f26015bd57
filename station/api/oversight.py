"""``OversightClient``: the supervisor's calls for progress, variance, recounts, lines and rack history (ext).

Only the reference server has these routes. A server known not to (StockVerify) is not asked: each
call raises ``errors.Unsupported`` with what to do instead; a server that answers a route with its
"no such address" 404 is found out that way, and the same error follows. A 404 that names a rack or
session (``There is no rack X.``) stays ``errors.NotFound``.
"""

from __future__ import annotations

from collections.abc import Awaitable
from typing import TypeVar
from urllib.parse import quote

from station import contract_oversight as o
from station.api import errors, unsupported
from station.api.client import ServerClient
from station.api.profile import from_extension

T = TypeVar("T")

ROUTE_MISSING = ("Not Found", "There is no such address on this server.")
"""What a 404 says when the address itself is unknown (FastAPI's default, the reference server's own)."""

LINES_PAGE = 500
"""Lines asked for in one page (the reference server's most)."""


class OversightClient:
    """The oversight routes, over the station's ``ServerClient`` (its log-in, renewal and errors).

    Every method takes an optional ``token``: a supervisor's, for this call only, at a counter's station.
    """

    def __init__(self, client: ServerClient) -> None:
        self.client = client

    async def progress(self, *, token: str | None = None) -> o.CountProgress:
        return await self._ask(self.client.call(o.CountProgress, "GET", "/api/oversight/progress", token=token))

    async def summary(self, *, token: str | None = None) -> o.CountSummary:
        """The whole count: progress and each floor's totals (what the summary report prints)."""
        return await self._ask(self.client.call(o.CountSummary, "GET", "/api/oversight/summary", token=token))

    async def tolerances(self, *, token: str | None = None) -> o.Tolerances:
        return await self._ask(self.client.call(o.Tolerances, "GET", "/api/oversight/tolerances", token=token))

    async def floor_variance(self, floor: str, *, token: str | None = None) -> o.FloorVariance:
        call = self.client.call(o.FloorVariance, "GET", "/api/oversight/variance", params={"floor": floor}, token=token)
        return await self._ask(call)

    async def rack_variance(self, rack_id: str, *, token: str | None = None) -> o.RackVariance:
        return await self._ask(self.client.call(o.RackVariance, "GET", _rack(rack_id, "variance"), token=token))

    async def rack_history(self, rack_id: str, *, token: str | None = None) -> list[o.RackHistoryEntry]:
        """Every count of the rack (finished ones included) and every supervisor's act on it, oldest first."""
        call = self.client.call_list(o.RackHistoryEntry, "GET", _rack(rack_id, "history"), token=token)
        return await self._ask(call)

    async def session_lines(
        self, session_id: str, *, offset: int = 0, limit: int = LINES_PAGE, token: str | None = None
    ) -> o.SessionLines:
        """One page of a session's lines, oldest first."""
        url = f"/api/oversight/sessions/{quote(session_id, safe='')}/lines"
        params = {"offset": str(offset), "limit": str(limit)}
        return await self._ask(self.client.call(o.SessionLines, "GET", url, params=params, token=token))

    async def all_session_lines(self, session_id: str, *, token: str | None = None) -> list[o.SessionLine]:
        """Every line of a session, page after page."""
        lines: list[o.SessionLine] = []
        while True:
            page = await self.session_lines(session_id, offset=len(lines), token=token)
            lines += page.lines
            if not page.lines or len(lines) >= page.total:
                return lines

    async def recounts(self, *, open_only: bool = True, token: str | None = None) -> list[o.Recount]:
        """Racks sent to a recount: those not approved yet (``open_only``), or every one."""
        params = {"open": "true" if open_only else "false"}
        return await self._ask(
            self.client.call_list(o.Recount, "GET", "/api/oversight/recounts", params=params, token=token)
        )

    async def recount(self, rack_id: str, *, token: str | None = None) -> o.Recount:
        return await self._ask(self.client.call(o.Recount, "GET", _rack(rack_id, "recount"), token=token))

    async def send_to_recount(
        self, rack_id: str, *, assign_to: str | None = None, note: str = "", token: str | None = None
    ) -> o.Recount:
        body = o.RecountRequest(assign_to=assign_to, note=note)
        return await self._ask(self.client.call(o.Recount, "POST", _rack(rack_id, "recount"), json=body, token=token))

    async def assign(self, rack_id: str, counter: str | None, *, note: str = "", token: str | None = None) -> o.Recount:
        """Who recounts the rack (``None``: any counter)."""
        body = o.AssignRequest(counter=counter, note=note)
        url = _rack(rack_id, "recount/assign")
        return await self._ask(self.client.call(o.Recount, "POST", url, json=body, token=token))

    async def approve(self, rack_id: str, count: o.CountChoice, note: str, *, token: str | None = None) -> o.Recount:
        body = o.ApproveRequest(count=count, note=note)
        url = _rack(rack_id, "recount/approve")
        return await self._ask(self.client.call(o.Recount, "POST", url, json=body, token=token))

    async def _ask(self, call: Awaitable[T]) -> T:
        profile = self.client.profile
        if self.client.server.known and not profile.oversees:
            close = getattr(call, "close", None)
            if close is not None:
                close()  # never awaited: say so to the coroutine, not to the log
            raise unsupported.oversight(profile)
        try:
            return await call
        except errors.NotFound as missing:
            if missing.detail not in ROUTE_MISSING:
                raise
            self.client.server.settle(from_extension(False), "no oversight routes")
            raise unsupported.oversight(self.client.profile) from None


def _rack(rack_id: str, tail: str) -> str:
    return f"/api/oversight/racks/{quote(rack_id, safe='')}/{tail}"
