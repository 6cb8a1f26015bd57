"""The floors screen's presenter: the floors with how much is left, a floor picked, log-out."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QStackedWidget

from station.session.ports import Session
from station.session.values import Failure
from station.ui.floors_view import FloorsView
from station.ui.tasks import spawn


class FloorsPresenter(QObject):
    """Signals:
    chosen(str): a floor was picked (its racks come next).
    """

    chosen = Signal(str)

    def __init__(self, view: FloorsView, session: Session, *, stack: QStackedWidget) -> None:
        super().__init__(view)
        self.view = view
        self._session = session
        self._stack = stack
        view.chosen.connect(self.chosen)
        view.logout.connect(lambda: spawn(session.log_out()))

    def open(self, note: str = "") -> None:
        self._stack.setCurrentWidget(self.view)
        if note:
            self.view.show_message(note)
        spawn(self.load())

    async def load(self) -> None:
        floors = await self._session.floors()
        if isinstance(floors, Failure):
            self.view.show_message(floors.sentence)
            return
        self.view.show_floors(floors, self._session.last_floor())
