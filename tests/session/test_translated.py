"""Every sentence the session hands the screens goes through ``translate``: with a marking backend
installed (each translated text wrapped in ⟦⟧), the main flows' sentences are marked whole, so a new
sentence written without ``translate`` fails here. The server's own words (a refusal's reason, a
release answer) are data: they may sit inside a marked sentence, never stand alone."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from station import i18n
from station.contract import RackUpdate, Resolution, SyncBatchResponse
from station.domain.backoff import BackoffPolicy
from station.domain.records import LineCount
from station.domain.wedge import Entry
from station.session.conflict_desk import ConflictDesk
from station.session.conflict_rows import FIELDS, ConflictRow, Settlement, Supervisor, explain, field_label
from station.session.review import review_of
from station.session.values import Failure, LeaseStatus, ScanOutcome, Verdict
from station.store.conflicts import Conflicts
from station.store.errors import StoreError, known_error
from station.store.outbox import Outbox
from station.store.records import Records
from station.sync.worker import _held_up_by
from tests.helpers.payloads import payload
from tests.helpers.session import (
    COOKER,
    FAR_FUTURE,
    FLOOR,
    MISREAD,
    RACK,
    RICE,
    SESSION,
    UNKNOWN,
    Rig,
    failed,
    refuse,
)


def marking(context: str, source: str, disambiguation: str | None, n: int) -> str:
    """A pseudo-translation: the English, wrapped in ⟦⟧."""
    return f"⟦{i18n.untranslated(context, source, disambiguation, n)}⟧"


@pytest.fixture(autouse=True)
def _marked() -> Iterator[None]:
    i18n.install(marking)
    yield
    i18n.reset()


def marked(sentence: str) -> bool:
    """Whether ``sentence`` is translated whole: one translated text (⟦ first, and the ⟦ it opens closed
    only by its last ⟧), or whole translated sentences one after another, a space apart."""
    depth, between = 0, True
    for char in sentence:
        if depth == 0 and char != "⟦":
            if char != " " or between:  # outside every sentence: only the one space between two
                return False
            between = True
            continue
        between = False
        depth += {"⟦": 1, "⟧": -1}.get(char, 0)
    return depth == 0 and bool(sentence) and not between


def said(answer: object) -> str:
    """The sentence of a session's answer (a ``Failure``, a ``ScanOutcome`` or a plain sentence)."""
    if isinstance(answer, Failure | ScanOutcome):
        return answer.sentence
    assert isinstance(answer, str), f"no sentence in {answer!r}"
    return answer


def assert_marked(*answers: object) -> None:
    plain = [said(answer) for answer in answers if not marked(said(answer))]
    assert not plain, f"sentences that do not go through translate(): {plain}"


def test_the_check_sees_a_plain_sentence_or_one_glued_from_parts() -> None:
    assert marked("⟦Rack R1 paused.⟧") and marked("⟦⟦Rack R1 was released.⟧ Scanning has stopped.⟧")
    assert not marked("Rack R1 paused.")
    assert not marked("⟦Rack R1 was released.⟧ Scanning has stopped.")
    assert not marked("⟦Rack R1⟧: ⟦paused.⟧") and not marked("") and not marked("⟦Paused.⟧ ")
    assert marked("⟦Two sentences.⟧ ⟦One after the other.⟧")


def test_log_in_claim_and_the_racks_say_their_refusals_translated(rig: Rig) -> None:
    rig.api.post("/api/auth/login-pin", name="login").respond(401)
    assert_marked(failed(rig.run(rig.session.log_in("counter1", "0000", password=False))))
    rig.api.post("/api/auth/login-pin", name="login").mock(side_effect=httpx.ConnectError("refused"))
    assert_marked(failed(rig.run(rig.session.log_in("counter1", "1111", password=False))))
    rig.api.post("/api/auth/login-pin", name="login").respond(200, json=payload("login_stockverify"))
    rig.log_in()
    assert not isinstance(rig.run(rig.session.racks(FLOOR)), Failure)
    assert_marked(failed(rig.run(rig.session.claim("G-R99", FLOOR))))
    assert_marked(failed(rig.run(rig.session.finish(wait_s=0))), failed(rig.session.review()))
    assert_marked(failed(rig.run(rig.session.pause())))
    assert_marked(rig.run(rig.session.scan(Entry(text=RICE, scanned=RICE))))


