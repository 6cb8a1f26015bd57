"""``ServerClient``: one typed method for every endpoint of the contract, over an injected httpx client.

It reads StockVerify's shapes and the reference server's alike (``station.contract`` is tolerant),
uses the reference server's extensions when they answer and falls back when they are 404, and turns
every failure into one of the errors of ``station.api.errors``.
"""

from __future__ import annotations

import asyncio
import logging
import ssl
import threading
import time
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any, TypeVar

import httpx
from pydantic import BaseModel, ValidationError

from station import contract
from station.api import errors
from station.api.profile import REFERENCE, Profile
from station.domain.backoff import parse_retry_after

log = logging.getLogger(__name__)

M = TypeVar("M", bound=BaseModel)
CONFLICT_PAGE = 500
"""Conflicts asked for in one page (the reference server's most); ``CONFLICT_PAGES`` pages at most."""
CONFLICT_PAGES = 20


RENEW_AT = 0.75
"""An access token is renewed once this share of its life has passed (with 15 minutes: after 11¼)."""


class Credentials:
    """The tokens of the person logged in, shared by the GUI's and the sync worker's clients.

    Held in memory only: never written to disk or to the log. A server that hands out a refresh token
    (the reference server) has its short access token renewed before it expires; ``listen`` tells
    others (the live rack feed) the new one.
    """

    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self._lock = threading.Lock()
        self._clock = clock
        self._token: str | None = None
        self._refresh: str | None = None
        self._renew_at: float | None = None
        self._listeners: list[Callable[[str | None], None]] = []
        self.user: contract.UserInfo | None = None

    @property
    def token(self) -> str | None:
        with self._lock:
            return self._token

    @property
    def refresh_token(self) -> str | None:
        with self._lock:
            return self._refresh

    def set(
        self,
        token: str | None,
        user: contract.UserInfo | None = None,
        *,
        refresh_token: str | None = None,
        expires_in: float | None = None,
    ) -> None:
        """Keep ``token`` (and ``user``); with a refresh token and a lifetime, renew it before it ends."""
        with self._lock:
            self._token, self.user, self._refresh = token, user, refresh_token
            self._renew_at = self._clock() + expires_in * RENEW_AT if token and refresh_token and expires_in else None
            listeners = list(self._listeners)
        for listener in listeners:
            listener(token)

    def renewed(self, answer: contract.TokenResponse) -> None:
        """Take a renewed access token, keeping the user and (unless a new one came) the refresh token."""
        self.set(
            answer.access_token, answer.user or self.user,
            refresh_token=answer.refresh_token or self.refresh_token, expires_in=answer.expires_in,
        )  # fmt: skip

    def due(self) -> bool:
        """Whether the access token should be renewed now."""
        with self._lock:
            return self._renew_at is not None and self._clock() >= self._renew_at

    def listen(self, listener: Callable[[str | None], None]) -> None:
        """Call ``listener(token)`` whenever the token changes (log-in, renewal, log-out)."""
        with self._lock:
            self._listeners.append(listener)

    def clear(self) -> None:
        self.set(None, None)


