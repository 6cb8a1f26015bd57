"""End to end over HTTP: two counters and a supervisor on the reference server; a count over tolerance goes
to a recount for the other counter, the supervisor approves the second count, and the reports print it."""

from __future__ import annotations

import asyncio
import csv
import shutil
from pathlib import Path

import httpx
import openpyxl
import pytest
from pypdf import PdfReader

from station import contract as c
from station import contract_oversight as o
from station.api import errors
from station.api.client import ServerClient
from station.api.oversight import OversightClient
from station.reports import sheets
from station.reports.files import write
from station.server.app import create_app
from station.server.settings import ServerSettings
from tests.helpers.records import batch, wire_record
from tests.helpers.server import PINS, SECRET

RACK = "G-R02"


def lines(claim: c.ClaimResponse, quantities: dict[str, int], serialized: set[str]) -> c.SyncBatchRequest:
    """One line an item; a serialized item's pieces carry serials of this count's own."""
    claimed = {"session_id": claim.session_id, "rack_id": claim.rack_id, "floor": claim.floor,
               "lock_token": claim.lock_token}  # fmt: skip
    records = [
        wire_record(
            claimed,
            code,
            verified_qty=qty,
            serial_numbers=[f"SN-{claim.session_id[-6:]}-{code}-{n}" for n in range(qty)] if code in serialized else [],
        )  # fmt: skip
        for code, qty in quantities.items()
    ]
    return c.SyncBatchRequest.model_validate(batch(*records))


@pytest.mark.usefixtures("qapp")
def test_a_recount_over_tolerance_is_assigned_recounted_approved_and_reported(
    tmp_path: Path, template_db: Path
) -> None:
    (tmp_path / "server").mkdir()
    shutil.copyfile(template_db, tmp_path / "server" / "server.db")
    app = create_app(ServerSettings(data_dir=tmp_path / "server", secret=SECRET), sweeper=False)

    async def story() -> tuple[o.RackVariance, o.Recount]:
        async with app.router.lifespan_context(app):
            https = [httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://reference")
                     for _ in range(3)]  # fmt: skip
            one, two, boss = (ServerClient(http) for http in https)
            for client, user in ((one, "counter1"), (two, "counter2"), (boss, "supervisor")):
                await client.login_pin(user, PINS[user])
            oversight = OversightClient(boss)
            items = await one.rack_items(RACK) or []
            books = {item.item_code: int(item.expected_qty or 0) for item in items}
            serialized = {item.item_code for item in items if item.serialized}
            short = {code: qty // 2 for code, qty in books.items()}  # half of everything: far over tolerance

            claim = await one.claim(RACK, "Ground")
            assert len((await one.sync_batch(lines(claim, short, serialized))).ok) == len(short)
            await one.release(RACK)
            first = await oversight.rack_variance(RACK)
            assert first.totals.over_tolerance and first.totals.counted == sum(short.values())
            recount = await oversight.recount(RACK)
            assert (recount.status, recount.reason) == (o.RecountStatus.TO_RECOUNT, o.RecountReason.TOLERANCE)
            await oversight.assign(RACK, "counter2", note="a second pair of eyes")

            with pytest.raises(errors.LeaseConflict, match="to be recounted by counter2"):
                await one.claim(RACK, "Ground")
            claim = await two.claim(RACK, "Ground")
            assert len((await two.sync_batch(lines(claim, books, serialized))).ok) == len(books)
            await two.release(RACK)
            both = await oversight.recount(RACK)
            assert both.status is o.RecountStatus.RECOUNTED and both.first and both.second
            assert (both.first.pieces, both.second.pieces) == (sum(short.values()), sum(books.values()))

            approved = await oversight.approve(RACK, o.CountChoice.SECOND, "matches the books")
            variance = await oversight.rack_variance(RACK)
            history = await oversight.rack_history(RACK)
            assert [h.action for h in history][-1] == "approve"
            progress = await oversight.progress()
            assert progress.floors[0].done == 1
            for http in https:
                await http.aclose()
            return variance, approved

    variance, approved = asyncio.run(story())
    assert approved.approved_count == variance.totals.counted and variance.totals.difference == 0
    report = sheets.rack_sheet(variance, approved)
    with write(report, "csv", tmp_path / "rack.csv").open(encoding="utf-8-sig") as file:
        total = next(row for row in csv.reader(file) if row and row[0] == "Total")
    assert int(total[5]) == approved.approved_count
    workbook = openpyxl.load_workbook(write(report, "xlsx", tmp_path / "rack.xlsx"))
    assert workbook["Items"].cell(workbook["Items"].max_row, 6).value == approved.approved_count
    text = " ".join(page.extract_text() for page in PdfReader(write(report, "pdf", tmp_path / "rack.pdf")).pages)
    words = " ".join(text.split())
    assert f"second count approved by supervisor ({approved.approved_count} pieces): matches the books" in words
