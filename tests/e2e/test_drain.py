"""End to end: a station's outbox of 10,000 lines drains into the in-process reference server with
none lost and none twice, compared id by id on both sides."""

from __future__ import annotations

import asyncio
import shutil
from pathlib import Path

import httpx
from sqlalchemy import select

from station.api.client import ServerClient
from station.domain.backoff import BackoffPolicy
from station.domain.clock import SystemClock
from station.domain.lines import Counting
from station.server import db as server_db
from station.server.app import create_app
from station.server.settings import ServerSettings
from station.store.database import open_store
from station.store.outbox import Outbox
from station.sync.engine import SyncEngine
from tests.helpers.server import PINS, SECRET
from tests.helpers.stations import fill_outbox

LINES = 10_000


def test_ten_thousand_lines_drain_none_lost_none_twice(tmp_path: Path, template_db: Path) -> None:
    (tmp_path / "server").mkdir()
    shutil.copyfile(template_db, tmp_path / "server" / "server.db")
    app = create_app(ServerSettings(data_dir=tmp_path / "server", secret=SECRET), sweeper=False)
    store = open_store(tmp_path / "station" / "station.db")

    async def drain() -> int:
        async with app.router.lifespan_context(app):
            http = httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://reference")
            client = ServerClient(http)
            await client.login_pin("counter1", PINS["counter1"])
            claim = await client.claim("G-R01", "Ground")
            counting = Counting(claim.session_id, "G-R01", "Ground", "counter1", claim.lock_token)
            fill_outbox(store, counting, LINES)
            policy = BackoffPolicy()
            engine = SyncEngine(Outbox(store, policy), client, SystemClock(), policy)
            report = await engine.run_pass()
            await http.aclose()
            return report.synced

    assert asyncio.run(drain()) == LINES
    with store.read() as conn:
        local = {
            row[0] for row in conn.exec_driver_sql("SELECT client_record_id FROM records WHERE local_rev <= synced_rev")
        }
    engine = server_db.make_engine(f"sqlite:///{tmp_path / 'server' / 'server.db'}")
    with engine.connect() as conn:
        remote = [row[0] for row in conn.execute(select(server_db.records.c.client_record_id))]
        versions = {row[0] for row in conn.execute(select(server_db.records.c.version))}
    engine.dispose()
    store.close()
    assert len(remote) == len(set(remote)) == LINES  # none twice
    assert set(remote) == local and len(local) == LINES  # none lost, and every one acknowledged
    assert versions == {1}