class ServerClient:
    """Calls to a StockVerify-compatible server."""

    def __init__(self, http: httpx.AsyncClient, credentials: Credentials | None = None) -> None:
        self.http = http
        self.credentials = credentials or Credentials()
        self._renewing: asyncio.Lock | None = None
        self._can_renew = True
        self.profile: Profile = REFERENCE  # what the server can do; StockVerify's once it is known

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
                raise _error(response, "POST", "/api/auth/logout")
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
        return await self._call(contract.TokenResponse, "POST", path, json=body, auth=False)

    async def me(self) -> contract.UserInfo:
        return await self._call(contract.UserInfo, "GET", "/api/auth/me")

    # --- racks --------------------------------------------------------------------------------

    async def floors(self) -> list[str]:
        payload = await self._json("GET", "/api/racks/floors")
        names = contract.unwrap(payload)
        if not isinstance(names, list) or not all(isinstance(n, str) for n in names):
            raise errors.BadResponse(
                "The server's list of floors is not one this station can read.", detail=str(payload)[:200]
            )
        return names

    async def racks(self, floor: str) -> list[contract.RackSummary]:
        """Every rack of a floor (the extension), or the available and paused ones (StockVerify)."""
        try:
            return await self._call_list(contract.RackSummary, "GET", "/api/racks", params={"floor": floor})
        except errors.NotFound:
            available = await self.available(floor)
            return [
                contract.RackSummary(rack_id=r.rack_id, floor=r.floor, status=r.status, item_count=r.item_count)
                for r in available
            ]

    async def available(self, floor: str) -> list[contract.AvailableRack]:
        return await self._call_list(contract.AvailableRack, "GET", "/api/racks/available", params={"floor": floor})

    async def claim(self, rack_id: str, floor: str) -> contract.ClaimResponse:
        return await self._call(
            contract.ClaimResponse, "POST", f"/api/racks/{rack_id}/claim", json=contract.ClaimRequest(floor=floor)
        )

    async def release(self, rack_id: str, note: str = "", *, token: str | None = None) -> contract.ReleaseResponse:
        """Give the rack up; a supervisor's ``token`` and ``note`` release someone else's, audited."""
        body = contract.ReleaseRequest(note=note) if note else None
        return await self._call(
            contract.ReleaseResponse, "POST", f"/api/racks/{rack_id}/release", json=body, token=token
        )

    async def rack_history(self, rack_id: str) -> list[contract.AuditEntry]:
        """What supervisors did on the rack (extension; empty from a server without it)."""
        try:
            return await self._call_list(contract.AuditEntry, "GET", f"/api/racks/{rack_id}/history")
        except errors.NotFound as missing:
            if rack_id in missing.detail:
                raise
            return []

    async def pause(self, rack_id: str) -> contract.RackChangeResponse:
        return await self._call(contract.RackChangeResponse, "POST", f"/api/racks/{rack_id}/pause")

    async def resume(self, rack_id: str) -> contract.RackChangeResponse:
        return await self._call(contract.RackChangeResponse, "POST", f"/api/racks/{rack_id}/resume")

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
        return await self._call(contract.CompleteResponse, "POST", f"/api/sessions/{session_id}/complete")

    async def history(self) -> list[contract.SessionDetail]:
        return await self._call_list(contract.SessionDetail, "GET", "/api/sessions/user/history")

    # --- sync ---------------------------------------------------------------------------------

    async def sync_batch(self, batch: contract.SyncBatchRequest) -> contract.SyncBatchResponse:
        return await self._call(contract.SyncBatchResponse, "POST", "/api/sync/batch", json=batch)

    async def conflicts(self, status: str = "pending", *, token: str | None = None) -> list[contract.ServerConflict]:
        """Every conflict in ``status``, page after page (a server that does not page answers them all at once)."""
        found: dict[str, contract.ServerConflict] = {}
        for page in range(CONFLICT_PAGES):
            params = {"status": status, "limit": str(CONFLICT_PAGE), "offset": str(page * CONFLICT_PAGE)}
            listed = await self._call_list(
                contract.ServerConflict, "GET", "/api/sync/conflicts", params=params, token=token
            )
            fresh = {conflict.id: conflict for conflict in listed if conflict.id not in found}
            found.update(fresh)
            if len(listed) != CONFLICT_PAGE or not fresh:
                break
        return list(found.values())

    async def resolve(
        self, conflict_id: str, resolution: contract.ConflictResolution, *, token: str | None = None
    ) -> contract.ServerConflict:
        """Settle a conflict; ``token`` lets a supervisor's token be used for this call only."""
        return await self._call(
            contract.ServerConflict, "POST", f"/api/sync/conflicts/{conflict_id}/resolve", json=resolution, token=token
        )

    async def health(self) -> contract.Health:
        return await self._call(contract.Health, "GET", "/api/health", auth=False)

    # --- plumbing -----------------------------------------------------------------------------

    async def _call(self, model: type[M], method: str, url: str, **kwargs: Any) -> M:
        payload = await self._json(method, url, **kwargs)
        try:
            return contract.read(model, payload)
        except ValidationError as exc:
            raise errors.BadResponse(
                f"The server's answer to {url} is not one this station understands; is the server address right?",
                detail=str(exc)[:500],
            ) from exc

    async def _call_list(self, model: type[M], method: str, url: str, **kwargs: Any) -> list[M]:
        payload = await self._json(method, url, **kwargs)
        try:
            return contract.read_list(model, payload)
        except ValidationError as exc:
            raise errors.BadResponse(
                f"The server's answer to {url} is not one this station understands; is the server address right?",
                detail=str(exc)[:500],
            ) from exc

    async def _json(
        self,
        method: str,
        url: str,
        *,
        json: BaseModel | None = None,
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
                raise errors.BadResponse(
                    f"The server's answer to {url} is not JSON; is the server address right?",
                    status=response.status_code, detail=response.text[:200],
                ) from exc  # fmt: skip
        raise _error(response, method, url)

    async def _send(
        self,
        method: str,
        url: str,
        *,
        json: BaseModel | None,
        params: dict[str, str] | None,
        auth: bool,
        token: str | None,
    ) -> httpx.Response:
        headers = {}
        bearer = token or (self.credentials.token if auth else None)
        if auth and bearer:
            headers["Authorization"] = f"Bearer {bearer}"
        body = json.model_dump(mode="json", exclude_none=True) if json is not None else None
        try:
            return await self.http.request(method, url, json=body, params=params, headers=headers)
        except httpx.TimeoutException as exc:
            raise errors.ServerUnavailable(
                "The server did not answer in time. The station keeps counting and will send everything later.",
                detail=f"{type(exc).__name__} on {method} {url}",
            ) from exc
        except httpx.TransportError as exc:
            raise _unreachable(exc, method, url) from exc


def _unreachable(exc: httpx.TransportError, method: str, url: str) -> errors.ServerUnavailable:
    cause = exc.__cause__ or exc.__context__
    while cause is not None and not isinstance(cause, ssl.SSLError):
        cause = cause.__cause__ or cause.__context__
    if isinstance(cause, ssl.SSLCertVerificationError) or "CERTIFICATE_VERIFY_FAILED" in str(exc):
        return errors.ServerUnavailable(
            "The server's certificate is not trusted by this station. Ask IT to set server.ca_bundle "
            "to the warehouse's certificate authority.",
            detail=f"{method} {url}: {exc}",
        )
    return errors.ServerUnavailable(
        "The server cannot be reached. The station keeps counting and will send everything when it is back.",
        detail=f"{type(exc).__name__} on {method} {url}: {exc}",
    )


def _error(response: httpx.Response, method: str, url: str) -> errors.ApiError:
    status = response.status_code
    try:
        message = contract.read(contract.ErrorAnswer, response.json()).message
    except (ValueError, ValidationError):
        message = response.text[:200]
    detail = message or response.reason_phrase
    message = _as_sentence(message)
    log.info("%s %s answered %s: %s", method, url, status, detail)
    if status == 401:
        return errors.Unauthorized(
            "Your sign-in has expired. Log in again; nothing you counted is lost.", status=status, detail=detail
        )
    if status == 403:
        return errors.Forbidden(message or "You are not allowed to do that.", status=status, detail=detail)
    if status == 404:
        return errors.NotFound(message or f"The server has no {url}.", status=status, detail=detail)
    if status == 409:
        return errors.LeaseConflict(message or "Someone else holds this rack.", status=status, detail=detail)
    if status == 429:
        wait = parse_retry_after(response.headers.get("Retry-After"), datetime.now(UTC))
        wait = 60.0 if wait is None else wait
        sentence = message or f"The server asked the station to wait {wait:.0f} s."
        return errors.RateLimited(sentence, retry_after=wait, detail=detail)
    if status in (400, 413, 422):
        return errors.InvalidRequest(message or "The server refused the request.", status=status, detail=detail)
    if status >= 500:
        return errors.ServerUnavailable(
            f"The server failed ({status}). The station keeps counting and will send everything later.",
            status=status, detail=detail,
        )  # fmt: skip
    return errors.BadResponse(
        f"The server answered {status}, which this station does not expect.", status=status, detail=detail
    )


def _as_sentence(message: str) -> str:
    """The server's words as a sentence: capitalised, ending in a full stop."""
    message = message.strip()
    if not message:
        return ""
    message = message[0].upper() + message[1:]
    return message if message[-1] in ".!?" else message + "."
