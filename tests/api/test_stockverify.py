"""StockVerify as it ships (respx, recorded payloads): finding it out, each workaround, each thing it cannot do."""

from __future__ import annotations

import json
import logging
from pathlib import Path
from typing import Any

import pytest
import respx

from station import contract as c
from station.api import errors as e
from station.api.client import Credentials, ServerClient
from station.api.profile import (
    REFERENCE,
    STOCKVERIFY,
    Flavour,
    Profile,
    ServerProfile,
    from_health,
    from_login,
)
from station.api.transport import make_http_client
from station.app import client_for
from station.config import ConfigError, Settings, load_settings
from station.paths import StationPaths
from station.server.embedded import EmbeddedServer
from tests.helpers.api import BASE, run
from tests.helpers.payloads import payload
from tests.helpers.server import PINS

SERVER = "server: StockVerify as it ships"


@pytest.fixture
def sv() -> ServerClient:
    """A client set for StockVerify, logged in as a counter."""
    known = ServerClient(make_http_client(BASE), flavour=Flavour.STOCKVERIFY)
    known.credentials.set("staff1-token")
    return known


def sent(route: respx.Route) -> Any:
    return json.loads(route.calls.last.request.content)


def said(caplog: pytest.LogCaptureFixture, words: str) -> int:
    return sum(words in record.getMessage() for record in caplog.records)


# --- finding out the server ------------------------------------------------------------------------


def test_stockverifys_log_in_answer_says_it_is_stockverify_once(
    api: respx.MockRouter, client: ServerClient, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="station.api")
    api.post("/api/auth/login-pin").respond(200, json=payload("login_stockverify_shipped"))
    api.get("/api/racks", params={"floor": "Ground"}).respond(404, json=payload("error_404_route"))
    api.get("/api/racks/available", params={"floor": "Ground"}).respond(200, json=payload("racks_available"))
    assert not client.server.known and client.profile is REFERENCE
    run(client.login_pin("staff1", "1234"))
    assert client.server.known and client.profile is STOCKVERIFY
    run(client.racks("Ground"))
    run(client.login_pin("staff1", "1234"))
    assert said(caplog, SERVER) == 1 and said(caplog, "log-in answer") == 1


def test_the_reference_servers_log_in_answer_says_it_is_the_reference_server(
    api: respx.MockRouter, client: ServerClient, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="station.api")
    api.post("/api/auth/login").respond(200, json=payload("login_reference_refreshing"))
    run(client.login("counter1", "counter"))
    assert client.server.known and client.profile is REFERENCE
    assert said(caplog, "server: Station's reference server") == 1 and said(caplog, SERVER) == 0


def test_an_undecided_log_in_is_settled_by_the_missing_rack_listing(
    api: respx.MockRouter, client: ServerClient
) -> None:
    api.post("/api/auth/login-pin").respond(200, json=payload("login_reference"))  # bare, no refresh token
    api.get("/api/racks", params={"floor": "Ground"}).respond(404, json=payload("error_404_route"))
    api.get("/api/racks/available", params={"floor": "Ground"}).respond(200, json=payload("racks_available"))
    run(client.login_pin("supervisor", "9999"))
    assert not client.server.known
    run(client.racks("Ground"))
    assert client.server.known and client.profile is STOCKVERIFY
    asked = len([call for call in api.calls if call.request.url.path == "/api/racks"])
    run(client.racks("Ground"))  # known now: the missing listing is not asked for again
    assert len([call for call in api.calls if call.request.url.path == "/api/racks"]) == asked == 1


def test_an_undecided_log_in_is_settled_by_the_rack_listing_answering(
    api: respx.MockRouter, client: ServerClient
) -> None:
    api.post("/api/auth/login-pin").respond(200, json=payload("login_reference"))
    api.get("/api/racks", params={"floor": "Ground"}).respond(200, json=payload("racks_listing"))
    run(client.login_pin("supervisor", "9999"))
    run(client.racks("Ground"))
    assert client.server.known and client.profile is REFERENCE


def test_a_missing_token_renewal_says_it_is_stockverify(api: respx.MockRouter, client: ServerClient) -> None:
    api.post("/api/auth/refresh").respond(404, json=payload("error_404_route"))
    client.credentials.set("access", refresh_token="refresh", expires_in=3600)
    assert run(client.renew()) is False
    assert client.profile is STOCKVERIFY


