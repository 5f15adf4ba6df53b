"""Long work on a closed journal runs on a thread: the window keeps painting, a note says
what is happening, and the work's result or error comes back as if it ran in place."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QProgressDialog, QWidget
from pytestqt.qtbot import QtBot

from coachdesk.storage import JournalError
from coachdesk.ui.common.busy import run_busy


def test_the_window_keeps_going_and_a_note_says_what_happens(qtbot: QtBot) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    window.show()
    release = threading.Event()
    seen: list[str] = []
    ticks: list[int] = []

    def look() -> None:
        notes = [w for w in QApplication.topLevelWidgets() if isinstance(w, QProgressDialog)]
        seen.extend(n.labelText() for n in notes if n.isVisible())
        if seen:
            release.set()

    def work() -> str:
        assert threading.current_thread() is not threading.main_thread()
        release.wait(10)
        return "done"

    ticker = QTimer()
    ticker.timeout.connect(lambda: ticks.append(1))
    ticker.start(20)
    watcher = QTimer()
    watcher.timeout.connect(look)
    watcher.start(50)
    assert run_busy(window, "Encrypting the journal and its backups…", work) == "done"
    assert seen[0] == "Encrypting the journal and its backups…"
    assert len(ticks) > 5  # the event loop ran while the work did


def test_an_error_of_the_work_is_raised_where_it_was_asked_for(qtbot: QtBot) -> None:
    window = QWidget()
    qtbot.addWidget(window)

    def work() -> None:
        raise JournalError("the disk is full")

    with pytest.raises(JournalError, match="the disk is full"):
        run_busy(window, "Removing the encryption…", work)
