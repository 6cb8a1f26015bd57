"""The wire contract (docs/CONTRACT.md): pydantic models for every request and answer.

One module is the single source of truth for the station's client and the reference server.

* ``Answer`` models are what a server sends. They are read tolerantly: unknown fields are ignored,
  documented aliases accepted (``session_id`` for ``id``), StockVerify's ``{success, data}``
  envelope unwrapped, optional fields defaulted, numbers that arrive as strings coerced.
* ``Request`` models are what a station sends. They are written strictly: no unknown fields, no
  string-for-number coercion, bounded sizes, timezone-aware times.

Reading a payload goes through ``read`` and ``read_list``, which unwrap the envelope.
"""

from __future__ import annotations

from datetime import UTC, datetime
from enum import StrEnum
from typing import Annotated, Any, Literal, TypeVar

from pydantic import (
    AliasChoices,
    AwareDatetime,
    BaseModel,
    ConfigDict,
    Field,
    StrictBool,
    StrictInt,
    StringConstraints,
    TypeAdapter,
    field_validator,
    model_validator,
)
from pydantic.functional_validators import BeforeValidator

from station.wire_text import Code, Id, Name, Note, Serial, ShortId, Text

MAX_BATCH_RECORDS = 100
"""The most records one ``POST /api/sync/batch`` may carry."""

MAX_SERIALS_PER_RECORD = 10_000
MAX_SERIALS_PER_BATCH = 20_000  # in all: a station sends more in several batches

Pin = Annotated[str, StringConstraints(pattern=r"^[0-9]{4,8}$")]  # ASCII digits only
Password = Annotated[str, StringConstraints(min_length=1, max_length=256)]
WireQuantity = Annotated[StrictInt, Field(ge=-1_000_000_000, le=1_000_000_000)]
"""A quantity as sent: the domain's rules (not negative, damage <= verified) are the server's to
judge and answer as an ``invalid_quantity`` conflict, so the wire only bounds the size."""


def _epoch(value: Any) -> Any:
    """Accept epoch seconds or an ISO-8601 string for a time that the contract gives as epoch."""
    if isinstance(value, str):
        try:
            return float(value)
        except ValueError:
            parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
            if parsed.tzinfo is None:
                parsed = parsed.replace(tzinfo=UTC)
            return parsed.timestamp()
    if isinstance(value, datetime):
        return (value if value.tzinfo else value.replace(tzinfo=UTC)).timestamp()
    return value


Epoch = Annotated[float, BeforeValidator(_epoch)]
"""Seconds since 1970 (UTC), as StockVerify sends times in rack and session status."""


class Answer(BaseModel):
    """A server's answer: read tolerantly."""

    model_config = ConfigDict(extra="ignore", populate_by_name=True, frozen=True)

    @model_validator(mode="before")
    @classmethod
    def _unwrap_envelope(cls, data: Any) -> Any:
        if isinstance(data, dict) and "data" not in cls.model_fields:
            return unwrap(data)
        return data


class Request(BaseModel):
    """A station's request: written strictly."""

    model_config = ConfigDict(extra="forbid", frozen=True)


def unwrap(payload: Any) -> Any:
    """StockVerify wraps some answers as ``{"success": true, "data": ...}``: return the inside."""
    if isinstance(payload, dict) and "success" in payload and "data" in payload:
        inner = payload["data"]
        if isinstance(inner, dict | list):
            return inner
    return payload


AnswerT = TypeVar("AnswerT", bound=BaseModel)


def read(model: type[AnswerT], payload: Any) -> AnswerT:
    """Parse one answer, envelope or not."""
    return model.model_validate(unwrap(payload))


def read_list(model: type[AnswerT], payload: Any) -> list[AnswerT]:
    """Parse an answer that is a list, envelope or not."""
    return TypeAdapter(list[model]).validate_python(unwrap(payload))  # type: ignore[valid-type]


class Role(StrEnum):
    """Who a user is: a counter (``staff``), a supervisor or an admin."""

    STAFF = "staff"
    SUPERVISOR = "supervisor"
    ADMIN = "admin"


class LoginRequest(Request):
    username: Name
    password: Password


class PinLoginRequest(Request):
    username: Name
    pin: Pin


class UserInfo(Answer):
    username: str
    full_name: str = ""
    role: Role = Role.STAFF

    @field_validator("role", mode="before")
    @classmethod
    def _least_privilege(cls, value: Any) -> Any:
        # A role this station does not know gets a counter's rights, never more.
        return value if value in Role._value2member_map_ else Role.STAFF


class TokenResponse(Answer):
    access_token: str
    refresh_token: str | None = None
    token_type: str = "bearer"
    expires_in: float | None = None
    user: UserInfo | None = None


class RackState(StrEnum):
    """A rack's status on the server."""

    AVAILABLE = "available"
    ACTIVE = "active"
    PAUSED = "paused"
    COMPLETED = "completed"


