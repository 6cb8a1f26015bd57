"""``ServerClient``: one typed method for every endpoint of the contract, over an injected httpx client.

It reads StockVerify's shapes and the reference server's alike (``station.contract`` is tolerant),
uses the reference server's extensions when they answer and falls back when they are 404, and turns
every failure into one of the errors of ``station.api.errors``.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any, TypeVar

from pydantic import BaseModel, ValidationError

from station import contract
from station.api import errors, unsupported
from station.api.credentials import Credentials
from station.api.failures import error_for, unreachable
from station.api.profile import Flavour, Profile, ServerProfile, from_extension, from_health, from_login
from station.said import Said, translate

if TYPE_CHECKING:  # httpx is imported by the first request: not before the log-in screen
    import httpx

log = logging.getLogger(__name__)

__all__ = ["Credentials", "ServerClient"]

M = TypeVar("M", bound=BaseModel)
T = TypeVar("T")
CONFLICT_PAGE = 500
"""Conflicts asked for in one page (the reference server's most); ``CONFLICT_PAGES`` pages at most."""
CONFLICT_PAGES = 20


class ServerClient:
    """Calls to a StockVerify-compatible server.

    ``server`` is what is known of the server (shared with the station's other clients), or the
    ``flavour`` IT set; with ``auto`` the server is found out from its log-in answer (StockVerify
    wraps it in ``{success, data}``), a missing extension (404 on ``/api/auth/refresh`` or on the rack
    listing) or its health answer, all here and nowhere else. ``profile`` says what it can do.
    """

    def __init__(
        self,
        http: httpx.AsyncClient | Callable[[], httpx.AsyncClient],
        credentials: Credentials | None = None,
        *,
        server: ServerProfile | None = None,
        flavour: Flavour = Flavour.AUTO,
    ) -> None:
        self._http = http
        self.credentials = credentials or Credentials()
        self.server = server or ServerProfile(flavour)
        self._renewing: asyncio.Lock | None = None
        self._can_renew = True

    @property
    def http(self) -> httpx.AsyncClient:
        """The httpx client; given as a function, it is made on first use (httpx is not needed before the log-in)."""
        if callable(self._http):
            self._http = self._http()
        return self._http

    @property
    def profile(self) -> Profile:
        """What the server can do: the reference server's until StockVerify's is known."""
        return self.server.profile

    @profile.setter
    def profile(self, profile: Profile) -> None:
        self.server.force(profile)

    async def identify(self) -> Profile:
        """Find out which server this is, if not known yet, by asking for an extension only the
        reference server has (``/api/auth/refresh``: 404 from StockVerify), without a token."""
        if not self.server.known:
            try:
                response = await self._send("POST", "/api/auth/refresh", json=None, params=None, auth=False, token=None)
            except errors.ApiError:
                return self.profile
            self.server.settle(from_extension(response.status_code != 404), "its answer to /api/auth/refresh")
        return self.profile

    # --- auth ---------------------------------------------------------------------------------

    async def login(self, username: str, password: str) -> contract.TokenResponse:
        answer = await self.authorise(username, password, password=True)
        self._keep(answer)
        return answer

    async def login_pin(self, username: str, pin: str) -> contract.TokenResponse:
        answer = await self.authorise(username, pin)
        self._keep(answer)
        return answer

    def _keep(self, answer: contract.TokenResponse) -> None:
        self.credentials.set(
            answer.access_token, answer.user, refresh_token=answer.refresh_token, expires_in=answer.expires_in
        )

    async def renew(self) -> bool:
        """Get a new access token for the same log-in (extension). Whether it worked.

        Called before a call once the token is three quarters through its life, and once after a 401,
        so a counter mid-rack never meets an expired token. A server without renewal (StockVerify,
        404) is not asked again; a refused renewal (401: logged out, user removed) leaves the 401 to
        the call, which asks the person to log in.
        """
        refresh, before = self.credentials.refresh_token, self.credentials.token
        if not refresh or not self._can_renew:
            return False
        if self._renewing is None:
            self._renewing = asyncio.Lock()
        async with self._renewing:
            if self.credentials.token != before:  # another call renewed it meanwhile
                return self.credentials.token is not None
            try:
                answer = await self._call(
                    contract.TokenResponse, "POST", "/api/auth/refresh", token=refresh, renewing=False
                )
            except errors.NotFound:
                self._can_renew = False
                self.server.settle(from_extension(False), "no /api/auth/refresh")
                return False
            except errors.ApiError as failure:
                log.info("the sign-in token could not be renewed: %s", failure.detail or failure.sentence)
                return False
            if self.credentials.token == before:  # not logged out (or in as someone else) meanwhile
                self.credentials.renewed(answer)
            return True

    async def logout(self, *, token: str | None = None) -> bool:
        """End the log-in on the server (its tokens stop working) and forget the tokens here.

        With ``token`` (one from ``authorise``: a supervisor's at a counter's station) that log-in is
        ended instead, and the station's own stays. The tokens are forgotten whatever happens; the
        answer says whether the server confirmed it (a server without log-out, or one out of reach,
        did not: its tokens then lapse on their own).
        """
        own = token is None
        token = self.credentials.token if own else token
        try:
            if not token:
                return False
            response = await self._send("POST", "/api/auth/logout", json=None, params=None, auth=True, token=token)
            if not response.is_success:
                raise error_for(response, "POST", "/api/auth/logout", self.profile)
            return True
        except errors.ApiError as failure:
            log.info("log-out not confirmed by the server: %s", failure.detail or failure.sentence)
            return False
        finally:
            if own and self.credentials.token == token:
                self.credentials.clear()

    async def authorise(self, username: str, secret: str, *, password: bool = False) -> contract.TokenResponse:
        """Check someone else's PIN (or password) and get their token, leaving the station's log-in as it is.

        A supervisor authorising a resolution at a counter's station: the token is the caller's to
        use for one call and drop.
        """
        if password:
            body: BaseModel = contract.LoginRequest(username=username, password=secret)
        else:
            body = contract.PinLoginRequest(username=username, pin=secret)
        path = "/api/auth/login" if password else "/api/auth/login-pin"
        payload = await self._json("POST", path, json=body, auth=False)
        self.server.settle(from_login(payload), "its log-in answer")
        return self._read(contract.TokenResponse, path, payload)

    async def me(self) -> contract.UserInfo:
        return await self._call(contract.UserInfo, "GET", "/api/auth/me")

    # --- racks --------------------------------------------------------------------------------

    async def floors(self) -> list[str]:
        payload = await self._json("GET", "/api/racks/floors")
        names = contract.unwrap(payload)
        if not isinstance(names, list) or not all(isinstance(n, str) for n in names):
            raise errors.BadResponse(
                translate("client", "The server's list of floors is not one this station can read."),
                detail=str(payload)[:200],
            )
        return names

    async def racks(self, floor: str) -> list[contract.RackSummary]:
        """Every rack of a floor (the extension), or the available and paused ones (StockVerify: asked for
        those at once once the server is known, not after a 404 every time)."""
        if self.server.known and not self.profile.lists_racks:
            return await self._available_as_summaries(floor)
        try:
            listed = await self._call_list(contract.RackSummary, "GET", "/api/racks", params={"floor": floor})
        except errors.NotFound:
            self.server.settle(from_extension(False), "no rack listing")
            return await self._available_as_summaries(floor)
        self.server.settle(from_extension(True), "its rack listing")
        return listed

    async def _available_as_summaries(self, floor: str) -> list[contract.RackSummary]:
        available = await self.available(floor)
        return [
            contract.RackSummary(rack_id=r.rack_id, floor=r.floor, status=r.status, item_count=r.item_count)
            for r in available
        ]

    async def available(self, floor: str) -> list[contract.AvailableRack]:
        return await self._call_list(contract.AvailableRack, "GET", "/api/racks/available", params={"floor": floor})

    def _lock_params(self) -> dict[str, str] | None:
        """``query_redis_service``: StockVerify's claim, release, pause and resume answer 422 without a
        ``redis_service`` query parameter (an untyped dependency parameter); any value lets them through."""
        return {"redis_service": "1"} if self.profile.query_redis_service else None

    async def claim(self, rack_id: str, floor: str) -> contract.ClaimResponse:
        return await self._call(
            contract.ClaimResponse, "POST", f"/api/racks/{rack_id}/claim", json=contract.ClaimRequest(floor=floor),
            params=self._lock_params(),
        )  # fmt: skip

    async def release(self, rack_id: str, note: str = "", *, token: str | None = None) -> contract.ReleaseResponse:
        """Give the rack up; a supervisor's ``token`` and ``note`` release someone else's, audited.

        ``supervisor_releases``: StockVerify lets only the claimer release (403 to anyone else), so a
        supervisor's release (one with a ``note``, or under another person's token) is not sent there:
        ``errors.Unsupported`` says so. The counter's own release (no note) goes through.
        """
        foreign = bool(note) or (token is not None and token != self.credentials.token)
        if foreign and not self.profile.supervisor_releases:
            raise unsupported.supervisor_release(self.profile)
        body = contract.ReleaseRequest(note=note) if note else None
        url = f"/api/racks/{rack_id}/release"
        try:
            return await self._call(
                contract.ReleaseResponse, "POST", url, json=body, token=token, params=self._lock_params()
            )
        except errors.Forbidden:
            if foreign and not (await self.identify()).supervisor_releases:
                raise unsupported.supervisor_release(self.profile) from None
            raise

    async def rack_history(self, rack_id: str) -> list[contract.AuditEntry]:
        """What supervisors did on the rack (extension; empty from a server without it)."""
        try:
            return await self._call_list(contract.AuditEntry, "GET", f"/api/racks/{rack_id}/history")
        except errors.NotFound as missing:
            if rack_id in missing.detail:
                raise
            return []

    async def pause(self, rack_id: str) -> contract.RackChangeResponse:
        return await self._call(
            contract.RackChangeResponse, "POST", f"/api/racks/{rack_id}/pause", params=self._lock_params()
        )

    async def resume(self, rack_id: str) -> contract.RackChangeResponse:
        return await self._call(
            contract.RackChangeResponse, "POST", f"/api/racks/{rack_id}/resume", params=self._lock_params()
        )

    async def rack_status(self, rack_id: str) -> contract.RackStatus:
        return await self._call(contract.RackStatus, "GET", f"/api/racks/{rack_id}/status")

    async def my_racks(self) -> list[contract.RackStatus]:
        return await self._call_list(contract.RackStatus, "GET", "/api/racks/user/active")

    async def rack_items(self, rack_id: str) -> list[contract.RackItem] | None:
        """The rack's catalogue slice (extension), or ``None`` when the server has no such thing."""
        try:
            return await self._call_list(contract.RackItem, "GET", f"/api/racks/{rack_id}/items")
        except errors.NotFound as missing:
            if "rack" in missing.detail.lower() and rack_id in missing.detail:
                raise
            return None

    # --- items --------------------------------------------------------------------------------

    async def item_by_barcode(self, barcode: str) -> contract.ErpItem | None:
        """The item with this barcode, or ``None`` when the server knows no such barcode."""
        try:
            return await self._call(contract.ErpItem, "GET", f"/api/erp/items/barcode/{barcode}")
        except errors.NotFound:
            return None

    # --- sessions -----------------------------------------------------------------------------

    async def heartbeat(self, session_id: str) -> contract.HeartbeatResponse:
        return await self._call(contract.HeartbeatResponse, "POST", f"/api/sessions/{session_id}/heartbeat")

    async def active_sessions(self, *, token: str | None = None) -> list[contract.SessionDetail]:
        return await self._call_list(contract.SessionDetail, "GET", "/api/sessions/active", token=token)

    async def recent_sessions(self, *, token: str | None = None) -> list[contract.SessionDetail]:
        """Everyone's latest sessions, newest first (extension, supervisors only)."""
        return await self._call_list(contract.SessionDetail, "GET", "/api/sessions/recent", token=token)

    async def session(self, session_id: str) -> contract.SessionDetail:
        return await self._call(contract.SessionDetail, "GET", f"/api/sessions/{session_id}")

    async def session_stats(self, session_id: str) -> contract.SessionStats:
        return await self._call(contract.SessionStats, "GET", f"/api/sessions/{session_id}/stats")

    async def complete(self, session_id: str) -> contract.CompleteResponse:
        """Mark the rack counted and end the session (``completes_sessions``: StockVerify's way; its
        answer may leave the id out and say ``CLOSED``, read as the same)."""
        url = f"/api/sessions/{session_id}/complete"
        payload = contract.unwrap(await self._json("POST", url))
        if isinstance(payload, dict) and not ({"id", "session_id"} & payload.keys()):
            payload = {**payload, "id": session_id}
        return self._read(contract.CompleteResponse, url, payload)

    async def history(self) -> list[contract.SessionDetail]:
        return await self._call_list(contract.SessionDetail, "GET", "/api/sessions/user/history")

    # --- sync ---------------------------------------------------------------------------------

    async def sync_batch(self, batch: contract.SyncBatchRequest) -> contract.SyncBatchResponse:
        """Send a batch of lines.

        ``records_without_rack_id``: StockVerify compares its lock's owner (a user name) with a record's
        ``session_id`` whenever the record names its rack, and refuses every line of the rack's own
        holder as ``rack_locked``; without ``rack_id`` (optional there) the lines are taken. The cost:
        the server can no longer check a line against the rack's lock, so a station whose lease has
        lapsed could write into a rack someone else now holds. The station's own lease (heartbeats,
        ending the session when the lease is lost) is then the only guard.
        """
        if not self.profile.records_without_rack_id:
            return await self._call(contract.SyncBatchResponse, "POST", "/api/sync/batch", json=batch)
        body = batch.model_dump(mode="json", exclude_none=True, exclude={"records": {"__all__": {"rack_id"}}})
        return await self._call(contract.SyncBatchResponse, "POST", "/api/sync/batch", json=body)

    async def conflicts(self, status: str = "pending", *, token: str | None = None) -> list[contract.ServerConflict]:
        """Every conflict in ``status``, page after page (a server that does not page answers them all at once).

        ``resolves_conflicts``: StockVerify's conflicts API answers 401 to every token; there this raises
        ``errors.Unsupported`` (never "sign-in expired").
        """
        self._decisions_taken()
        found: dict[str, contract.ServerConflict] = {}
        for page in range(CONFLICT_PAGES):
            params = {"status": status, "limit": str(CONFLICT_PAGE), "offset": str(page * CONFLICT_PAGE)}
            listed = await self._decisions(
                self._call_list(contract.ServerConflict, "GET", "/api/sync/conflicts", params=params, token=token)
            )
            fresh = {conflict.id: conflict for conflict in listed if conflict.id not in found}
            found.update(fresh)
            if len(listed) != CONFLICT_PAGE or not fresh:
                break
        return list(found.values())

    async def resolve(
        self, conflict_id: str, resolution: contract.ConflictResolution, *, token: str | None = None
    ) -> contract.ServerConflict:
        """Settle a conflict; ``token`` lets a supervisor's token be used for this call only (``Unsupported``
        from a server that takes no decisions, as ``conflicts``)."""
        self._decisions_taken()
        url = f"/api/sync/conflicts/{conflict_id}/resolve"
        return await self._decisions(self._call(contract.ServerConflict, "POST", url, json=resolution, token=token))

    def _decisions_taken(self) -> None:
        if not self.profile.resolves_conflicts:
            raise unsupported.decisions(self.profile)

    async def _decisions(self, call: Awaitable[T]) -> T:
        """A call of the conflicts API; its 401 from a server not known yet to be StockVerify is asked about
        (``identify``) before it is read as an expired sign-in."""
        try:
            return await call
        except errors.Unauthorized:
            if not (await self.identify()).resolves_conflicts:
                raise unsupported.decisions(self.profile) from None
            raise

    async def health(self) -> contract.Health:
        payload = await self._json("GET", "/api/health", auth=False)
        self.server.settle(from_health(payload), "its health answer")
        return self._read(contract.Health, "/api/health", payload)

    # --- plumbing -----------------------------------------------------------------------------

    async def call(self, model: type[M], method: str, url: str, **kwargs: Any) -> M:
        """One call read as ``model``, for the extensions' clients (``station.api.oversight``)."""
        return await self._call(model, method, url, **kwargs)

    async def call_list(self, model: type[M], method: str, url: str, **kwargs: Any) -> list[M]:
        """One call read as a list of ``model``, for the extensions' clients."""
        return await self._call_list(model, method, url, **kwargs)

    async def _call(self, model: type[M], method: str, url: str, **kwargs: Any) -> M:
        return self._read(model, url, await self._json(method, url, **kwargs))

    def _read(self, model: type[M], url: str, payload: Any) -> M:
        try:
            return contract.read(model, payload)
        except ValidationError as exc:
            raise errors.BadResponse(
                _not_understood(url),
                detail=str(exc)[:500],
            ) from exc

    async def _call_list(self, model: type[M], method: str, url: str, **kwargs: Any) -> list[M]:
        payload = await self._json(method, url, **kwargs)
        try:
            return contract.read_list(model, payload)
        except ValidationError as exc:
            raise errors.BadResponse(
                _not_understood(url),
                detail=str(exc)[:500],
            ) from exc

    async def _json(
        self,
        method: str,
        url: str,
        *,
        json: BaseModel | dict[str, Any] | None = None,
        params: dict[str, str] | None = None,
        auth: bool = True,
        token: str | None = None,
        renewing: bool = True,
    ) -> Any:
        own = auth and token is None and renewing  # the station's own log-in, which renews itself
        if own and self.credentials.due():
            await self.renew()
        response = await self._send(method, url, json=json, params=params, auth=auth, token=token)
        if own and response.status_code == 401 and await self.renew():
            response = await self._send(method, url, json=json, params=params, auth=auth, token=token)
        if response.is_success:
            try:
                return response.json()
            except ValueError as exc:
                not_json = translate(
                    "client", "The server's answer to {address} is not JSON; is the server address right?"
                )
                raise errors.BadResponse(
                    not_json.format(address=url), status=response.status_code, detail=response.text[:200]
                ) from exc
        raise error_for(response, method, url, self.profile)

    async def _send(
        self,
        method: str,
        url: str,
        *,
        json: BaseModel | dict[str, Any] | None,
        params: dict[str, str] | None,
        auth: bool,
        token: str | None,
    ) -> httpx.Response:
        headers = {}
        bearer = token or (self.credentials.token if auth else None)
        if auth and bearer:
            headers["Authorization"] = f"Bearer {bearer}"
        body = json.model_dump(mode="json", exclude_none=True) if isinstance(json, BaseModel) else json
        import httpx  # imported by the first request, after the log-in screen shows

        try:
            return await self.http.request(method, url, json=body, params=params, headers=headers)
        except httpx.TimeoutException as exc:
            raise errors.ServerUnavailable(
                translate(
                    "client",
                    "The server did not answer in time. The station keeps counting and will send everything later.",
                ),
                detail=f"{type(exc).__name__} on {method} {url}",
            ) from exc
        except httpx.TransportError as exc:
            raise unreachable(exc, method, url) from exc


def _not_understood(url: str) -> Said:
    """An answer of the wrong shape: most often the wrong server."""
    return translate(
        "client", "The server's answer to {address} is not one this station understands; is the server address right?"
    ).format(address=url)
