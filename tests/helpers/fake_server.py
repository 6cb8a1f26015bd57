"""A scriptable fake of the sync endpoint, as an httpx transport: upserts by id, and fails on cue."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import httpx

Script = Callable[["FakeSyncServer", dict[str, Any]], httpx.Response | None]


@dataclass
class FakeSyncServer:
    """Stores records by ``client_record_id`` (a resend stores once) and answers like the contract.

    ``script`` holds what the next calls do, in order: ``None`` answers normally; a function may
    answer instead (a 503, a 429) or raise (a lost connection). ``refuse`` and ``fail`` name record
    ids to answer as conflicts or errors.
    """

    stored: dict[str, dict[str, Any]] = field(default_factory=dict)
    writes: int = 0
    batches: list[list[str]] = field(default_factory=list)
    script: list[Script | None] = field(default_factory=list)
    refuse: dict[str, str] = field(default_factory=dict)
    fail: set[str] = field(default_factory=set)

    def transport(self) -> httpx.MockTransport:
        return httpx.MockTransport(self.handle)

    async def handle(self, request: httpx.Request) -> httpx.Response:
        await asyncio.sleep(0)  # let other batches in flight go ahead, as a real server would
        assert request.url.path == "/api/sync/batch", request.url.path
        body = json.loads(request.content)
        self.batches.append([r["client_record_id"] for r in body["records"]])
        step = self.script.pop(0) if self.script else None
        if step is not None:
            scripted = step(self, body)
            if scripted is not None:
                return scripted
        return httpx.Response(200, json=self.apply(body))

    def apply(self, body: dict[str, Any]) -> dict[str, Any]:
        ok, conflicts, errors = [], [], []
        for record in body["records"]:
            record_id = record["client_record_id"]
            if record_id in self.refuse:
                conflicts.append({"client_record_id": record_id, "conflict_type": self.refuse[record_id],
                                  "message": "refused", "details": {}})  # fmt: skip
            elif record_id in self.fail:
                errors.append({"client_record_id": record_id, "error_type": "busy", "message": "try again"})
            else:
                if self.stored.get(record_id) != record:
                    self.writes += 1
                self.stored[record_id] = record
                ok.append(record_id)
        return {"ok": ok, "conflicts": conflicts, "errors": errors, "batch_id": body["batch_id"],
                "processing_time_ms": 1.0, "total_records": len(body["records"])}  # fmt: skip


def answer_with(status: int, headers: dict[str, str] | None = None) -> Script:
    return lambda _server, _body: httpx.Response(status, headers=headers or {}, json={"detail": f"scripted {status}"})


def lose_the_answer(server: FakeSyncServer, body: dict[str, Any]) -> httpx.Response:
    """The server applies the batch, then the connection drops before the answer arrives."""
    server.apply(body)
    raise httpx.ReadError("connection reset by peer")


def unreachable(_server: FakeSyncServer, _body: dict[str, Any]) -> httpx.Response:
    raise httpx.ConnectError("connection refused")
