"""The coaching loop's quick commands from anywhere in the window: a check-in, a commitment
of your own. Each writes once and says so; This week picks it up."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Slot
from PySide6.QtWidgets import QWidget

from coachdesk.storage import JournalStore, StorageUnavailable
from coachdesk.ui.common.messages import describe
from coachdesk.ui.loop.checkin_dialog import CheckInDialog
from coachdesk.ui.loop.loop_dialogs import NewCommitmentDialog


class LoopCommands(QObject):
    """Ctrl+K and Ctrl+Shift+N. `say(text, warning)` shows a line; `changed` refreshes."""

    def __init__(
        self,
        view: QWidget,
        store: JournalStore,
        say: Callable[[str, bool], None],
        changed: Callable[[], None],
        writable: Callable[[], bool],
    ) -> None:
        super().__init__(view)
        self._view = view
        self._store = store
        self._say = say
        self._changed = changed
        self._writable = writable  # False (and why) for a journal open only for reading

    @Slot()
    def check_in(self) -> None:
        """Ctrl+K: stress, energy, confidence and attention in a few seconds."""
        if not self._writable():
            return
        values = CheckInDialog.ask(self._view)
        self._view.activateWindow()
        if values is None:
            return
        try:
            self._store.add_check_in(
                values.stress, values.energy, values.confidence, values.attention, values.note
            )
        except StorageUnavailable as error:
            self._say(describe(error), True)
            return
        self._say(self.tr("Check-in saved."), False)
        self._changed()

    @Slot()
    def new_commitment(self) -> None:
        """Ctrl+Shift+N: a commitment of your own, outside a reflection."""
        if not self._writable():
            return
        made = NewCommitmentDialog.ask(self._view)
        self._view.activateWindow()
        if made is None:
            return
        try:
            self._store.add_commitment(made.text, made.due)
        except StorageUnavailable as error:
            self._say(describe(error), True)
            return
        self._say(self.tr("Commitment added; it comes back in This week."), False)
        self._changed()
