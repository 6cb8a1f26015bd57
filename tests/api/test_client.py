"""The server client against recorded payloads of both servers (respx): shapes, fallbacks, errors."""

from __future__ import annotations

import json
import ssl
from pathlib import Path
from typing import Any

import httpx
import pytest
import respx

from station import contract as c
from station.api import errors as e
from station.api.client import ServerClient
from station.api.transport import make_http_client
from tests.helpers.api import run
from tests.helpers.payloads import payload


def test_login_reads_stockverifys_envelope_and_sends_the_token_after(
    api: respx.MockRouter, client: ServerClient
) -> None:
    api.post("/api/auth/login").respond(200, json=payload("login_stockverify"))
    me = api.get("/api/auth/me").respond(200, json=payload("me"))
    answer = run(client.login("counter1", "counter"))
    assert answer.user is not None and answer.user.username == "counter1"
    assert client.credentials.token == answer.access_token
    run(client.me())
    assert me.calls.last.request.headers["Authorization"] == f"Bearer {answer.access_token}"


def test_pin_login_reads_the_reference_servers_shape(api: respx.MockRouter, client: ServerClient) -> None:
    route = api.post("/api/auth/login-pin").respond(200, json=payload("login_reference"))
    answer = run(client.login_pin("supervisor", "9999"))
    assert answer.user is not None and answer.user.role is c.Role.SUPERVISOR
    assert route.calls.last.request.content == b'{"username":"supervisor","pin":"9999"}'
    assert "Authorization" not in route.calls.last.request.headers


def test_the_rack_listing_falls_back_to_available_racks(api: respx.MockRouter, client: ServerClient) -> None:
    api.get("/api/racks", params={"floor": "Ground"}).respond(404, json={"detail": "Not Found"})
    api.get("/api/racks/available", params={"floor": "Ground"}).respond(200, json=payload("racks_available"))
    racks = run(client.racks("Ground"))
    assert [(r.rack_id, r.status, r.item_count) for r in racks] == [
        ("R1", c.RackState.AVAILABLE, 42),
        ("R2", c.RackState.PAUSED, 17),
    ]


def test_the_rack_listing_extension_is_used_when_there(api: respx.MockRouter, client: ServerClient) -> None:
    api.get("/api/racks", params={"floor": "Ground"}).respond(200, json=payload("racks_listing"))
    racks = run(client.racks("Ground"))
    assert racks[1].claimed_by == "counter2" and racks[1].counted_count == 12


def test_a_server_without_rack_slices_answers_none(api: respx.MockRouter, client: ServerClient) -> None:
    api.get("/api/racks/R1/items").respond(404, json={"detail": "Not Found"})
    assert run(client.rack_items("R1")) is None
    api.get("/api/racks/X9/items").respond(404, json={"detail": "There is no rack X9."})
    with pytest.raises(e.NotFound):
        run(client.rack_items("X9"))
    api.get("/api/racks/G-R01/items").respond(200, json=payload("rack_items"))
    assert len(run(client.rack_items("G-R01")) or []) == 2


def test_an_unknown_barcode_is_none_and_a_known_one_an_item(api: respx.MockRouter, client: ServerClient) -> None:
    api.get("/api/erp/items/barcode/8901234567000").respond(404, json=payload("item_barcode_404"))
    api.get("/api/erp/items/barcode/8901234567894").respond(200, json=payload("item_barcode"))
    assert run(client.item_by_barcode("8901234567000")) is None
    found = run(client.item_by_barcode("8901234567894"))
    assert found is not None and found.item_code == "ITM-000001"


@pytest.mark.parametrize("shape", ["heartbeat_stockverify", "heartbeat_design_log"])
def test_heartbeats_of_either_shape(api: respx.MockRouter, client: ServerClient, shape: str) -> None:
    api.post("/api/sessions/session_123/heartbeat").respond(200, json=payload(shape))
    answer = run(client.heartbeat("session_123"))
    assert (answer.id, answer.rack_lock_renewed, answer.lock_ttl_remaining) == ("session_123", True, 55)


