"""Reports read back (CSV parsed, XLSX opened with openpyxl, PDF text extracted): every total is the server's."""

from __future__ import annotations

import csv
import unicodedata
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from pypdf import PdfReader

from station import contract_oversight as o
from station.export_cli import main
from station.reports import sheets
from station.reports.files import write
from station.reports.pdf_file import _number
from tests.helpers.oversight import count, exact
from tests.helpers.server import Harness


@pytest.fixture
def counted(server: Harness) -> Harness:
    """Ground counted: G-R01 as the books say, G-R02 empty (to recount), G-R03 being counted."""
    count(server, "counter1", "G-R01", exact(server, "G-R01"))
    count(server, "counter2", "G-R02", {})
    books = exact(server, "F-R01")
    count(server, "counter3", "F-R01", {code: qty + 5 for code, qty in books.items() if code != "ITM-000001"}, "First")
    server.claim("counter3", "G-R03")
    return server


def get(server: Harness, url: str, **kwargs: Any) -> Any:
    answer = server.call("GET", f"/api/oversight/{url}", "supervisor", **kwargs)
    assert answer.status_code == 200, answer.text
    return answer.json()


def csv_rows(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8-sig", newline="") as file:
        return list(csv.reader(file))


def pdf_text(path: Path) -> str:
    text = " ".join(page.extract_text() for page in PdfReader(path).pages)
    return " ".join(unicodedata.normalize("NFKC", text).split())


def number(cell: str) -> float:
    return float(cell)


@pytest.mark.usefixtures("qapp")
def test_a_floors_variance_in_every_format_carries_the_servers_totals(counted: Harness, tmp_path: Path) -> None:
    floor = o.FloorVariance.model_validate(get(counted, "variance", params={"floor": "Ground"}))
    report = sheets.floor_report(floor)
    rows = csv_rows(write(report, "csv", tmp_path / "floor.csv"))
    total = next(row for row in rows if row and row[0] == "Total (finished racks)")
    assert [number(total[i]) for i in (4, 5, 6, 8)] == [floor.expected, floor.counted, floor.difference, floor.value]
    g1 = next(row for row in rows if row and row[0] == "G-R01")
    assert [number(g1[i]) for i in (4, 5, 6)] == [floor.racks[0].expected, floor.racks[0].counted, 0]

    sheet = openpyxl.load_workbook(write(report, "xlsx", tmp_path / "floor.xlsx"))["Racks · Ground"]
    last = [cell.value for cell in sheet[sheet.max_row]]
    assert last[4:7] == [floor.expected, floor.counted, floor.difference] and last[8] == floor.value
    assert sheet.max_row == 1 + len(floor.racks) + 1

    text = pdf_text(write(report, "pdf", tmp_path / "floor.pdf"))
    assert "Variance · floor Ground" in text and "Sign-off Counted by" in text
    figures = " ".join(_number(v) for v in (floor.expected, floor.counted, floor.difference))
    assert f"Total (finished racks) {floor.racks_finished} finished {figures} {_number(floor.value)}" in text
    for spot in floor.hot_spots:
        assert spot.item_code in text


@pytest.mark.usefixtures("qapp")
def test_the_whole_counts_summary_carries_the_servers_totals_and_sign_off(counted: Harness, tmp_path: Path) -> None:
    summary = o.CountSummary.model_validate(get(counted, "summary"))
    floors = [o.FloorVariance.model_validate(get(counted, "variance", params={"floor": f.floor}))
              for f in summary.floors]  # fmt: skip
    report = sheets.summary_report(summary, floors)
    rows = csv_rows(write(report, "csv", tmp_path / "summary.csv"))
    totals = [row for row in rows if row and row[0] == "Total"]
    progress, variance = totals[0], totals[1]
    overall = summary.progress.overall
    assert [number(c) for c in progress[1:]] == [overall.racks, overall.free, overall.counting, overall.paused,
                                                 overall.done, overall.to_recount, overall.percent_done, overall.lines,
                                                 overall.pieces]  # fmt: skip
    assert [number(variance[i]) for i in (3, 4, 5, 6, 7)] == [summary.expected, summary.counted, summary.difference,
                                                             summary.value, summary.racks_over_tolerance]  # fmt: skip
    assert [row[0] for row in rows[-3:]] == ["Counted by", "Checked by", "Approved by"]

    workbook = openpyxl.load_workbook(write(report, "xlsx", tmp_path / "summary.xlsx"))
    by_floor = workbook["Variance by floor"]
    assert [cell.value for cell in by_floor[by_floor.max_row]][3:6] == [summary.expected, summary.counted,
                                                                        summary.difference]  # fmt: skip
    assert [row[0].value for row in workbook["Report"].iter_rows()][-3:] == ["Counted by", "Checked by", "Approved by"]

    text = pdf_text(write(report, "pdf", tmp_path / "summary.pdf"))
    assert f"Difference {summary.difference} pieces, value {summary.value:.2f}" in text
    for floor in summary.floors:
        assert f"{floor.floor} {floor.racks} {floor.racks_finished} {floor.expected} {floor.counted}" in text
    assert "Counted by" in text and "Approved by" in text and "Date" in text


@pytest.mark.usefixtures("qapp")
def test_a_racks_count_sheet_lists_every_item_and_its_totals(counted: Harness, tmp_path: Path) -> None:
    variance = o.RackVariance.model_validate(get(counted, "racks/F-R01/variance"))
    recount = o.Recount.model_validate(get(counted, "racks/F-R01/recount"))
    report = sheets.rack_sheet(variance, recount)
    rows = csv_rows(write(report, "csv", tmp_path / "rack.csv"))
    items = {row[0]: row for row in rows if row and row[0].startswith("ITM-")}
    assert {code: (int(r[4]), int(r[5]), r[11]) for code, r in items.items()} == {
        i.item_code: (i.expected, i.counted, str(i.state)) for i in variance.items}  # fmt: skip
    total = next(row for row in rows if row and row[0] == "Total")
    assert [number(total[i]) for i in (4, 5, 7, 10)] == [variance.totals.expected, variance.totals.counted,
                                                         variance.totals.difference, variance.totals.value]  # fmt: skip
    text = pdf_text(write(report, "pdf", tmp_path / "rack.pdf"))
    assert "Recount (tolerance): to_recount; first count" in text and "F-R01" in text


def test_export_writes_what_the_routes_answer(counted: Harness, tmp_path: Path) -> None:
    url = str(counted.state.engine.url.render_as_string(hide_password=False))
    floor = get(counted, "variance", params={"floor": "First"})
    out = tmp_path / "first.csv"
    assert main(["export", "--format", "csv", "--db", url, "--floor", "First", "--out", str(out)]) == 0
    total = next(row for row in csv_rows(out) if row and row[0] == "Total (finished racks)")
    assert [number(total[i]) for i in (4, 5, 6, 8)] == [floor["expected"], floor["counted"], floor["difference"],
                                                       floor["value"]]  # fmt: skip
    summary = get(counted, "summary")
    out = tmp_path / "count.xlsx"
    assert main(["export", "--format", "xlsx", "--db", url, "--out", str(out)]) == 0
    sheet = openpyxl.load_workbook(out)["Variance by floor"]
    assert [c.value for c in sheet[sheet.max_row]][3:6] == [summary["expected"], summary["counted"],
                                                           summary["difference"]]  # fmt: skip


def test_export_refuses_with_a_sentence(counted: Harness, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    url = str(counted.state.engine.url.render_as_string(hide_password=False))
    assert main(["export", "--db", url, "--rack", "Z-R99", "--out", str(tmp_path / "x.pdf")]) == 2
    assert capsys.readouterr().err == "station-server export: there is no rack Z-R99.\n"
    assert main(["export", "--data-dir", str(tmp_path / "nowhere")]) == 2
    assert "there is no database at" in capsys.readouterr().err


def test_station_server_hands_export_to_the_export_and_the_rest_to_the_server(
    capsys: pytest.CaptureFixture[str],
) -> None:
    with pytest.raises(SystemExit) as done:
        main(["--version"])
    assert done.value.code == 0 and capsys.readouterr().out.startswith("station-server ")
    with pytest.raises(SystemExit) as done:
        main(["export", "--help"])
    assert done.value.code == 0 and "--format {pdf,xlsx,csv}" in capsys.readouterr().out
    assert main(["export", "--floor", "Ground", "--rack", "G-R01"]) == 2
    assert capsys.readouterr().err == "station-server export: give --floor or --rack, not both.\n"
