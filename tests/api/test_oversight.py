"""The oversight client against payloads recorded from the reference server (respx), and StockVerify's 404s."""

from __future__ import annotations

import json

import pytest
import respx

from station import contract_oversight as o
from station.api import errors as e
from station.api.client import ServerClient
from station.api.oversight import OversightClient
from station.api.profile import STOCKVERIFY, Flavour
from tests.helpers.api import run
from tests.helpers.payloads import payload


@pytest.fixture
def oversight(client: ServerClient) -> OversightClient:
    return OversightClient(client)


def test_progress_per_floor_and_overall(api: respx.MockRouter, oversight: OversightClient) -> None:
    api.get("/api/oversight/progress").respond(200, json=payload("oversight_progress"))
    progress = run(oversight.progress())
    assert progress.overall.racks == 15 and [f.floor for f in progress.floors][0] == "Ground"
    ground = progress.floors[0]
    assert (ground.done, ground.counting, ground.counters, ground.stations) == (2, 1, ["counter1"], 1)
    assert ground.percent_done == 66.7


def test_floor_and_rack_variance(api: respx.MockRouter, oversight: OversightClient) -> None:
    api.get("/api/oversight/variance", params={"floor": "Ground"}).respond(
        200, json=payload("oversight_floor_variance")
    )
    api.get("/api/oversight/racks/G-R01/variance").respond(200, json=payload("oversight_rack_variance"))
    floor = run(oversight.floor_variance("Ground"))
    assert floor.racks[0].state is o.CountState.TO_RECOUNT and floor.racks_over_tolerance == 1
    assert floor.difference == sum(r.difference for r in floor.racks if r.finished)
    assert floor.hot_spots[0].state is o.VarianceState.MISSING
    rack = run(oversight.rack_variance("G-R01"))
    assert [i.state for i in rack.items][0] is o.VarianceState.MISSING
    assert rack.totals.counted == sum(i.counted for i in rack.items)


def test_a_floor_name_with_a_space_and_a_rack_id_are_sent_as_they_are(
    api: respx.MockRouter, oversight: OversightClient
) -> None:
    route = api.get("/api/oversight/variance").respond(200, json={"floor": "Upper Godown"})
    assert run(oversight.floor_variance("Upper Godown")).floor == "Upper Godown"
    assert route.calls.last.request.url.params["floor"] == "Upper Godown"


def test_recount_send_assign_approve_and_list(api: respx.MockRouter, oversight: OversightClient) -> None:
    sent = api.post("/api/oversight/racks/G-R01/recount").respond(200, json=payload("oversight_recount_recounted"))
    assign = api.post("/api/oversight/racks/G-R01/recount/assign").respond(
        200, json=payload("oversight_recount_recounted")
    )
    approve = api.post("/api/oversight/racks/G-R01/recount/approve").respond(
        200, json=payload("oversight_recount_approved")
    )
    api.get("/api/oversight/recounts", params={"open": "false"}).respond(200, json=payload("oversight_recounts"))
    recount = run(oversight.send_to_recount("G-R01", assign_to="counter2", note="spot check"))
    assert json.loads(sent.calls.last.request.content) == {"assign_to": "counter2", "note": "spot check"}
    assert recount.first is not None and recount.second is not None and recount.assigned_to == "counter2"
    run(oversight.assign("G-R01", None))
    assert json.loads(assign.calls.last.request.content) == {"note": ""}  # None left out: anyone
    approved = run(oversight.approve("G-R01", o.CountChoice.SECOND, "the recount matches the books"))
    assert json.loads(approve.calls.last.request.content) == {
        "count": "second",
        "note": "the recount matches the books",
    }
    assert (approved.status, approved.approved, approved.approved_count) == (
        o.RecountStatus.APPROVED, o.CountChoice.SECOND, recount.second.pieces)  # fmt: skip
    assert [r.rack_id for r in run(oversight.recounts(open_only=False))] == ["G-R01"]


def test_an_approval_needs_a_note_before_anything_is_sent(oversight: OversightClient) -> None:
    with pytest.raises(ValueError, match="note"):
        run(oversight.approve("G-R01", o.CountChoice.FIRST, ""))


def test_history_and_every_line_page_after_page(api: respx.MockRouter, oversight: OversightClient) -> None:
    api.get("/api/oversight/racks/G-R01/history").respond(200, json=payload("oversight_rack_history"))
    first, second = payload("oversight_session_lines"), payload("oversight_session_lines_2")
    session = first["session_id"]
    pages = api.get(f"/api/oversight/sessions/{session}/lines")
    pages.side_effect = [respx.MockResponse(200, json=first), respx.MockResponse(200, json=second)]
    history = run(oversight.rack_history("G-R01"))
    assert [h.action for h in history][-1] == "approve" and history[0].pieces is not None
    lines = run(oversight.all_session_lines(session))
    assert len(lines) == first["total"] == 4
    assert [call.request.url.params["offset"] for call in pages.calls] == ["0", "2"]


def test_a_stockverify_404_is_unsupported_and_a_missing_rack_is_not_found(
    api: respx.MockRouter, client: ServerClient, oversight: OversightClient
) -> None:
    api.get("/api/oversight/racks/Z-R99/variance").respond(404, json=payload("error_404_oversight_rack"))
    with pytest.raises(e.NotFound):
        run(oversight.rack_variance("Z-R99"))
    api.get("/api/oversight/progress").respond(404, json=payload("error_404_route"))
    with pytest.raises(e.Unsupported, match="StockVerify as it ships has no oversight"):
        run(oversight.progress())
    assert client.profile.flavour is Flavour.STOCKVERIFY  # found out: the next call is not sent
    with pytest.raises(e.Unsupported):
        run(oversight.summary())
    assert not api.calls or all("summary" not in str(call.request.url) for call in api.calls)


def test_a_server_known_to_be_stockverify_is_not_asked(api: respx.MockRouter, client: ServerClient) -> None:
    client.profile = STOCKVERIFY
    with pytest.raises(e.Unsupported, match="Follow the count in StockVerify's own screens"):
        run(OversightClient(client).tolerances())
    assert not api.calls


def test_a_counter_is_forbidden(api: respx.MockRouter, oversight: OversightClient) -> None:
    api.get("/api/oversight/progress").respond(403, json=payload("error_403_oversight"))
    with pytest.raises(e.Forbidden, match="Only a supervisor or an admin"):
        run(oversight.progress())
