"""Opening the database: schema and migrations, a newer major refused, corruption kept aside, a full
disk, writers on two threads at once, and checkpoints left to the sync side."""

from __future__ import annotations

import shutil
import sqlite3
import threading
from pathlib import Path

import pytest
from sqlalchemy import event, inspect
from sqlalchemy.pool import ConnectionPoolEntry

from station.domain.clock import FakeClock
from station.domain.lines import Counting
from station.store import database, migrations, schema
from station.store.database import open_store
from station.store.errors import StoreError
from station.store.records import Records
from tests.helpers.store import COUNTING, RICE

RECORDED_V1001 = Path(__file__).resolve().parents[1] / "fixtures" / "store" / "station-v1001.db"


def test_a_new_database_has_the_current_schema(tmp_path: Path) -> None:
    store = open_store(tmp_path / "station.db")
    try:
        with sqlite3.connect(store.path) as raw:
            assert migrations.version_of(raw) == migrations.CURRENT
            assert raw.execute("PRAGMA journal_mode").fetchone() == ("wal",)
        live = inspect(store.engine)
        for table in schema.metadata.sorted_tables:
            assert {c["name"] for c in live.get_columns(table.name)} == {c.name for c in table.columns}, table.name
        assert store.backup is None and store.recovered_from is None
    finally:
        store.close()


def test_the_recorded_first_version_file_migrates_and_keeps_its_data(tmp_path: Path, clock: FakeClock) -> None:
    path = tmp_path / "station.db"
    shutil.copyfile(RECORDED_V1001, path)
    store = open_store(path)
    try:
        assert store.backup is not None and store.backup.exists()
        with sqlite3.connect(store.backup) as old:
            assert migrations.version_of(old) == 1001
        with sqlite3.connect(path) as raw:
            assert migrations.version_of(raw) == migrations.CURRENT
        lines = Records(store, clock).lines("session_counter1_G-R01_1767600000")
        assert [(line.item_code, line.verified_qty, line.serials, line.synced) for line in lines] == [
            ("ITM-000201", 12, (), True),
            ("ITM-000001", 2, ("SN-1", "SN-2"), False),
        ]
        undone = Records(store, clock).undo_last("session_counter1_G-R01_1767600000")
        assert undone is not None and undone.serials == ("SN-1",)
    finally:
        store.close()


def test_a_newer_major_version_is_refused_with_a_sentence(tmp_path: Path) -> None:
    path = tmp_path / "station.db"
    with sqlite3.connect(path) as raw:
        raw.execute("PRAGMA user_version = 2001")
    with pytest.raises(StoreError) as caught:
        open_store(path)
    assert caught.value.kind == "newer_schema"
    assert "written by a newer Station" in caught.value.sentence


def test_a_newer_minor_version_opens(tmp_path: Path) -> None:
    path = tmp_path / "station.db"
    open_store(path).close()
    with sqlite3.connect(path) as raw:
        raw.execute(f"PRAGMA user_version = {migrations.CURRENT + 5}")
    open_store(path).close()


def test_a_corrupt_file_is_kept_aside_and_a_fresh_one_started(tmp_path: Path, clock: FakeClock) -> None:
    path = tmp_path / "station.db"
    path.write_bytes(b"this is not a database" * 100)
    store = open_store(path)
    try:
        assert store.recovered_from is not None
        assert store.recovered_from.read_bytes().startswith(b"this is not a database")
        assert ".corrupt-" in store.recovered_from.name
        Records(store, clock).add_scan(COUNTING, RICE)
        assert len(Records(store, clock).lines(COUNTING.session_id)) == 1
    finally:
        store.close()


def test_a_damaged_page_is_found_too(tmp_path: Path, clock: FakeClock) -> None:
    path = tmp_path / "station.db"
    store = open_store(path)
    for n in range(200):
        Records(store, clock).add_scan(COUNTING, RICE.__class__(f"ITM-{n:06d}", "x" * 200))
    store.close()
    data = bytearray(path.read_bytes())
    data[4096 * 3 : 4096 * 3 + 512] = b"\xff" * 512  # scribble over a b-tree page
    path.write_bytes(bytes(data))
    reopened = open_store(path)
    try:
        assert reopened.recovered_from is not None
    finally:
        reopened.close()


def test_a_full_disk_is_a_sentence_and_loses_nothing_committed(tmp_path: Path, clock: FakeClock) -> None:
    store = open_store(tmp_path / "station.db")
    limit = {"pages": 40}

    @event.listens_for(store.engine, "connect")
    def small_disk(dbapi_connection: sqlite3.Connection, _record: ConnectionPoolEntry) -> None:
        dbapi_connection.execute(f"PRAGMA max_page_count = {limit['pages']}")

    store.engine.dispose()  # new connections get the limit
    records = Records(store, clock)
    committed = 0
    with pytest.raises(StoreError) as caught:
        for n in range(10_000):
            records.add_scan(COUNTING, RICE.__class__(f"ITM-{n:06d}", "long name " * 20))
            committed += 1
    assert caught.value.kind == "disk_full"
    assert "is full" in caught.value.sentence and "everything counted before is safe" in caught.value.sentence
    assert committed > 0 and len(records.lines(COUNTING.session_id)) == committed
    limit["pages"] = 100_000  # space returns
    store.engine.dispose()
    records.add_scan(COUNTING, RICE)
    assert len(records.lines(COUNTING.session_id)) == committed + 1
    store.close()


