"""A reference server for benchmarks: the real app plus one authenticated no-op route (the floor)."""

from __future__ import annotations

import argparse
import time
from pathlib import Path

import uvicorn

from station.server import db, demo_data
from station.server.app import create_app
from station.server.deps import CurrentUser
from station.server.settings import ServerSettings


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--db", required=True)
    parser.add_argument("--redis")
    parser.add_argument("--data-dir", type=Path, required=True)
    args = parser.parse_args()
    settings = ServerSettings(data_dir=args.data_dir, db_url=args.db, redis_url=args.redis)
    engine = db.make_engine(settings.database_url)
    db.create_schema(engine)
    if demo_data.is_empty(engine):
        demo_data.seed(engine, time.time())
    engine.dispose()
    app = create_app(settings)

    @app.post("/bench/noop")
    async def noop(_who: CurrentUser) -> dict[str, bool]:
        """Authenticated and routed like every call, and nothing else: the transport floor."""
        return {"ok": True}

    uvicorn.run(app, host="127.0.0.1", port=args.port, log_level="warning")


if __name__ == "__main__":
    main()