def test_every_session_and_sync_call_reads_its_recorded_answer(api: respx.MockRouter, client: ServerClient) -> None:
    api.get("/api/racks/floors").respond(200, json=payload("floors"))
    api.post("/api/racks/R1/claim").respond(200, json=payload("rack_claim"))
    api.post("/api/racks/R1/release").respond(200, json=payload("rack_release"))
    api.post("/api/racks/R1/pause").respond(200, json=payload("rack_pause"))
    api.post("/api/racks/R1/resume").respond(200, json=payload("rack_resume"))
    api.get("/api/racks/R1/status").respond(200, json=payload("rack_status_stockverify"))
    api.get("/api/racks/user/active").respond(200, json=payload("racks_user_active"))
    api.get("/api/sessions/active").respond(200, json=payload("sessions_active"))
    api.get("/api/sessions/s1").respond(200, json=payload("session_detail"))
    api.get("/api/sessions/s1/stats").respond(200, json=payload("session_stats"))
    api.post("/api/sessions/s1/complete").respond(200, json=payload("session_complete"))
    api.get("/api/sessions/user/history").respond(200, json=payload("session_history"))
    api.post("/api/sync/batch").respond(200, json=payload("sync_batch_response"))
    api.get("/api/sync/conflicts").respond(200, json=payload("conflicts_pending"))
    resolve = api.post("/api/sync/conflicts/c-1/resolve").respond(200, json=payload("conflicts_pending")[0])
    api.get("/api/health").respond(200, json=payload("health"))

    async def walk() -> dict[str, Any]:
        return {
            "floors": await client.floors(),
            "claim": await client.claim("R1", "Ground"),
            "release": await client.release("R1"),
            "pause": await client.pause("R1"),
            "resume": await client.resume("R1"),
            "status": await client.rack_status("R1"),
            "mine": await client.my_racks(),
            "active": await client.active_sessions(),
            "session": await client.session("s1"),
            "stats": await client.session_stats("s1"),
            "complete": await client.complete("s1"),
            "history": await client.history(),
            "batch": await client.sync_batch(c.SyncBatchRequest.model_validate(payload("sync_batch_request"))),
            "conflicts": await client.conflicts(),
            "resolved": await client.resolve(
                "c-1",
                c.ConflictResolution.model_validate(payload("conflict_resolve_request")),
                token="supervisor-token",
            ),
            "health": await client.health(),
        }

    got = run(walk())
    assert got["floors"][0] == "Back Godown" and got["claim"].session_id == "session_user1_R1_1702291200"
    assert got["status"].status is c.RackState.ACTIVE and got["stats"].total_items == 150
    assert got["batch"].conflicts[0].conflict_type == "duplicate_serial" and got["health"].status == "healthy"
    assert resolve.calls.last.request.headers["Authorization"] == "Bearer supervisor-token"


