"""Counted lines as everyone above the store sees them: an item, a line, what a scan counts under, totals."""

from __future__ import annotations

from dataclasses import dataclass

from station.domain.records import LineCount, RecordStatus


@dataclass(frozen=True)
class Counting:
    """What a scan is counted under: the session holding the rack, and its fencing token."""

    session_id: str
    rack_id: str
    floor: str
    username: str
    lock_token: int | None


@dataclass(frozen=True)
class Item:
    """An item as the station knows it when a scan arrives."""

    item_code: str
    name: str = ""
    barcode: str | None = None
    uom: str | None = None
    serialized: bool = False
    unknown: bool = False


@dataclass(frozen=True)
class Line:
    """One counted line as the screen shows it."""

    client_record_id: str
    item_code: str
    item_name: str
    barcode: str | None
    verified_qty: int
    damage_qty: int
    serials: tuple[str, ...]
    serialized: bool
    unknown_item: bool
    manual_entry: bool
    synced: bool
    status: RecordStatus
    seq: int
    refused: str = ""
    """The server's reason while the line waits for a supervisor's decision ("" when it does not)."""
    settled: str = ""
    """The decision a supervisor took on the line ("" for none; else a ``contract.Resolution`` value)."""

    @property
    def count(self) -> LineCount:
        return LineCount(self.verified_qty, self.damage_qty, self.serials)

    @property
    def excluded(self) -> bool:
        """A supervisor set the line aside ("ignore"): it is kept, and counts for nothing."""
        return self.settled == "ignore"


@dataclass(frozen=True)
class Totals:
    """A session's lines summed: pieces counted and damaged, lines, lines the server has not
    acknowledged yet, and of those the ones it refused (they wait for a supervisor)."""

    pieces: int = 0
    damaged: int = 0
    lines: int = 0
    unsynced: int = 0
    blocked: int = 0

    @property
    def sending(self) -> bool:
        """Lines are still on their way (refused ones are not: they wait for a decision)."""
        return self.unsynced > self.blocked
