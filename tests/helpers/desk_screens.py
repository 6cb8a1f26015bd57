"""Inside a desk's process (``tests.helpers.desks``): the real window's screens and every dialog, filled
with plain values as long as a busy day makes them, each checked against the room the desk leaves it."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QDialog, QLabel, QSizePolicy, QWidget

from station import preferences
from station.app import build
from station.config import Settings
from station.domain.lease import LeaseState
from station.domain.lines import Item
from station.session.review import review_of
from station.session.values import (
    FloorSummary,
    FoundItem,
    LeaseStatus,
    OpenedRack,
    ScanOutcome,
    SessionStats,
    Verdict,
)
from station.store.database import open_store
from station.ui import dialogs
from station.ui.conflicts_dialog import ConflictsDialog
from station.ui.dialogs import EditLineDialog, LoginDialog
from station.ui.find_view import FindDialog
from station.ui.fitting import room
from station.ui.main_window import KEYS, MainWindow
from station.ui.review_view import ReviewView
from station.ui.supervisor_prompt import ReleaseAnywayDialog
from station.ui.theme import apply_theme
from tests.helpers.busy_day import NAMES, RACK, conflict_rows, expected, lines, sessions, tiles
from tests.helpers.desks import TASKBAR, TITLE_BAR, Desk, Shown


class Desktop:
    """The window at a desk, and the checks of what it shows."""

    def __init__(self, app: QApplication, desk: Desk, data: Path, out: Path) -> None:
        self.app = app
        self.desk = desk
        self.out = out
        out.mkdir(parents=True, exist_ok=True)
        settings = Settings().with_overrides(
            server={"url": "http://127.0.0.1:9"}, station={"name": "Dock 3"}, feedback={"sound": False}
        )
        preferences.save(data, preferences.Preferences(text_scale=desk.text))  # as Ctrl+= left it
        self.station = build(app, settings, open_store(data / "station.db"), preferences_folder=data)
        self.window: MainWindow = self.station.window
        available = app.primaryScreen().availableGeometry().size()
        self.room = available - QSize(0, TASKBAR + TITLE_BAR)
        self.window.resize(self.room)
        self.window.show()
        self.settle()

    def settle(self) -> None:
        for _ in range(3):
            self.app.processEvents()

    def screen(self, name: str, widget: QWidget, fill: Callable[[], None] = lambda: None) -> Shown:
        """A screen of the window, in front: the window at the room the desk leaves it."""
        self.window.stack.setCurrentWidget(widget)
        fill()
        for _ in range(2):  # wrapped text takes its height at the width it gets: a second pass settles it
            self.window.resize(self.room)
            self.settle()
        size = self.window.size()
        minimum = self.window.minimumSizeHint().expandedTo(self.window.minimumSize())
        problems = []
        if size.width() > self.room.width() or size.height() > self.room.height():
            problems.append(f"the window is {size.width()}×{size.height()}, larger than the room")
        bar = self.window.status
        bottom = bar.mapTo(self.window, bar.rect().bottomRight())
        if not bar.isVisible() or bottom.y() >= self.room.height() or bar.height() < bar.minimumSizeHint().height():
            problems.append("the status bar is not fully visible")
        problems += squeezed(self.window)
        return self._shot(name, self.window, size, minimum, self.room, problems)

    def dialog(self, name: str, make: Callable[[], QDialog], *, over_window: bool = False) -> Shown:
        """A dialog over the window: no larger than the screen it opens on (or the window, for one that
        covers it), nothing in it squeezed."""
        self.window.resize(self.room)
        dialog = make()
        dialog.show()
        self.settle()
        space = self.room if over_window else room(dialog)
        assert space is not None
        size, minimum = dialog.size(), dialog.minimumSizeHint()
        problems = []
        if size.width() > space.width() or size.height() > space.height():
            problems.append(f"the dialog is {size.width()}×{size.height()}, larger than the screen leaves it")
        if minimum.width() > space.width() or minimum.height() > space.height():
            problems.append(f"the dialog needs {minimum.width()}×{minimum.height()}")
        problems += squeezed(dialog)
        shown = self._shot(name, dialog, size, minimum, space, problems)
        dialog.done(0)
        dialog.deleteLater()
        self.settle()
        return shown

    def _shot(
        self, name: str, widget: QWidget, size: QSize, minimum: QSize, space: QSize, problems: list[str]
    ) -> Shown:
        path = self.out / f"{name}.png"
        widget.grab().save(str(path))
        return Shown(
            name,
            (size.width(), size.height()),
            (minimum.width(), minimum.height()),
            (space.width(), space.height()),
            problems,
            str(path),
        )


def squeezed(root: QWidget) -> list[str]:
    """The visible widgets of ``root`` given less than they need (cut-off text), or outside it."""
    found = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisibleTo(root) or _inside_scroll_area(widget, root):
            continue
        policy = widget.sizePolicy()
        need = widget.minimumSizeHint()
        name = widget.objectName() or type(widget).__name__
        if isinstance(widget, QLabel) and widget.wordWrap() and widget.text():
            if widget.height() + 1 < widget.heightForWidth(widget.width()):
                found.append(
                    f"{name} is {widget.height()} px high, its text needs {widget.heightForWidth(widget.width())}"
                )
        elif policy.verticalPolicy() != QSizePolicy.Policy.Ignored and widget.height() + 1 < need.height():
            found.append(f"{name} is {widget.height()} px high, needs {need.height()}")
        if policy.horizontalPolicy() != QSizePolicy.Policy.Ignored and widget.width() + 1 < need.width():
            found.append(f"{name} is {widget.width()} px wide, needs {need.width()}")
        corner = widget.mapTo(root, widget.rect().bottomRight())
        if corner.x() > root.width() or corner.y() > root.height():
            found.append(f"{name} reaches past the window's edge")
        found += _overlapping(widget, root)
    return found


def _overlapping(parent: QWidget, root: QWidget) -> list[str]:
    """Children of ``parent`` laid over each other: a layout that had less room than its widgets need."""
    shown = [
        child
        for child in parent.findChildren(QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly)
        if child.isVisibleTo(root) and not child.isWindow()
    ]
    found = []
    for n, first in enumerate(shown):
        for second in shown[n + 1 :]:
            overlap = first.geometry().intersected(second.geometry())
            if overlap.height() > 1 and overlap.width() > 1:
                found.append(f"{_name(first)} overlaps {_name(second)}")
    return found


def _name(widget: QWidget) -> str:
    return widget.objectName() or type(widget).__name__


def _inside_scroll_area(widget: QWidget, root: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None and parent is not root:
        if isinstance(parent, QAbstractScrollArea):
            return True
        parent = parent.parentWidget()
    return False


def show_all(desk: Desk, data: Path, out: Path) -> list[Shown]:
    """Every screen and dialog at ``desk``, each in a screenshot."""
    app = QApplication.instance() or QApplication([])
    assert isinstance(app, QApplication)
    apply_theme(app, "light")  # as the application starts; the station then renders it at its text size
    d = Desktop(app, desk, data, out)
    w = d.window
    w.status.set_user("counter1 @ Dock 3")
    w.status.set_connection(True, "online")
    shown = [d.screen("01-login", w.login_view, lambda: w.login_view.reset("counter1"))]
    floors = [FloorSummary(name, 12, 20, 40) for name in ("Ground", "First", "Second", "Upper Godown", "Back Godown")]
    shown.append(d.screen("02-floors", w.floors_view, lambda: w.floors_view.show_floors(floors, "Ground")))

    def racks() -> None:
        w.racks_view.show_floor("Ground")
        w.racks_view.show_racks(tiles())
        w.racks_view.show_live(True)

    shown.append(d.screen("03-racks", w.racks_view, racks))
    view = w.scan_view

    def scanning() -> None:
        view.open_session(
            OpenedRack("session_counter1_G-R05_1764400000", RACK, "Ground", "counter1", lines(), expected())
        )
        view.set_stats(SessionStats(412, 398, 14, 3, 27.5, 900.0, refused=1))
        view.stats.show_queue(3, 1)
        w.status.set_lease(LeaseStatus(LeaseState.AT_RISK, 12, None, "", RACK))
        w.status.set_queue(12, 2, 1)
        w.status.set_sync_trouble("")
        found = lines()[0]
        view.show_outcome(ScanOutcome(Verdict.COUNTED, f"+1 {found.item_name} (now 4)", line=found))

    shown.append(d.screen("04-scanning", view, scanning))

    def question() -> None:
        view.ask(
            "unknown",
            "4006381333931 is not in the catalogue. Count it as an unknown item?",
            "Y: count it as an unknown item · N or Esc: not counted",
        )
        view.show_kept(2)
        view.set_lease(LeaseStatus(LeaseState.AT_RISK, 12, None, "", RACK))

    shown.append(d.screen("05-scanning-question", view, question))

    def damaged() -> None:
        view.end_question()
        view.set_mode(True, 12)
        view.say_damage_mode(True)
        view.show_paused(True, "Rack G-R05 is paused.")

    shown.append(d.screen("06-scanning-damaged-paused", view, damaged))
    view.set_mode(False, 0)
    view.show_paused(False, "Rack G-R05 resumed.")
    active, recent = sessions()
    shown.append(
        d.screen(
            "07-supervisor",
            w.supervisor_view,
            lambda: w.supervisor_view.show_sessions(active, recent, datetime.now(UTC)),
        )
    )
    w.stack.setCurrentWidget(view)

    def review() -> QDialog:
        made = ReviewView(w)
        name_of = {line.item_code: line.item_name for line in lines()}
        made.show_review(
            review_of(
                RACK,
                lines(),
                {**expected(), "89010019999": 4.0},
                blind=False,
                name_of=lambda code: name_of.get(code, "Gone item"),
                blocked=1,
            )
        )
        made.setGeometry(w.geometry())  # as F10 opens it: over the whole window
        return made

    shown.append(d.dialog("10-review-f10", review, over_window=True))

    def find() -> QDialog:
        items = [
            FoundItem(Item(f"89010010{n:05d}", NAMES[n % len(NAMES)]), RACK if n % 2 else "F-R12", n % 2 == 1)
            for n in range(12)
        ]
        made = FindDialog(w, lambda _text: items)
        made.field.setText("a")
        return made

    shown.append(d.dialog("11-find-ctrl-f", find))
    shown.append(d.dialog("12-conflicts-f9-pin", lambda: ConflictsDialog(w, user="supervisor")))

    def conflicts() -> QDialog:
        made = ConflictsDialog(w, user="supervisor")
        made.show_desk(conflict_rows(), "warn", "The server could not be asked: these are this station's conflicts.")
        return made

    shown.append(d.dialog("13-conflicts-f9", conflicts))
    shown.append(d.dialog("14-edit-f4", lambda: EditLineDialog(w, lines()[1])))
    shown.append(d.dialog("15-log-in-again", lambda: LoginDialog(w, "counter1")))
    shown.append(
        d.dialog(
            "16-release-anyway",
            lambda: ReleaseAnywayDialog(
                w, "The server counts 398 pieces on G-R05; this station counted 412.", "supervisor"
            ),
        )
    )
    shown.append(d.dialog("17-about-f1", lambda: dialogs.tell(w, "About Station", f"Station 0.1.0\n\n{KEYS}")))
    shown.append(
        d.dialog(
            "18-lines-waiting",
            lambda: dialogs.ask(
                w,
                "Lines waiting",
                "12 counted lines have not "
                "reached the server yet. They are saved and will be sent next time Station starts. Close anyway?",
                lambda _yes: None,
            ),
        )
    )
    shown.append(
        d.dialog(
            "19-release-note",
            lambda: dialogs.ask_text(
                w,
                "Release G-R05",
                "Release counter3's rack G-R05? Their lines stay with their station. Why (required):",
                lambda _note: None,
            ),
        )
    )
    w.waiting = 0
    d.station.shutdown()
    return shown
