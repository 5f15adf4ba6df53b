"""An open journal and what lives only while it is open: one object, so the session's state
is either "a journal is open" (this) or "none is" (None), never ten optional fields."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QGuiApplication

from coachdesk.storage import JournalStore
from coachdesk.ui.common.secret_clipboard import forget_all_secrets, forget_if_still
from coachdesk.ui.journal.journal_view import JournalView
from coachdesk.ui.outside_changes import OutsideChanges
from coachdesk.ui.protection.care import DailyCare
from coachdesk.ui.protection.idle_lock import IdleLock


@dataclass
class OpenJournal:
    """The store, its view, and the helpers beside them (none of them for a read-only one)."""

    store: JournalStore
    view: JournalView | None = None
    care: DailyCare | None = None  # the check and the daily backup beside the window
    outside: OutsideChanges | None = None  # what `coachdesk import` writes meanwhile
    idle: IdleLock | None = None  # an encrypted journal locks itself when left alone

    def close(self) -> None:
        """Stop everything, forget what was copied, close the store (the key goes with it)."""
        if self.outside is not None:
            self.outside.stop()
            self.outside.deleteLater()
        if self.care is not None:
            self.care.wait()
            self.care.deleteLater()
        if self.idle is not None:
            self.idle.stop()
        if self.view is not None:
            forget_if_still(QGuiApplication.clipboard(), self.view.copied_text())
            self.view.shut_down()
        forget_all_secrets()  # the recovery key copied a moment ago
        self.store.keep_schedule()  # what `coachdesk remind` reads while the window is closed
        self.store.close()
