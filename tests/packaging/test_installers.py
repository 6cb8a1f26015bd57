"""The Linux installer, built here: the bundle and the .deb, unpacked into a temporary root, and the
frozen app's self-test run from there (packaging/build.py does it all; this checks what it reports)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
DEB_LIMIT_MB = 120


@pytest.mark.packaging
@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the .deb is built on Linux")
def test_the_deb_installs_and_the_frozen_app_passes_its_self_test(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, str(ROOT / "packaging" / "build.py"), "--out", str(tmp_path)],
        capture_output=True, text=True, timeout=1200, check=False,
    )  # fmt: skip
    print(done.stdout[-4000:])
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    report = json.loads((tmp_path / "build-report.json").read_text(encoding="utf-8"))
    assert report["installer"].endswith(".deb") and report["installer_mb"] < DEB_LIMIT_MB
    assert report["self_test_s"] > 0 and "self-test passed" in done.stdout
    assert "frozen --version: station 0.1.0 (commit " in done.stdout  # the build is stamped
    listing = subprocess.run(["dpkg-deb", "--contents", str(tmp_path / report["installer"])], capture_output=True,
                             text=True, check=True).stdout  # fmt: skip
    expected = [
        "./usr/bin/station -> /opt/station/station",
        "./usr/share/applications/station.desktop",
        "./usr/share/icons/hicolor/scalable/apps/station.svg",
        "./opt/station/_internal/resources/themes",
    ]
    for path in expected:
        assert path in listing, path
