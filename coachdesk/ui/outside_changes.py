"""What other programs write to the open journal (`coachdesk import` beside the window).

SQLite in WAL mode lets the command line write while the window reads; PRAGMA data_version
tells the window, for the price of one tiny query, that another connection committed.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from coachdesk.storage import JournalStore
from coachdesk.storage.errors import DATABASE_ERRORS

# Often enough that an import shows before the user looks back; rare enough to cost nothing.
POLL_MS = 1500


class OutsideChanges(QObject):
    """Looks every POLL_MS whether another program wrote to the journal."""

    changed = Signal()

    def __init__(self, store: JournalStore, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._store = store
        store.changed_elsewhere()  # from here on
        self._timer = QTimer(self)
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self.look)
        self._timer.start()

    @Slot()
    def look(self) -> None:
        """Ask now (the timer asks by itself)."""
        try:
            if self._store.changed_elsewhere():
                self.changed.emit()
        except DATABASE_ERRORS:
            pass  # busy or gone for a moment: the next look will tell

    def stop(self) -> None:
        """The journal closes: stop looking at it."""
        self._timer.stop()
