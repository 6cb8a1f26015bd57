"""The README's curl walk-through runs verbatim against a demo server."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from tests.helpers.services import port_open

ROOT = Path(__file__).resolve().parents[2]


def walkthrough() -> str:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    block = readme.split("<!-- walkthrough -->", 1)[1].split("<!-- /walkthrough -->", 1)[0]
    match = re.search(r"```sh\n(.*?)```", block, flags=re.S)
    assert match, "the walkthrough is a sh block between the markers"
    return match.group(1)


def test_the_readme_walkthrough_works_as_written(tmp_path: Path) -> None:
    if port_open("127.0.0.1", 8000):
        pytest.fail("port 8000 is taken; the README's walk-through needs it free", pytrace=False)
    env = {
        **os.environ,
        "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}",
        "TMPDIR": str(tmp_path),
    }
    done = subprocess.run(
        ["bash", "-e", "-c", walkthrough()], capture_output=True, text=True, env=env, timeout=120, check=False
    )
    assert done.returncode == 0, done.stderr
    lines = [json.loads(line) for line in done.stdout.splitlines() if line.startswith(("{", "["))]
    floors, claim, heartbeat, item, batch, release = lines
    assert floors[0] == "Ground"
    assert claim["success"] and claim["lock_token"] == 1
    assert heartbeat["rack_lock_renewed"] is True
    assert item["item_code"] == "ITM-000201"
    assert batch["ok"] == ["3f2b8a9c-0000-4000-8000-000000000001"]
    assert [c["conflict_type"] for c in batch["conflicts"]] == ["invalid_quantity"]
    assert release == {"success": True, "rack_id": "G-R01", "message": "Rack G-R01 released"}
    assert not port_open("127.0.0.1", 8000), "the walk-through stops its server"
