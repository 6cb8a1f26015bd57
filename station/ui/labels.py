"""Labels that keep to the room they get: one line elided at the end, or wrapped lines as high as they need."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QLabel, QWidget


class ElidedLabel(QLabel):
    """Asks for the width of its whole text and makes do with less: the status bar on a narrow screen."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._whole = ""
        self.setText(text)

    def setText(self, text: str) -> None:  # noqa: N802 - Qt's name
        self._whole = text
        self._elide()
        self.updateGeometry()

    def text(self) -> str:
        """The whole text, as set (what is painted may be shorter)."""
        return self._whole

    def _chrome(self) -> int:
        """The width around the text: margins, the theme's padding and border."""
        return super().sizeHint().width() - self.fontMetrics().horizontalAdvance(super().text())

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        hint = super().sizeHint()
        return QSize(self.fontMetrics().horizontalAdvance(self._whole) + self._chrome(), hint.height())

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        hint = super().minimumSizeHint()
        least = self.fontMetrics().horizontalAdvance(self._whole[:3] + "…") + self._chrome() if self._whole else 0
        return QSize(least, hint.height())

    def _elide(self) -> None:
        width = self.contentsRect().width()
        shown = self._whole
        if self._whole and 0 < width < self.fontMetrics().horizontalAdvance(self._whole):
            shown = self.fontMetrics().elidedText(self._whole, Qt.TextElideMode.ElideRight, width)
        if shown != super().text():
            super().setText(shown)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self._elide()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._elide()


class _HeightFollowsText(QObject):
    """Keeps a wrapped label's least height at what its text needs at its width: a window's layout asks
    its widgets for their least size, not for the height their width gives them."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if isinstance(watched, QLabel) and event.type() in (QEvent.Type.Resize, QEvent.Type.FontChange):
            width = watched.width()
            need = watched.heightForWidth(width) if width > 0 and watched.text() else 0
            if need > 0 and need != watched.minimumHeight():
                watched.setMinimumHeight(need)
        return False


def wrap(label: QLabel) -> QLabel:
    """``label`` wraps its words, and the layout gives it the height that takes."""
    label.setWordWrap(True)
    keeper = _HeightFollowsText(label)
    label.installEventFilter(keeper)
    return label
