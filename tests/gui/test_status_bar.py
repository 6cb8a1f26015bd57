"""What the sync thread meets reaches the status bar as a sentence: a full disk, and nothing once lines go."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt

from station.store.errors import StoreError
from station.store.outbox import Outbox
from tests.helpers.gui import Driver
from tests.helpers.reference import plain_barcodes, session_pieces

FULL = StoreError("disk_full", "The disk holding the station's data (/data) is full, so the last scan was not saved.")


def test_a_full_disk_on_the_sync_thread_is_a_sentence_in_the_status_bar(
    scanning: Driver, monkeypatch: pytest.MonkeyPatch
) -> None:
    status = scanning.window.status
    settle = Outbox.settle

    def disk_full(*_args: Any, **_kwargs: Any) -> None:
        raise FULL  # the server took the lines; writing that down needs the full disk

    monkeypatch.setattr(Outbox, "settle", disk_full)
    scanning.scan(plain_barcodes(scanning)[0])
    scanning.until(lambda: status.trouble.isVisible())
    assert status.trouble.text() == (
        "Sending paused: the disk holding the station's data is full. Free some space; every line is kept."
    )
    assert status.trouble.property("count") == "some"
    scanning.until(lambda: status.queue.text() == "1 waiting to sync")  # not "all sent" beside it
    scanning.until(lambda: scanning.window.scan_view.stats.values["waiting"].text() == "1")
    scanning.screenshot("10-sync-disk-full")

    monkeypatch.setattr(Outbox, "settle", settle)  # IT made room
    scanning.key(Qt.Key.Key_F5)  # send now: the station does not wait for its retry
    scanning.until(lambda: not status.trouble.isVisible())
    scanning.until(lambda: status.queue.text() == "all sent")
    assert session_pieces(scanning, scanning.session_id()) == 1  # sent again, counted once


def test_f5_sends_every_waiting_line_now_from_any_screen(scanning: Driver) -> None:
    asked: list[str] = []
    scanning.station.session._sync_now = lambda: asked.append("now")
    scanning.key(Qt.Key.Key_F5)
    assert asked == ["now"]
    assert scanning.window.status.currentMessage() == "Sending every waiting line now…"
    scanning.window.racks.open("Ground")
    scanning.key(Qt.Key.Key_F5)
    assert asked == ["now", "now"]
