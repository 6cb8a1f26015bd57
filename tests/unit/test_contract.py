"""The wire contract: recorded payloads of both servers parse; answers are read tolerantly and
requests written strictly."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any

import pytest
from pydantic import BaseModel, ValidationError

from station import contract as c
from station import contract_oversight as o
from tests.helpers.payloads import API_FIXTURES, payload

# Every recorded payload, the model that reads it, and whether it is a list.
MANIFEST: dict[str, tuple[type[BaseModel], bool]] = {
    "login_stockverify": (c.TokenResponse, False),
    "login_reference": (c.TokenResponse, False),
    "me": (c.UserInfo, False),
    "racks_available": (c.AvailableRack, True),
    "racks_listing": (c.RackSummary, True),
    "rack_claim": (c.ClaimResponse, False),
    "rack_claim_409": (c.ErrorAnswer, False),
    "rack_release": (c.ReleaseResponse, False),
    "rack_pause": (c.RackChangeResponse, False),
    "rack_resume": (c.RackChangeResponse, False),
    "rack_status_stockverify": (c.RackStatus, False),
    "racks_user_active": (c.RackStatus, True),
    "rack_items": (c.RackItem, True),
    "item_barcode": (c.ErpItem, False),
    "item_barcode_404": (c.ErrorAnswer, False),
    "item_barcode_400": (c.ErrorAnswer, False),
    "heartbeat_stockverify": (c.HeartbeatResponse, False),
    "heartbeat_design_log": (c.HeartbeatResponse, False),
    "heartbeat_lost": (c.HeartbeatResponse, False),
    "sessions_active": (c.SessionDetail, True),
    "sessions_recent": (c.SessionDetail, True),
    "rack_history": (c.AuditEntry, True),
    "session_detail": (c.SessionDetail, False),
    "session_stats": (c.SessionStats, False),
    "session_complete": (c.CompleteResponse, False),
    "session_history": (c.SessionDetail, True),
    "sync_batch_request": (c.SyncBatchRequest, False),
    "sync_batch_response": (c.SyncBatchResponse, False),
    "sync_batch_response_errors": (c.SyncBatchResponse, False),
    "conflicts_pending": (c.ServerConflict, True),
    "conflict_resolve_request": (c.ConflictResolution, False),
    "ws_rack_update": (c.RackUpdate, False),
    "health": (c.Health, False),
    "error_401": (c.ErrorAnswer, False),
    "login_stockverify_shipped": (c.TokenResponse, False),
    "login_reference_refreshing": (c.TokenResponse, False),
    "error_401_stockverify": (c.ErrorAnswer, False),
    "error_403_release_stockverify": (c.ErrorAnswer, False),
    "error_404_route": (c.ErrorAnswer, False),
    "error_404_stockverify": (c.ErrorAnswer, False),
    "error_422_redis_service": (c.ErrorAnswer, False),
    "error_429_stockverify": (c.ErrorAnswer, False),
    "session_complete_stockverify": (c.CompleteResponse, False),
    "session_stats_stockverify": (c.SessionStats, False),
    "oversight_progress": (o.CountProgress, False),
    "oversight_summary": (o.CountSummary, False),
    "oversight_tolerances": (o.Tolerances, False),
    "oversight_floor_variance": (o.FloorVariance, False),
    "oversight_rack_variance": (o.RackVariance, False),
    "oversight_rack_history": (o.RackHistoryEntry, True),
    "oversight_recounts": (o.Recount, True),
    "oversight_recount_recounted": (o.Recount, False),
    "oversight_recount_approved": (o.Recount, False),
    "oversight_session_lines": (o.SessionLines, False),
    "oversight_session_lines_2": (o.SessionLines, False),
    "error_403_oversight": (c.ErrorAnswer, False),
    "error_404_oversight_rack": (c.ErrorAnswer, False),
}


def test_every_recorded_payload_is_in_the_manifest() -> None:
    on_disk = {p.stem for p in API_FIXTURES.glob("*.json")} - {"floors"}
    assert on_disk == set(MANIFEST)


@pytest.mark.parametrize("name", sorted(MANIFEST))
def test_recorded_payloads_parse(name: str) -> None:
    model, is_list = MANIFEST[name]
    parsed = c.read_list(model, payload(name)) if is_list else c.read(model, payload(name))
    assert parsed


def test_floors_are_a_plain_list_of_names() -> None:
    assert payload("floors")[:2] == ["Back Godown", "First"]


# --- tolerant reading -------------------------------------------------------------------------


def test_the_success_data_envelope_is_unwrapped() -> None:
    wrapped = c.read(c.TokenResponse, payload("login_stockverify"))
    plain = c.read(c.TokenResponse, payload("login_stockverify")["data"])
    assert wrapped == plain
    assert wrapped.user == c.UserInfo(username="counter1", full_name="Counter One", role=c.Role.STAFF)
    assert c.read_list(c.AvailableRack, {"success": True, "data": payload("racks_available")})[0].rack_id == "R1"


def test_session_id_is_accepted_for_id_and_written_as_id() -> None:
    by_backend = c.read(c.HeartbeatResponse, payload("heartbeat_stockverify"))
    by_log = c.read(c.HeartbeatResponse, payload("heartbeat_design_log"))
    assert by_backend == by_log
    assert by_log.id == "session_123"
    assert "id" in by_log.model_dump() and "session_id" not in by_log.model_dump()
    assert c.read(c.SessionStats, payload("session_stats")).id == "session_123"


def test_unknown_fields_are_ignored_and_missing_optionals_defaulted() -> None:
    status = c.read(c.RackStatus, {"rack_id": "R9", "shiny_new_field": [1, 2], "status": "available"})
    assert status == c.RackStatus(rack_id="R9", status=c.RackState.AVAILABLE)
    assert status.claimed_by is None and status.lock_token is None


def test_claimed_is_read_as_active_and_an_unknown_status_as_busy() -> None:
    assert c.read(c.RackStatus, payload("rack_status_stockverify")).status is c.RackState.ACTIVE
    assert c.read(c.RackStatus, {"rack_id": "R1", "status": "quarantined"}).status is c.RackState.ACTIVE


def test_an_unknown_role_gets_a_counters_rights() -> None:
    assert c.read(c.UserInfo, {"username": "x", "role": "superuser"}).role is c.Role.STAFF
    assert c.read(c.UserInfo, {"username": "x", "role": "admin"}).role is c.Role.ADMIN


def test_times_arrive_as_epoch_or_iso() -> None:
    as_epoch = c.read(c.SessionDetail, {"id": "s", "started_at": 1767600000.0})
    as_text = c.read(c.SessionDetail, {"id": "s", "started_at": "1767600000"})
    as_iso = c.read(c.SessionDetail, {"id": "s", "started_at": "2026-01-05T08:00:00Z"})
    as_naive_iso = c.read(c.SessionDetail, {"id": "s", "started_at": "2026-01-05T08:00:00"})
    assert as_epoch.started_at == as_text.started_at == as_iso.started_at == as_naive_iso.started_at == 1767600000.0
    assert c.read(c.ServerConflict, payload("conflicts_pending")[0]).detected_at == 1767600131.0


def test_numbers_sent_as_strings_are_read() -> None:
    assert c.read(c.AvailableRack, {"rack_id": "R1", "item_count": "42"}).item_count == 42


@pytest.mark.parametrize(
    ("name", "message", "code"),
    [
        ("rack_claim_409", "Rack R1 is locked by user2", None),
        ("item_barcode_404", "Item not found for barcode 8901234567000", "ITEM_NOT_FOUND"),
        ("item_barcode_400", "Invalid barcode format", "INVALID_BARCODE"),
    ],
)
def test_error_bodies_give_their_message_and_code(name: str, message: str, code: str | None) -> None:
    error = c.read(c.ErrorAnswer, payload(name))
    assert (error.message, error.code) == (message, code)


def test_a_fastapi_validation_error_body_gives_its_first_message() -> None:
    body = {"detail": [{"loc": ["body", "floor"], "msg": "Field required", "type": "missing"}]}
    assert c.read(c.ErrorAnswer, body).message == "Field required"


def test_a_malformed_answer_is_a_validation_error_not_a_crash_later() -> None:
    with pytest.raises(ValidationError):
        c.read(c.ClaimResponse, {"success": True})
    with pytest.raises(ValidationError):
        c.read_list(c.AvailableRack, {"rack_id": "R1"})


# --- strict writing ---------------------------------------------------------------------------

NOW = datetime(2026, 1, 5, 8, 0, tzinfo=UTC)


def record(**overrides: Any) -> dict[str, Any]:
    fields: dict[str, Any] = {
        "client_record_id": "0f8fad5b-d9cb-469f-a165-70867728950e",
        "session_id": "session_123",
        "rack_id": "R1",
        "floor": "Ground",
        "item_code": "ITM-000001",
        "verified_qty": 3,
        "created_at": NOW,
        "updated_at": NOW,
    }
    fields.update(overrides)
    return fields


def test_a_record_is_written_with_utc_times_and_its_extensions() -> None:
    sent = json.loads(c.SyncRecord(**record(lock_token=3, manual_entry=True)).model_dump_json())
    assert sent["created_at"] == "2026-01-05T08:00:00Z"
    assert (sent["lock_token"], sent["manual_entry"], sent["status"], sent["serial_numbers"]) == (
        3,
        True,
        "partial",
        [],
    )


@pytest.mark.parametrize(
    "bad",
    [
        {"verified_qty": "3"},
        {"verified_qty": 2.5},
        {"verified_qty": True},
        {"lock_token": "3"},
        {"manual_entry": "yes"},
        {"created_at": datetime(2026, 1, 5, 8, 0)},
        {"client_record_id": ""},
        {"client_record_id": "x" * 129},
        {"serial_numbers": ["x" * 65]},
        {"status": "done"},
        {"colour": "red"},
    ],
)
def test_a_record_is_written_strictly(bad: dict[str, Any]) -> None:
    with pytest.raises(ValidationError):
        c.SyncRecord(**record(**bad))


def test_the_wire_leaves_quantity_rules_to_the_server_as_conflicts() -> None:
    # Negative and damage-above-verified must reach the server to come back as invalid_quantity.
    sent = c.SyncRecord(**record(verified_qty=-1, damage_qty=5))
    assert (sent.verified_qty, sent.damage_qty) == (-1, 5)


def test_a_batch_holds_at_most_100_records() -> None:
    one = c.SyncRecord(**record())
    assert len(c.SyncBatchRequest(batch_id="b", records=[one] * 100).records) == 100
    with pytest.raises(ValidationError, match="at most 100"):
        c.SyncBatchRequest(batch_id="b", records=[one] * 101)


def test_a_recorded_request_round_trips_unchanged() -> None:
    request = c.SyncBatchRequest.model_validate(payload("sync_batch_request"))
    again = c.SyncBatchRequest.model_validate_json(request.model_dump_json())
    assert again == request
    assert request.records[1].serial_numbers == ["SN-0001", "SN-0002"]


@pytest.mark.parametrize(
    ("model", "fields"),
    [
        (c.PinLoginRequest, {"username": "counter1", "pin": "12a4"}),
        (c.PinLoginRequest, {"username": "counter1", "pin": "123"}),
        (c.LoginRequest, {"username": " ", "password": "x"}),
        (c.LoginRequest, {"username": "u", "password": "p", "remember": True}),
        (c.ClaimRequest, {"floor": ""}),
        (c.ConflictResolution, {"resolution": "merge", "resolution_note": "recounted"}),
        (c.ConflictResolution, {"resolution": "accept_local", "resolution_note": "  "}),
        (c.ConflictResolution, {"resolution": "overwrite", "resolution_note": "x"}),
    ],
)
def test_requests_refuse_what_a_station_must_never_send(model: type[BaseModel], fields: dict[str, Any]) -> None:
    with pytest.raises(ValidationError):
        model.model_validate(fields)


def test_conflict_types_cover_the_contract() -> None:
    assert {t.value for t in c.ConflictType} == {
        "duplicate_serial",
        "invalid_quantity",
        "rack_locked",
        "stale_lock",
        "version_conflict",
    }


@pytest.mark.parametrize("pin", ["١١١١", "１２３４", "12a4", "123"])
def test_a_pin_is_four_to_eight_ascii_digits(pin: str) -> None:
    with pytest.raises(ValidationError):
        c.PinLoginRequest(username="counter1", pin=pin)
    assert c.PinLoginRequest(username="counter1", pin="1111").pin == "1111"
