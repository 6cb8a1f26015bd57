"""The F9 desk: who may decide, and decisions kept at the station while the server is away, then sent
with the deciding supervisor's credentials when it is back."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
import respx

from station import contract as c
from station.domain.lines import Line
from station.session.conflict_desk import ConflictDesk
from station.session.conflict_rows import Settlement, Supervisor
from station.session.values import FailureKind
from station.store.conflicts import Conflicts
from tests.helpers.payloads import payload
from tests.helpers.session import COOKER, SESSION, Rig, failed, refuse

SUPERVISOR_TOKEN = payload("login_reference")["access_token"]
COUNTER_TOKEN = payload("login_stockverify")["data"]["access_token"]
RECOUNT = c.MergedCount(verified_qty=1, damage_qty=0, serial_numbers=["SN-0001"])
NOTE = "SN-0002 was counted in R4 already; recounted here."
KEPT = "1 resolved here, not yet sent: they go when the server is back."


def supervisor_answers(api: respx.MockRouter) -> respx.Route:
    return api.post("/api/auth/login-pin", name="login").respond(200, json=payload("login_reference"))


def server_away(api: respx.MockRouter) -> None:
    api.post("/api/auth/login-pin", name="login").mock(side_effect=httpx.ConnectError("refused"))
    api.get("/api/sync/conflicts", name="conflicts").mock(side_effect=httpx.ConnectError("refused"))
    api.post("/api/sync/conflicts/c-1/resolve", name="resolve").mock(side_effect=httpx.ConnectError("refused"))


def server_back(api: respx.MockRouter, line: Line) -> respx.Route:
    """The server again, listing the cooker line's conflict as ``c-1`` (``conflicts_pending.json``)."""
    supervisor_answers(api)
    pending: list[dict[str, Any]] = payload("conflicts_pending")
    pending[0]["client_record_id"] = line.client_record_id
    api.get("/api/sync/conflicts", name="conflicts").respond(200, json=pending)
    settled = {**pending[0], "status": "resolved"}
    return api.post("/api/sync/conflicts/c-1/resolve", name="resolve").respond(200, json=settled)


def decided_offline_with_a_wrong_pin(counting: Rig, desk: ConflictDesk, refused: Line) -> respx.Route:
    """A decision kept while the server was away, on a PIN the server refuses once it is back; the
    resolve route, which must then not be called."""
    server_away(counting.api)
    who = counting.run(desk.authorise("supervisor", "0000"))
    assert isinstance(who, Supervisor)
    [row] = counting.run(desk.load(who)).rows
    counting.run(desk.resolve(who, [row], c.Resolution.ACCEPT_LOCAL, "counted twice, both real"))
    resolve = server_back(counting.api, refused)
    counting.api.post("/api/auth/login-pin").respond(401, json={"detail": "Wrong user name or PIN."})
    return resolve


@pytest.fixture
def desk(counting: Rig) -> ConflictDesk:
    return ConflictDesk(counting.client, Conflicts(counting.store, counting.clock), on_settled=counting.sync.wake)


@pytest.fixture
def refused(counting: Rig) -> Iterator[Line]:
    """A cooker counted with serials SN-0001 and SN-0002, which the server refused (a duplicate serial)."""
    asked = counting.scan(COOKER, typed="2")
    assert asked.item is not None
    counted = counting.session.count_serials(asked.item, 2, ("SN-0001", "SN-0002"), manual=False)
    assert counted.line is not None
    refuse(counting.store, counted.line)
    yield counted.line


# --- who may decide ---------------------------------------------------------------------------------


def test_a_supervisors_pin_authorises_without_touching_the_counters_sign_in(counting: Rig, desk: ConflictDesk) -> None:
    supervisor_answers(counting.api)
    who = counting.run(desk.authorise(" supervisor ", "9999"))
    assert who == Supervisor("supervisor", SUPERVISOR_TOKEN, "9999")
    assert isinstance(who, Supervisor) and who.verified
    assert counting.client.credentials.token == COUNTER_TOKEN


def test_signing_off_ends_the_supervisors_log_in_and_keeps_the_counters(counting: Rig, desk: ConflictDesk) -> None:
    supervisor_answers(counting.api)
    route = counting.api.post("/api/auth/logout", name="logout").respond(204)
    who = counting.run(desk.authorise("supervisor", "9999"))
    assert isinstance(who, Supervisor)
    counting.run(desk.sign_off(who))
    assert route.call_count == 1
    assert route.calls.last.request.headers["Authorization"] == f"Bearer {SUPERVISOR_TOKEN}"
    assert counting.client.credentials.token == COUNTER_TOKEN


def test_a_counters_pin_is_not_a_supervisors(counting: Rig, desk: ConflictDesk) -> None:
    failure = failed(counting.run(desk.authorise("counter1", "1111")))
    assert failure.sentence == "counter1 is not a supervisor. Only a supervisor or an admin may resolve conflicts."


def test_a_wrong_supervisor_pin_is_refused(counting: Rig, desk: ConflictDesk) -> None:
    counting.api.post("/api/auth/login-pin").respond(401, json=payload("error_401"))
    failure = failed(counting.run(desk.authorise("supervisor", "0000")))
    assert failure.kind is FailureKind.REFUSED and failure.sentence == "Wrong user name or PIN."


