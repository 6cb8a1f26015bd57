"""``CountOverseer``: progress, variance, recounts, rack histories and reports for the supervisor's overview.

Over the logged-in supervisor's own token. Every call answers a value or a ``Failure``: a refusal, the
server away, or a server without these routes (StockVerify) all become one sentence.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable
from pathlib import Path
from typing import TypeVar

from station import contract_oversight as o
from station.api import errors
from station.api.client import ServerClient
from station.api.oversight import OversightClient
from station.i18n import translate
from station.reports import files, sheets
from station.session.failures import KNOWN, failure_of
from station.session.oversight_ports import RackLook, Scope
from station.session.values import Failure

T = TypeVar("T")


class CountOverseer:
    """The overview's data over ``OversightClient``."""

    def __init__(self, client: ServerClient) -> None:
        self._oversight = OversightClient(client)

    async def summary(self) -> o.CountSummary | Failure:
        return await _answer(self._oversight.summary())

    async def floor(self, floor: str) -> o.FloorVariance | Failure:
        return await _answer(self._oversight.floor_variance(floor))

    async def rack(self, rack_id: str) -> RackLook | Failure:
        try:
            variance = await self._oversight.rack_variance(rack_id)
            history = await self._oversight.rack_history(rack_id)
            recount = await self._recount(rack_id)
            counts = await self._both_counts(recount) if recount is not None else None
        except KNOWN as error:
            return failure_of(error)
        return RackLook(variance, recount, history, counts)

    async def _both_counts(self, recount: o.Recount) -> tuple[dict[str, int], dict[str, int]] | None:
        """Pieces by item in each of a recount's two counts (read page by page), once both exist."""
        if recount.first is None or recount.second is None:
            return None
        first = await self._oversight.all_session_lines(recount.first.session_id)
        second = await self._oversight.all_session_lines(recount.second.session_id)
        return _pieces(first), _pieces(second)

    async def _recount(self, rack_id: str) -> o.Recount | None:
        """The rack's latest recount; ``None`` for a rack never sent to one."""
        try:
            return await self._oversight.recount(rack_id)
        except errors.NotFound:
            return None

    async def history(self, rack_id: str) -> list[o.RackHistoryEntry] | Failure:
        return await _answer(self._oversight.rack_history(rack_id))

    async def send_to_recount(self, rack_id: str, assign_to: str | None, note: str) -> o.Recount | Failure:
        return await _answer(self._oversight.send_to_recount(rack_id, assign_to=assign_to or None, note=note))

    async def assign(self, rack_id: str, counter: str | None, note: str) -> o.Recount | Failure:
        return await _answer(self._oversight.assign(rack_id, counter or None, note=note))

    async def approve(self, rack_id: str, count: o.CountChoice, note: str) -> o.Recount | Failure:
        if not note.strip():
            return Failure(translate("oversight", "Say why this count is kept: the note goes into the rack's history."))
        return await _answer(self._oversight.approve(rack_id, count, note.strip()))

    async def export(self, scope: Scope, form: str, path: Path) -> Path | Failure:
        report = await self._report(scope)
        if isinstance(report, Failure):
            return report
        try:  # rendering (a 200-rack PDF takes a while) runs on a worker thread: the screen stays live
            return await asyncio.to_thread(files.write, report, form, path)
        except OSError as error:
            sentence = translate("oversight", "The report could not be written to {path}: {why}")
            return Failure(sentence.format(path=path, why=error.strerror or error))

    async def _report(self, scope: Scope) -> sheets.Report | Failure:
        """The scope's report, from the server's figures fetched now."""
        try:
            if scope.rack:
                variance = await self._oversight.rack_variance(scope.rack)
                return sheets.rack_sheet(variance, await self._recount(scope.rack))
            if scope.floor:
                return sheets.floor_report(await self._oversight.floor_variance(scope.floor))
            summary = await self._oversight.summary()
            floors = [await self._oversight.floor_variance(f.floor) for f in summary.floors]
            return sheets.summary_report(summary, floors)
        except KNOWN as error:
            return failure_of(error)


def _pieces(lines: list[o.SessionLine]) -> dict[str, int]:
    by_item: dict[str, int] = {}
    for line in lines:
        by_item[line.item_code] = by_item.get(line.item_code, 0) + line.verified_qty
    return by_item


async def _answer(call: Awaitable[T]) -> T | Failure:
    try:
        return await call
    except KNOWN as error:
        return failure_of(error)