def _rack_state(value: Any) -> Any:
    if value == "claimed":  # StockVerify's older name for active
        return RackState.ACTIVE
    if value not in RackState._value2member_map_:
        # An unknown status is treated as busy: never offer a rack to claim on a guess.
        return RackState.ACTIVE
    return value


WireRackState = Annotated[RackState, BeforeValidator(_rack_state)]


class AvailableRack(Answer):
    rack_id: str
    floor: str = ""
    status: WireRackState = RackState.AVAILABLE
    item_count: int = 0


class RackStatus(Answer):
    rack_id: str
    floor: str = ""
    status: WireRackState = RackState.AVAILABLE
    claimed_by: str | None = None
    session_id: str | None = None
    lock_expires_at: Epoch | None = None
    updated_at: Epoch | None = None
    lock_token: int | None = None  # (ext)


class RackSummary(RackStatus):
    """A rack in the ``GET /api/racks?floor=F`` listing (ext)."""

    item_count: int = 0
    counted_count: int | None = None  # (ext) lines counted so far in the rack's latest session
    recount: str | None = None  # (ext) to_recount, recounting, recounted, approved (contract_oversight)
    recount_for: str | None = None  # (ext) the counter assigned to recount it; anyone when none


class ClaimRequest(Request):
    floor: ShortId


class ClaimResponse(Answer):
    success: bool = True
    rack_id: str
    session_id: str = Field(validation_alias=AliasChoices("session_id", "id"))
    floor: str = ""
    lock_ttl: float
    message: str = ""
    lock_token: int | None = None  # (ext)


class ReleaseRequest(Request):
    """(ext) Why a supervisor releases someone else's rack, or releases one whose counts disagree."""

    note: Note = ""


class ReleaseResponse(Answer):
    success: bool = True
    rack_id: str
    message: str = ""


class RackChangeResponse(Answer):
    """The answer to pause and resume."""

    success: bool = True
    rack_id: str
    status: WireRackState


class RackItem(Answer):
    """One item of a rack's catalogue slice (ext)."""

    item_code: str
    name: str = ""
    barcodes: list[str] = Field(default_factory=list)
    uom: str = ""
    expected_qty: float | None = None
    serialized: bool = False


class ErpItem(Answer):
    """StockVerify's item look-up answer (``GET /api/erp/items/barcode/{barcode}``)."""

    item_code: str
    item_name: str = ""
    barcode: str = ""
    stock_qty: float | None = None
    mrp: float | None = None
    category: str | None = None
    subcategory: str | None = None
    uom_code: str | None = None
    uom_name: str | None = None
    floor: str | None = None
    rack: str | None = None
    is_serialized: bool = False
    manual_barcode: str | None = None


class ErrorAnswer(Answer):
    """An error body: ``{"detail": "..."}`` or ``{"detail": {"message": ..., "code": ...}}``."""

    detail: str | dict[str, Any] | list[Any] = ""

    @property
    def message(self) -> str:
        """The server's own words, whatever shape they came in."""
        if isinstance(self.detail, str):
            return self.detail
        if isinstance(self.detail, dict):
            return str(self.detail.get("message") or self.detail.get("detail") or "")
        first = self.detail[0] if self.detail else {}
        return str(first.get("msg", "")) if isinstance(first, dict) else str(first)

    @property
    def code(self) -> str | None:
        """The machine-readable code some errors carry (``code`` or ``error_code``)."""
        if isinstance(self.detail, dict):
            value = self.detail.get("code") or self.detail.get("error_code")
            return str(value) if value is not None else None
        return None


_SESSION_ID = AliasChoices("id", "session_id")


class HeartbeatResponse(Answer):
    success: bool = True
    id: str = Field(validation_alias=_SESSION_ID)
    rack_lock_renewed: bool
    user_presence_updated: bool = True
    lock_ttl_remaining: float | None = None
    message: str = ""
    lock_token: int | None = None  # (ext)


class SessionDetail(Answer):
    id: str = Field(validation_alias=_SESSION_ID)
    user_id: str = ""
    rack_id: str = ""
    floor: str = ""
    status: str = ""
    started_at: Epoch | None = None
    last_heartbeat: Epoch | None = None
    completed_at: Epoch | None = None
    item_count: int = 0
    verified_count: int = 0
    station: str | None = None  # (ext) the station's name the session was claimed from


class SessionStats(Answer):
    id: str = Field(validation_alias=_SESSION_ID)
    total_items: int = 0
    verified_items: int = 0
    damage_items: int = 0
    pending_items: int = 0
    duration_seconds: float = 0.0
    items_per_minute: float = 0.0


class CompleteResponse(Answer):
    success: bool = True
    id: str = Field(validation_alias=_SESSION_ID)
    status: str = "completed"


class RecordStatusWire(StrEnum):
    PARTIAL = "partial"
    FINALIZED = "finalized"


