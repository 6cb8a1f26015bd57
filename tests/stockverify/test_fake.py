"""The fake StockVerify: its shapes, and each of its defects on (as it ships) and off (fixed)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import fields
from typing import Any

import httpx
import pytest
from fastapi.testclient import TestClient

from station import contract
from station.domain.barcodes import is_valid_gtin
from tests.helpers.stockverify import Defects, FakeStockVerify, StockVerifyState
from tests.helpers.stockverify_app import create_app

Q = {"redis_service": "x"}  # the spurious query parameter that lets rack calls through


class Clock:
    def __init__(self) -> None:
        self.now = 1_800_000_000.0

    def __call__(self) -> float:
        return self.now


class Fake:
    """The fake's app in-process, on a clock the test moves; calls as a user logged in by PIN."""

    def __init__(self, defects: Defects) -> None:
        self.clock = Clock()
        self.state = StockVerifyState(defects=defects, clock=self.clock)
        self.http = TestClient(create_app(self.state))

    def token(self, user: str = "counter1") -> str:
        pin = self.state.users[user].pin
        answer = self.http.post("/api/auth/login-pin", json={"username": user, "pin": pin}).json()
        return str(answer["data"]["access_token"])

    def call(self, method: str, path: str, user: str = "counter1", **kwargs: Any) -> httpx.Response:
        answer: httpx.Response = self.http.request(
            method, path, headers={"Authorization": f"Bearer {self.token(user)}"}, **kwargs
        )
        return answer

    def claim(self, rack: str = "G-R01", user: str = "counter1") -> str:
        answer = self.call("POST", f"/api/racks/{rack}/claim", user, params=Q, json={"floor": "Ground"})
        assert answer.status_code == 200, answer.text
        return str(answer.json()["session_id"])

    def send(self, session_id: str, *records: dict[str, Any], user: str = "counter1") -> httpx.Response:
        return self.call("POST", "/api/sync/batch", user, json={"batch_id": "b", "records": list(records)})


def record(n: int, session_id: str, *, rack: str | None = "G-R01", qty: int = 1, damaged: int = 0,
           status: str = "partial") -> dict[str, Any]:  # fmt: skip
    found = {"client_record_id": f"r{n}", "session_id": session_id, "floor": "Ground", "item_code": f"ITM5101{n:02d}",
             "verified_qty": qty, "damage_qty": damaged, "serial_numbers": [], "status": status,
             "created_at": "2026-11-29T10:00:00Z", "updated_at": "2026-11-29T10:00:00Z"}  # fmt: skip
    return found if rack is None else {**found, "rack_id": rack}


@pytest.fixture
def shipped() -> Iterator[Fake]:
    fake = Fake(Defects())
    yield fake
    fake.http.close()


@pytest.fixture
def fixed() -> Iterator[Fake]:
    fake = Fake(Defects.none())
    yield fake
    fake.http.close()


def test_every_defect_is_on_as_it_ships_and_none_is_left_on_when_fixed() -> None:
    assert all(getattr(Defects(), f.name) for f in fields(Defects))
    assert not any(getattr(Defects.none(), f.name) for f in fields(Defects))


# --- shapes ----------------------------------------------------------------------------------------


def test_log_in_answers_in_an_envelope_without_a_refresh_token(shipped: Fake) -> None:
    answer = shipped.http.post("/api/auth/login", json={"username": "supervisor", "password": "supervisor"}).json()
    assert answer["success"] is True and "refresh_token" not in answer["data"]
    token = contract.read(contract.TokenResponse, answer)
    assert token.user is not None and token.user.role == "supervisor" and token.refresh_token is None


def test_no_refresh_no_rack_grid_no_rack_items_and_no_live_updates(shipped: Fake) -> None:
    assert shipped.call("POST", "/api/auth/refresh").status_code == 404
    assert shipped.call("GET", "/api/racks", params={"floor": "Ground"}).status_code == 404
    assert shipped.call("GET", "/api/racks/G-R01/items").status_code == 404
    assert shipped.call("GET", "/ws/updates").status_code == 404
    listed = shipped.call("GET", "/api/racks/available", params={"floor": "Ground"}).json()
    available = contract.read_list(contract.AvailableRack, listed)
    assert [rack.rack_id for rack in available] == ["G-R01", "G-R02", "G-R03"]


