"""``station --demo``'s built-in server: its address known at once, seeded and served on a thread of its own."""

from __future__ import annotations

from pathlib import Path

import httpx
import pytest

from station.server.demo_start import DemoServer


def test_the_address_is_known_before_the_server_starts_and_answers_after(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    demo = DemoServer(tmp_path / "demo-server")
    assert demo.url == f"http://127.0.0.1:{demo.port}"  # what the station is built with, before the window shows
    demo.start()
    try:
        assert demo._thread is not None
        demo._thread.join(timeout=60)  # the start, on its own thread
        assert httpx.get(f"{demo.url}/api/health", timeout=10).status_code == 200
        assert f"Demo server: {demo.url} (counter1, PIN 1111" in capsys.readouterr().out
    finally:
        demo.stop()
    with pytest.raises(httpx.TransportError):
        httpx.get(f"{demo.url}/api/health", timeout=2)


def test_a_server_that_cannot_start_says_so_in_a_sentence(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "demo-server").write_text("a file where the server's folder should be", encoding="utf-8")
    demo = DemoServer(tmp_path / "demo-server")
    demo.start()
    demo.stop()  # waits for the start to give up
    assert "The built-in demo server did not start" in capsys.readouterr().err
