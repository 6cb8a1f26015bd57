"""The services the server tests stand on answer, and a missing one is a sentence, not a hang."""

from __future__ import annotations

import pytest

from tests.helpers import services


@pytest.mark.services
def test_redis_answers_set_nx_px(redis_url: str) -> None:
    import redis

    client = redis.Redis.from_url(redis_url)
    try:
        assert client.set("station:test:lock", "owner-a", nx=True, px=5000)
        assert not client.set("station:test:lock", "owner-b", nx=True, px=5000)
        assert client.get("station:test:lock") == b"owner-a"
    finally:
        client.close()


@pytest.mark.services
def test_postgres_answers(postgres_url: str) -> None:
    import psycopg

    with psycopg.connect(postgres_url, connect_timeout=3) as conn:
        assert conn.execute("SELECT 1 + 1").fetchone() == (2,)


def test_missing_service_skips_with_a_sentence(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(services.REQUIRE_ENV, raising=False)
    with pytest.raises(
        pytest.skip.Exception, match=r"Redis is not reachable on 127\.0\.0\.1:1; start it with: redis-server"
    ):
        services.require_service("Redis", "127.0.0.1", 1)


def test_missing_service_fails_when_required(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(services.REQUIRE_ENV, "1")
    with pytest.raises(pytest.fail.Exception, match="PostgreSQL is not reachable .* this is a failure, not a skip"):
        services.require_service("PostgreSQL", "127.0.0.1", 1)