def test_a_read_only_database_is_a_sentence(tmp_path: Path) -> None:
    # Tests run as root, whom file modes do not stop: SQLite's query_only gives the same error.
    store = open_store(tmp_path / "station.db")

    @event.listens_for(store.engine, "connect")
    def read_only(dbapi_connection: sqlite3.Connection, _record: ConnectionPoolEntry) -> None:
        dbapi_connection.execute("PRAGMA query_only = 1")

    with pytest.raises(StoreError) as caught:
        Records(store, FakeClock()).add_scan(COUNTING, RICE)
    assert caught.value.kind == "read_only"
    assert caught.value.sentence.startswith("The station cannot write to its data folder")
    store.close()


def test_writers_on_two_threads_at_once_lose_nothing(tmp_path: Path) -> None:
    """The GUI thread commits scans while the sync worker writes: both finish, nothing lost."""
    store = open_store(tmp_path / "station.db")
    errors: list[BaseException] = []

    def scan_many(session: str) -> None:
        records = Records(store, FakeClock())
        counting = Counting(session, "G-R01", "Ground", "counter1", 1)
        try:
            for n in range(300):
                records.add_scan(counting, RICE.__class__(f"ITM-{n % 40:06d}", "x"))
        except BaseException as exc:  # noqa: BLE001 - reported below
            errors.append(exc)

    threads = [threading.Thread(target=scan_many, args=(name,)) for name in ("gui", "worker")]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    totals = {name: Records(store, FakeClock()).totals(name).pieces for name in ("gui", "worker")}
    assert totals == {"gui": 300, "worker": 300}
    store.close()


def test_the_stations_own_writers_queue_for_each_other_not_for_sqlites_busy_handler(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A scan behind the sync thread's write starts when that write commits. SQLite's busy handler
    would sleep 1, 2, 5, 10 ms… between tries; here it is switched off, so only the store's own queue
    can let the second writer through."""
    monkeypatch.setattr(database, "BUSY_TIMEOUT_MS", 0)
    store = open_store(tmp_path / "station.db")
    records = Records(store, FakeClock())
    queue = _Watched(store._writing)
    store._writing = queue  # type: ignore[assignment]  # the same lock, which says when a writer waits on it
    holding = threading.Event()
    failures: list[BaseException] = []

    def first() -> None:
        with store.write():
            holding.set()
            assert queue.waiting.wait(5)  # the second writer is inside write(), behind this one

    def second() -> None:
        holding.wait(5)
        try:
            records.add_scan(COUNTING, RICE)
        except BaseException as exc:  # noqa: BLE001 - reported below
            failures.append(exc)

    threads = [threading.Thread(target=first), threading.Thread(target=second)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(10)
    assert queue.waiting.is_set() and failures == []
    assert records.totals(COUNTING.session_id).pieces == 1
    store.close()


class _Watched:
    """A lock that says when someone has to wait for it."""

    def __init__(self, lock: threading.RLock) -> None:
        self._lock = lock
        self.waiting = threading.Event()

    def acquire(self, timeout: float = -1) -> bool:
        if self._lock.acquire(blocking=False):
            return True
        self.waiting.set()
        return self._lock.acquire(timeout=timeout)

    def release(self) -> None:
        self._lock.release()


def test_a_writer_held_up_too_long_gets_the_busy_sentence(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(database, "WRITE_WAIT_S", 0.05)
    store = open_store(tmp_path / "station.db")
    holding, done = threading.Event(), threading.Event()

    def hold() -> None:
        with store.write():
            holding.set()
            done.wait(5)

    holder = threading.Thread(target=hold)
    holder.start()
    holding.wait(5)
    try:
        with pytest.raises(StoreError) as caught:
            Records(store, FakeClock()).add_scan(COUNTING, RICE)
    finally:
        done.set()
        holder.join(5)
    assert caught.value.kind == "locked" and "busy" in caught.value.sentence
    assert Records(store, FakeClock()).lines(COUNTING.session_id) == []
    store.close()


def test_a_scans_commit_leaves_the_checkpoint_to_the_sync_side(tmp_path: Path) -> None:
    """SQLite's own checkpoint (run by whichever commit crosses it) is pushed far out; ``checkpoint``
    folds the WAL in when it is due, and only then."""
    store = open_store(tmp_path / "station.db")
    records = Records(store, FakeClock())
    with store.read() as conn:
        assert conn.exec_driver_sql("PRAGMA wal_autocheckpoint").scalar() == database.AUTOCHECKPOINT_PAGES
    for n in range(database.CHECKPOINT_AFTER_COMMITS - 1):
        records.add_scan(COUNTING, RICE.__class__(f"ITM-{n:06d}", "x"))
    store.checkpoint(due_only=True)
    assert _lines_in_the_file_alone(store.path, tmp_path) == 0  # not due yet: they are only in the WAL
    records.add_scan(COUNTING, RICE)
    store.checkpoint(due_only=True)
    assert _lines_in_the_file_alone(store.path, tmp_path) == database.CHECKPOINT_AFTER_COMMITS
    store.close()


def _lines_in_the_file_alone(path: Path, scratch: Path) -> int:
    """The lines the database file holds without its WAL (what a checkpoint has copied in)."""
    alone = scratch / "alone.db"
    shutil.copyfile(path, alone)
    with sqlite3.connect(alone) as raw:
        count: int = raw.execute("SELECT count(*) FROM records").fetchone()[0]
    for leftover in scratch.glob("alone.db*"):
        leftover.unlink()
    return count
