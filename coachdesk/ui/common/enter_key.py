"""Enter presses the focused button, as Space does, in the app's own windows.

Qt lets Enter press a button only inside a dialog (autoDefault); in a main window the key
passes the focused button by. The filter sits on the window's QWindow, where a key
arrives before any widget has acted on it, so it knows the button really had the focus
when Enter was pressed (further up the widgets, a line edit's Enter may already have
moved the focus on). It takes only plain Enter on a focused push or tool button: line
edits, text fields (Ctrl+Enter), lists and everything else keep their keys, and dialogs
are not watched, so their default button keeps Enter.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QDialog, QPushButton, QToolButton, QWidget

_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class EnterPressesButtons(QObject):
    """The filter for one window; see enter_presses_buttons()."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self._window = window
        # The QWindow exists once the window is shown; until then, wait for that.
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._window:
            handle = self._window.windowHandle()
            if event.type() == QEvent.Type.Show and handle is not None:
                handle.installEventFilter(self)
                self._window.removeEventFilter(self)
            return False
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        button = self._button_for(event)
        if button is None:
            return False
        if not event.isAutoRepeat():  # held down: one click, as with Space
            button.click()
        return True

    def _button_for(self, event: QKeyEvent) -> QPushButton | QToolButton | None:
        """The focused button this Enter is for, or None when it is someone else's key."""
        if event.key() not in _ENTER or event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            return None  # Ctrl+Enter and the like are shortcuts of their own
        button = QApplication.focusWidget()
        if not isinstance(button, QPushButton | QToolButton) or button.window() is not self._window:
            return None
        if isinstance(button, QPushButton) and (button.autoDefault() or button.isDefault()):
            return None  # it takes Enter itself
        if button.isCheckable() or not button.isEnabled():
            return None  # a choice (a score, a stage) toggles with Space: Enter must not unpick
        return button


def enter_presses_buttons(window: QWidget) -> None:
    """Let Enter press the focused push or tool button in `window` (not a dialog)."""
    assert not isinstance(window, QDialog), "a dialog gives Enter to its default button"
    EnterPressesButtons(window)