def test_a_small_warehouse_of_six_digit_codes_and_some_eans(shipped: Fake) -> None:
    assert shipped.call("GET", "/api/racks/floors").json() == ["Back Godown", "First", "Ground"]
    codes = [item.barcode for item in shipped.state.items]
    assert {code[:2] for code in codes if len(code) == 6} == {"51", "52", "53"}
    assert sum(1 for code in codes if len(code) == 13 and is_valid_gtin(code)) == 3
    item = contract.read(contract.ErpItem, shipped.call("GET", "/api/erp/items/barcode/510101").json())
    assert (item.item_code, item.rack, item.floor) == ("ITM510101", "G-R01", "Ground")


def test_error_bodies_are_objects_for_401_404_429_and_a_list_for_422(shipped: Fake) -> None:
    assert set(shipped.http.get("/api/racks/floors").json()["detail"]) >= {"message", "code"}
    assert set(shipped.call("GET", "/api/erp/items/barcode/999999").json()["detail"]) >= {"message", "code"}
    assert isinstance(shipped.call("POST", "/api/racks/G-R01/claim", json={"floor": "Ground"}).json()["detail"], list)
    shipped.state.batch_limit = 0
    assert set(shipped.send("s").json()["detail"]) >= {"message", "code"}


def test_health_says_it_is_stockverify(shipped: Fake) -> None:
    answer = shipped.http.get("/api/health").json()
    assert (answer["status"], answer["service"]) == ("healthy", "stock-verify-api")


def test_the_served_fake_answers_on_loopback_and_records_every_call(stockverify: FakeStockVerify) -> None:
    assert stockverify.url.startswith("http://127.0.0.1:")
    assert httpx.get(f"{stockverify.url}/api/health").status_code == 200
    assert stockverify.state.called("GET", "/api/health") == [200]


# --- the defects, on and off -----------------------------------------------------------------------


@pytest.mark.parametrize("verb", ["claim", "release", "pause", "resume"])
def test_rack_calls_need_the_redis_service_parameter_only_as_shipped(shipped: Fake, fixed: Fake, verb: str) -> None:
    for fake in (shipped, fixed):
        if verb != "claim":
            fake.claim()
        if verb == "resume":
            fake.call("POST", "/api/racks/G-R01/pause", params=Q)
        bare = fake.call("POST", f"/api/racks/G-R01/{verb}", json={"floor": "Ground"})
        if fake is shipped:
            assert bare.status_code == 422
            assert bare.json()["detail"][0]["loc"] == ["query", "redis_service"]
        else:
            assert bare.status_code == 200, bare.text


def test_the_holders_own_lines_carrying_rack_id_are_refused_as_shipped(shipped: Fake) -> None:
    session = shipped.claim()
    answer = shipped.send(session, record(1, session), record(2, session, rack=None)).json()
    assert answer["ok"] == ["r2"]
    [refused] = answer["conflicts"]
    assert (refused["client_record_id"], refused["conflict_type"]) == ("r1", "rack_locked")
    assert refused["details"]["owner"] == "counter1"


def test_fixed_it_refuses_only_another_sessions_lines(fixed: Fake) -> None:
    session = fixed.claim()
    assert fixed.send(session, record(1, session)).json()["ok"] == ["r1"]
    stranger = fixed.send("session_other", record(2, "session_other"), user="counter2").json()
    assert [c["conflict_type"] for c in stranger["conflicts"]] == ["rack_locked"]


def test_the_conflicts_api_answers_401_to_a_fresh_supervisor_as_shipped(shipped: Fake, fixed: Fake) -> None:
    for fake in (shipped, fixed):
        session = fake.claim()
        fake.send(session, record(1, session, qty=1, damaged=2))
    assert shipped.call("GET", "/api/sync/conflicts", "supervisor", params={"status": "pending"}).status_code == 401
    assert shipped.call("POST", "/api/sync/conflicts/conflict-1/resolve", "supervisor",
                        json={"resolution": "ignore"}).status_code == 401  # fmt: skip
    [pending] = fixed.call("GET", "/api/sync/conflicts", "supervisor", params={"status": "pending"}).json()
    assert pending["conflict_type"] == "invalid_quantity"
    assert fixed.call("POST", f"/api/sync/conflicts/{pending['id']}/resolve", "supervisor",
                      json={"resolution": "ignore"}).json()["status"] == "resolved"  # fmt: skip
    assert fixed.call("GET", "/api/sync/conflicts", "counter1").status_code == 403


