"""Every screen and dialog at one desk (a screen size, a Windows scaling, a text size), in a process of its own.

Qt's offscreen platform takes its screens from a JSON file; a logical DPI of 120 on a 96 base is
Windows' 125 %, so a 1920×1080 desk at 125 % has a 1536×864 logical screen, as Qt on Windows sees it.
Both are fixed for a process, so each desk runs ``python -m tests.helpers.desks`` once: it fills the real
window's screens and opens each dialog with plain values (no server), checks that each fits the room
the desk leaves it, writes a screenshot of each into ``screenshots/fit/<desk>/`` and prints what it
found as JSON (``fit`` reads it).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict, dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
TASKBAR = 48
"""Logical pixels a taskbar takes off the bottom of the screen (Windows 11's; Windows 10's is 40)."""
TITLE_BAR = 32
"""Logical pixels a window's title bar takes above its contents."""


@dataclass(frozen=True)
class Desk:
    """A screen as a person has it: its pixels, its Windows scaling, the station's text size."""

    width: int
    height: int
    scaling: float = 1.0
    text: float = 1.0

    @property
    def name(self) -> str:
        scaling = f"@{round(self.scaling * 100)}%" if self.scaling != 1.0 else ""
        text = f"-text{round(self.text * 100)}" if self.text != 1.0 else ""
        return f"{self.width}x{self.height}{scaling}{text}"

    @property
    def logical(self) -> tuple[int, int]:
        return round(self.width / self.scaling), round(self.height / self.scaling)


COMMON_DESK = Desk(1366, 768)
"""One of the commonest desk monitors: the screen every other test's windows open on."""


@dataclass
class Shown:
    """One screen or dialog at a desk: its size, the room it had, and what did not fit."""

    name: str
    size: tuple[int, int]
    minimum: tuple[int, int]
    room: tuple[int, int]
    problems: list[str] = field(default_factory=list)
    screenshot: str = ""


def fits(desks: list[Desk], out: Path = ROOT / "screenshots" / "fit") -> dict[Desk, list[Shown]]:
    """Every desk's process, as many at once as there are processors; what each showed."""
    with ThreadPoolExecutor(max_workers=os.cpu_count() or 2) as pool:
        return dict(zip(desks, pool.map(lambda desk: _run(desk, out), desks), strict=True))


def _run(desk: Desk, out: Path) -> list[Shown]:
    done = subprocess.run(
        [sys.executable, "-m", "tests.helpers.desks", json.dumps(asdict(desk)), str(out)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
        env={k: v for k, v in os.environ.items() if k not in ("QT_SCALE_FACTOR", "QT_QPA_PLATFORM")},
    )
    if done.returncode != 0:
        raise AssertionError(f"the desk {desk.name} failed:\n{done.stderr[-4000:]}")
    return [Shown(**shown) for shown in json.loads(done.stdout.strip().splitlines()[-1])]


# --- inside the desk's process ------------------------------------------------------------------


def screen_file(desk: Desk, folder: Path) -> Path:
    """Qt's offscreen platform's description of ``desk``'s screen, written into ``folder``."""
    config = {
        "screens": [
            {
                "name": desk.name,
                "x": 0,
                "y": 0,
                "width": desk.width,
                "height": desk.height,
                "logicalDpi": 96 * desk.scaling,
                "logicalBaseDpi": 96,
                "dpr": 1,
            }
        ]
    }
    path = folder / f"station-offscreen-{desk.name}.json"
    path.write_text(json.dumps(config), encoding="utf-8")
    return path


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("desk")
    parser.add_argument("out")
    args = parser.parse_args()
    desk = Desk(**json.loads(args.desk))
    with tempfile.TemporaryDirectory() as temporary:
        folder = Path(temporary)
        os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={screen_file(desk, folder)}"
        from tests.helpers import desk_screens  # Qt only now, on the desk's screen

        shown = desk_screens.show_all(desk, folder, Path(args.out) / desk.name)
    print(json.dumps([asdict(s) for s in shown]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