@pytest.mark.parametrize(
    ("status", "body", "headers", "error"),
    [
        (401, payload("error_401"), {}, e.Unauthorized),
        (403, {"detail": "Only a supervisor or an admin may do this."}, {}, e.Forbidden),
        (404, {"detail": "There is no rack R9."}, {}, e.NotFound),
        (409, payload("rack_claim_409"), {}, e.LeaseConflict),
        (429, {"detail": "Rate limit exceeded"}, {"Retry-After": "7"}, e.RateLimited),
        (400, payload("item_barcode_400"), {}, e.InvalidRequest),
        (413, {"detail": "A batch holds at most 100 records"}, {}, e.InvalidRequest),
        (422, {"detail": [{"loc": ["body", "floor"], "msg": "Field required"}]}, {}, e.InvalidRequest),
        (500, {"detail": "boom"}, {}, e.ServerUnavailable),
        (502, "<html>Bad gateway</html>", {}, e.ServerUnavailable),
        (503, {"detail": "busy"}, {"Retry-After": "2"}, e.ServerUnavailable),
        (418, {"detail": "teapot"}, {}, e.BadResponse),
    ],
)
def test_every_error_status_has_its_class_and_a_sentence(
    api: respx.MockRouter,
    client: ServerClient,
    status: int,
    body: Any,
    headers: dict[str, str],
    error: type[e.ApiError],
) -> None:
    kwargs: dict[str, Any] = {"json": body} if not isinstance(body, str) else {"text": body}
    api.post("/api/racks/R1/claim").respond(status, headers=headers, **kwargs)
    with pytest.raises(error) as caught:
        run(client.claim("R1", "Ground"))
    assert caught.value.status == status and caught.value.sentence.endswith(".")
    if isinstance(caught.value, e.LeaseConflict):
        assert caught.value.holder == "user2"
    if isinstance(caught.value, e.RateLimited):
        assert caught.value.retry_after == 7


def test_a_retry_after_date_is_read(api: respx.MockRouter, client: ServerClient) -> None:
    api.post("/api/sync/batch").respond(429, headers={"Retry-After": "Wed, 21 Oct 2099 07:28:00 GMT"}, json={})
    with pytest.raises(e.RateLimited) as caught:
        run(client.sync_batch(c.SyncBatchRequest(batch_id="b", records=[])))
    assert caught.value.retry_after > 3600


def test_an_expired_token_asks_to_log_in_again_and_says_nothing_is_lost(
    api: respx.MockRouter, client: ServerClient
) -> None:
    client.credentials.set("expired-token")
    api.post("/api/sessions/s1/heartbeat").respond(401, json={"detail": "The sign-in token has expired; log in again."})
    with pytest.raises(e.Unauthorized) as caught:
        run(client.heartbeat("s1"))
    assert caught.value.sentence == "Your sign-in has expired. Log in again; nothing you counted is lost."
    assert caught.value.detail == "The sign-in token has expired; log in again."


@pytest.mark.parametrize(
    ("failure", "words"),
    [
        (httpx.ConnectError("connection refused"), "cannot be reached"),
        (httpx.ReadTimeout("read timed out"), "did not answer in time"),
        (httpx.ConnectTimeout("connect timed out"), "did not answer in time"),
        (httpx.RemoteProtocolError("server hung up"), "cannot be reached"),
        (
            httpx.ConnectError("[SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed"),
            "certificate is not trusted",
        ),
    ],
)
def test_network_failures_are_server_unavailable(
    api: respx.MockRouter, client: ServerClient, failure: Exception, words: str
) -> None:
    api.get("/api/racks/floors").mock(side_effect=failure)
    with pytest.raises(e.ServerUnavailable) as caught:
        run(client.floors())
    assert words in caught.value.sentence and caught.value.status is None


@pytest.mark.parametrize(
    ("body", "words"),
    [("<html>login page</html>", "is not JSON"), ({"unexpected": True}, "not one this station understands")],
)
def test_an_answer_that_breaks_the_contract_is_a_bad_response(
    api: respx.MockRouter, client: ServerClient, body: Any, words: str
) -> None:
    kwargs: dict[str, Any] = {"json": body} if not isinstance(body, str) else {"text": body}
    api.post("/api/racks/R1/claim").respond(200, **kwargs)
    with pytest.raises(e.BadResponse) as caught:
        run(client.claim("R1", "Ground"))
    assert words in caught.value.sentence


def test_timeouts_are_3_s_to_connect_and_10_s_to_read() -> None:
    client = make_http_client("https://stock.test")
    assert (client.timeout.connect, client.timeout.read) == (3.0, 10.0)