class SyncRecord(Request):
    """One counted line as sent to the server; ``client_record_id`` is its idempotency key."""

    client_record_id: Id
    session_id: Id
    rack_id: ShortId
    floor: ShortId
    item_code: Code
    verified_qty: WireQuantity
    damage_qty: WireQuantity = 0
    serial_numbers: list[Serial] = Field(default_factory=list, max_length=MAX_SERIALS_PER_RECORD)
    status: RecordStatusWire = RecordStatusWire.PARTIAL
    created_at: AwareDatetime
    updated_at: AwareDatetime
    uom: Text | None = None
    item_condition: Text | None = None
    lock_token: StrictInt | None = None  # (ext) the fencing token the line was counted under
    base_version: StrictInt | None = None  # (ext) the server version this edit started from
    barcode: Code | None = None  # (ext)
    manual_entry: StrictBool = False  # (ext) typed rather than scanned


class SyncBatchRequest(Request):
    batch_id: Id
    records: list[SyncRecord] = Field(max_length=MAX_BATCH_RECORDS)


class ConflictType(StrEnum):
    """Why the server refused a record; each waits for a person."""

    DUPLICATE_SERIAL = "duplicate_serial"
    INVALID_QUANTITY = "invalid_quantity"
    RACK_LOCKED = "rack_locked"
    STALE_LOCK = "stale_lock"  # (ext)
    VERSION_CONFLICT = "version_conflict"  # (ext)


class SyncConflict(Answer):
    client_record_id: str
    conflict_type: str
    message: str = ""
    details: dict[str, Any] = Field(default_factory=dict)


class DuplicateSerialDetails(Answer):
    """(ext) A ``duplicate_serial`` conflict's ``details``: the other line's rack, counter and time, never its id."""

    serial_number: str = ""
    within_record: bool = False
    other_rack_id: str | None = None
    other_counted_by: str | None = None
    other_counted_at: Epoch | None = None


class SyncErrorEntry(Answer):
    """A record the server could not take this time: retryable."""

    client_record_id: str
    error_type: str = "error"
    message: str = ""


class SyncBatchResponse(Answer):
    ok: list[str] = Field(default_factory=list)
    conflicts: list[SyncConflict] = Field(default_factory=list)
    errors: list[SyncErrorEntry] = Field(default_factory=list)
    batch_id: str = ""
    processing_time_ms: float = 0.0
    total_records: int = 0


class ConflictStatus(StrEnum):
    PENDING = "pending"
    RESOLVED = "resolved"
    IGNORED = "ignored"


class SettledLine(Answer):
    """(ext) The line as the server holds it once its conflict is settled; version 0: it holds none."""

    verified_qty: int = 0
    damage_qty: int = 0
    serial_numbers: list[str] = Field(default_factory=list)
    version: int = 0


class ServerConflict(Answer):
    """A conflict as the server keeps it, for supervisors to resolve."""

    id: str
    client_record_id: str
    conflict_type: str
    message: str = ""
    local_data: dict[str, Any] = Field(default_factory=dict)
    server_data: dict[str, Any] = Field(default_factory=dict)
    detected_at: Epoch | None = None
    status: str = ConflictStatus.PENDING
    rack_id: str = ""  # (ext) the rows below let a supervisor group and audit conflicts
    session_id: str = ""  # (ext)
    resolution: str | None = None  # (ext)
    resolution_note: str | None = None  # (ext)
    resolved_by: str | None = None  # (ext)
    resolved_at: Epoch | None = None  # (ext)
    counted_by: str | None = None  # (ext) the user of the session the line was counted in
    settled_line: SettledLine | None = None  # (ext) once settled; absent from a server that does not say


class Resolution(StrEnum):
    ACCEPT_SERVER = "accept_server"
    ACCEPT_LOCAL = "accept_local"
    MERGE = "merge"
    IGNORE = "ignore"


class MergedCount(Request):
    """A supervisor's recount of a conflicting line (``merged_data`` of a merge resolution)."""

    verified_qty: WireQuantity
    damage_qty: WireQuantity = 0
    serial_numbers: list[Serial] = Field(default_factory=list, max_length=MAX_SERIALS_PER_RECORD)


class ConflictResolution(Request):
    resolution: Resolution
    merged_data: MergedCount | None = None
    resolution_note: Annotated[Note, StringConstraints(min_length=1)]

    @model_validator(mode="after")
    def _merge_needs_data(self) -> ConflictResolution:
        if self.resolution is Resolution.MERGE and self.merged_data is None:
            raise ValueError("a merge resolution carries the merged quantities in merged_data")
        return self


class RackEvent(StrEnum):
    CLAIMED = "claimed"
    RELEASED = "released"
    PAUSED = "paused"
    RESUMED = "resumed"
    EXPIRED = "expired"


class AuditEntry(Answer):
    """(ext) One line of a rack's history: who did what, when, and why."""

    at: Epoch
    actor: str
    action: str
    subject: str
    note: str = ""


class RackUpdate(Answer):
    """A message on ``/ws/updates``."""

    type: Literal["rack_update"] = "rack_update"
    rack_id: str
    event: str
    data: dict[str, Any] = Field(default_factory=dict)


class Health(Answer):
    status: str
