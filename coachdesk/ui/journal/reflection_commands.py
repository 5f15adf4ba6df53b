"""What is done to one reflection: begin one, continue or edit it, delete it, give it a
customer, deal and tags, keep an answer private. The journal view shows; this acts."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Slot

from coachdesk.coaching.flows import FREE_NOTE_ID, Flow
from coachdesk.storage import JournalStore, StorageUnavailable
from coachdesk.ui.common.dialogs import ConfirmDelete
from coachdesk.ui.common.messages import describe
from coachdesk.ui.journal.details_dialog import DetailsDialog
from coachdesk.ui.journal.flow_chooser import FlowChooser

if TYPE_CHECKING:
    from coachdesk.ui.journal.journal_view import JournalView


class ReflectionCommands(QObject):
    """Ctrl+N, F2, Del, Ctrl+T and the private links, on the view's current reflection."""

    def __init__(self, view: JournalView, store: JournalStore) -> None:
        super().__init__(view)
        self._view = view
        self._store = store

    @Slot()
    def new_reflection(self) -> None:
        """Ctrl+N: choose a flow and begin at its first question."""
        if self._view.in_guided_mode() or not self._view.writable():
            return
        flow = FlowChooser.ask(self._view, self._view.flows.flows)
        self._view.activateWindow()  # some platforms hand focus back to the window only lazily
        if flow is not None:
            self._begin(flow)

    @Slot()
    def quick_note(self) -> None:
        """The tray's Quick note: a Free note, begun at once (no chooser)."""
        flow = self._view.flows.get(FREE_NOTE_ID)
        if flow is not None and not self._view.in_guided_mode() and self._view.writable():
            self._begin(flow)

    def _begin(self, flow: Flow) -> None:
        try:
            reflection = self._store.start(flow)
        except StorageUnavailable as error:
            self._view.show_notice(describe(error))
            return
        self._view.enter_guided(reflection.id, at=0)

    @Slot()
    def open_current(self) -> None:
        """F2: continue a draft where it was left, or edit a finished reflection."""
        summary = self._view.selected_summary()
        if summary is None or self._view.in_guided_mode() or not self._view.writable():
            return
        self._view.enter_guided(summary.id, at=None if summary.is_draft else 0)

    @Slot()
    def delete_current(self) -> None:
        """Del: remove the selected reflection after asking."""
        summary = self._view.selected_summary()
        if summary is None or self._view.in_guided_mode() or not self._view.writable():
            return
        if not ConfirmDelete.ask(self._view, summary):
            return
        row = self._view.timeline.currentIndex().row()
        try:
            self._store.delete(summary.id)
        except StorageUnavailable as error:
            self._view.show_notice(describe(error))
            return
        # Gone from the pane at once: search results come back later, off the UI thread.
        self._view.reading.show_empty(journal_is_empty=False)
        self._view.timeline_model.reload()
        self._view.select_row(row)

    @Slot()
    def edit_details(self) -> None:
        """Ctrl+T: customer, deal and tags of the reflection on show."""
        shown = self._view.reading.reflection
        if shown is None or self._view.in_guided_mode():
            return
        details = DetailsDialog.ask(self._view, shown, self._store.facets())
        self._view.activateWindow()
        if details is None:
            return
        try:
            self._store.set_details(shown.id, details.customer, details.deal, details.tags)
        except StorageUnavailable as error:
            self._view.show_notice(describe(error))
            return
        self._view.library.refresh_choices()
        self._view.timeline_model.reload()
        self._view.select_reflection(shown.id)

    @Slot(str, bool)
    def set_private(self, question_id: str, private: bool) -> None:
        """A link under an answer: keep it from the coach and the PDF, or share it again."""
        shown = self._view.reading.reflection
        if shown is None or not self._view.writable():
            return
        try:
            self._store.set_private(shown.id, question_id, private)
        except StorageUnavailable as error:
            self._view.show_notice(describe(error))
            return
        reflection = self._store.get(shown.id)
        flow = self._view.flows.get(reflection.flow_id)
        self._view.reading.show_reflection(reflection, flow, at_question=question_id)
