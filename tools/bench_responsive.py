"""After the start: is the window responsive? (run by bench.py in its own process)

A 10 ms heartbeat on the UI thread from the moment the window is shown: a gap between two
beats is a step the UI thread took (minus the 10 ms it was waiting anyway). Ctrl+E is
pressed 20 s after the window was shown, when a user once waited 76 s for its dialog
(issue 23), and timed from that moment until the export dialog is shown: a busy UI thread
delays the key as it delays the timer that presses it. Prints name=value lines.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from peak_memory import peak_rss_mb  # noqa: E402
from PySide6.QtCore import QEvent, QObject, Qt, QTimer  # noqa: E402
from PySide6.QtGui import QAction, QKeySequence  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication, QDialog  # noqa: E402

from coachdesk.app import run_app  # noqa: E402
from coachdesk.ui.export.export_dialog import ExportDialog  # noqa: E402
from coachdesk.ui.protection.unlock_page import UnlockPage  # noqa: E402

BEAT_MS = 10
WATCH_S = float(os.environ.get("BENCH_WATCH_S", "20"))  # after the journal is on screen
PRESS_AFTER_S = float(os.environ.get("BENCH_PRESS_AFTER_S", "20"))  # after the window shown
CTRL_E = QKeySequence("Ctrl+E")


class DialogSpotter(QObject):
    """Notes when the export dialog is shown and closes it (installed only meanwhile)."""

    def __init__(self) -> None:
        super().__init__()
        self.shown_at = 0.0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.Show and isinstance(watched, ExportDialog):
            if not self.shown_at:
                self.shown_at = time.perf_counter()
                dialog: QDialog = watched
                QTimer.singleShot(0, dialog.reject)
        return False


class Watch(QObject):
    """The heartbeat, the press, and the figures at the end."""

    def __init__(self, app: QApplication) -> None:
        super().__init__()
        self.app = app
        self.shown = time.perf_counter()
        self.ready = 0.0
        self.beats = [self.shown]
        self.pressed = 0.0
        self.closed = 0.0
        self.by_action = False
        self.spotter = DialogSpotter()
        self.timer = QTimer(self)
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(BEAT_MS)
        self.timer.timeout.connect(self._beat)
        self.timer.start()

    def _beat(self) -> None:
        now = time.perf_counter()
        self.beats.append(now)
        if self.ready and now > self.ready + WATCH_S and self.closed:
            self.timer.stop()
            self._report()
            self.app.quit()

    def journal_ready(self) -> None:
        page = next((w for w in self.app.allWidgets() if isinstance(w, UnlockPage)), None)
        if page is not None:  # an encrypted journal: the passphrase at once
            page.unlock_requested.emit(os.environ["BENCH_PASSPHRASE"], False)
            self.app.processEvents()
        self.ready = time.perf_counter()
        self.beats.append(self.ready)  # the start is a step of its own, reported apart
        wait = self.shown + PRESS_AFTER_S - self.ready
        self.pressed = self.shown + PRESS_AFTER_S if wait > 0 else self.ready
        press = QTimer(self)
        press.setSingleShot(True)
        press.setTimerType(Qt.TimerType.PreciseTimer)  # a coarse one may fire 5% early
        press.timeout.connect(self._press)
        press.start(max(0, int(wait * 1000)))

    def _press(self) -> None:
        """Ctrl+E as typed; the menu action itself if the key found no window to go to."""
        # Late when the UI thread was busy: that counts. Early (the timer's slack): it does not.
        self.pressed = min(self.pressed, time.perf_counter())
        frame = next(w for w in self.app.topLevelWidgets() if getattr(w, "journal", None))
        frame.activateWindow()
        self.app.installEventFilter(self.spotter)
        QTest.keyClick(frame, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
        if not self.spotter.shown_at:
            self.by_action = True
            export = next(a for a in frame.findChildren(QAction) if a.shortcut() == CTRL_E)
            export.trigger()
        self.app.removeEventFilter(self.spotter)
        self.closed = time.perf_counter()

    def _report(self) -> None:
        start_steps = _steps(self.beats, self.shown, self.ready)
        after = [
            (at, step)
            for at, step in _steps_at(self.beats, self.ready, self.ready + WATCH_S)
            if not self.pressed <= at <= self.closed + BEAT_MS / 1000  # the dialog's own
        ]
        longest_at, longest = max(after, key=lambda x: x[1], default=(self.ready, 0.0))
        print(f"start_s={self.ready - self.shown:.3f}")
        print(f"start_step_max_ms={max(start_steps, default=0.0):.1f}")
        print(f"step_max_ms={longest:.1f}")
        print(f"step_max_at_s={longest_at - self.shown:.1f}")
        print(f"steps_over_50ms={sum(step > 50 for _, step in after)}")
        print(f"ctrl_e_ms={(self.spotter.shown_at - self.pressed) * 1000:.0f}")
        print(f"ctrl_e_at_s={self.pressed - self.shown:.1f}")
        print(f"ctrl_e_by_action={int(self.by_action)}")
        print(f"rss_mb={peak_rss_mb():.0f}", flush=True)


def _steps_at(beats: list[float], since: float, until: float) -> list[tuple[float, float]]:
    """(when it ended, ms) of each step between two beats within the window."""
    return [
        (later, (later - earlier) * 1000 - BEAT_MS)
        for earlier, later in zip(beats, beats[1:], strict=False)
        if since <= earlier and later <= until
    ]


def _steps(beats: list[float], since: float, until: float) -> list[float]:
    return [step for _, step in _steps_at(beats, since, until)]


def _fail(*error: object) -> None:
    """Qt would print an error in a slot and go on waiting for a figure that never comes."""
    sys.__excepthook__(*error)  # type: ignore[arg-type]
    os._exit(1)


def main() -> None:
    sys.excepthook = _fail
    args = argparse.Namespace(journal=Path(sys.argv[1]), demo=False)
    watches: list[Watch] = []

    def shown() -> None:
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        watches.append(Watch(app))

    run_app(args, when_shown=shown, when_ready=lambda: watches[0].journal_ready())


if __name__ == "__main__":
    main()
