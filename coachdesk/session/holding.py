"""One window per journal: its lock file held while it is in the window, and the note a
second start (or a clicked reminder) leaves beside it, answered by coming forward.

Its words keep the context "JournalSession", where they were written first: their
translations stay.
"""

from __future__ import annotations

from contextlib import suppress
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QFileSystemWatcher, QObject, Slot
from PySide6.QtWidgets import QMessageBox

from coachdesk.journal_lock import THIS_WEEK, JournalLock, raise_path
from coachdesk.ui.main_window import MainWindow


class JournalHold(QObject):
    """The lock of the journal at `path` in `window`, taken by `take` and let go by `release`."""

    def __init__(self, window: MainWindow, path: Path) -> None:
        super().__init__(window)
        self._window = window
        self._path = path
        self._lock: JournalLock | None = None
        self._watcher: QFileSystemWatcher | None = None

    def take(self) -> bool:
        """One instance per journal: a second start says so and wakes the first."""
        path = self._path
        try:
            lock = JournalLock(path)
        except OSError as error:  # its folder cannot be made
            return self._refuse(
                QCoreApplication.translate(
                    "JournalSession", "coachdesk cannot make a folder for the journal: %1"
                ).replace("%1", f"{path.parent} ({error.strerror})")
            )
        if lock.acquire():
            self._lock = lock
            self._watcher = QFileSystemWatcher([str(path.parent)], self)
            self._watcher.directoryChanged.connect(self._on_watcher_directory_changed)
            return True
        if not lock.held_by_another():
            return self._refuse(
                QCoreApplication.translate(
                    "JournalSession",
                    "coachdesk cannot make its lock file beside the journal in %1, so it "
                    "cannot keep a second window from writing to it. Nothing was changed.",
                ).replace("%1", str(path.parent))
            )
        lock.ask_holder_to_come_forward()
        QMessageBox.information(
            self._window,
            QCoreApplication.translate("JournalSession", "Already open"),
            QCoreApplication.translate(
                "JournalSession",
                "This journal is already open in another coachdesk window (process %1). "
                "That window has been asked to come forward.",
            ).replace("%1", str(lock.holder())),
        )
        return False

    def _refuse(self, why: str) -> bool:
        QMessageBox.critical(
            self._window,
            QCoreApplication.translate("JournalSession", "coachdesk cannot open the journal"),
            why,
        )
        return False

    def release(self) -> None:
        """Let another window (or encrypt, decrypt, restore) have the journal."""
        if self._watcher is not None:
            self._watcher.deleteLater()
            self._watcher = None
        if self._lock is not None:
            self._lock.release()
            self._lock = None
        self.deleteLater()

    @Slot(str)
    def _on_watcher_directory_changed(self, _folder: str) -> None:
        note = raise_path(self._path)
        if note.exists():
            page = ""
            with suppress(OSError):
                page = note.read_text(encoding="utf-8").strip()
            note.unlink(missing_ok=True)
            self._window.showNormal()
            self._window.raise_()
            self._window.activateWindow()
            journal = self._window.journal
            if page == THIS_WEEK and journal is not None and not journal.in_guided_mode():
                journal.show_this_week()  # a reminder was clicked; nothing being written
