"""Labels that keep to the room they get: one line elided at the end, or wrapped lines as high as they need."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRect, QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget


class ElidedLabel(QLabel):
    """Asks for the width of its whole text and makes do with less: the status bar on a narrow screen."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._whole = ""
        self.setText(text)

    def setText(self, text: str) -> None:  # noqa: N802 - Qt's name
        if text == self._whole:
            return  # nothing to lay out again
        self._whole = text
        self._elide()
        if self.sizePolicy().horizontalPolicy() != QSizePolicy.Policy.Ignored:
            self.updateGeometry()  # its width hint changed (an ignored one takes what it is given)

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
            need = text_height(watched, watched.width())
            if need > 0 and need != watched.minimumHeight():
                watched.setMinimumHeight(need)
        return False


def text_height(label: QLabel, width: int) -> int:
    """The height ``label``'s words take wrapped at ``width`` (Qt's own ``heightForWidth`` never answers
    less than the label's least height, so it cannot say when the text has become shorter)."""
    text = QLabel.text(label)
    if width <= 0 or not text:
        return 0
    margins = label.contentsMargins()
    inner = width - margins.left() - margins.right() - 2 * label.margin()
    flags = int(label.alignment()) | int(Qt.TextFlag.TextWordWrap)
    box = label.fontMetrics().boundingRect(QRect(0, 0, max(inner, 1), 1_000_000), flags, text)
    return box.height() + margins.top() + margins.bottom() + 2 * label.margin()


def wrap(label: QLabel) -> QLabel:
    """``label`` wraps its words, and the layout gives it the height that takes."""
    label.setWordWrap(True)
    keeper = _HeightFollowsText(label)
    label.installEventFilter(keeper)
    return label


class WrappingLabel(QLabel):
    """Wraps its words and asks its layout for the height they take at its width, whenever its text, its
    width or its font changes (a window's layout asks only for least sizes, not for heights for widths)."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setText(text)

    def setText(self, text: str) -> None:  # noqa: N802 - Qt's name
        super().setText(text)
        self._fit()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self._fit()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._fit()

    def _fit(self) -> None:
        need = text_height(self, self.width())
        if need != self.minimumHeight():
            self.setMinimumHeight(need)


class MarkedLabel(WrappingLabel):
    """A sentence with a mark before it (✔ ✘ ? …), so that its colour is not the only sign; ``text()`` is
    the sentence alone."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        self._mark = ""
        self._sentence = ""
        super().__init__(text, parent)

    def setText(self, text: str) -> None:  # noqa: N802 - Qt's name
        self._sentence = text
        super().setText(f"{self._mark}  {text}" if self._mark else text)

    def text(self) -> str:
        return self._sentence

    def mark(self) -> str:
        return self._mark

    def set_mark(self, mark: str) -> None:
        self._mark = mark
        self.setText(self._sentence)