def test_a_supervisor_cannot_release_someone_elses_rack_as_shipped(shipped: Fake, fixed: Fake) -> None:
    for fake in (shipped, fixed):
        fake.claim()
    refused = shipped.call("POST", "/api/racks/G-R01/release", "supervisor", params=Q)
    assert refused.status_code == 403 and refused.json()["detail"] == "Rack G-R01 is not claimed by you"
    assert fixed.call("POST", "/api/racks/G-R01/release", "supervisor", params=Q).status_code == 200
    assert shipped.call("POST", "/api/racks/G-R01/release", "counter2", params=Q).status_code == 403


def test_stats_count_lines_as_shipped_and_pieces_when_fixed(shipped: Fake, fixed: Fake) -> None:
    lines = [(1, 5, 1, "finalized"), (2, 1, 0, "partial"), (3, 6, 2, "finalized")]
    for fake in (shipped, fixed):
        session = fake.claim()
        fake.send(session, *(record(n, session, rack=None, qty=q, damaged=d, status=s) for n, q, d, s in lines))
    shipped_stats = shipped.call("GET", f"/api/sessions/{shipped.state.sessions_of('counter1')[0].id}/stats").json()
    fixed_stats = fixed.call("GET", f"/api/sessions/{fixed.state.sessions_of('counter1')[0].id}/stats").json()
    read = contract.read(contract.SessionStats, shipped_stats)
    assert (read.total_items, read.verified_items, read.pending_items, read.damage_items) == (3, 2, 1, 3)
    assert (fixed_stats["total_items"], fixed_stats["damage_items"]) == (12, 3)


def test_complete_finishes_the_rack_and_release_alone_frees_it_as_shipped(shipped: Fake, fixed: Fake) -> None:
    for fake in (shipped, fixed):
        done = fake.claim("G-R01")
        fake.send(done, record(1, done, rack=None))
        answer = fake.call("POST", f"/api/sessions/{done}/complete")
        assert contract.read(contract.CompleteResponse, answer.json()).id == done
        assert fake.state.racks["G-R01"].status == "completed"
        assert fake.state.holder(fake.state.racks["G-R01"]) is None
        released = fake.claim("G-R02")
        fake.send(released, record(2, released, rack=None))
        fake.call("POST", "/api/racks/G-R02/release", params=Q)
    assert shipped.state.sessions[shipped.state.racks["G-R01"].session_id or ""].status == "CLOSED"
    assert shipped.state.racks["G-R02"].status == "available"
    assert fixed.state.sessions[fixed.state.racks["G-R01"].session_id or ""].status == "completed"
    assert fixed.state.racks["G-R02"].status == "completed"


@pytest.mark.parametrize(("rounded_down", "first", "then"), [(True, 2, 429), (False, 3, 200)])
def test_retry_after_rounded_down_earns_one_more_429(rounded_down: bool, first: int, then: int) -> None:
    fake = Fake(Defects(retry_after_rounded_down=rounded_down))
    fake.state.batch_limit = 2
    session = fake.claim()
    assert [fake.send(session).status_code for _ in range(2)] == [200, 200]
    fake.clock.now += 57.5  # 2.5 s of the minute left
    throttled = fake.send(session)
    assert (throttled.status_code, throttled.headers["Retry-After"]) == (429, str(first))
    fake.clock.now += first  # waiting exactly what it said
    assert fake.send(session).status_code == then
    assert fake.state.throttled == (2 if rounded_down else 1)
    assert fake.state.early_retries == (1 if rounded_down else 0)
    assert [wait for _at, wait in fake.state.batch_calls] == [None, None, first] + ([1] if rounded_down else [None])


