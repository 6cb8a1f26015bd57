"""What the server's profile changes in the session: F10 reads StockVerify's stats as lines, finishes with
``complete``, offers no release the server forbids; decisions it cannot take settle here only; the PIN notice
is said once; a rack id the server does not list is never claimed."""

from __future__ import annotations

from typing import Any

import pytest
import respx

from station import contract as c
from station.api import errors
from station.api.profile import REFERENCE, STOCKVERIFY
from station.domain.lease import LeaseState
from station.domain.lines import Line
from station.session.conflict_desk import NO_DECISIONS, ConflictDesk
from station.session.conflict_rows import HERE_ONLY, Settlement, Supervisor
from station.session.notices import PIN_ALONE
from station.session.supervision import NO_SESSIONS, SupervisorBoard
from station.session.values import ONLY_CLAIMER, ONLY_CLAIMER_COUNTS, Allowed, Failure, FailureKind
from station.store.conflicts import Conflicts
from tests.helpers.payloads import payload
from tests.helpers.session import COOKER, FLOOR, RACK, RICE, SESSION, UNKNOWN, Rig, failed, refuse


def stats_of(total: int, damaged: int) -> dict[str, Any]:
    return {**payload("session_stats"), "total_items": total, "damage_items": damaged}


def completes(api: respx.MockRouter) -> respx.Route:
    return api.post(f"/api/sessions/{SESSION}/complete", name="complete").respond(200, json=payload("session_complete"))


@pytest.fixture
def twelve(counting: Rig) -> Rig:
    """R1 with 12 pieces in 3 lines: 10 rice of which 2 damaged (one line), a cooker, an unknown code."""
    counting.scan(RICE, typed="8")
    counting.session.toggle_damage()
    counting.scan(RICE, typed="2")
    counting.session.toggle_damage()
    asked = counting.scan(COOKER)
    assert asked.item is not None
    counting.session.count_serials(asked.item, 1, ("SN-0001",), manual=False)
    counting.session.record_unknown(UNKNOWN, 1, manual=False)
    totals = counting.records.totals(SESSION)
    assert (totals.pieces, totals.damaged, totals.lines) == (12, 2, 3)
    counting.sync.delivering = True
    return counting


# --- F10 --------------------------------------------------------------------------------------------


def test_f10_reads_stockverifys_stats_as_lines_and_completes_the_rack(twelve: Rig) -> None:
    twelve.client.profile = STOCKVERIFY
    complete = completes(twelve.api)
    twelve.api.get(f"/api/sessions/{SESSION}/stats").respond(200, json=stats_of(3, 2))  # 3 records, 2 damaged pieces
    assert twelve.run(twelve.session.finish(wait_s=0)) is None
    assert complete.call_count == 1 and twelve.api.routes["release"].call_count == 0
    assert twelve.heard.last("session_ended") == "Rack R1 is finished: 12 pieces in 3 lines."
    assert twelve.session.rack_id is None and twelve.lease() is LeaseState.RELEASED


def test_f10_against_the_reference_server_reads_pieces_and_releases(twelve: Rig) -> None:
    complete = completes(twelve.api)
    twelve.api.get(f"/api/sessions/{SESSION}/stats").respond(200, json=stats_of(12, 2))
    assert twelve.run(twelve.session.finish(wait_s=0)) is None
    assert twelve.api.routes["release"].call_count == 1 and complete.call_count == 0


def test_stockverify_counting_other_lines_is_said_in_lines_with_what_to_do(twelve: Rig) -> None:
    twelve.client.profile = STOCKVERIFY
    complete = completes(twelve.api)
    twelve.api.get(f"/api/sessions/{SESSION}/stats").respond(200, json=stats_of(2, 2))
    failure = failed(twelve.run(twelve.session.finish(wait_s=0)))
    assert failure.sentence == (
        "Not finished: the server has 2 lines (2 damaged pieces), this station 3 lines (2 damaged pieces). "
        + ONLY_CLAIMER_COUNTS
    )
    assert failure.kind is FailureKind.REFUSED  # no "release anyway" on a server that forbids it
    assert complete.call_count == 0 and twelve.session.rack_id == RACK


def test_refused_lines_on_stockverify_say_what_to_do_instead_of_release_anyway(twelve: Rig) -> None:
    twelve.client.profile = STOCKVERIFY
    twelve.sync.delivering = False
    cooker = next(line for line in twelve.session.lines() if line.serialized)
    refuse(twelve.store, cooker)
    twelve.sync.delivering = True
    failure = failed(twelve.run(twelve.session.finish(wait_s=0)))
    assert failure.kind is FailureKind.REFUSED and failure.sentence.endswith(ONLY_CLAIMER)


def test_the_session_says_what_the_server_allows(rig: Rig) -> None:
    assert rig.session.allows == Allowed(supervisor_release=True, decisions=True)
    rig.client.profile = STOCKVERIFY
    assert rig.session.allows == Allowed(supervisor_release=False, decisions=False)


# --- the PIN notice ---------------------------------------------------------------------------------


def test_the_pin_notice_is_said_once_per_station_and_only_where_pins_find_people_alone(rig: Rig) -> None:
    rig.log_in()
    assert rig.session.pin_notice() == ""  # the reference server checks the user name with the PIN
    rig.client.profile = STOCKVERIFY
    assert rig.session.pin_notice() == PIN_ALONE
    assert rig.session.pin_notice() == ""
    rig.client.profile = REFERENCE
    assert rig.session.pin_notice() == ""


# --- rack ids ---------------------------------------------------------------------------------------