def test_a_warehouse_ca_bundle_is_what_tls_trusts(tmp_path: Any) -> None:
    system_bundle = ssl.get_default_verify_paths().cafile or "/etc/ssl/certs/ca-certificates.crt"
    bundle = tmp_path / "warehouse-ca.pem"
    bundle.write_bytes(Path(system_bundle).read_bytes())
    client = make_http_client("https://stock.test", ca_bundle=bundle)
    assert client is not None  # an unreadable or bad bundle raises here, at start-up, not mid-shift
    bundle.write_text("not a certificate", encoding="utf-8")
    with pytest.raises(ssl.SSLError):
        make_http_client("https://stock.test", ca_bundle=bundle)


def test_a_supervisor_authorises_without_taking_over_the_counters_log_in(
    api: respx.MockRouter, client: ServerClient
) -> None:
    client.credentials.set("counter-token")
    api.post("/api/auth/login-pin").respond(200, json=payload("login_reference"))
    release = api.post("/api/racks/G-R01/release").respond(200, json=payload("rack_release"))
    supervisor = run(client.authorise("supervisor", "9999"))
    assert supervisor.user is not None and supervisor.user.role is c.Role.SUPERVISOR
    assert client.credentials.token == "counter-token"
    run(client.release("G-R01", "counter went home", token=supervisor.access_token))
    request = release.calls.last.request
    assert request.headers["Authorization"] == f"Bearer {supervisor.access_token}"
    assert json.loads(request.content) == {"note": "counter went home"}
    run(client.release("G-R01"))
    assert (
        release.calls.last.request.content == b""
        and "counter-token" in release.calls.last.request.headers["Authorization"]
    )


def test_rack_history_and_recent_sessions_read_their_recorded_answers(
    api: respx.MockRouter, client: ServerClient
) -> None:
    api.get("/api/racks/G-R01/history").respond(200, json=payload("rack_history"))
    api.get("/api/sessions/recent").respond(200, json=payload("sessions_recent"))
    history = run(client.rack_history("G-R01"))
    assert [(h.actor, h.action, h.note) for h in history] == [
        ("supervisor", "resolve:accept_server", "SN-2 was scanned twice"),
        ("supervisor", "release", "counter1 went home; counts checked"),
    ]
    recent = run(client.recent_sessions(token="supervisor-token"))
    assert [(s.user_id, s.rack_id, s.status) for s in recent] == [
        ("counter2", "G-R02", "active"),
        ("counter1", "G-R01", "completed"),
    ]


def test_a_server_without_rack_history_gives_an_empty_one(api: respx.MockRouter, client: ServerClient) -> None:
    api.get("/api/racks/R1/history").respond(404, json={"detail": "Not Found"})
    api.get("/api/racks/R9/history").respond(404, json={"detail": "There is no rack R9."})
    assert run(client.rack_history("R1")) == []
    with pytest.raises(e.NotFound):
        run(client.rack_history("R9"))


def conflict_rows(start: int, count: int) -> list[dict[str, Any]]:
    return [
        {"id": f"c-{n}", "client_record_id": f"r-{n}", "conflict_type": "stale_lock"}
        for n in range(start, start + count)
    ]


def test_conflicts_are_read_page_by_page(api: respx.MockRouter, client: ServerClient) -> None:
    def page(request: httpx.Request) -> httpx.Response:
        offset, limit = int(request.url.params["offset"]), int(request.url.params["limit"])
        return httpx.Response(200, json=conflict_rows(offset, min(limit, 510 - offset)))

    route = api.get("/api/sync/conflicts").mock(side_effect=page)
    listed = run(client.conflicts())
    assert [x.id for x in listed] == [f"c-{n}" for n in range(510)]
    assert [call.request.url.params["offset"] for call in route.calls] == ["0", "500"]


def test_a_server_that_does_not_page_is_read_once(api: respx.MockRouter, client: ServerClient) -> None:
    route = api.get("/api/sync/conflicts").respond(200, json=conflict_rows(0, 600))  # StockVerify: all at once
    assert len(run(client.conflicts())) == 600 and route.call_count == 1