def test_identify_asks_for_the_renewal_extension_without_a_token(api: respx.MockRouter, client: ServerClient) -> None:
    probe = api.post("/api/auth/refresh").respond(401, json=payload("error_401"))
    client.credentials.set("staff1-token")
    assert run(client.identify()) is REFERENCE and client.server.known
    assert "Authorization" not in probe.calls.last.request.headers
    run(client.identify())
    assert probe.call_count == 1  # known: not asked again


def test_a_stockverify_health_answer_says_so() -> None:
    assert from_health({"success": True, "data": {"status": "healthy"}}) is Flavour.STOCKVERIFY
    assert from_health(payload("health")) is None  # the same words from both: undecided
    assert from_login(payload("login_stockverify_shipped")) is Flavour.STOCKVERIFY
    assert from_login(payload("login_stockverify")) is None  # wrapped, but renewable: the extensions will tell
    assert from_login(payload("login_reference_refreshing")) is Flavour.REFERENCE
    assert from_login(payload("login_reference")) is None


def test_the_setting_decides_and_answers_do_not_change_it(api: respx.MockRouter) -> None:
    api.post("/api/auth/login").respond(200, json=payload("login_reference_refreshing"))
    set_sv = ServerClient(make_http_client(BASE), flavour=Flavour.STOCKVERIFY)
    run(set_sv.login("counter1", "counter"))
    assert set_sv.profile is STOCKVERIFY
    api.post("/api/auth/login-pin").respond(200, json=payload("login_stockverify_shipped"))
    set_ref = ServerClient(make_http_client(BASE), flavour=Flavour.REFERENCE)
    run(set_ref.login_pin("staff1", "1234"))
    assert set_ref.profile is REFERENCE


def test_what_one_client_finds_out_the_other_knows(api: respx.MockRouter) -> None:
    api.post("/api/auth/login-pin").respond(200, json=payload("login_stockverify_shipped"))
    known, credentials = ServerProfile(), Credentials()
    window = ServerClient(make_http_client(BASE), credentials, server=known)
    worker = ServerClient(make_http_client(BASE), credentials, server=known)
    run(window.login_pin("staff1", "1234"))
    assert worker.profile is STOCKVERIFY


def test_the_station_builds_its_client_from_the_flavour_setting(tmp_path: Path) -> None:
    settings = Settings().with_overrides(server={"url": BASE, "flavour": "stockverify"})
    assert client_for(settings, Credentials()).profile is STOCKVERIFY
    assert not client_for(Settings(), Credentials()).server.known
    paths = StationPaths.resolve(tmp_path).ensure()
    loaded = load_settings(paths, environ={"STATION_SERVER_FLAVOUR": "stockverify"}).settings
    assert loaded.server.flavour == "stockverify"
    with pytest.raises(ConfigError, match="server.flavour"):
        load_settings(paths, environ={"STATION_SERVER_FLAVOUR": "mongo"})


# --- workarounds, each on its own ------------------------------------------------------------------

LOCK_CALLS = [
    ("claim", ("R1", "Ground"), "/api/racks/R1/claim", "rack_claim"),
    ("release", ("R1",), "/api/racks/R1/release", "rack_release"),
    ("pause", ("R1",), "/api/racks/R1/pause", "rack_pause"),
    ("resume", ("R1",), "/api/racks/R1/resume", "rack_resume"),
]


@pytest.mark.parametrize(("verb", "args", "path", "answer"), LOCK_CALLS)
def test_query_redis_service_lets_the_lock_calls_through(
    api: respx.MockRouter, sv: ServerClient, verb: str, args: tuple[str, ...], path: str, answer: str
) -> None:
    taken = api.post(path, params={"redis_service": "1"}).respond(200, json=payload(answer))
    refused = api.post(path).respond(422, json=payload("error_422_redis_service"))  # what StockVerify does without
    run(getattr(sv, verb)(*args))
    assert taken.called and not refused.called


@pytest.mark.parametrize(("verb", "args", "path", "answer"), LOCK_CALLS)
def test_the_reference_server_gets_no_spurious_query(
    api: respx.MockRouter, client: ServerClient, verb: str, args: tuple[str, ...], path: str, answer: str
) -> None:
    route = api.post(path).respond(200, json=payload(answer))
    run(getattr(client, verb)(*args))
    assert not route.calls.last.request.url.params


