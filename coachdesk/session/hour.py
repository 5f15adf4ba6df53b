"""The coaching hour over an open journal: the prep, the neutral cover over the journal, the
coach view beside it, and the end. Loaded when first used: start-up does not wait for it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal, Slot

from coachdesk.settings import Settings
from coachdesk.storage import JournalStore, StorageUnavailable
from coachdesk.ui.common.messages import describe
from coachdesk.ui.journal.journal_view import JournalView
from coachdesk.ui.main_window import MainWindow

if TYPE_CHECKING:
    from coachdesk.ui.coaching_hour.coaching_hour import CoachingHour


class HourKeeper(QObject):
    """Runs at most one coaching hour; `ended` when it is over and the cover is gone."""

    ended = Signal()

    def __init__(self, window: MainWindow, settings: Settings) -> None:
        super().__init__(window)
        self._window = window
        self._settings = settings
        self.running: CoachingHour | None = None

    def start(self, store: JournalStore, view: JournalView) -> None:
        """Ctrl+Shift+S: choose the agenda, then the journal hides and the coach view opens."""
        if self.running is not None:
            return
        from coachdesk.ui.coaching_hour.capture import exclude_from_capture
        from coachdesk.ui.coaching_hour.coaching_hour import CoachingHour
        from coachdesk.ui.coaching_hour.cover_page import CoverPage
        from coachdesk.ui.coaching_hour.session_prep import SessionPrepDialog
        from coachdesk.ui.key_capture import usable_or_default

        plan = SessionPrepDialog.ask(self._window, store)
        if plan is None or not view.save_for_lock():
            return
        try:
            hour = CoachingHour(
                store,
                view.flows,
                plan,
                usable_or_default(self._settings.curtain_key),
                self._window,
            )
        except StorageUnavailable as error:
            view.show_notice(describe(error))
            return
        cover = CoverPage()
        cover.back_requested.connect(hour.show)
        cover.end_requested.connect(hour.end)
        hour.ended.connect(self._on_hour_ended)
        self._window.cover(cover)
        # Windows: the journal stays out of shares; the cover says when it could not.
        cover.tell_capture(exclude_from_capture(self._window, True))
        self.running = hour
        hour.show()

    def stop(self) -> bool:
        """End the hour without asking (the app quits, the laptop sleeps): notes are kept.
        False when they could not be saved: the hour goes on."""
        from coachdesk.ui.coaching_hour.capture import exclude_from_capture

        if self.running is None:
            return True
        if not self.running.stop():
            return False
        exclude_from_capture(self._window, False)
        self.running.deleteLater()
        self.running = None
        return True

    @Slot()
    def _on_hour_ended(self) -> None:
        from coachdesk.ui.coaching_hour.capture import exclude_from_capture

        exclude_from_capture(self._window, False)
        if self.running is not None:
            self.running.deleteLater()
            self.running = None
        self.ended.emit()
