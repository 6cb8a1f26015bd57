"""F10's review while the rack is being finished, with a finish held open by the test: scans made then are
kept, refused with a sound once the rack is finished, or counted once the finish failed; and a rack that
ends elsewhere closes the review."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from typing import cast

import pytest
import qasync
from PySide6.QtWidgets import QApplication, QWidget

from station.domain.wedge import Entry
from station.scanner.sound import Silent
from station.session.ports import Session, SessionEvents
from station.session.review import Review, review_of
from station.session.values import Failure, FailureKind
from station.ui.review_view import Stage
from station.ui.reviewing import Reviewing
from tests.helpers.gui import run_on


class HeldFinish:
    """The session as the review uses it; ``finish`` answers ``answer`` once the test lets it go."""

    def __init__(self) -> None:
        self.events = SessionEvents()
        self.go = asyncio.Event()
        self.answer: Failure | None = None

    def review(self) -> Review:
        return review_of("G-R01", [], {"ITM-1": 3}, blind=False, name_of=lambda code: "Rice")

    async def finish(self) -> Failure | None:
        await self.go.wait()
        if self.answer is None:
            self.events.session_ended.emit("Rack G-R01 is finished: 0 pieces in 0 lines.")
        return self.answer


class Flow:
    def __init__(self) -> None:
        self.window = QWidget()
        self.session = HeldFinish()
        self.sound = Silent()
        self.passed: list[Entry] = []
        self.failures: list[Failure] = []
        self.flow = Reviewing(self.window, cast(Session, self.session), self.sound, failed=self.failures.append,
                              conflicts=lambda: None, pass_on=self.passed.append)  # fmt: skip
        self.view = self.flow.view
        self.closed: list[int] = []
        """The review's results, once closed (the view is deleted soon after)."""
        self.view.finished.connect(self.closed.append)


@pytest.fixture
def flow(qapp: QApplication) -> Iterator[Flow]:
    made = Flow()
    made.window.show()
    assert made.flow.open()
    yield made
    made.window.close()
    made.window.deleteLater()


def finish_with_a_scan(loop: qasync.QEventLoop, flow: Flow, answer: Failure | None) -> None:
    """Enter, a scan while the rack is being finished, then the finish's answer."""

    async def run() -> None:
        flow.session.answer = answer
        task = asyncio.ensure_future(flow.flow.finish())
        await asyncio.sleep(0)
        assert flow.view.stage is Stage.FINISHING
        flow.view.on_entry(Entry("8901234567894", "8901234567894"))
        assert flow.view.isVisible() and flow.view.scans  # kept; the review stays until the answer
        flow.session.go.set()
        await task

    run_on(loop, run())


def test_a_scan_while_the_rack_is_being_finished_is_refused_with_a_sound(flow: Flow, qloop: qasync.QEventLoop) -> None:
    finish_with_a_scan(qloop, flow, None)
    assert flow.view.stage is Stage.DONE
    assert flow.view.outcome.text() == "Rack G-R01 is finished: 0 pieces in 0 lines."
    assert flow.view.outcome.property("tone") == "good"
    assert flow.view.blocker.text().startswith("Not counted: 1 scan made while the rack was being finished.")
    assert flow.view.blocker.property("level") == "bad" and flow.sound.played == ["bad"]
    flow.view.on_entry(Entry("G-R02", "G-R02"))  # the next rack's label: the review closes and hands it on
    assert flow.closed == [0]
    assert [entry.text for entry in flow.passed] == ["G-R02"]


def test_a_scan_while_a_finish_fails_is_counted_after_it(flow: Flow, qloop: qasync.QEventLoop) -> None:
    refused = Failure("Not finished: 2 lines have not reached the server yet.", FailureKind.OFFLINE)
    finish_with_a_scan(qloop, flow, refused)
    assert flow.closed == [0]
    assert flow.failures == [refused]
    assert [entry.text for entry in flow.passed] == ["8901234567894"]  # back to counting, in order


def test_a_rack_that_ends_elsewhere_closes_the_review(flow: Flow) -> None:
    flow.session.events.session_ended.emit("The rack was taken by another session.")
    assert flow.closed == [0] and not flow.failures  # rejected: nothing to finish, nothing failed