def test_the_spurious_query_missing_reads_as_a_sentence_with_its_field(
    api: respx.MockRouter, client: ServerClient
) -> None:
    api.post("/api/racks/R1/claim").respond(422, json=payload("error_422_redis_service"))
    with pytest.raises(e.InvalidRequest) as caught:
        run(client.claim("R1", "Ground"))
    assert caught.value.sentence == "The server refused the request: redis_service (query) is required."


def batch() -> c.SyncBatchRequest:
    return c.SyncBatchRequest.model_validate(payload("sync_batch_request"))


def test_records_without_rack_id_leave_it_out_of_every_record(api: respx.MockRouter, sv: ServerClient) -> None:
    route = api.post("/api/sync/batch").respond(200, json=payload("sync_batch_response"))
    answer = run(sv.sync_batch(batch()))
    records = sent(route)["records"]
    assert [("rack_id" in r, r["floor"], r["session_id"]) for r in records] == [
        (False, "Ground", "session_123"),
        (False, "Ground", "session_123"),
    ]
    expected = batch().model_dump(mode="json", exclude_none=True)
    for record in expected["records"]:
        del record["rack_id"]
    assert sent(route) == expected and answer.ok == ["0f8fad5b-d9cb-469f-a165-70867728950e"]


def test_the_reference_server_gets_the_rack_id(api: respx.MockRouter, client: ServerClient) -> None:
    route = api.post("/api/sync/batch").respond(200, json=payload("sync_batch_response"))
    run(client.sync_batch(batch()))
    assert [r["rack_id"] for r in sent(route)["records"]] == ["R1", "R1"]


@pytest.mark.parametrize(("profile", "wait"), [(STOCKVERIFY, 5.0), (REFERENCE, 4.0)])
def test_retry_after_rounded_down_waits_a_second_more(
    api: respx.MockRouter, client: ServerClient, profile: Any, wait: float
) -> None:
    client.profile = profile
    api.post("/api/sync/batch").respond(429, headers={"Retry-After": "4"}, json=payload("error_429_stockverify"))
    with pytest.raises(e.RateLimited) as caught:
        run(client.sync_batch(c.SyncBatchRequest(batch_id="b", records=[])))
    assert caught.value.retry_after == wait and caught.value.sentence == "Too many requests."


def test_a_429_without_retry_after_waits_a_minute_on_either(api: respx.MockRouter, sv: ServerClient) -> None:
    api.post("/api/sync/batch").respond(429, json=payload("error_429_stockverify"))
    with pytest.raises(e.RateLimited) as caught:
        run(sv.sync_batch(c.SyncBatchRequest(batch_id="b", records=[])))
    assert caught.value.retry_after == 60


def test_complete_sends_nothing_more_and_reads_stockverifys_answer(api: respx.MockRouter, sv: ServerClient) -> None:
    route = api.post("/api/sessions/session_123/complete").respond(200, json=payload("session_complete_stockverify"))
    answer = run(sv.complete("session_123"))
    request = route.calls.last.request
    assert (answer.id, answer.status) == ("session_staff1_R1_1702291200", "CLOSED")
    assert request.content == b"" and not request.url.params
    assert request.headers["Authorization"] == "Bearer staff1-token"
    api.post("/api/sessions/session_124/complete").respond(200, json={"success": True, "message": "Session completed"})
    assert run(sv.complete("session_124")).id == "session_124"  # an answer without the id is about the one asked


def test_stockverifys_stats_are_read(api: respx.MockRouter, sv: ServerClient) -> None:
    api.get("/api/sessions/s1/stats").respond(200, json=payload("session_stats_stockverify"))
    stats = run(sv.session_stats("s1"))
    assert (stats.total_items, stats.verified_items, stats.damage_items) == (3, 3, 2)
    assert sv.profile.stats_count_lines