def test_scanning_says_every_outcome_translated(counting: Rig) -> None:
    outcomes = [
        counting.scan(RICE),
        counting.scan(UNKNOWN),
        counting.scan(MISREAD),
        counting.type("12"),
        counting.scan(RICE),
        counting.type("x y"),
        counting.scan(COOKER),
        counting.scan(COOKER, typed="3"),
        counting.scan("é" * 3),
        counting.scan("9" * 200),
        counting.run(counting.session.scan(Entry(text=" ", scanned=None))),
    ]
    assert [o.verdict for o in outcomes[:4]] == [Verdict.COUNTED, Verdict.UNKNOWN, Verdict.REJECTED, Verdict.MULTIPLIER]
    counting.session.toggle_damage()
    outcomes.append(counting.scan(RICE))
    counting.session.toggle_damage()
    outcomes.append(counting.session.record_unknown(UNKNOWN, 1, manual=False))
    cooker = outcomes[6].item
    assert cooker is not None
    outcomes.append(counting.session.count_serials(cooker, 1, ("SN-0001",), manual=False))
    outcomes.append(counting.session.count_serials(cooker, 1, ("SN-0001",), manual=False))  # counted already
    outcomes.append(counting.session.count_serials(cooker, 1, (" ",), manual=False))  # an empty serial
    outcomes.append(counting.session.count_serials(cooker, 1, ("S N",), manual=False))
    outcomes.append(counting.session.count_serials(cooker, 1, ("S" * 99,), manual=False))
    outcomes.append(counting.session.undo())
    line = counting.session.lines()[0]

    outcomes.append(counting.session.edit(line, LineCount(2, 5, ())))  # more damaged than counted
    outcomes.append(counting.session.edit(line, LineCount(4, 0, ())))
    assert_marked(*outcomes)


def test_nothing_to_undo_pausing_and_resuming(counting: Rig) -> None:
    assert_marked(counting.session.undo())
    assert_marked(counting.run(counting.session.pause()), counting.scan(RICE))
    assert_marked(counting.run(counting.session.resume()))


def test_a_refused_line_its_review_and_finishing(counting: Rig) -> None:
    counting.scan(RICE, typed="2")
    asked = counting.scan(COOKER)
    assert asked.item is not None
    counting.session.count_serials(asked.item, 1, ("SN-0001",), manual=False)
    cooker = next(line for line in counting.session.lines() if line.serialized)
    refuse(counting.store, cooker)
    review = counting.session.review()
    assert not isinstance(review, Failure)
    assert_marked(review.headline(), review.blocker(), *review.refusals())
    assert_marked(counting.session.undo())  # the cooker's line waits for a supervisor
    assert_marked(counting.scan(COOKER))
    counting.sync.delivering = True
    assert_marked(failed(counting.run(counting.session.finish(wait_s=0))))


def test_finishing_says_what_it_found(counting: Rig) -> None:
    counting.scan(RICE, typed="3")
    assert_marked(failed(counting.run(counting.session.finish(wait_s=0))))  # lines not sent yet
    counting.sync.delivering = True
    assert_marked(failed(counting.run(counting.session.finish(wait_s=0))))  # the server counts otherwise
    counting.api.get(f"/api/sessions/{SESSION}/stats").respond(
        200, json={**payload("session_stats"), "total_items": 3, "damage_items": 0}
    )
    assert counting.run(counting.session.finish(wait_s=0)) is None
    assert_marked(counting.heard.last("session_ended"))
    review = counting.session.review()
    assert_marked(failed(review))


def test_a_blind_review_and_an_expected_one(counting: Rig) -> None:
    counting.scan(RICE)
    review = counting.session.review()
    assert not isinstance(review, Failure)
    assert_marked(review.headline())
    blind = review_of(RACK, counting.session.lines(), {}, blind=True)
    assert_marked(blind.headline())


def test_release_anyway_and_a_release_by_a_supervisor(counting: Rig) -> None:
    assert_marked(failed(counting.run(counting.session.release_anyway("supervisor", "token", " "))))
    counting.session._feed.updated.emit(
        RackUpdate(rack_id=RACK, event="released", data={"released_by": "ana", "claimed_by": "counter1", "note": "x"})
    )
    assert_marked(counting.scan(RICE))
    counting.session.leave_lost_session()
    assert_marked(counting.heard.last("session_ended"))


def test_a_lost_lease_stops_scanning_with_a_translated_sentence(counting: Rig) -> None:
    counting.api.post(f"/api/sessions/{SESSION}/heartbeat").respond(409, json=payload("rack_claim_409"))
    counting.beat()
    assert isinstance(counting.heard.last("lease_lost"), LeaseStatus)
    assert_marked(counting.scan(RICE))
    counting.session.leave_lost_session()
    assert_marked(counting.heard.last("session_ended"))