def test_a_rack_id_the_server_does_not_list_is_never_claimed(rig: Rig) -> None:
    rig.log_in()
    assert not isinstance(rig.run(rig.session.racks(FLOOR)), Failure)
    typo = rig.api.post("/api/racks/G-R99/claim", name="typo").respond(200, json=payload("rack_claim"))
    assert failed(rig.run(rig.session.claim("g-r99", FLOOR))).sentence == "There is no rack G-R99 on Ground."
    assert typo.call_count == 0 and rig.api.routes["racks"].call_count == 2  # asked again: it might be new


def test_a_rack_new_since_the_listing_is_claimed(rig: Rig) -> None:
    rig.log_in()
    rig.run(rig.session.racks(FLOOR))
    listing = payload("racks_listing")
    rig.api.get("/api/racks").respond(200, json=[*listing, {**listing[0], "rack_id": "G-R04"}])
    held = rig.api.post("/api/racks/G-R04/claim").respond(409, json=payload("rack_claim_409"))
    failure = failed(rig.run(rig.session.claim("G-R04", FLOOR)))
    assert held.call_count == 1 and "There is no rack" not in failure.sentence


# --- F9 on a server that takes no decisions ---------------------------------------------------------


@pytest.fixture
def desk(counting: Rig) -> ConflictDesk:
    return ConflictDesk(counting.client, Conflicts(counting.store, counting.clock), on_settled=counting.sync.wake)


@pytest.fixture
def refused(counting: Rig) -> Line:
    asked = counting.scan(COOKER, typed="2")
    assert asked.item is not None
    counted = counting.session.count_serials(asked.item, 2, ("SN-0001", "SN-0002"), manual=False)
    assert counted.line is not None
    refuse(counting.store, counted.line)
    return counted.line


SUPERVISOR = Supervisor("supervisor", "sup-token", "9999")


def test_stockverify_lists_this_stations_conflicts_and_settles_a_decision_here_only(
    counting: Rig, desk: ConflictDesk, refused: Line
) -> None:
    counting.client.profile = STOCKVERIFY
    resolve = counting.api.post("/api/sync/conflicts/c-1/resolve", name="resolve").respond(200, json={})
    listing = counting.run(desk.load(SUPERVISOR))
    assert listing.sentence == NO_DECISIONS and "sign-in" not in listing.sentence
    [row] = listing.rows
    assert row.local_id is not None and counting.api.routes["conflicts"].call_count == 0

    outcome = counting.run(desk.resolve(SUPERVISOR, [row], c.Resolution.ACCEPT_LOCAL, "settled in StockVerify"))
    assert outcome == Settlement(here=1) and not desk.holding
    assert outcome.sentence == f"1 decided at this station only: {HERE_ONLY}"
    assert "not yet sent" not in outcome.sentence and resolve.call_count == 0
    conflicts = Conflicts(counting.store, counting.clock)
    assert conflicts.unsent() == [] and conflicts.open() == []  # never sent, never retried
    assert counting.records.totals(SESSION).blocked == 0  # F10 can now compare with the server
    assert counting.run(desk.send_unsent(SUPERVISOR)) == Settlement()


def test_unsupported_from_the_client_is_said_and_the_decision_kept_here(
    counting: Rig, desk: ConflictDesk, refused: Line, monkeypatch: pytest.MonkeyPatch
) -> None:
    cannot = "This server cannot take supervisors' decisions; settle the line in StockVerify."

    async def unsupported(*_args: object, **_kwargs: object) -> object:
        raise errors.Unsupported(cannot)

    monkeypatch.setattr(counting.client, "conflicts", unsupported)
    monkeypatch.setattr(counting.client, "resolve", unsupported)
    listing = counting.run(desk.load(SUPERVISOR))
    assert listing.sentence == cannot and len(listing.rows) == 1
    outcome = counting.run(desk.resolve(SUPERVISOR, listing.rows, c.Resolution.ACCEPT_LOCAL, "settled there"))
    assert outcome == Settlement(here=1)
    assert counting.heard.of("needs_login") == []
    assert counting.records.totals(SESSION).blocked == 0


def test_a_line_settled_here_to_nothing_is_not_one_of_stockverifys_lines(twelve: Rig) -> None:
    """The way out on StockVerify: a refused line settled in StockVerify and here (to the server's copy,
    which it never took), then F10 agrees with the server's 2 lines and completes the rack."""
    twelve.client.profile = STOCKVERIFY
    cooker = next(line for line in twelve.session.lines() if line.serialized)
    twelve.sync.delivering = False
    refuse(twelve.store, cooker)
    desk = ConflictDesk(twelve.client, Conflicts(twelve.store, twelve.clock))
    [row] = twelve.run(desk.load(SUPERVISOR)).rows
    assert twelve.run(desk.resolve(SUPERVISOR, [row], c.Resolution.ACCEPT_SERVER, "not on the rack")) == Settlement(
        here=1
    )
    complete = completes(twelve.api)
    twelve.sync.delivering = True
    twelve.api.get(f"/api/sessions/{SESSION}/stats").respond(200, json=stats_of(2, 2))
    assert twelve.run(twelve.session.finish(wait_s=0)) is None
    assert complete.call_count == 1
    assert twelve.heard.last("session_ended") == "Rack R1 is finished: 11 pieces in 3 lines."


def test_the_supervisor_board_says_stockverify_lists_no_sessions_and_asks_nothing(rig: Rig) -> None:
    board = SupervisorBoard(rig.client, rig.clock)
    rig.client.profile = STOCKVERIFY
    listed = rig.api.get("/api/sessions/active", name="active").respond(200, json=[])
    answer = rig.run(board.sessions())
    assert answer == Failure(NO_SESSIONS) and not listed.called
