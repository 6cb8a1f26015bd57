"""The overview's session layer: each answer a value or a sentence — a server without the routes, a rack
never sent to a recount, an approval without a note, a report written or not."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from pathlib import Path

import pytest
import respx

from station import contract_oversight as o
from station.api.client import ServerClient
from station.api.transport import make_http_client
from station.session.oversight import CountOverseer
from station.session.oversight_ports import Scope
from station.session.values import Failure
from tests.helpers.api import BASE, run
from tests.helpers.payloads import payload


@pytest.fixture
def api() -> Iterator[respx.MockRouter]:
    with respx.mock(base_url=BASE, assert_all_called=False) as router:
        yield router


@pytest.fixture
def overseer() -> CountOverseer:
    return CountOverseer(ServerClient(make_http_client(BASE)))


def test_a_server_without_the_routes_is_a_sentence_for_every_level(
    api: respx.MockRouter, overseer: CountOverseer, tmp_path: Path
) -> None:
    api.get("/api/oversight/summary").respond(404, json=payload("error_404_route"))
    summary = run(overseer.summary())
    assert isinstance(summary, Failure) and "has no oversight of the count" in summary.sentence
    for answer in (run(overseer.floor("Ground")), run(overseer.rack("G-R01")), run(overseer.history("G-R01")),
                   run(overseer.send_to_recount("G-R01", None, "")),
                   run(overseer.export(Scope(), "csv", tmp_path / "x.csv"))):  # fmt: skip
        assert isinstance(answer, Failure) and answer.sentence == summary.sentence
    assert len(api.calls) == 1  # found out once: nothing more is asked
    assert not (tmp_path / "x.csv").exists()


def test_a_rack_never_sent_to_a_recount_has_none(api: respx.MockRouter, overseer: CountOverseer) -> None:
    api.get("/api/oversight/racks/G-R01/variance").respond(200, json=payload("oversight_rack_variance"))
    api.get("/api/oversight/racks/G-R01/history").respond(200, json=payload("oversight_rack_history"))
    api.get("/api/oversight/racks/G-R01/recount").respond(
        404, json={"detail": "Rack G-R01 has not been sent to a recount."}
    )
    look = run(overseer.rack("G-R01"))
    assert not isinstance(look, Failure)
    assert look.recount is None and look.history and look.variance.totals.rack_id == "G-R01"


def test_an_approval_without_a_note_is_not_sent(api: respx.MockRouter, overseer: CountOverseer) -> None:
    answer = run(overseer.approve("G-R01", o.CountChoice.SECOND, "  "))
    assert isinstance(answer, Failure) and "Say why" in answer.sentence
    assert not api.calls


def test_a_rack_sheet_is_written_and_a_folder_that_is_not_there_is_a_sentence(
    api: respx.MockRouter, overseer: CountOverseer, tmp_path: Path
) -> None:
    variance = payload("oversight_rack_variance")
    api.get("/api/oversight/racks/G-R01/variance").respond(200, json=variance)
    api.get("/api/oversight/racks/G-R01/recount").respond(200, json=payload("oversight_recount_approved"))
    written = run(overseer.export(Scope(rack="G-R01"), "csv", tmp_path / "rack.csv"))
    assert written == tmp_path / "rack.csv"
    cells = [cell for row in csv.reader(written.read_text(encoding="utf-8-sig").splitlines()) for cell in row]
    assert str(variance["totals"]["difference"]) in cells
    missing = run(overseer.export(Scope(rack="G-R01"), "csv", tmp_path / "no" / "such" / "rack.csv"))
    assert isinstance(missing, Failure) and "could not be written" in missing.sentence
