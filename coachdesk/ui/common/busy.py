"""Long work on a closed journal (encrypting a journal and its backups, decrypting,
restoring) on a thread, with a window-modal note saying what is going on: the window keeps
painting, and nothing else can be started meanwhile."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QEventLoop, Qt, QTimer
from PySide6.QtWidgets import QProgressDialog, QWidget

T = TypeVar("T")
_SHOW_AFTER_MS = 300  # quick work shows nothing
_POLL_MS = 30


def run_busy(
    parent: QWidget, text: str, work: Callable[[], T], show_after_ms: int = _SHOW_AFTER_MS
) -> T:
    """Run `work` on a thread while `text` shows over `parent`; its result, or its
    exception raised here. It cannot be cancelled: a half-converted journal is worse than
    a wait, and each step is all or nothing anyway."""
    outcome: list[T] = []
    failure: list[BaseException] = []

    def run() -> None:
        try:
            outcome.append(work())
        except BaseException as error:  # noqa: BLE001 (raised again on the UI thread)
            failure.append(error)

    note = QProgressDialog(text, "", 0, 0, parent)  # 0..0: busy, no percentage
    note.setWindowModality(Qt.WindowModality.WindowModal)
    note.setCancelButton(None)
    note.setMinimumDuration(show_after_ms)
    note.setAccessibleName(text)
    note.setValue(0)
    thread = threading.Thread(target=run, name="busy", daemon=True)
    loop = QEventLoop()
    timer = QTimer()
    timer.setInterval(_POLL_MS)
    timer.timeout.connect(lambda: None if thread.is_alive() else loop.quit())
    thread.start()
    timer.start()
    if thread.is_alive():
        loop.exec(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
    timer.stop()
    thread.join()
    note.reset()
    note.deleteLater()
    if failure:
        raise failure[0]
    return outcome[0]
