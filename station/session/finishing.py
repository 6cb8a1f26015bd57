"""F10's review and its checks before a rack is released: every line sent, none refused, the server agreeing."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable

from station import contract
from station.api.client import ServerClient
from station.api.profile import Profile
from station.domain.clock import Clock
from station.domain.lines import Line, Totals
from station.domain.records import LineCount
from station.i18n import translate
from station.session.review import Review, review_of
from station.session.values import ONLY_CLAIMER, ONLY_CLAIMER_COUNTS, Allowed, Failure, FailureKind
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


def allowed(profile: Profile) -> Allowed:
    """What the server lets a supervisor do from this station."""
    return Allowed(supervisor_release=profile.supervisor_releases, decisions=profile.resolves_conflicts)


def not_yet(local: Totals, profile: Profile) -> Failure | None:
    """Why the rack cannot be released on this station's side, if it cannot."""
    if local.blocked:
        return _for_supervisor(
            translate(
                "finishing",
                "Not finished: the server refused %n line(s); [it waits|they wait] for a supervisor (F9). "
                "The rack stays claimed.",
                None,
                local.blocked,
            ),
            profile,
        )
    if local.unsynced:
        return Failure(
            translate(
                "finishing",
                "Not finished: %n lines have not reached the server yet. The rack stays claimed; "
                "press F10 again when the server is back.",
                None,
                local.unsynced,
            ),
            FailureKind.OFFLINE,
        )
    return None


def disagreement(local: Totals, server: contract.SessionStats, profile: Profile, lines: list[Line]) -> Failure | None:
    """Why the server's count and this station's differ, if they do.

    The server's ``total_items`` is pieces on the reference server and lines (records) on StockVerify
    (``profile.stats_count_lines``); ``damage_items`` is damaged pieces on both. Like is compared with like.
    """
    by_lines = profile.stats_count_lines
    held = sum(1 for line in lines if not _settled_to_nothing(line))
    if (server.total_items, server.damage_items) == ((held if by_lines else local.pieces), local.damaged):
        return None
    if by_lines:
        here = translate("finishing", "%n line(s)", "this station has: 3 lines (2 damaged pieces)", held)
        sentence = translate(
            "finishing",
            "Not finished: the server has %n line(s) ({server_damaged} damaged pieces), this station {here} "
            "({damaged} damaged pieces).",
            None,
            server.total_items,
        ).format(server_damaged=server.damage_items, here=here, damaged=local.damaged)
    else:
        sentence = translate(
            "finishing",
            "Not finished: the server has %n pieces ({server_damaged} damaged), this station {pieces} ({damaged}).",
            None,
            server.total_items,
        ).format(server_damaged=server.damage_items, pieces=local.pieces, damaged=local.damaged)
    if profile.supervisor_releases:
        return Failure(
            translate("finishing", "{sentence} Ask a supervisor.").format(sentence=sentence),
            FailureKind.NEEDS_SUPERVISOR,
        )
    return Failure(_then(sentence, translate("values", ONLY_CLAIMER_COUNTS)), FailureKind.REFUSED)


def _settled_to_nothing(line: Line) -> bool:
    """A line a supervisor settled to the server's copy (or set aside) that the server never took: no
    record of it is on the server, so it is not one of the server's lines."""
    settled = line.settled in (contract.Resolution.ACCEPT_SERVER, contract.Resolution.IGNORE)
    return settled and line.count == LineCount(0, 0, ())


def _for_supervisor(sentence: str, profile: Profile) -> Failure:
    """Only a supervisor may go on; on a server where no supervisor may release the rack, what to do instead."""
    if profile.supervisor_releases:
        return Failure(sentence, FailureKind.NEEDS_SUPERVISOR)
    return Failure(_then(sentence, translate("values", ONLY_CLAIMER)), FailureKind.REFUSED)


def _then(first: str, second: str) -> str:
    """Two whole sentences, one after the other, as the language writes them."""
    return translate("finishing", "{first} {second}", "one sentence, then another").format(first=first, second=second)


def hand_back(client: ServerClient, rack_id: str, session_id: str) -> Awaitable[object]:
    """F10's last call: ``complete`` where that is how the server marks a rack counted (StockVerify: the
    lock goes, the rack is completed, the session closed), else ``release`` (the reference server)."""
    return client.complete(session_id) if client.profile.completes_sessions else client.release(rack_id)