# --- error bodies, both servers ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("status", "body", "error", "sentence", "detail"),
    [
        (401, payload("error_401_stockverify"), e.Unauthorized,
         "Your sign-in has expired. Log in again; nothing you counted is lost.",
         "Could not validate credentials (AUTH_INVALID_TOKEN)"),
        (404, payload("error_404_stockverify"), e.NotFound, "Session session_404 not found.",
         "Session session_404 not found (NOT_FOUND)"),
        (429, payload("error_429_stockverify"), e.RateLimited, "Too many requests.",
         "Too many requests (RATE_LIMIT_EXCEEDED)"),
        (422, {"detail": [{"loc": ["body", "records", 0, "verified_qty"], "msg": "Input should be a valid integer"},
                          {"loc": ["query", "redis_service"], "msg": "Field required"}]},
         e.InvalidRequest,
         "The server refused the request: records.0.verified_qty (body): input should be a valid integer; "
         "redis_service (query) is required.", ""),
        (422, {"detail": "The request is not valid: floor: Field required."}, e.InvalidRequest,
         "The request is not valid: floor: Field required.", "The request is not valid: floor: Field required."),
        (403, {"detail": {"code": "FORBIDDEN"}}, e.Forbidden, "You are not allowed to do that.", "FORBIDDEN"),
        (404, {"success": False, "error": {"message": "Rack R9 not found", "code": "RACK_NOT_FOUND"}}, e.NotFound,
         "Rack R9 not found.", "Rack R9 not found (RACK_NOT_FOUND)"),
        (400, {"success": False, "message": "bad floor"}, e.InvalidRequest, "Bad floor.", "bad floor"),
        (400, "<html>Bad request</html>", e.InvalidRequest, "The server refused the request.",
         "<html>Bad request</html>"),
    ],
)  # fmt: skip
def test_every_shape_of_detail_reads_as_a_sentence(
    api: respx.MockRouter,
    client: ServerClient,
    status: int,
    body: Any,
    error: type[e.ApiError],
    sentence: str,
    detail: str,
) -> None:
    kwargs: dict[str, Any] = {"text": body} if isinstance(body, str) else {"json": body}
    api.get("/api/sessions/session_404").respond(status, headers={"Retry-After": "1"}, **kwargs)
    with pytest.raises(error) as caught:
        run(client.session("session_404"))
    assert caught.value.sentence == sentence and caught.value.status == status
    assert caught.value.sentence != "Field required."
    if detail:
        assert caught.value.detail == detail


# --- what StockVerify cannot do -------------------------------------------------------------------

DECISIONS = (
    "StockVerify as it ships does not take supervisors' decisions (its conflicts API answers 401 to every token). "
    "The decision is kept at this station; settle the line in StockVerify's own screens, or ask IT."
)
RELEASE = "StockVerify as it ships lets only the counter who claimed a rack release it"


def resolution() -> c.ConflictResolution:
    return c.ConflictResolution.model_validate(payload("conflict_resolve_request"))


def test_decisions_are_not_sent_to_stockverify(api: respx.MockRouter, sv: ServerClient) -> None:
    listed = api.get("/api/sync/conflicts").respond(401, json=payload("error_401_stockverify"))
    resolved = api.post("/api/sync/conflicts/c-1/resolve").respond(401, json=payload("error_401_stockverify"))
    with pytest.raises(e.Unsupported) as caught:
        run(sv.conflicts(token="supervisor-token"))
    assert caught.value.sentence == DECISIONS and not isinstance(caught.value, e.Unauthorized)
    with pytest.raises(e.Unsupported) as caught:
        run(sv.resolve("c-1", resolution(), token="supervisor-token"))
    assert caught.value.sentence == DECISIONS
    assert not listed.called and not resolved.called


@pytest.mark.parametrize("verb", ["conflicts", "resolve"])
def test_a_401_from_the_conflicts_api_before_detection_is_unsupported_on_stockverify(
    api: respx.MockRouter, client: ServerClient, verb: str
) -> None:
    api.get("/api/sync/conflicts").respond(401, json=payload("error_401_stockverify"))
    api.post("/api/sync/conflicts/c-1/resolve").respond(401, json=payload("error_401_stockverify"))
    api.post("/api/auth/refresh").respond(404, json=payload("error_404_route"))
    call = client.conflicts(token="fresh") if verb == "conflicts" else client.resolve("c-1", resolution(), token="f")
    with pytest.raises(e.Unsupported) as caught:
        run(call)
    assert caught.value.sentence == DECISIONS and client.profile is STOCKVERIFY


