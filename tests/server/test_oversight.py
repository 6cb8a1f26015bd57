"""Oversight on the server: progress, variance, tolerances, session lines, rack history and the recount rules."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from station.server.tolerances import BadTolerances, Rule, Tolerances, load
from tests.helpers.oversight import count, exact, expected, line
from tests.helpers.records import batch, wire_record
from tests.helpers.server import Harness


def oversee(server: Harness, url: str, **kwargs: Any) -> Any:
    answer = server.call("GET", f"/api/oversight/{url}", "supervisor", **kwargs)
    assert answer.status_code == 200, answer.text
    return answer.json()


def test_counters_get_403_and_the_routes_are_in_openapi(server: Harness) -> None:
    for url in ("progress", "summary", "tolerances", "variance?floor=Ground", "racks/G-R01/variance",
                "racks/G-R01/history", "recounts", "racks/G-R01/recount"):  # fmt: skip
        answer = server.call("GET", f"/api/oversight/{url}", "counter1")
        assert (answer.status_code, answer.json()["detail"]) == (403, "Only a supervisor or an admin may do this.")
    answer = server.call("POST", "/api/oversight/racks/G-R01/recount", "counter1", json={})
    assert answer.status_code == 403
    paths = server.client.get("/openapi.json").json()["paths"]
    assert {"/api/oversight/progress", "/api/oversight/variance", "/api/oversight/racks/{rack_id}/recount/approve",
            "/api/oversight/sessions/{session_id}/lines"} <= set(paths)  # fmt: skip


def test_progress_counts_racks_by_state_per_floor_and_overall(server: Harness) -> None:
    count(server, "counter1", "G-R01", exact(server, "G-R01"))  # done, within tolerance
    count(server, "counter2", "G-R02", {})  # finished empty: done, counted zero, and over tolerance
    claim = server.claim("counter3", "G-R03")
    server.call("POST", "/api/sync/batch", "counter3", json=batch(wire_record(claim, "ITM-000003", verified_qty=2)))
    server.claim("counter1", "F-R01", "First")
    server.call("POST", "/api/racks/F-R01/pause", "counter1")
    progress = oversee(server, "progress")
    ground = progress["floors"][0]
    assert (ground["floor"], ground["racks"], ground["free"], ground["counting"], ground["paused"]) == (
        "Ground", 3, 0, 1, 0)  # fmt: skip
    assert (ground["done"], ground["to_recount"], ground["percent_done"]) == (1, 1, 33.3)
    assert ground["pieces"] == sum(exact(server, "G-R01").values()) + 2 and ground["counters"] == ["counter3"]
    overall = progress["overall"]
    assert (overall["racks"], overall["free"], overall["paused"], overall["done"]) == (15, 11, 1, 1)
    assert (overall["counters"], overall["stations"]) == (["counter1", "counter3"], 2)
    assert overall["percent_done"] == round(100 / 15, 1)


def test_rack_variance_compares_each_item_with_the_books(server: Harness) -> None:
    books = expected(server, "G-R01")
    codes = sorted(books)
    counted = {codes[0]: books[codes[0]][0], codes[1]: books[codes[1]][0] + 1, codes[2]: books[codes[2]][0] - 1}
    counted["ITM-000002"] = 3  # an item of another rack: unexpected here
    count(server, "counter1", "G-R01", counted)
    variance = oversee(server, "racks/G-R01/variance")
    items = {item["item_code"]: item for item in variance["items"]}
    assert [items[code]["state"] for code in codes] == ["ok", "over", "under", "missing"]
    assert (items["ITM-000002"]["state"], items["ITM-000002"]["expected"], items["ITM-000002"]["name"]) == (
        "unexpected", 0, server.sql("SELECT name FROM items WHERE item_code = 'ITM-000002'")[0][0])  # fmt: skip
    over = items[codes[1]]
    assert (over["difference"], over["value"]) == (1, books[codes[1]][2])
    assert over["percent"] == round(100 / books[codes[1]][0], 1)
    totals = variance["totals"]
    assert totals["expected"] == sum(qty for qty, _, _ in books.values())
    assert totals["counted"] == sum(counted.values())
    assert totals["difference"] == totals["counted"] - totals["expected"]
    assert (totals["missing"], totals["unexpected"], totals["over"], totals["under"]) == (1, 1, 1, 1)
    assert totals["value"] == round(sum(i["value"] for i in variance["items"] if i["value"] is not None), 2)
    assert totals["finished"] and totals["over_tolerance"] and totals["counted_by"] == "counter1"


def test_the_floor_variance_adds_up_its_finished_racks_and_names_hot_spots(server: Harness) -> None:
    count(server, "counter1", "G-R01", exact(server, "G-R01"))
    count(server, "counter2", "G-R02", {})
    server.claim("counter3", "G-R03")  # being counted: not in the floor's totals
    floor = oversee(server, "variance", params={"floor": "Ground"})
    racks = {rack["rack_id"]: rack for rack in floor["racks"]}
    g1 = racks["G-R01"]
    assert (g1["state"], g1["difference"], g1["over_tolerance"]) == ("done", 0, False)
    assert (racks["G-R02"]["state"], racks["G-R02"]["missing"]) == ("to_recount", 4)
    assert not racks["G-R03"]["finished"]
    assert floor["racks_finished"] == 2 and floor["racks_over_tolerance"] == 1
    assert floor["expected"] == racks["G-R01"]["expected"] + racks["G-R02"]["expected"]
    assert floor["difference"] == -racks["G-R02"]["expected"]
    over = {i["item_code"] for i in oversee(server, "racks/G-R02/variance")["items"] if i["over_tolerance"]}
    assert {spot["item_code"] for spot in floor["hot_spots"]} == over and over
    values = [abs(spot["value"]) for spot in floor["hot_spots"]]
    assert values == sorted(values, reverse=True)
    assert server.call("GET", "/api/oversight/variance", "supervisor", params={"floor": "Roof"}).status_code == 404


def test_tolerances_judge_by_percent_and_pieces_and_categories_override() -> None:
    rule = Rule(percent=5, units=2)
    assert not rule.exceeded(100, 95)  # 5 pieces, but 5 %
    assert not rule.exceeded(10, 8)  # 20 %, but 2 pieces
    assert rule.exceeded(10, 7) and rule.exceeded(0, 3) and rule.exceeded(40, 0)
    strict = Tolerances(categories={"Electronics": Rule(percent=0, units=0)})
    assert strict.exceeded("Electronics", 10, 11) and not strict.exceeded("Grocery", 10, 11)


def test_a_tolerances_file_is_read_or_refused_with_a_sentence(tmp_path: Path) -> None:
    good = tmp_path / "tolerances.toml"
    good.write_text("percent = 2.5\nunits = 0\nrecount = false\n[categories.Electronics]\npercent = 0\nunits = 0\n")
    read = load(good)
    assert (read.default, read.categories["Electronics"], read.recount) == (Rule(percent=2.5, units=0),
                                                                           Rule(percent=0, units=0), False)  # fmt: skip
    bad = tmp_path / "bad.toml"
    bad.write_text("percent = -1\n")
    with pytest.raises(BadTolerances, match="percent"):
        load(bad)
    with pytest.raises(BadTolerances, match="cannot be read"):
        load(tmp_path / "missing.toml")


def test_within_tolerance_a_rack_is_done_and_over_it_goes_to_a_recount(server: Harness) -> None:
    books = exact(server, "G-R01")
    first = next(iter(books))
    count(server, "counter1", "G-R01", {**books, first: books[first] + 1})  # one piece off: within 2 pieces
    assert server.call("GET", "/api/oversight/racks/G-R01/recount", "supervisor").status_code == 404
    count(server, "counter1", "G-R02", {})
    recount = oversee(server, "racks/G-R02/recount")
    assert (recount["status"], recount["reason"], recount["requested_by"]) == ("to_recount", "tolerance", "tolerance")
    assert recount["first"]["counted_by"] == "counter1" and recount["second"] is None
    assert [r["rack_id"] for r in oversee(server, "recounts")] == ["G-R02"]


def test_the_recount_flow_keeps_both_counts_and_audits_the_approval(server: Harness) -> None:
    books = exact(server, "G-R01")
    short = {code: qty - 1 if qty > 3 else qty for code, qty in books.items()}
    short[next(iter(short))] = 0
    first = count(server, "counter1", "G-R01", short)
    answer = server.call("POST", "/api/oversight/racks/G-R01/recount/assign", "supervisor",
                         json={"counter": "counter2", "note": "someone else this time"})  # fmt: skip
    server.clock.advance(1)
    assert answer.json()["assigned_to"] == "counter2"
    listing = {r["rack_id"]: r for r in server.call("GET", "/api/racks", "counter3", params={"floor": "Ground"}).json()}
    assert (listing["G-R01"]["status"], listing["G-R01"]["recount_for"]) == ("completed", "counter2")
    mine = {r["rack_id"]: r for r in server.call("GET", "/api/racks", "counter2", params={"floor": "Ground"}).json()}
    assert mine["G-R01"]["status"] == "available"  # offered to the counter who is to recount it
    refused = server.call("POST", "/api/racks/G-R01/claim", "counter3", json={"floor": "Ground"})
    assert refused.status_code == 409 and "to be recounted by counter2" in refused.json()["detail"]
    early = server.call("POST", "/api/oversight/racks/G-R01/recount/approve", "supervisor",
                        json={"count": "second", "note": "too soon"})  # fmt: skip
    assert early.status_code == 409 and "no second count yet" in early.json()["detail"]
    second = count(server, "counter2", "G-R01", books)
    recount = oversee(server, "racks/G-R01/recount")
    assert recount["status"] == "recounted"
    assert (recount["first"]["session_id"], recount["first"]["pieces"]) == (first, sum(short.values()))
    assert (recount["second"]["session_id"], recount["second"]["pieces"]) == (second, sum(books.values()))
    assert oversee(server, "progress")["floors"][0]["awaiting_approval"] == 1
    approved = server.call("POST", "/api/oversight/racks/G-R01/recount/approve", "supervisor",
                           json={"count": "second", "note": "the recount matches the books"}).json()  # fmt: skip
    assert (approved["status"], approved["approved"], approved["approved_count"], approved["approved_by"]) == (
        "approved", "second", sum(books.values()), "supervisor")  # fmt: skip
    assert oversee(server, "racks/G-R01/variance")["totals"]["session_id"] == second
    assert oversee(server, "progress")["floors"][0]["done"] == 1
    history = oversee(server, "racks/G-R01/history")
    assert [(h["actor"], h["action"]) for h in history] == [
        ("counter1", "counted"), ("tolerance", "send-to-recount"), ("supervisor", "assign"), ("counter2", "counted"),
        ("supervisor", "approve"),
    ]  # fmt: skip
    assert history[-1]["note"] == "second count approved: the recount matches the books"
    assert (history[0]["status"], history[0]["pieces"]) == ("completed", sum(short.values()))
    again = server.call("POST", "/api/oversight/racks/G-R01/recount/approve", "supervisor",
                        json={"count": "first", "note": "changed my mind"})  # fmt: skip
    assert again.status_code == 409


def test_a_supervisor_sends_a_done_rack_to_recount_and_refuses_what_cannot_be(server: Harness) -> None:
    count(server, "counter1", "G-R01", exact(server, "G-R01"))
    free = server.call("POST", "/api/oversight/racks/G-R02/recount", "supervisor", json={})
    assert (free.status_code, free.json()["detail"]) == (
        409, "Rack G-R02 is not counted yet; only a counted rack can be sent to a recount.")  # fmt: skip
    nobody = server.call("POST", "/api/oversight/racks/G-R01/recount", "supervisor", json={"assign_to": "ghost"})
    assert nobody.status_code == 404
    sent = server.call("POST", "/api/oversight/racks/G-R01/recount", "supervisor", json={"note": "spot check"})
    assert (sent.json()["status"], sent.json()["reason"], sent.json()["assigned_to"]) == (
        "to_recount", "supervisor", None)  # fmt: skip
    twice = server.call("POST", "/api/oversight/racks/G-R01/recount", "supervisor", json={})
    assert twice.status_code == 409
    claim = server.claim("counter3", "G-R01")  # unassigned: anyone may claim it; the claim starts the second count
    assert oversee(server, "racks/G-R01/recount")["status"] == "recounting"
    assert oversee(server, "racks/G-R01/variance")["totals"]["counted_by"] == "counter1"  # the first, until done
    late = server.call("POST", "/api/oversight/racks/G-R01/recount/assign", "supervisor", json={"counter": "counter2"})
    assert late.status_code == 409
    server.call("POST", "/api/racks/G-R01/release", "supervisor", json={"note": "wrong person"})
    back = oversee(server, "racks/G-R01/recount")
    assert (back["status"], back["second"]) == ("to_recount", None)  # given up empty: waits for its second count
    status = server.call("GET", "/api/racks", "counter1", params={"floor": "Ground"}).json()[0]
    assert (status["status"], status["recount"]) == ("completed", "to_recount")
    assert claim["session_id"] != server.claim("counter2", "G-R01")["session_id"]


def test_a_sessions_lines_are_paged_for_supervisors(server: Harness) -> None:
    claim = server.claim("counter1", "G-R01")
    codes = sorted(exact(server, "G-R01"))
    records = [line(server, claim, code, n + 1) for n, code in enumerate(codes)]
    server.call("POST", "/api/sync/batch", "counter1", json=batch(*records))
    url = f"sessions/{claim['session_id']}/lines"
    page = oversee(server, url, params={"offset": 1, "limit": 2})
    assert (page["total"], page["offset"], page["limit"], page["rack_id"], page["username"]) == (
        4, 1, 2, "G-R01", "counter1")  # fmt: skip
    assert len(page["lines"]) == 2 and all(line["name"] for line in page["lines"])
    assert sum(line["verified_qty"] for line in oversee(server, url)["lines"]) == 10
    assert server.call("GET", f"/api/oversight/{url}", "counter1").status_code == 403
    assert server.call("GET", "/api/oversight/sessions/nope/lines", "supervisor").status_code == 404
    assert server.call("GET", f"/api/oversight/{url}", "supervisor", params={"limit": 0}).status_code == 422


def test_the_summary_adds_up_the_floors(server: Harness) -> None:
    count(server, "counter1", "G-R01", exact(server, "G-R01"))
    count(server, "counter2", "F-R01", {}, "First")
    summary = oversee(server, "summary")
    assert [f["floor"] for f in summary["floors"]][:2] == ["Ground", "First"]
    assert summary["expected"] == sum(f["expected"] for f in summary["floors"])
    assert summary["difference"] == -sum(exact(server, "F-R01").values())
    assert summary["racks_over_tolerance"] == 1 and summary["progress"]["overall"]["done"] == 1