def test_a_retry_a_second_later_than_a_rounded_down_retry_after_is_not_early(shipped: Fake) -> None:
    shipped.state.batch_limit = 1
    shipped.send("s")
    shipped.clock.now += 58.5
    wait = int(shipped.send("s").headers["Retry-After"])
    shipped.clock.now += wait + 1  # Station's workaround
    assert shipped.send("s").status_code == 200 and shipped.state.early_retries == 0


def test_the_batch_limit_is_per_user_per_window(shipped: Fake) -> None:
    shipped.state.batch_limit = 1
    assert [shipped.send("s").status_code for _ in range(2)] == [200, 429]
    assert shipped.send("s", user="counter2").status_code == 200
    shipped.clock.now += 60
    assert shipped.send("s").status_code == 200


@pytest.mark.parametrize("frozen", [True, False])
def test_heartbeats_renew_the_lock_but_not_lock_expires_at_as_shipped(frozen: bool) -> None:
    fake = Fake(Defects(lock_expiry_frozen=frozen))
    session = fake.claim()
    claimed = fake.state.racks["G-R01"].lock_expires_at
    fake.clock.now += 50
    beat = contract.read(contract.HeartbeatResponse, fake.call("POST", f"/api/sessions/{session}/heartbeat").json())
    assert beat.rack_lock_renewed and beat.id == session
    fake.clock.now += 50  # past the claim's 60 s, within the renewed lease
    status = contract.read(contract.RackStatus, fake.call("GET", "/api/racks/G-R01/status").json())
    assert fake.state.holder(fake.state.racks["G-R01"]) == "counter1"
    assert (status.lock_expires_at == claimed) is frozen


def test_active_sessions_are_always_empty_as_shipped(shipped: Fake, fixed: Fake) -> None:
    for fake in (shipped, fixed):
        fake.claim()
    assert shipped.call("GET", "/api/sessions/active").json() == []
    [active] = contract.read_list(contract.SessionDetail, fixed.call("GET", "/api/sessions/active").json())
    assert active.rack_id == "G-R01"


def test_claiming_an_unknown_rack_creates_it_as_shipped(shipped: Fake, fixed: Fake) -> None:
    assert shipped.call("POST", "/api/racks/G-R99/claim", params=Q, json={"floor": "Ground"}).status_code == 200
    assert "G-R99" in shipped.state.racks
    unknown = fixed.call("POST", "/api/racks/G-R99/claim", params=Q, json={"floor": "Ground"})
    assert unknown.status_code == 404 and unknown.json()["detail"]["code"] == "RACK_NOT_FOUND"


def test_pin_log_in_ignores_the_user_name_as_shipped(shipped: Fake, fixed: Fake) -> None:
    def who(fake: Fake, username: str, pin: str) -> str | int:
        answer = fake.http.post("/api/auth/login-pin", json={"username": username, "pin": pin})
        return str(answer.json()["data"]["user"]["username"]) if answer.status_code == 200 else answer.status_code

    assert who(shipped, "supervisor", "1111") == "counter1"
    assert who(shipped, "demo2", "1234") == "demo1"  # the demo users share 1234
    assert who(fixed, "supervisor", "1111") == 401
    assert who(fixed, "demo2", "1234") == "demo2"


def test_a_resent_record_is_stored_once(shipped: Fake) -> None:
    session = shipped.claim()
    for _ in range(2):
        assert shipped.send(session, record(1, session, rack=None, qty=3)).json()["ok"] == ["r1"]
    assert shipped.state.pieces(session) == {"ITM510101": 3}
    assert len(shipped.state.records) == 1


def test_a_test_can_have_an_items_lines_refused(shipped: Fake) -> None:
    shipped.state.refuse_items["ITM510101"] = "invalid_quantity"
    session = shipped.claim()
    answer = shipped.send(session, record(1, session, rack=None), record(2, session, rack=None)).json()
    assert answer["ok"] == ["r2"] and [c["conflict_type"] for c in answer["conflicts"]] == ["invalid_quantity"]
    assert [c["client_record_id"] for c in shipped.state.conflicts] == ["r1"]


def test_the_limit_can_bite_a_given_number_of_times(shipped: Fake) -> None:
    shipped.state.batch_limit, shipped.state.throttles_left = 1, 1
    assert [shipped.send("s").status_code for _ in range(4)] == [200, 429, 200, 200]
    assert shipped.state.throttled == 1
