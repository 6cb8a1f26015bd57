"""Errors as the contract shapes them, ``{"detail": "a sentence"}``; client input never causes a 500."""

from __future__ import annotations

import asyncio
import logging
import uuid
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from sqlalchemy.exc import OperationalError
from sqlalchemy.exc import TimeoutError as PoolTimeout
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from station.contract import MAX_BATCH_RECORDS, ErrorAnswer

log = logging.getLogger(__name__)


class ApiError(Exception):
    """An answer other than success: a status code and a sentence (or StockVerify's detail object)."""

    def __init__(self, status: int, detail: str | dict[str, Any], headers: dict[str, str] | None = None) -> None:
        super().__init__(detail if isinstance(detail, str) else detail.get("message", ""))
        self.status = status
        self.detail = detail
        self.headers = headers


_MEANINGS = {
    400: "The request cannot be carried out as sent",
    401: "Missing, malformed or expired sign-in token",
    403: "Signed in, but not allowed",
    404: "No such rack, session, item or conflict",
    408: "The request body did not arrive in time",
    409: "Held by someone else, or already settled",
    413: "Too many records, or too large a body",
    422: "A field is missing or of the wrong type",
    429: "Too many tries; wait for Retry-After",
    431: "The request's headers are too large",
    500: "The server failed; the answer names the incident its log holds",
    503: "The database is busy; wait for Retry-After and send again",
}
ERROR_RESPONSES: dict[int | str, dict[str, Any]] = {
    status: {"model": ErrorAnswer, "description": meaning} for status, meaning in _MEANINGS.items()
}
"""Every error answers ``{"detail": ...}``; documented once for every route."""


def install_error_handlers(app: FastAPI) -> None:
    app.add_exception_handler(ApiError, _api_error)
    app.add_exception_handler(RequestValidationError, _validation_error)
    app.add_exception_handler(StarletteHTTPException, _http_error)
    app.add_exception_handler(OperationalError, _database_error)
    app.add_exception_handler(PoolTimeout, _database_error)
    # Anything else is answered by ``Incidents`` (a middleware): an exception handler for ``Exception``
    # would run in Starlette's outermost middleware, which re-raises, and the server then drops the
    # keep-alive connection after every 500.
    app.add_middleware(Incidents)


BUSY_RETRY_AFTER_S = 2
_SQLITE_BUSY = {5, 6}  # SQLITE_BUSY, SQLITE_LOCKED (the primary code: extended codes keep it in the low byte)
_POSTGRES_BUSY = {"55P03", "40001", "40P01", "57014", "53300"}
"""lock not available, serialization failure, deadlock, statement timeout, too many connections."""


def database_busy(exc: Exception) -> bool:
    """Whether ``exc`` says the database is busy or locked (worth sending again soon), not broken."""
    if isinstance(exc, PoolTimeout):
        return True
    orig = getattr(exc, "orig", None)
    code = getattr(orig, "sqlite_errorcode", None)
    if code is not None:
        return code & 0xFF in _SQLITE_BUSY
    return getattr(orig, "sqlstate", None) in _POSTGRES_BUSY


async def _database_error(request: Request, exc: Exception) -> JSONResponse:
    if database_busy(exc):
        log.warning("database busy on %s %s: %s", request.method, request.url.path, exc.__class__.__name__)
        return JSONResponse(
            {"detail": "The server's database is busy; nothing was changed. Send it again in a moment."},
            status_code=503,
            headers={"Retry-After": str(BUSY_RETRY_AFTER_S)},
        )
    return incident_answer(request.method, request.url.path, exc)


def incident_answer(method: str, path: str, exc: BaseException) -> JSONResponse:
    """A logged 500 naming its incident (also in ``X-Request-ID``), so a person can find it in the log."""
    incident = uuid.uuid4().hex[:12]
    log.error("incident %s on %s %s", incident, method, path, exc_info=exc)
    return JSONResponse(
        {"detail": f"The server failed to handle this request (incident {incident}); it was logged. Try again."},
        status_code=500,
        headers={"X-Request-ID": incident},
    )