def test_no_pin_is_asked_for(counting: Rig, desk: ConflictDesk) -> None:
    assert failed(counting.run(desk.authorise("  ", ""))).sentence == "Type the supervisor's user name and PIN."
    assert counting.api.routes["login"].call_count == 1  # the counter's log-in only


def test_with_the_server_away_the_supervisor_is_taken_unverified(counting: Rig, desk: ConflictDesk) -> None:
    server_away(counting.api)
    assert counting.run(desk.authorise("supervisor", "9999")) == Supervisor("supervisor", None, "9999", verified=False)


# --- deciding -----------------------------------------------------------------------------------------


def test_a_decision_with_the_server_away_is_kept_and_sent_when_it_is_back(
    counting: Rig, desk: ConflictDesk, refused: Line
) -> None:
    server_away(counting.api)
    who = counting.run(desk.authorise("supervisor", "9999"))
    assert isinstance(who, Supervisor) and not who.verified
    listing = counting.run(desk.load(who))
    assert not listing.online and listing.sentence.startswith("The server cannot be reached")
    [row] = listing.rows
    assert (row.conflict_type, row.local_id, row.server_id) == ("duplicate_serial", 1, None)
    assert row.station["serial_numbers"] == ["SN-0001", "SN-0002"]

    kept = counting.run(desk.resolve(who, [row], c.Resolution.MERGE, NOTE, RECOUNT))
    assert kept == Settlement(kept=1) and kept.sentence == KEPT and desk.holding
    conflicts = Conflicts(counting.store, counting.clock)
    [waiting] = conflicts.unsent()
    assert (waiting.decision.decided_by, waiting.decision.note) == ("supervisor", NOTE)
    assert conflicts.open()[0].status == "decided"
    assert counting.records.totals(SESSION).blocked == 1  # the line waits until the server has the decision
    assert counting.api.routes["resolve"].call_count == 0

    assert counting.run(desk.send_unsent()) == Settlement(kept=1)  # still away: still kept

    resolve = server_back(counting.api, refused)
    sent = counting.run(desk.send_unsent())
    assert sent == Settlement(sent=1) and sent.sentence == "1 settled on the server."
    request = resolve.calls.last.request
    assert json.loads(request.content) == payload("conflict_resolve_request")
    assert request.headers["Authorization"] == f"Bearer {SUPERVISOR_TOKEN}"  # the supervisor's, for this call
    assert counting.client.credentials.token == COUNTER_TOKEN
    assert conflicts.unsent() == [] and conflicts.open() == [] and not desk.holding
    [line] = [line for line in counting.session.lines() if line.serialized]
    assert (line.verified_qty, line.serials, line.synced) == (1, ("SN-0001",), True)  # the recount is the line
    assert counting.records.totals(SESSION).blocked == 0


def test_a_pin_the_server_refuses_when_back_sends_nothing_and_opens_the_conflict_again(
    counting: Rig, desk: ConflictDesk, refused: Line
) -> None:
    resolve = decided_offline_with_a_wrong_pin(counting, desk, refused)
    answer = counting.run(desk.send_unsent())
    assert answer == Settlement(refused=["Wrong user name or PIN."])
    assert resolve.call_count == 0 and not desk.holding
    conflicts = Conflicts(counting.store, counting.clock)
    [again] = conflicts.open()
    assert again.status == "pending" and again.decision is None
    assert counting.records.totals(SESSION).blocked == 1  # the line still waits for a decision


def test_the_next_supervisor_reads_why_a_kept_decision_was_not_sent(
    counting: Rig, desk: ConflictDesk, refused: Line
) -> None:
    decided_offline_with_a_wrong_pin(counting, desk, refused)
    counting.run(desk.send_unsent())
    supervisor_answers(counting.api)
    who = counting.run(desk.authorise("supervisor", "9999"))
    assert isinstance(who, Supervisor)
    [row] = counting.run(desk.load(who)).rows
    assert not row.decided_here
    assert row.waiting_error == "Not sent: Wrong user name or PIN. A supervisor must decide again (F9)."


def test_a_verified_supervisor_settles_on_the_server_at_once(counting: Rig, desk: ConflictDesk, refused: Line) -> None:
    resolve = server_back(counting.api, refused)
    who = counting.run(desk.authorise("supervisor", "9999"))
    assert isinstance(who, Supervisor)
    listing = counting.run(desk.load(who))
    assert listing.online and [row.server_id for row in listing.rows] == ["c-1"]  # linked to the server's
    wakes = counting.sync.wakes
    settled = counting.run(desk.resolve(who, listing.rows, c.Resolution.ACCEPT_SERVER, "the server is right"))
    assert settled == Settlement(sent=1) and not desk.holding
    assert json.loads(resolve.calls.last.request.content) == {
        "resolution": "accept_server",
        "resolution_note": "the server is right",
    }
    assert counting.sync.wakes == wakes + 1  # the sync worker looks again


def test_a_decision_needs_a_note(counting: Rig, desk: ConflictDesk, refused: Line) -> None:
    who = Supervisor("supervisor", None, "9999", verified=False)
    [row] = counting.run(desk.load(who)).rows
    assert counting.run(desk.resolve(who, [row], c.Resolution.IGNORE, "  ")) == Settlement(
        refused=["Write a note: why this decision."]
    )
    assert Conflicts(counting.store, counting.clock).unsent() == []
