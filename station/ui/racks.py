"""The rack grid's presenter: the floor's racks, live; a rack claimed by Enter or a scan of its label."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QStackedWidget

from station.domain.wedge import Entry
from station.scanner.sound import Sound
from station.session.ports import Session
from station.session.values import Failure
from station.ui.racks_view import RacksView
from station.ui.tasks import spawn


class RacksPresenter(QObject):
    """Signals:
    back(): Esc: the floors again.
    """

    back = Signal()

    def __init__(self, view: RacksView, session: Session, sound: Sound, *, stack: QStackedWidget) -> None:
        super().__init__(view)
        self.view = view
        self._session = session
        self.sound = sound
        self._stack = stack
        view.claim_requested.connect(lambda rack_id: spawn(self.claim(rack_id)))
        view.back.connect(self.back)
        session.events.racks_changed.connect(self._racks_changed)
        session.events.live_changed.connect(view.show_live)

    @property
    def floor(self) -> str:
        return self.view.floor

    def open(self, floor: str, note: str = "") -> None:
        self.view.show_floor(floor)
        self.view.show_note(note)
        self._stack.setCurrentWidget(self.view)
        spawn(self.load())

    def on_entry(self, entry: Entry) -> None:
        self.view.on_entry(entry)

    async def load(self) -> None:
        tiles = await self._session.racks(self.view.floor)
        if isinstance(tiles, Failure):
            self.view.show_error(tiles.sentence)
        else:
            self.view.show_racks(tiles)

    async def claim(self, rack_id: str) -> None:
        failure = await self._session.claim(rack_id, self.view.floor)
        if failure is not None:  # on success the scanning screen opens (``session_started``)
            self.view.show_error(failure.sentence)
            self.sound.bad()
            await self.load()

    def _racks_changed(self) -> None:
        if self._stack.currentWidget() is self.view and self.view.floor:
            spawn(self.load())
