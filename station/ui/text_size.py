"""The station's text size: Ctrl+= / Ctrl++ larger, Ctrl+- smaller, Ctrl+0 the theme's own, on every screen.

The theme's QSS is rendered at the chosen size (``theme.render_qss``), so every screen and every dialog,
open or opened later, takes it at once; what is painted by hand (the rack tiles) asks ``theme.scaled``.
The choice is kept per station by whoever listens to ``changed`` (the composition root saves it in the
station's preferences).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QWidget

from station.i18n import translate
from station.preferences import TEXT_SCALES, Preferences
from station.ui.theme import apply_theme, current_theme, text_scale

LARGER_KEYS = ("Ctrl+=", "Ctrl++")
SMALLER_KEYS = ("Ctrl+-",)
DEFAULT_KEYS = ("Ctrl+0",)


class TextSize(QObject):
    """Signals:
    changed(float): the text size changed (by a key): keep it.
    """

    changed = Signal(float)

    def __init__(self, app: QApplication, scale: float = 1.0) -> None:
        super().__init__()
        self._app = app
        self._preferences = Preferences(text_scale=scale if TEXT_SCALES[0] <= scale <= TEXT_SCALES[-1] else 1.0)
        if abs(text_scale() - self.scale) > 1e-6:
            apply_theme(app, current_theme(), self.scale)

    @property
    def scale(self) -> float:
        return self._preferences.text_scale

    def larger(self) -> None:
        self._set(self._preferences.larger())

    def smaller(self) -> None:
        self._set(self._preferences.smaller())

    def default(self) -> None:
        self._set(self._preferences.default_size())

    def _set(self, preferences: Preferences) -> None:
        if abs(preferences.text_scale - self.scale) < 1e-6:
            return
        self._preferences = preferences
        apply_theme(self._app, current_theme(), self.scale)
        self.changed.emit(self.scale)

    def words(self) -> str:
        """The size as a person reads it: "Text size 125 %"."""
        return translate("text_size", "Text size {percent} % (Ctrl+= larger · Ctrl+- smaller · Ctrl+0 default)").format(
            percent=round(self.scale * 100)
        )

    def hook(self, window: QWidget) -> list[QShortcut]:
        """The keys, wherever the focus is in the application (a dialog in front included)."""
        shortcuts = []
        for keys, action in ((LARGER_KEYS, self.larger), (SMALLER_KEYS, self.smaller), (DEFAULT_KEYS, self.default)):
            shortcut = QShortcut(window)
            shortcut.setKeys([QKeySequence(key) for key in keys])
            shortcut.setContext(Qt.ShortcutContext.ApplicationShortcut)
            shortcut.activated.connect(action)
            shortcuts.append(shortcut)
        return shortcuts