async def _api_error(_request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, ApiError)
    return JSONResponse({"detail": exc.detail}, status_code=exc.status, headers=exc.headers)


async def _http_error(_request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, StarletteHTTPException)
    detail = exc.detail
    if exc.status_code == 404 and detail == "Not Found":
        detail = "There is no such address on this server."
    elif exc.status_code == 405:
        detail = "This address does not take that method."
    return JSONResponse({"detail": detail}, status_code=exc.status_code, headers=exc.headers)


async def _validation_error(_request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, RequestValidationError)
    errors = exc.errors()
    for error in errors:
        if error.get("type") == "json_invalid":
            return JSONResponse({"detail": "The request body is not valid JSON."}, status_code=400)
        if error.get("type") == "too_long" and tuple(error.get("loc", ()))[-2:] == ("body", "records"):
            count = len(error.get("input") or [])
            return JSONResponse(
                {
                    "detail": f"A batch holds at most {MAX_BATCH_RECORDS} records; this one has {count}. "
                    "Send them in smaller batches."
                },
                status_code=413,
            )
    first = errors[0] if errors else {}
    where = ".".join(str(part) for part in first.get("loc", ()) if part != "body") or "the request"
    message = str(first.get("msg", "is not valid")).removeprefix("Value error, ")
    more = f" (and {len(errors) - 1} more problems)" if len(errors) > 1 else ""
    return JSONResponse({"detail": f"The request is not valid: {where}: {message}{more}."}, status_code=422)


class Incidents:
    """Answers an unexpected exception with a logged 500 and keeps the connection open for the next request."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = False

        async def sending(message: Message) -> None:
            nonlocal started
            started = started or message["type"] == "http.response.start"
            await send(message)

        try:
            await self.app(scope, receive, sending)
        except Exception as exc:
            if started:  # half an answer is out: only dropping the connection can say it failed
                raise
            await incident_answer(scope.get("method", ""), scope.get("path", ""), exc)(scope, receive, send)


class BodyLimit:
    """Refuses request bodies over a size with a 413 before they fill the server's memory, bodies that
    stop arriving for ``timeout_s`` with a 408 (a client that never finishes holds nothing for long), and
    headers over ``max_header_bytes`` with a 431."""

    def __init__(
        self, app: ASGIApp, max_bytes: int, timeout_s: float = 30.0, max_header_bytes: int = 16 * 1024
    ) -> None:
        self.app = app
        self.max_header_bytes = max_header_bytes
        self.max_bytes = max_bytes
        self.timeout_s = timeout_s
        self.sentence = (
            f"The request is larger than this server accepts ({max_bytes // (1024 * 1024)} MB). Send less at a time."
        )

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = scope.get("headers") or []
        if sum(len(name) + len(value) + 4 for name, value in headers) > self.max_header_bytes:
            # uvicorn's h11 parser has a limit of its own; httptools has none.
            sentence = f"The request's headers are larger than this server accepts ({self.max_header_bytes} bytes)."
            await JSONResponse({"detail": sentence}, status_code=431)(scope, receive, send)
            return
        declared = dict(headers).get(b"content-length")
        if declared is not None and declared.isdigit() and int(declared) > self.max_bytes:
            await JSONResponse({"detail": self.sentence}, status_code=413)(scope, receive, send)
            return
        seen = 0
        complete = False

        async def counting_receive() -> Message:
            nonlocal seen, complete
            if complete:  # after the body, receive() waits for a disconnect: no deadline for that
                return await receive()
            try:
                message = await asyncio.wait_for(receive(), self.timeout_s)
            except TimeoutError:
                raise StarletteHTTPException(
                    408, f"The request body did not arrive within {self.timeout_s:g} s; send it again."
                ) from None
            if message["type"] == "http.request":
                complete = not message.get("more_body", False)
                seen += len(message.get("body", b""))
                if seen > self.max_bytes:
                    # Raised inside the route, so the HTTP exception handler answers with the sentence.
                    raise StarletteHTTPException(413, self.sentence)
            return message

        await self.app(scope, counting_receive, send)
