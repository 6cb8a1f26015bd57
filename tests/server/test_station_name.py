"""(ext) The station a session was claimed from: sent as ``X-Station-Name``, kept on the session, listed to
supervisors; a database made before the column gets it when the server starts."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import quote

from sqlalchemy import create_engine, inspect, text

from station.server import db
from tests.helpers.server import Harness


def test_the_station_name_is_kept_on_the_session_and_listed(server: Harness) -> None:
    name = "Dock 3 — Süd"
    answer = server.call("POST", "/api/racks/G-R01/claim", "counter1", json={"floor": "Ground"},
                         headers={"X-Station-Name": quote(name)})  # fmt: skip
    assert answer.status_code == 200, answer.text
    server.claim("counter2", "G-R02")  # a station that does not say its name (StockVerify's clients)
    listed = {s["rack_id"]: s.get("station") for s in server.call("GET", "/api/sessions/active", "supervisor").json()}
    assert listed == {"G-R01": name, "G-R02": None}
    session = server.call("GET", f"/api/sessions/{answer.json()['session_id']}", "supervisor").json()
    assert session["station"] == name


def test_an_older_database_gets_the_column(tmp_path: Path) -> None:
    engine = create_engine(f"sqlite:///{tmp_path / 'old.db'}")
    db.create_schema(engine)
    with engine.begin() as conn:
        conn.execute(text("ALTER TABLE sessions DROP COLUMN station"))
    db.create_schema(engine)
    with engine.connect() as conn:
        assert "station" in {column["name"] for column in inspect(conn).get_columns("sessions")}
    engine.dispose()
