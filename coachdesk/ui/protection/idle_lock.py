"""Locking after a quiet while: any key or mouse input anywhere in the app is activity.

Input is watched on the app's windows (QWindow), where it arrives before Qt hands it to
a widget, not on the whole application: an application-wide filter would bring every
event of every widget (paints, timers, layouts: hundreds per keystroke) into Python, and
cost an encrypted journal's window about a tenth of its speed while typing in search."""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer, Signal, Slot
from PySide6.QtGui import QGuiApplication, QWindow
from PySide6.QtWidgets import QDialog, QWidget
from shiboken6 import isValid

CHECK_EVERY_MS = 15_000
_ACTIVITY = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
}


def close_dialogs(window: QWidget) -> bool:
    """Close every dialog open over `window`, also those that refuse Esc, and delete what
    they showed; True if there was one (its own event loop returns only afterwards)."""
    dialogs = [d for d in window.findChildren(QDialog) if d.isVisible()]
    for dialog in dialogs:
        dialog.done(QDialog.DialogCode.Rejected)
        dialog.deleteLater()
    return bool(dialogs)


def asleep_too() -> float:
    """Seconds on a clock that keeps counting while the laptop sleeps (Linux's boot time; a
    wall clock elsewhere): a laptop closed for an hour wakes as an hour idle, not a minute."""
    boottime = getattr(time, "CLOCK_BOOTTIME", None)
    return time.clock_gettime(boottime) if boottime is not None else time.time()


class IdleLock(QObject):
    """Emits `idle` once after `minutes` without input (0 = never); clock injectable."""

    idle = Signal()

    def __init__(
        self,
        minutes: int,
        clock: Callable[[], float] = asleep_too,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.minutes = minutes
        self._clock = clock
        self._last = clock()
        self._fired = False
        self._watched: list[QWindow] = []
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            # Keys go to the focused window; each window is watched from its first focus.
            app.focusWindowChanged.connect(self._on_app_focus_window_changed)
            for window in app.topLevelWindows():
                self._watch(window)
        self._timer = QTimer(self)
        self._timer.setInterval(CHECK_EVERY_MS)
        self._timer.timeout.connect(self.check)
        self._timer.start()

    @Slot(QWindow)
    def _on_app_focus_window_changed(self, window: QWindow | None) -> None:
        if window is not None:
            self._watch(window)
        self.poke()  # switching windows is activity too

    def _watch(self, window: QWindow) -> None:
        self._watched = [w for w in self._watched if isValid(w)]  # closed dialogs go
        if window not in self._watched:
            window.installEventFilter(self)
            self._watched.append(window)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _ACTIVITY:
            self.poke()
        return False

    def poke(self) -> None:
        """Something happened: start counting again."""
        self._last = self._clock()
        self._fired = False

    def check(self) -> None:
        """Emit `idle` if the quiet has lasted long enough (once per quiet spell)."""
        if self.minutes <= 0 or self._fired:
            return
        if self._clock() - self._last >= self.minutes * 60:
            self._fired = True
            self.idle.emit()

    def stop(self) -> None:
        """No more watching (the journal is locked or closed)."""
        self._timer.stop()
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            app.focusWindowChanged.disconnect(self._on_app_focus_window_changed)
        for window in self._watched:
            if isValid(window):
                window.removeEventFilter(self)
        self._watched = []
