"""The left column: search and filters above the timeline (or the search results)."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Slot
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from coachdesk.coaching.filters import TimelineFilter
from coachdesk.coaching.flows import Flow
from coachdesk.storage import JournalError, JournalStore
from coachdesk.ui.common.announce import announce
from coachdesk.ui.common.messages import damage_found
from coachdesk.ui.common.theme import GRID, set_role
from coachdesk.ui.journal.finder import Finder
from coachdesk.ui.journal.search_runner import SearchRunner
from coachdesk.ui.journal.timeline_model import TimelineModel
from coachdesk.ui.journal.timeline_view import TimelineView

# A screen reader hears the count once typing pauses, not once for every letter.
COUNT_SAID_AFTER_MS = 600


class LibraryColumn(QWidget):
    """Finder, list, and a quiet line when nothing matches."""

    def __init__(
        self, store: JournalStore, flows: tuple[Flow, ...], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._store = store
        self.runner = SearchRunner(store, self)
        self.model = TimelineModel(store, self.runner, self)
        self.view = TimelineView(self)
        self.view.setModel(self.model)
        self.finder = Finder(flows, self)
        self._nothing = QLabel(self)
        self._nothing.setWordWrap(True)
        self._nothing.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        set_role(self._nothing, "soft")
        self._nothing.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.finder)
        layout.addWidget(self._nothing)
        layout.addWidget(self.view, 1)
        self._nothing.setContentsMargins(2 * GRID, 2 * GRID, 2 * GRID, 2 * GRID)
        self.finder.changed.connect(self._on_finder_changed)
        self.finder.left_downwards.connect(self.enter_list)
        self.model.modelReset.connect(self._on_model_model_reset)
        self.runner.failed.connect(self._on_runner_failed)
        self.model.failed.connect(self._on_runner_failed)
        self.model.counted.connect(self._on_model_counted)
        self._count = ""
        self._say_count = QTimer(self)
        self._say_count.setSingleShot(True)
        self._say_count.setInterval(COUNT_SAID_AFTER_MS)
        self._say_count.timeout.connect(self._on_say_count_timeout)
        self._on_model_model_reset()  # the first page may have failed already
        self.setTabOrder(self.finder.field, self.view)

    @Slot(object, str, bool)
    def _on_finder_changed(self, chosen: TimelineFilter, text: str, best: bool) -> None:
        self._say_count.stop()  # the count of what was typed before is no longer news
        self.model.show(chosen, text, best)

    @Slot(object)
    def _on_runner_failed(self, _error: JournalError) -> None:
        self._nothing.setText(damage_found())
        self._nothing.show()

    @Slot()
    def _on_model_model_reset(self) -> None:
        empty = self.model.rowCount() == 0
        chosen, text, _ = self.finder.current()
        narrowed = bool(text.strip()) or not chosen.is_empty
        if empty and self.model.searching:
            self._nothing.setText(self._no_mention(text))
        elif empty and narrowed:
            self._nothing.setText(self.tr("Nothing here with these filters."))
        if self.model.problem is not None:
            self._nothing.setText(damage_found())
        self._nothing.setVisible((empty and narrowed) or self.model.problem is not None)

    def _no_mention(self, text: str) -> str:
        return self.tr("No reflection mentions “%1”. Try fewer or shorter words.").replace(
            "%1", text.strip()
        )

    @Slot(str, int)
    def _on_model_counted(self, text: str, total: int) -> None:
        self._count = self.tr("%n reflections", "", total) if total else self._no_mention(text)
        self._say_count.start()

    @Slot()
    def _on_say_count_timeout(self) -> None:
        # From the search field, where the user is typing; nothing else moves. Also as the
        # field's description: Orca 43 speaks no announcements, but a description change of
        # the focused field it does (heard with make a11y-check --orca).
        self.finder.field.setAccessibleDescription(self._count)
        announce(self.finder.field, self._count)

    @Slot()
    def enter_list(self) -> None:
        """Move the keyboard from the search field into the list, on its first row."""
        if self.model.rowCount():
            if not self.view.currentIndex().isValid():
                self.view.setCurrentIndex(self.model.index(0))
            self.view.setFocus()

    def refresh_choices(self) -> None:
        """Offer the customers, deals and tags as they are now."""
        self.finder.panel.set_choices(self._store.facets())

    @Slot()
    def open_filters(self) -> None:
        """Ctrl+Shift+F: the filter panel, with the journal's customers, deals and tags."""
        self.refresh_choices()
        self.finder.open_filters()

    @Slot()
    def show_on_this_day(self) -> None:
        """Ctrl+D: what you reflected on this date in earlier years."""
        self.refresh_choices()
        self.finder.panel.choose_period("on-this-day")
        self.finder.open_filters()

    def stop(self) -> None:
        """End background work (the window is closing)."""
        self.runner.stop()
