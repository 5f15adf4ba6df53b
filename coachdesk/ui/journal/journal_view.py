"""The journal in the window: timeline and reflection side by side, or one question at a time."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QItemSelection, QModelIndex, Qt, Signal, Slot
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QMenuBar,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from coachdesk.coaching.deals import Subject
from coachdesk.coaching.flows import FREE_NOTE_ID, Flow, FlowLibrary
from coachdesk.coaching.reflections import ReflectionSummary, walk_for
from coachdesk.settings import Settings
from coachdesk.storage import JournalError, JournalStore, StorageUnavailable
from coachdesk.ui.attachments.attachment_commands import AttachmentCommands
from coachdesk.ui.common.messages import damage_found, describe, read_only_notice
from coachdesk.ui.common.theme import GRID
from coachdesk.ui.deals.deals_page import DealsPage
from coachdesk.ui.export.pdf_export import export_pdf
from coachdesk.ui.journal.flow_commands import FlowCommands
from coachdesk.ui.journal.guided import GuidedPage
from coachdesk.ui.journal.import_commands import ImportCommands
from coachdesk.ui.journal.journal_actions import SessionCommands, journal_actions, menu_titles
from coachdesk.ui.journal.library_column import LibraryColumn
from coachdesk.ui.journal.notice_line import NoticeLine
from coachdesk.ui.journal.reading_pane import ReadingPane
from coachdesk.ui.journal.reflection_commands import ReflectionCommands
from coachdesk.ui.journal.view_state import ViewState
from coachdesk.ui.journal_files import place_journals
from coachdesk.ui.loop.insights_view import InsightsView
from coachdesk.ui.loop.loop_commands import LoopCommands
from coachdesk.ui.loop.story_bank import StoryBank
from coachdesk.ui.loop.this_week import ThisWeekPage
from coachdesk.ui.window_commands import WindowCommands


class JournalView(QWidget):
    """Everything a salesperson does alone with the journal (the main window's content)."""

    looks_changed = Signal()  # appearance, language or text size: the session applies them

    def __init__(
        self,
        store: JournalStore,
        library: FlowLibrary,
        settings: Settings,
        parent: QWidget | None = None,
        imported_flows: Path | None = None,
        commands: SessionCommands | None = None,
    ) -> None:
        super().__init__(parent)
        self._store = store
        self._settings = settings
        # The commands of the menus, each owned by the object of its concern.
        self.flow_commands = FlowCommands(self, library, imported_flows, self._say)
        self.loop_commands = LoopCommands(
            self, store, self.show_notice, self._refresh_aside, self.writable
        )
        self.reflection_commands = ReflectionCommands(self, store)
        self.window_commands = WindowCommands(
            self, settings, self.looks_changed.emit, self._say, store.path
        )
        self.import_commands = ImportCommands(
            self,
            store,
            lambda: self._library.get(FREE_NOTE_ID),
            self._show_imported,
            self.show_notice,
        )
        self._commands = commands or SessionCommands()

        self.library = LibraryColumn(store, library.flows, self)
        self.timeline_model = self.library.model
        self.timeline = self.library.view
        self.reading = ReadingPane(self)
        self.guided = GuidedPage(store, self)
        self.this_week = ThisWeekPage(store, self)
        self.stories = StoryBank(store, self)
        self.insights = InsightsView(store, self)
        self.deals = DealsPage(store, self)
        self.attachment_commands = AttachmentCommands(self, store)

        self._splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self._splitter.addWidget(self.library)
        self._splitter.addWidget(self.reading)
        self._splitter.setStretchFactor(1, 1)
        self._splitter.setSizes([GRID * 44, GRID * 100])
        self._splitter.setChildrenCollapsible(False)
        self._splitter.setHandleWidth(1)
        self.library.setMinimumWidth(GRID * 36)

        self._pages = QStackedWidget(self)
        self._pages.addWidget(self._splitter)
        self._pages.addWidget(self.guided)
        for page in (self.this_week, self.stories, self.insights, self.deals):
            self._pages.addWidget(page)
        # A line above everything while it holds (a journal open only for reading, a
        # demo), and a calm one at the bottom for what just happened.
        self._banner = NoticeLine(self, self.tr("About this journal"))
        self._notice = NoticeLine(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self._banner)
        layout.addWidget(self._pages, 1)
        layout.addWidget(self._notice)

        self._build_actions()
        self._connect()
        if store.read_only and store.path is not None:
            self.reading.set_read_only(True)
            self.show_banner(read_only_notice(store.path.parent))
        if not settings.splitter_state.isEmpty():
            self._splitter.restoreState(settings.splitter_state)
        self._select_first(prefer_draft=True)
        if library.errors:
            self.show_notice(
                self.tr("Some question sets could not be read and were left out: %1").replace(
                    "%1", "; ".join(str(e) for e in library.errors)
                )
            )

    # Actions ---------------------------------------------------------------------------

    def _build_actions(self) -> None:
        self.actions_ = journal_actions(self, self._commands)
        encrypted = self._store.encrypted
        self.actions_["import_flow"].setVisible(self.flow_commands.imported_flows is not None)
        self.actions_["encrypt"].setVisible(not encrypted)
        for name in ("passwd", "recovery", "decrypt"):
            self.actions_[name].setVisible(encrypted)

    def build_menus(self, bar: QMenuBar) -> None:
        """The window's menus, every action with its shortcut shown."""
        self.actions_.build_menus(bar, menu_titles())
        if self._commands.recent_journals is not None:
            recent = self._commands.recent_journals(bar)
            place_journals(self.actions_["new_journal"], self.actions_["open_journal"], recent)
        self._update_actions()

    def _connect(self) -> None:
        self.timeline.selectionModel().selectionChanged.connect(self._on_timeline_selection_changed)
        self.timeline.activated.connect(self._on_timeline_activated)
        self.timeline_model.modelReset.connect(self._on_timeline_model_reset)
        self.reading.continue_requested.connect(self.reflection_commands.open_current)
        self.reading.delete_requested.connect(self.reflection_commands.delete_current)
        self.reading.new_requested.connect(self.reflection_commands.new_reflection)
        self.reading.private_toggled.connect(self.reflection_commands.set_private)
        self.guided.reflection_finished.connect(self._on_guided_reflection_finished)
        self.guided.reflection_paused.connect(self._on_guided_reflection_paused)
        self.this_week.check_in_requested.connect(self.loop_commands.check_in)
        self.this_week.notice.connect(self.show_notice)
        self.stories.open_requested.connect(self._on_stories_open_requested)
        self.stories.copied.connect(self._on_stories_copied)
        self.deals.open_requested.connect(self._on_stories_open_requested)
        self.reading.subject_requested.connect(self.show_subject)
        self.flow_commands.added.connect(self._on_flow_commands_added)
        self._copied = ""

    def in_guided_mode(self) -> bool:
        return self._pages.currentWidget() is self.guided

    def _aside(self) -> bool:
        return self._pages.currentWidget() not in (self._splitter, self.guided)

    def _update_actions(self) -> None:
        self.actions_.update(
            guided=self.in_guided_mode(),
            aside=self._aside(),
            selected=self.reading.reflection is not None,
            read_only=self._store.read_only,
        )

    def writable(self) -> bool:
        """False (and why, at the bottom) when the journal is open only for reading."""
        if self._store.read_only:
            self.show_notice(describe(StorageUnavailable("read-only")))
        return not self._store.read_only

    # Library side ----------------------------------------------------------------------

    def selected_summary(self) -> ReflectionSummary | None:
        return self.timeline_model.summary_at(self.timeline.currentIndex().row())

    def _select_first(self, prefer_draft: bool = False) -> None:
        drafts = self._store.drafts() if prefer_draft else []
        row = self.timeline_model.row_of(drafts[0].id) if drafts else 0
        self.select_row(row)

    def select_row(self, row: int) -> None:
        # An empty journal needs no empty list beside the welcome.
        journal_is_empty = self._store.count() == 0
        self.library.setVisible(not journal_is_empty)
        if self.timeline_model.rowCount() == 0:
            self.reading.show_empty(journal_is_empty)
            self._update_actions()
            return
        row = max(0, min(row, self.timeline_model.rowCount() - 1))
        self.timeline.setCurrentIndex(self.timeline_model.index(row))
        self._show_selected()

    def select_reflection(self, reflection_id: int) -> None:
        self.select_row(max(0, self.timeline_model.row_of(reflection_id)))

    def _show_selected(self) -> None:
        summary = self.selected_summary()
        if summary is None:
            self.reading.show_empty(journal_is_empty=self.timeline_model.rowCount() == 0)
        else:
            try:
                reflection = self._store.get(summary.id)
            except KeyError:  # deleted meanwhile: the results are still being made again
                self.reading.show_empty(journal_is_empty=False)
                self._update_actions()
                self.timeline_model.reload()
                return
            except JournalError:  # damaged where it is stored: say so, show nothing of it
                self.reading.show_empty(journal_is_empty=False)
                self.show_notice(damage_found())
                return
            row = self.timeline.currentIndex().row()
            self.reading.show_reflection(
                reflection,
                self._library.get(reflection.flow_id),
                at_question=self.timeline_model.question_at(row),
            )
        self._update_actions()

    @Slot(QItemSelection, QItemSelection)
    def _on_timeline_selection_changed(self, _new: QItemSelection, _old: QItemSelection) -> None:
        self._show_selected()

    @Slot(QModelIndex)
    def _on_timeline_activated(self, _index: QModelIndex) -> None:
        summary = self.selected_summary()
        if summary and summary.is_draft and not self.timeline_model.searching:
            self.reflection_commands.open_current()
        else:
            self.reading.setFocus()  # Enter: read it, at the answer that matched

    @Slot()
    def _on_timeline_model_reset(self) -> None:
        # A new search or filter keeps the reflection on the right; only an empty
        # journal brings the welcome back.
        if self._store.count() == 0:
            self.reading.show_empty(journal_is_empty=True)
        self._update_actions()

    # Commands --------------------------------------------------------------------------

    def enter_guided(self, reflection_id: int, at: int | None) -> None:
        reflection = self._store.get(reflection_id)
        flow = walk_for(reflection, self._library.get(reflection.flow_id))
        self._pages.setCurrentWidget(self.guided)
        self.guided.listening = self._settings.follow_ups  # as set now (Settings)
        self.guided.begin(flow, reflection, at)
        self._update_actions()

    # The coaching loop ------------------------------------------------------------------

    def _show_page(self, page: QWidget) -> None:
        if self.in_guided_mode():
            return
        self._pages.setCurrentWidget(page)
        self._update_actions()

    @Slot()
    def show_journal(self) -> None:
        """Ctrl+J (Esc from elsewhere): the timeline and the reflection on show."""
        self._show_page(self._splitter)
        self.timeline.setFocus()

    def _show_aside(self, page: ThisWeekPage | StoryBank | InsightsView | DealsPage) -> None:
        """A page beside the journal, read again, shown, and the keyboard on it."""
        page.refresh()
        self._show_page(page)
        page.take_focus()

    @Slot()
    def show_this_week(self) -> None:
        """Ctrl+H: commitments due, lessons coming back, a check-in when it is time."""
        self._show_aside(self.this_week)

    @Slot()
    def show_insights(self) -> None:
        """Ctrl+I: patterns in check-ins, deals and commitments."""
        self._show_aside(self.insights)

    @Slot()
    def show_stories(self) -> None:
        """Ctrl+Shift+Y: the story bank."""
        self._show_aside(self.stories)

    @Slot()
    def show_deals(self) -> None:
        """Ctrl+Shift+D: every deal and customer, each with its whole story."""
        self._show_aside(self.deals)

    @Slot(object)
    def show_subject(self, subject: Subject) -> None:
        """The page of one deal or customer (clicked in the reading pane)."""
        self.deals.show_subject(subject)
        self._show_page(self.deals)
        self.deals.text.setFocus()

    @Slot()
    def search(self) -> None:
        """Ctrl+F: back to the journal, into the search field."""
        self._show_page(self._splitter)
        self.library.finder.focus_search()

    @Slot()
    def export_pdf(self) -> None:
        """Ctrl+E."""
        export_pdf(self, self._store, [f.id for f in self._library.flows], self.show_notice)

    def _refresh_aside(self) -> None:
        page = self._pages.currentWidget()
        if page in (self.this_week, self.stories, self.insights, self.deals):
            page.refresh()

    @Slot(object)
    def _on_stories_open_requested(self, reflection_id: int) -> None:
        self.show_journal()
        self.library.finder.field.clear()
        self.select_reflection(reflection_id)

    def copied_text(self) -> str:
        """What this view last put on the clipboard (cleared again when locking)."""
        return self._copied

    def remember_copied(self, text: str) -> None:
        """A window of this journal put `text` on the clipboard (Past sessions' Copy): it
        is taken off again when the journal locks, as the view's own."""
        self._copied = text

    def save_for_lock(self) -> bool:
        """Save the answer being typed; False (and a notice) if it could not be saved."""
        if not self.in_guided_mode() or self.guided.save_now():
            return True
        self.show_notice(self.tr("Not locked: your last answer could not be saved yet."))
        return False

    @property
    def flows(self) -> FlowLibrary:
        """The question sets on offer (shipped and imported)."""
        return self.flow_commands.library

    @property
    def _library(self) -> FlowLibrary:
        return self.flow_commands.library

    @Slot()
    def _on_stories_copied(self) -> None:
        self._copied = QGuiApplication.clipboard().text()
        self.show_notice(self.tr("The story is on the clipboard."), warning=False)

    def _say(self, text: str) -> None:
        self.show_notice(text, warning=False)

    @Slot(object)
    def _on_flow_commands_added(self, flow: Flow) -> None:
        self.library.finder.panel.add_flow(flow)

    def show_banner(self, text: str) -> None:
        """A line at the top that stays (empty: gone): what kind of journal this is."""
        self._banner.say(text)

    def show_notice(self, text: str, warning: bool = True) -> None:
        """A calm line at the bottom of the window (hidden again when empty), also told to a
        screen reader: at once when it is a warning (a failed save, a failed export)."""
        self._notice.say(text, warning, aloud=True)

    # Leaving guided mode ---------------------------------------------------------------

    def _leave_guided(self, reflection_id: int) -> None:
        self._pages.setCurrentWidget(self._splitter)
        self.timeline_model.reload()
        self.select_reflection(reflection_id)
        self.timeline.setFocus()

    @Slot(object)
    def _on_guided_reflection_finished(self, reflection_id: int) -> None:
        self._leave_guided(reflection_id)

    @Slot(object)
    def _on_guided_reflection_paused(self, reflection_id: int) -> None:
        self._leave_guided(reflection_id)

    # Window ----------------------------------------------------------------------------

    def state(self) -> ViewState:
        """Where the user is, to come back to after the view is rebuilt."""
        return ViewState.of(self)

    def restore(self, state: ViewState) -> None:
        """Go back to where `state` was taken (in a view built afresh)."""
        state.restore_into(self)

    def current_page(self) -> QWidget | None:
        """The page on show: the journal, guided reflection, This week, stories, insights."""
        return self._pages.currentWidget()

    def _show_imported(self, added: list[int]) -> None:
        """After Journal → Import…: the timeline with the newest reflection that came in."""
        self.show_journal()
        self.library.finder.field.clear()
        self.timeline_model.reload()
        if added:
            self.select_reflection(max(added))  # ids follow the time written

    def pick_up_changes(self) -> None:
        """Another program wrote to the journal (`coachdesk import` beside the window): show
        it, where the user was. What is being typed is not touched."""
        shown = self.reading.reflection
        self.timeline_model.reload()
        if self._pages.currentWidget() is self._splitter:
            if shown is not None:
                self.select_reflection(shown.id)
            else:
                self._select_first()
        self._refresh_aside()

    def come_back(self) -> None:
        """After a coaching session: show what the journal holds now."""
        self.timeline_model.reload()
        self._pages.setCurrentWidget(self._splitter)
        self._select_first()
        self.take_focus()

    def take_focus(self) -> None:
        """Start where a user starts: This week if something is due, else the list (or
        New reflection in an empty journal)."""
        if self._store.count() == 0:
            self.reading.show_empty(journal_is_empty=True)
        elif self.this_week.has_something():
            self.show_this_week()
        else:
            self.timeline.setFocus()

    def can_close(self) -> bool:
        """Save what is on screen; False only if it could not be saved and the user
        chose to stay."""
        if not self.in_guided_mode() or self.guided.save_now():
            return True
        answer = QMessageBox.warning(
            self,
            self.tr("Not saved"),
            self.tr(
                "Your last answer could not be saved yet. If you quit now, "
                "what you typed since the last save is lost."
            ),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Discard

    def shut_down(self) -> None:
        """The window is closing: stop background work, remember the layout."""
        self.library.stop()
        self.attachment_commands.shut_down()  # thumbnails forgotten, opened copies removed
        self._settings.splitter_state = self._splitter.saveState()

    @property
    def store(self) -> JournalStore:
        """The journal on show."""
        return self._store