def test_the_server_unreachable_and_the_sign_in_expired(counting: Rig) -> None:
    counting.api.post(f"/api/sessions/{SESSION}/heartbeat").mock(side_effect=httpx.ConnectError("refused"))
    counting.beat()
    connected, sentence = counting.heard.of("connection_changed")[-1]
    assert not connected
    assert_marked(sentence)
    counting.api.post(f"/api/racks/{RACK}/pause").respond(401, json={"detail": "Not authenticated"})
    assert_marked(failed(counting.run(counting.session.pause())))
    counting.api.post(f"/api/racks/{RACK}/pause").respond(500, json={"detail": "boom"})
    assert_marked(failed(counting.run(counting.session.pause())))
    counting.api.post(f"/api/racks/{RACK}/pause").respond(418)
    assert_marked(failed(counting.run(counting.session.pause())))
    counting.api.post(f"/api/racks/{RACK}/pause").respond(200, text="<html>not json</html>")
    assert_marked(failed(counting.run(counting.session.pause())))


def test_a_full_disk_and_a_damaged_database_say_so_translated(
    counting: Rig, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    def full(*_args: object, **_kwargs: object) -> None:
        raise _known(sqlite3.OperationalError("database or disk is full"), tmp_path)

    def damaged(*_args: object, **_kwargs: object) -> None:
        raise _known(sqlite3.DatabaseError("file is not a database"), tmp_path)

    monkeypatch.setattr(Records, "add_scan", full)
    assert_marked(counting.scan(RICE))
    monkeypatch.setattr(Records, "lines", damaged)
    assert_marked(failed(counting.session.review()))
    for error in (
        sqlite3.OperationalError("database is locked"),
        sqlite3.OperationalError("attempt to write a readonly database"),
        sqlite3.OperationalError("disk I/O error"),
    ):
        assert_marked(_known(error, tmp_path).sentence)
    assert_marked(_held_up_by(_known(sqlite3.OperationalError("database or disk is full"), tmp_path)))
    assert_marked(_held_up_by(_known(sqlite3.DatabaseError("file is not a database"), tmp_path)))


def _known(error: sqlite3.Error, folder: Path) -> StoreError:
    known = known_error(error, folder / "station.db")
    assert known is not None
    return known


def test_the_conflict_desk_says_its_sentences_translated(counting: Rig) -> None:
    desk = ConflictDesk(counting.client, Conflicts(counting.store, counting.clock))
    assert_marked(failed(counting.run(desk.authorise(" ", ""))))
    supervisor = Supervisor("supervisor", "token")
    assert_marked(counting.run(desk.resolve(supervisor, [], "ignore", " ")).sentence)  # type: ignore[arg-type]
    assert_marked(Settlement(sent=1, kept=2, here=1).sentence, Settlement().sentence)
    assert_marked(explain("duplicate_serial"), explain("something new"), *(field_label(name) for name in FIELDS))
    row = ConflictRow("k", "duplicate_serial", "", RACK, SESSION, "", "", None, {}, {}, serialized=True)
    assert_marked(row.server_side)


def test_a_reason_kept_in_the_database_reads_in_the_language_of_the_moment(counting: Rig) -> None:
    counting.scan(RICE)
    outbox = Outbox(counting.store, BackoffPolicy())
    i18n.reset()  # written in English ...
    outbox.settle(outbox.take(SESSION, 10), SyncBatchResponse(), FAR_FUTURE, lambda _attempt: 1.0)
    with sqlite3.connect(counting.path) as conn:
        (stored,) = conn.execute("SELECT last_error FROM sync_state").fetchone()
    assert "⟦" not in stored and stored != "The server did not answer for this line."  # kept in no language
    assert outbox.last_error() == "The server did not answer for this line."
    i18n.install(marking)  # ... read in another language
    assert_marked(outbox.last_error() or "")


def test_why_a_decision_waits_reads_in_the_language_of_the_moment(counting: Rig) -> None:
    asked = counting.scan(COOKER)
    assert asked.item is not None
    line = counting.session.count_serials(asked.item, 1, ("SN-0001",), manual=False).line
    assert line is not None
    refuse(counting.store, line)
    pending = payload("conflicts_pending")
    pending[0]["client_record_id"] = line.client_record_id
    counting.api.post("/api/auth/login-pin", name="login").respond(200, json=payload("login_reference"))
    counting.api.get("/api/sync/conflicts", name="conflicts").respond(200, json=pending)
    counting.api.post("/api/sync/conflicts/c-1/resolve", name="resolve").mock(side_effect=httpx.ConnectError("no"))
    desk = ConflictDesk(counting.client, Conflicts(counting.store, counting.clock))
    who = counting.run(desk.authorise("supervisor", "9999"))
    assert isinstance(who, Supervisor)
    [row] = counting.run(desk.load(who)).rows
    i18n.reset()  # decided in English ...
    settled = counting.run(desk.resolve(who, [row], Resolution.ACCEPT_LOCAL, "both real"))
    assert settled.kept == 1
    [row] = counting.run(desk.load(who)).rows
    assert row.waiting_error and row.waiting_error.startswith("The server cannot be reached.")
    i18n.install(marking)  # ... read by a supervisor in another language
    [row] = counting.run(desk.load(who)).rows
    assert_marked(row.waiting_error or "", settled.sentence)
