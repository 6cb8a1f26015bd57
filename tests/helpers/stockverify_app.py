"""The fake StockVerify's routes: StockVerify's answers and error bodies, and its defects where they are switched on."""

from __future__ import annotations

import secrets
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime
from typing import Any

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse, Response

from tests.helpers.stockverify import LOCK_TTL_S, Rack, Session, StockVerifyState, User


class Refusal(Exception):
    """An error answer: ``detail`` as StockVerify writes it (a string, an object or a list)."""

    def __init__(self, status: int, detail: Any, headers: dict[str, str] | None = None) -> None:
        super().__init__(status)
        self.status, self.detail, self.headers = status, detail, headers or {}


def refused(status: int, message: str, code: str) -> Refusal:
    """401, 404 and 429 carry an object: ``{message, code}``."""
    return Refusal(status, {"message": message, "code": code, "timestamp": datetime.now(UTC).isoformat()})


MISSING_REDIS_SERVICE = [{"type": "missing", "loc": ["query", "redis_service"], "msg": "Field required", "input": None}]


def create_app(state: StockVerifyState) -> FastAPI:  # noqa: C901 - one closure per route, as a FastAPI app is
    app = FastAPI(title="Stock Count API (fake)")

    @app.exception_handler(Refusal)
    async def _refusal(_request: Request, exc: Refusal) -> JSONResponse:
        return JSONResponse({"detail": exc.detail}, status_code=exc.status, headers=exc.headers)

    @app.middleware("http")
    async def _log(request: Request, call_next: Callable[[Request], Awaitable[Response]]) -> Response:
        response = await call_next(request)
        path = request.url.path + (f"?{request.url.query}" if request.url.query else "")
        with state.lock:
            state.calls.append((request.method, path, response.status_code))
        return response

    def user_of(request: Request) -> User:
        header = request.headers.get("authorization", "")
        username = state.tokens.get(header.removeprefix("Bearer ").strip()) if header.startswith("Bearer ") else None
        if username is None:
            raise refused(401, "Could not validate credentials", "AUTH_INVALID_TOKEN")
        return state.users[username]

    def redis_service(request: Request) -> None:
        if state.defects.redis_service_param and "redis_service" not in request.query_params:
            raise Refusal(422, MISSING_REDIS_SERVICE)

    def rack_of(rack_id: str) -> Rack:
        rack = state.racks.get(rack_id)
        if rack is None:
            raise refused(404, f"Rack {rack_id} not found", "RACK_NOT_FOUND")
        return rack

    def session_of(session_id: str) -> Session:
        session = state.sessions.get(session_id)
        if session is None:
            raise refused(404, f"Session {session_id} not found", "SESSION_NOT_FOUND")
        return session

    def rack_status(rack: Rack) -> dict[str, Any]:
        return {"rack_id": rack.rack_id, "floor": rack.floor, "status": rack.status, "claimed_by": rack.claimed_by,
                "session_id": rack.session_id, "lock_expires_at": rack.lock_expires_at,
                "updated_at": rack.updated_at}  # fmt: skip

    def session_detail(session: Session) -> dict[str, Any]:
        records = state.session_records(session.id)
        return {"id": session.id, "user_id": session.user_id, "rack_id": session.rack_id, "floor": session.floor,
                "status": session.status, "started_at": session.started_at, "last_heartbeat": session.last_heartbeat,
                "completed_at": session.completed_at, "item_count": len(records),
                "verified_count": sum(1 for r in records if r.get("status") == "finalized")}  # fmt: skip

    def free(rack: Rack, status: str) -> None:
        rack.status, rack.claimed_by, rack.lock_owner, rack.lock_until = status, None, None, 0.0
        rack.updated_at = state.clock()

    # --- auth ------------------------------------------------------------------------------------

    def token_for(user: User) -> dict[str, Any]:
        token = secrets.token_urlsafe(24)
        state.tokens[token] = user.username
        data = {"access_token": token, "token_type": "bearer", "expires_in": 3600,
                "user": {"username": user.username, "full_name": user.full_name, "role": user.role}}  # fmt: skip
        return {"success": True, "data": data, "message": "Login successful"}

    @app.post("/api/auth/login")
    async def login(request: Request) -> dict[str, Any]:
        body = await request.json()
        user = state.users.get(body.get("username", ""))
        if user is None or user.password != body.get("password"):
            raise refused(401, "Invalid username or password", "AUTH_INVALID_CREDENTIALS")
        return token_for(user)

    @app.post("/api/auth/login-pin")
    async def login_pin(request: Request) -> dict[str, Any]:
        body = await request.json()
        pin, name = body.get("pin", ""), body.get("username", "")
        anyone = state.defects.pin_ignores_user
        found = [u for u in state.users.values() if u.pin == pin and (anyone or u.username == name)]
        if not found:
            raise refused(401, "Invalid PIN", "AUTH_INVALID_PIN")
        return token_for(found[0])

    @app.get("/api/auth/me")
    async def me(request: Request) -> dict[str, Any]:
        user = user_of(request)
        return {"username": user.username, "full_name": user.full_name, "role": user.role}

    @app.post("/api/auth/logout")
    async def logout(request: Request) -> dict[str, Any]:
        user_of(request)
        state.tokens.pop(request.headers["authorization"].removeprefix("Bearer ").strip(), None)
        return {"success": True, "message": "Logged out"}

    # --- racks -----------------------------------------------------------------------------------

    @app.get("/api/racks/floors")
    async def floors(request: Request) -> list[str]:
        user_of(request)
        return sorted({rack.floor for rack in state.racks.values()})

    @app.get("/api/racks/available")
    async def available(request: Request, floor: str | None = None) -> list[dict[str, Any]]:
        user_of(request)
        return [{"rack_id": r.rack_id, "floor": r.floor, "status": r.status,
                 "item_count": sum(1 for i in state.items if i.rack == r.rack_id)}
                for r in state.racks.values()
                if (floor is None or r.floor == floor) and r.status in ("available", "paused")]  # fmt: skip

    @app.get("/api/racks/user/active")
    async def my_racks(request: Request) -> list[dict[str, Any]]:
        user = user_of(request)
        return [rack_status(r) for r in state.racks.values()
                if r.claimed_by == user.username and r.status in ("active", "paused")]  # fmt: skip

    @app.post("/api/racks/{rack_id}/claim")
    async def claim(rack_id: str, request: Request) -> dict[str, Any]:
        redis_service(request)
        user = user_of(request)
        floor = (await request.json()).get("floor", "")
        now = state.clock()
        with state.lock:
            if rack_id not in state.racks and state.defects.claim_creates_rack:
                state.racks[rack_id] = Rack(rack_id, floor, updated_at=now)
            rack = rack_of(rack_id)
            holder = state.holder(rack)
            if holder is not None and holder != user.username:
                raise Refusal(409, f"Rack {rack_id} is locked by {holder}")
            if holder is None or rack.session_id is None:
                session = Session(f"session_{user.username}_{rack_id}_{int(now)}", user.username, rack_id, floor, now)
                state.sessions[session.id] = session
                rack.session_id = session.id
                rack.lock_expires_at = now + LOCK_TTL_S
            rack.status, rack.claimed_by, rack.lock_owner, rack.lock_until = "active", user.username, user.username, (
                now + LOCK_TTL_S)  # fmt: skip
            rack.updated_at = now
        return {"success": True, "rack_id": rack_id, "session_id": rack.session_id, "floor": rack.floor,
                "lock_ttl": LOCK_TTL_S, "message": f"Rack {rack_id} claimed successfully"}  # fmt: skip

    def mine(rack: Rack, user: User, *, supervisor_may: bool = False) -> None:
        if rack.claimed_by == user.username:
            return
        if supervisor_may and user.role in ("supervisor", "admin") and not state.defects.supervisor_release_forbidden:
            return
        raise Refusal(403, f"Rack {rack.rack_id} is not claimed by you")

    @app.post("/api/racks/{rack_id}/release")
    async def release(rack_id: str, request: Request) -> dict[str, Any]:
        redis_service(request)
        user = user_of(request)
        rack = rack_of(rack_id)
        mine(rack, user, supervisor_may=True)
        counted = rack.session_id is not None and bool(state.session_records(rack.session_id))
        if rack.session_id in state.sessions:
            state.sessions[rack.session_id].status = "RELEASED"
        free(rack, "completed" if counted and not state.defects.release_leaves_available else "available")
        return {"success": True, "rack_id": rack_id, "message": f"Rack {rack_id} released"}

    @app.post("/api/racks/{rack_id}/pause")
    async def pause(rack_id: str, request: Request) -> dict[str, Any]:
        redis_service(request)
        user = user_of(request)
        rack = rack_of(rack_id)
        mine(rack, user)
        rack.status, rack.updated_at = "paused", state.clock()
        return {"success": True, "rack_id": rack_id, "status": "paused"}

    @app.post("/api/racks/{rack_id}/resume")
    async def resume(rack_id: str, request: Request) -> dict[str, Any]:
        redis_service(request)
        user = user_of(request)
        rack = rack_of(rack_id)
        mine(rack, user)
        if rack.status != "paused":
            raise Refusal(400, f"Rack {rack_id} is not paused")
        rack.status, rack.updated_at = "active", state.clock()
        return {"success": True, "rack_id": rack_id, "status": "active"}

    @app.get("/api/racks/{rack_id}/status")
    async def status(rack_id: str, request: Request) -> dict[str, Any]:
        user_of(request)
        return rack_status(rack_of(rack_id))

    # --- items -----------------------------------------------------------------------------------

    @app.get("/api/erp/items/barcode/{barcode}")
    async def item_by_barcode(barcode: str, request: Request) -> dict[str, Any]:
        user_of(request)
        item = state.item(barcode)
        if item is None:
            raise refused(404, f"Item with barcode {barcode} not found", "ITEM_NOT_FOUND")
        return {"item_code": item.item_code, "item_name": item.item_name, "barcode": item.barcode,
                "stock_qty": item.stock_qty, "mrp": item.mrp, "category": "General", "subcategory": None,
                "uom_code": "NOS", "uom_name": "Numbers", "floor": item.floor, "rack": item.rack,
                "is_serialized": item.is_serialized, "manual_barcode": None}  # fmt: skip

    # --- sessions --------------------------------------------------------------------------------

    @app.get("/api/sessions/active")
    async def active_sessions(request: Request) -> list[dict[str, Any]]:
        user_of(request)
        if state.defects.active_sessions_empty:
            return []
        return [session_detail(s) for s in state.sessions.values() if s.status == "ACTIVE"]

    @app.get("/api/sessions/user/history")
    async def history(request: Request) -> list[dict[str, Any]]:
        user = user_of(request)
        found = sorted(state.sessions_of(user.username), key=lambda s: s.started_at, reverse=True)
        return [session_detail(s) for s in found]

    @app.get("/api/sessions/{session_id}")
    async def session(session_id: str, request: Request) -> dict[str, Any]:
        user_of(request)
        return session_detail(session_of(session_id))

    @app.get("/api/sessions/{session_id}/stats")
    async def stats(session_id: str, request: Request) -> dict[str, Any]:
        user_of(request)
        session_of(session_id)
        return state.stats(session_id)

    @app.post("/api/sessions/{session_id}/heartbeat")
    async def heartbeat(session_id: str, request: Request) -> dict[str, Any]:
        user = user_of(request)
        session = session_of(session_id)
        now = state.clock()
        session.last_heartbeat = now
        rack = state.racks.get(session.rack_id)
        renewed = rack is not None and state.holder(rack) == user.username and rack.session_id == session_id
        if renewed and rack is not None:
            rack.lock_until = now + LOCK_TTL_S
            if not state.defects.lock_expiry_frozen:
                rack.lock_expires_at = rack.lock_until
        return {"success": True, "id": session_id, "rack_lock_renewed": renewed, "user_presence_updated": True,
                "lock_ttl_remaining": LOCK_TTL_S if renewed else 0,
                "message": "Heartbeat received" if renewed else "Rack lock not held"}  # fmt: skip

    @app.post("/api/sessions/{session_id}/complete")
    async def complete(session_id: str, request: Request) -> dict[str, Any]:
        user = user_of(request)
        session = session_of(session_id)
        if session.user_id != user.username:
            raise Refusal(403, "Not your session")
        session.status = "CLOSED" if state.defects.release_leaves_available else "completed"
        session.completed_at = state.clock()
        rack = state.racks.get(session.rack_id)
        if rack is not None and rack.session_id == session_id:
            free(rack, "completed")
        return {"success": True, "id": session_id, "status": "completed", "message": "Session completed"}

    # --- sync ------------------------------------------------------------------------------------

    @app.post("/api/sync/batch")
    async def sync_batch(request: Request) -> dict[str, Any]:
        user = user_of(request)
        body = await request.json()
        with state.lock:
            wait = state.throttle(user.username)
            if wait is not None:
                raise Refusal(429, {"message": "Rate limit exceeded: 10 per 1 minute", "code": "RATE_LIMIT_EXCEEDED"},
                              headers={"Retry-After": str(wait)})  # fmt: skip
            ok: list[str] = []
            conflicts: list[dict[str, Any]] = []
            for record in body.get("records", []):
                refusal = state.take(record, user.username)
                if refusal is None:
                    ok.append(record["client_record_id"])
                    continue
                kind, details = refusal
                entry = {"client_record_id": record["client_record_id"], "conflict_type": kind,
                         "message": f"Record refused: {kind}", "details": details}  # fmt: skip
                conflicts.append(entry)
                state.conflicts.append({"id": f"conflict-{len(state.conflicts) + 1}", **entry, "local_data": record,
                                        "server_data": state.records.get(record["client_record_id"]),
                                        "detected_at": datetime.now(UTC).isoformat(), "status": "pending"})  # fmt: skip
        return {"ok": ok, "conflicts": conflicts, "errors": [], "batch_id": body.get("batch_id", ""),
                "processing_time_ms": 1.0, "total_records": len(body.get("records", []))}  # fmt: skip

    def supervisor_of(request: Request) -> User:
        if state.defects.conflicts_unauthorized:
            raise refused(401, "Not authenticated", "AUTH_REQUIRED")  # its permission checker gets no user
        user = user_of(request)
        if user.role not in ("supervisor", "admin"):
            raise Refusal(403, "Supervisor role required")
        return user

    @app.get("/api/sync/conflicts")
    async def conflicts(request: Request, status: str | None = None) -> list[dict[str, Any]]:
        supervisor_of(request)
        return [c for c in state.conflicts if status is None or c["status"] == status]

    @app.post("/api/sync/conflicts/{conflict_id}/resolve")
    async def resolve(conflict_id: str, request: Request) -> dict[str, Any]:
        user = supervisor_of(request)
        found = next((c for c in state.conflicts if c["id"] == conflict_id), None)
        if found is None:
            raise refused(404, f"Conflict {conflict_id} not found", "CONFLICT_NOT_FOUND")
        body = await request.json()
        found.update(status="resolved", resolution=body.get("resolution"), resolved_by=user.username)
        return found

    # --- health ----------------------------------------------------------------------------------

    def health_answer() -> dict[str, Any]:
        return {"status": "healthy", "timestamp": datetime.now(UTC).isoformat(), "service": "stock-verify-api",
                "mongodb": {"port": 27017, "status": "healthy", "is_running": True, "error": None}}  # fmt: skip

    app.add_api_route("/api/health", health_answer, methods=["GET"])
    app.add_api_route("/health", health_answer, methods=["GET"])
    return app
