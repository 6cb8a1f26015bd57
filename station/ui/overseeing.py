"""The overview's presenter: each level loaded without stalling the screen, the recount verbs, the exports.

Refreshes go over the network on the qasync loop; R, A and P send, assign and approve a recount, with a
note; Ctrl+E asks where to write the level's report and has it written on a worker thread.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QStandardPaths, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QInputDialog, QWidget

from station import contract_oversight as o
from station.i18n import translate
from station.session.oversight_ports import Overseer, RackLook, Scope
from station.session.values import Failure
from station.ui import dialogs
from station.ui.overview_view import Level, OverviewView
from station.ui.rack_page import RECOUNT_STATES
from station.ui.tasks import spawn

REFRESH_MS = 10_000
"""The level shown is asked for again every 10 s while it is in front."""
FORMATS = {"pdf": "PDF (*.pdf)", "xlsx": "Excel (*.xlsx)", "csv": "CSV (*.csv)"}


class Overseeing(QObject):
    """The supervisor's overview: what is shown comes from ``overseer``; the keys come from ``view``."""

    def __init__(self, window: QWidget, overseer: Overseer, view: OverviewView, *, back: Callable[[], None]) -> None:
        super().__init__(window)
        self.window = window
        self.overseer = overseer
        self.view = view
        self.look: RackLook | None = None
        self.floor: o.FloorVariance | None = None
        self.counters: set[str] = set()
        self.export_dialog: QFileDialog | None = None
        self.loading = False
        self._shown: object = None
        """The answer the page in front shows (a refresh that brings the same answer changes nothing)."""
        self._timer = QTimer(self)
        self._timer.setObjectName("overview-refresh")
        self._timer.setInterval(REFRESH_MS)
        self._timer.timeout.connect(self._tick)
        self._back = back
        view.back.connect(self._leave)
        view.refresh.connect(self.refresh)
        view.floor_wanted.connect(lambda floor: self._go(Level.FLOOR, floor=floor))
        view.rack_wanted.connect(lambda rack: self._go(Level.RACK, rack=rack))
        view.up.connect(self._up)
        view.recount_wanted.connect(self._send_to_recount)
        view.assign_wanted.connect(self._assign)
        view.approve_wanted.connect(self._approve)
        view.export_wanted.connect(self.export)

    def open(self, rack: str = "", floor: str = "") -> None:
        """Show the whole count (or straight a rack's page: H on the supervisor view)."""
        self.view.show_message("info", "")
        self._timer.start()
        if rack:
            self._go(Level.RACK, floor=floor, rack=rack)
        else:
            self._go(Level.COUNT)

    def refresh(self) -> None:
        """Ask for the level shown again; a refresh already under way is not doubled."""
        if not self.loading:
            spawn(self.load())

    async def load(self) -> None:
        self.loading = True
        try:
            level, view = self.view.level, self.view
            if level is Level.COUNT:
                answer: object = await self.overseer.summary()
            elif level is Level.FLOOR:
                answer = await self.overseer.floor(view.floor)
            else:
                answer = await self.overseer.rack(view.rack)
            if view.level is not level:  # Esc or Enter meanwhile: this answer is not for the page in front
                return
            if _unchanged(answer, self._shown):  # the count stood still: nothing to fill or paint
                return
            self._shown = answer
            if isinstance(answer, Failure):
                view.show_message("warn", answer.sentence)
            elif isinstance(answer, o.CountSummary):
                self.counters.update(answer.progress.overall.counters)
                view.show_summary(answer)
            elif isinstance(answer, o.FloorVariance):
                self.floor = answer
                self.counters.update(rack.counted_by for rack in answer.racks if rack.counted_by)
                view.show_floor(answer)
            elif isinstance(answer, RackLook):
                self.look = answer
                self.counters.update(entry.actor for entry in answer.history if entry.action == "counted")
                view.show_rack(answer)
        finally:
            self.loading = False

    def _go(self, level: Level, *, floor: str = "", rack: str = "") -> None:
        self._shown = None
        self.view.show_level(level, floor, rack)
        self.loading = False  # a load for the page left behind is dropped when it answers
        self.refresh()

    def _up(self) -> None:
        self.view.show_message("info", "")
        self._go(Level.FLOOR if self.view.level is Level.RACK and self.view.floor else Level.COUNT)

    def _leave(self) -> None:
        self._timer.stop()
        self._back()

    def _tick(self) -> None:
        if not self.view.isVisible():
            self._timer.stop()
        elif QApplication.activeModalWidget() is None:  # an open question first: its answer may change the figures
            self.refresh()

    # --- the recount verbs -----------------------------------------------------------------------

    def _send_to_recount(self, rack: str) -> None:
        question = translate("overview", "Send rack {rack} to a recount by anyone (A: by one counter). Why? "
                             "(it goes into the rack's history)").format(rack=rack)  # fmt: skip
        title = translate("overview", "Recount {rack}").format(rack=rack)
        dialogs.ask_text(self.window, title, question, lambda note: spawn(self._act(
            self.overseer.send_to_recount(rack, None, note), rack)))  # fmt: skip

    def _assign(self, rack: str) -> None:
        is_open = self._recount_open(rack)
        names = sorted(self.counters)
        box = QInputDialog(self.window)
        box.setObjectName("assignQuestion")
        box.setWindowTitle(translate("overview", "Who recounts {rack}").format(rack=rack))
        box.setLabelText(translate("overview", "The counter who recounts rack {rack} (type a user name; empty: "
                                   "anyone):").format(rack=rack))  # fmt: skip
        box.setComboBoxItems(names or [""])
        box.setComboBoxEditable(True)
        box.setTextValue("")

        def chosen(name: str) -> None:
            counter = name.strip() or None
            note = translate("overview", "assigned from the overview")
            if is_open:
                spawn(self._act(self.overseer.assign(rack, counter, note), rack))
            else:
                spawn(self._act(self.overseer.send_to_recount(rack, counter, note), rack))

        box.textValueSelected.connect(chosen)
        box.finished.connect(lambda _result: self.window.activateWindow())
        box.open()

    def _recount_open(self, rack: str) -> bool:
        """Whether the rack waits for its recount already (assign it), or is to be sent to one (send it)."""
        look = self.look
        if look is not None and look.variance.totals.rack_id == rack and look.recount is not None:
            return look.recount.status is not o.RecountStatus.APPROVED
        floor = self.floor
        totals = next((r for r in floor.racks if r.rack_id == rack), None) if floor is not None else None
        return totals is not None and totals.state is o.CountState.TO_RECOUNT

    def _approve(self, rack: str, choice: o.CountChoice) -> None:
        which = translate("overview", "first") if choice is o.CountChoice.FIRST else translate("overview", "second")
        question = translate(
            "overview",
            "Approve the {which} count of rack {rack}: it becomes the rack's count. Why? (required; it goes into "
            "the rack's history)",
        ).format(which=which, rack=rack)
        title = translate("overview", "Approve {rack}").format(rack=rack)
        dialogs.ask_text(self.window, title, question, lambda note: spawn(self._act(
            self.overseer.approve(rack, choice, note), rack)))  # fmt: skip

    async def _act(self, call: object, rack: str) -> None:
        answer = await call  # type: ignore[misc]
        if isinstance(answer, Failure):
            self.view.show_message("warn", answer.sentence)
            return
        assert isinstance(answer, o.Recount)
        self._shown = None
        whom = answer.assigned_to or translate("overview", "anyone")
        sentences = {
            o.RecountStatus.APPROVED: translate("overview", "Rack {rack}: the {count} count is approved."),
            o.RecountStatus.TO_RECOUNT: translate("overview", "Rack {rack} waits for its recount, for {whom}."),
        }
        sentence = sentences.get(answer.status, translate("overview", "Rack {rack}: recount {status}."))
        count = (
            translate("overview", "first")
            if answer.approved is o.CountChoice.FIRST
            else translate("overview", "second")
        )
        status = translate("overview", RECOUNT_STATES[answer.status])
        self.view.show_message("info", sentence.format(rack=rack, whom=whom, count=count, status=status))
        await self.load()

    # --- Ctrl+E ----------------------------------------------------------------------------------

    def scope(self) -> Scope:
        """What the level in front exports: the count's summary, the floor's variance, the rack's sheet."""
        level = self.view.level
        if level is Level.RACK:
            return Scope(floor=self.view.floor or None, rack=self.view.rack)
        return Scope(floor=self.view.floor) if level is Level.FLOOR else Scope()

    def export(self) -> None:
        if self.export_dialog is not None:
            return
        scope = self.scope()
        folder = Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation) or Path.home())
        box = QFileDialog(self.window, translate("overview", "Export the report"), str(folder / f"{scope.name()}.pdf"))
        box.setObjectName("exportDialog")
        box.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        box.setOption(QFileDialog.Option.DontUseNativeDialog)  # the same keys on every desk
        box.setNameFilters(list(FORMATS.values()))
        box.setDefaultSuffix("pdf")
        box.filterSelected.connect(lambda name: box.setDefaultSuffix(_form(name)))
        self.export_dialog = box

        def chosen(name: str) -> None:
            path = Path(name)
            form = path.suffix.lstrip(".").lower()
            if form not in FORMATS:
                form = _form(box.selectedNameFilter())
                path = path.with_name(f"{path.name}.{form}")
            spawn(self._export(scope, form, path))

        box.fileSelected.connect(chosen)
        box.finished.connect(self._export_closed)
        box.open()

    def _export_closed(self) -> None:
        self.export_dialog = None
        self.window.activateWindow()  # keys go back to the level shown
        self.view.focus_level()

    async def _export(self, scope: Scope, form: str, path: Path) -> None:
        self.view.show_message("info", translate("overview", "Writing {path}…").format(path=path))
        written = await self.overseer.export(scope, form, path)
        if isinstance(written, Failure):
            self.view.show_message("warn", written.sentence)
        else:
            self.view.show_message("info", translate("overview", "Report written to {path}.").format(path=written))


def _unchanged(answer: object, shown: object) -> bool:
    """Whether ``answer`` says what is shown already (the time it was asked aside)."""
    if isinstance(answer, o.CountSummary) and isinstance(shown, o.CountSummary):
        timeless = {"at": None, "progress": answer.progress.model_copy(update={"at": None})}
        before = {"at": None, "progress": shown.progress.model_copy(update={"at": None})}
        return answer.model_copy(update=timeless) == shown.model_copy(update=before)
    return isinstance(answer, o.FloorVariance | RackLook) and answer == shown


def _form(name_filter: str) -> str:
    return next((form for form, label in FORMATS.items() if label == name_filter), "pdf")
