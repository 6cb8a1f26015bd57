"""F10's review and its checks before a rack is released: every line sent, none refused, the server agreeing."""

from __future__ import annotations

import asyncio

from station import contract
from station.domain.clock import Clock
from station.domain.lines import Totals
from station.session.review import Review, review_of
from station.session.values import Failure, FailureKind
from station.store.catalogue import Catalogue
from station.store.records import Records

POLL_S = 0.2


def review_rack(records: Records, catalogue: Catalogue, session_id: str, rack_id: str, *, blind: bool) -> Review:
    """The rack's lines against its catalogue slice, as F10 shows them first.

    Raises:
        StoreError: the local database could not be read.
    """

    def name_of(code: str) -> str:
        item = catalogue.find(code)
        return item.name if item is not None else ""

    lines, expected = records.lines(session_id), catalogue.expected(rack_id)
    return review_of(rack_id, lines, expected, blind=blind, name_of=name_of, blocked=records.totals(session_id).blocked)


async def wait_until_sent(records: Records, session_id: str, clock: Clock, wait_s: float) -> Totals:
    """The session's totals once no line is on its way any more, or when ``wait_s`` has passed.

    Raises:
        StoreError: the local database could not be read.
    """
    deadline = clock.monotonic() + wait_s
    while (totals := records.totals(session_id)).sending and clock.monotonic() < deadline:
        await asyncio.sleep(POLL_S)
    return totals


def not_yet(local: Totals) -> Failure | None:
    """Why the rack cannot be released on this station's side, if it cannot."""
    if local.blocked:
        return Failure(
            f"Not finished: the server refused {local.blocked} lines; they wait for a supervisor (F9). "
            "The rack stays claimed.",
            FailureKind.NEEDS_SUPERVISOR,
        )
    if local.unsynced:
        return Failure(
            f"Not finished: {local.unsynced} lines have not reached the server yet. The rack stays claimed; "
            "press F10 again when the server is back.",
            FailureKind.OFFLINE,
        )
    return None


def disagreement(local: Totals, server: contract.SessionStats) -> Failure | None:
    """Why the server's count and this station's differ, if they do."""
    if (server.total_items, server.damage_items) == (local.pieces, local.damaged):
        return None
    return Failure(
        f"Not finished: the server has {server.total_items} pieces ({server.damage_items} damaged), this station "
        f"{local.pieces} ({local.damaged}). Ask a supervisor.",
        FailureKind.NEEDS_SUPERVISOR,
    )