def test_a_401_from_the_conflicts_api_of_a_renewing_stockverify_is_unsupported(
    api: respx.MockRouter, client: ServerClient
) -> None:
    api.get("/api/sync/conflicts").respond(401, json=payload("error_401_stockverify"))
    renewal = api.post("/api/auth/refresh").respond(404, json=payload("error_404_route"))
    client.credentials.set("access", refresh_token="refresh", expires_in=3600)
    with pytest.raises(e.Unsupported):
        run(client.conflicts())
    assert renewal.call_count == 1 and client.credentials.token == "access"


def test_a_401_from_the_reference_servers_conflicts_api_still_asks_to_log_in(
    api: respx.MockRouter, client: ServerClient
) -> None:
    api.get("/api/sync/conflicts").respond(401, json=payload("error_401"))
    api.post("/api/auth/refresh").respond(401, json=payload("error_401"))
    with pytest.raises(e.Unauthorized) as caught:
        run(client.conflicts(token="expired-supervisor-token"))
    assert "Log in again" in caught.value.sentence and client.profile is REFERENCE


def test_a_supervisors_release_is_not_sent_to_stockverify(api: respx.MockRouter, sv: ServerClient) -> None:
    route = api.post("/api/racks/R1/release", params={"redis_service": "1"}).respond(200, json=payload("rack_release"))
    with pytest.raises(e.Unsupported) as caught:
        run(sv.release("R1", "counter went home", token="supervisor-token"))
    assert caught.value.sentence.startswith(RELEASE) and not route.called
    with pytest.raises(e.Unsupported):  # a supervisor at their own station (the supervisor board)
        run(sv.release("R1", "counter went home"))
    run(sv.release("R1"))  # the counter's own release goes through
    run(sv.release("R1", token="staff1-token"))
    assert route.call_count == 2


def test_a_403_to_a_supervisors_release_before_detection_is_unsupported_on_stockverify(
    api: respx.MockRouter, client: ServerClient
) -> None:
    client.credentials.set("staff1-token")
    api.post("/api/racks/R1/release").respond(403, json=payload("error_403_release_stockverify"))
    api.post("/api/auth/refresh").respond(404, json=payload("error_404_route"))
    with pytest.raises(e.Unsupported) as caught:
        run(client.release("R1", "gone home", token="supervisor-token"))
    assert caught.value.sentence.startswith(RELEASE)


def test_a_403_to_a_counters_own_release_stays_forbidden(api: respx.MockRouter, client: ServerClient) -> None:
    client.credentials.set("staff1-token")
    api.post("/api/racks/R1/release").respond(403, json=payload("error_403_release_stockverify"))
    probe = api.post("/api/auth/refresh").respond(404, json=payload("error_404_route"))
    with pytest.raises(e.Forbidden) as caught:
        run(client.release("R1"))
    assert caught.value.sentence == "Rack R1 is not claimed by you." and not probe.called


def test_the_reference_server_takes_a_supervisors_release(api: respx.MockRouter, client: ServerClient) -> None:
    route = api.post("/api/racks/R1/release").respond(200, json=payload("rack_release"))
    client.profile = REFERENCE
    run(client.release("R1", "gone home", token="supervisor-token"))
    assert sent(route) == {"note": "gone home"}
    assert route.calls.last.request.headers["Authorization"] == "Bearer supervisor-token"


def test_unsupported_is_never_a_reason_to_log_in_again() -> None:
    assert not issubclass(e.Unsupported, e.Unauthorized) and issubclass(e.Unsupported, e.ApiError)


# --- against the reference server itself --------------------------------------------------------------


def test_the_reference_server_is_found_out_as_itself(reference_server: EmbeddedServer) -> None:
    async def day() -> tuple[Profile, Profile, type[e.ApiError]]:
        async with make_http_client(reference_server.url) as http:
            logged = ServerClient(http)
            await logged.login_pin("counter1", PINS["counter1"])
            asked = ServerClient(http)
            probed = await asked.identify()
            stranger = ServerClient(http)
            try:
                await stranger.conflicts(token="not-a-token")
            except e.ApiError as failure:
                refused = type(failure)
            return logged.profile, probed, refused

    assert run(day()) == (REFERENCE, REFERENCE, e.Unauthorized)
