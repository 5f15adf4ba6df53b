"""Locking after a quiet while: any key or mouse input anywhere in the app is activity."""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication

CHECK_EVERY_MS = 15_000
_ACTIVITY = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
}


class IdleLock(QObject):
    """Emits `idle` once after `minutes` without input (0 = never); clock injectable."""

    idle = Signal()

    def __init__(
        self,
        minutes: int,
        clock: Callable[[], float] = time.monotonic,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.minutes = minutes
        self._clock = clock
        self._last = clock()
        self._fired = False
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)
        self._timer = QTimer(self)
        self._timer.setInterval(CHECK_EVERY_MS)
        self._timer.timeout.connect(self.check)
        self._timer.start()

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
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
