"""Every screen and dialog at every desk checked: 1024×768, 1280×1024, 1366×768 and 1920×1080, with Windows'
125 % and 150 % scaling, and 1366×768 and 1920×1080 at the largest text sizes docs/screens.md says fit them.

One process a desk (Qt's screen is fixed for a process), each rendering every screen with a screenshot in
``screenshots/fit/<desk>/``.
"""

from __future__ import annotations

from pathlib import Path

from tests.helpers.desks import Desk, fits

DESKS = (
    Desk(1024, 768),
    Desk(1280, 1024),
    Desk(1366, 768),
    Desk(1920, 1080),
    Desk(1920, 1080, scaling=1.25),  # 1536×864 as Qt sees it
    Desk(1920, 1080, scaling=1.5),  # 1280×720
    Desk(1280, 1024, scaling=1.25),  # 1024×819
)
LARGEST_TEXT = {Desk(1366, 768): 1.1, Desk(1920, 1080): 1.6}
"""The largest text size (Ctrl+=) that still fits, as docs/screens.md says."""
SCREENS = {
    "01-login", "02-floors", "03-racks", "04-scanning", "05-scanning-question", "06-scanning-damaged-paused",
    "07-supervisor", "10-review-f10", "11-find-ctrl-f", "12-conflicts-f9-pin", "13-conflicts-f9", "14-edit-f4",
    "15-log-in-again", "16-release-anyway", "17-about-f1", "18-lines-waiting", "19-release-note",
}  # fmt: skip


def test_every_screen_and_dialog_fits_every_desk_checked() -> None:
    largest = [Desk(desk.width, desk.height, desk.scaling, text) for desk, text in LARGEST_TEXT.items()]
    found = fits([*DESKS, *largest])
    for desk, shown in found.items():
        assert {s.name for s in shown} == SCREENS, desk.name
        assert all(Path(s.screenshot).is_file() for s in shown)
        problems = {s.name: s.problems for s in shown if s.problems}
        assert not problems, f"at {desk.name} ({desk.logical[0]}×{desk.logical[1]} logical): {problems}"
        for s in shown:  # the room is what the desk leaves: its screen less a taskbar and a title bar
            assert s.room[0] <= desk.logical[0] and s.room[1] < desk.logical[1]
