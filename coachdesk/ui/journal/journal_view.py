"""The journal in the window: timeline and reflection side by side, or one question at a time."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QItemSelection, QModelIndex, Qt, Signal, Slot
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QLabel,
    QMenuBar,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from coachdesk.coaching.flows import Flow, FlowLibrary, with_extra_flows
from coachdesk.coaching.reflections import ReflectionSummary, walk_for
from coachdesk.settings import Settings
from coachdesk.storage import JournalError, JournalStore, StorageUnavailable
from coachdesk.ui.about_dialog import AboutDialog
from coachdesk.ui.common.dialogs import ConfirmDelete, ShortcutsDialog
from coachdesk.ui.common.messages import damage_found, describe, read_only_notice
from coachdesk.ui.common.theme import GRID, TEXT_SCALES, set_role
from coachdesk.ui.export.pdf_export import PdfExport
from coachdesk.ui.journal import flow_handover
from coachdesk.ui.journal.details_dialog import DetailsDialog
from coachdesk.ui.journal.flow_chooser import FlowChooser
from coachdesk.ui.journal.guided import GuidedPage
from coachdesk.ui.journal.journal_actions import SessionCommands, journal_actions, menu_titles
from coachdesk.ui.journal.library_column import LibraryColumn
from coachdesk.ui.journal.reading_pane import ReadingPane
from coachdesk.ui.loop.checkin_dialog import CheckInDialog
from coachdesk.ui.loop.insights_view import InsightsView
from coachdesk.ui.loop.loop_dialogs import NewCommitmentDialog
from coachdesk.ui.loop.story_bank import StoryBank
from coachdesk.ui.loop.this_week import ThisWeekPage
from coachdesk.ui.settings_dialog import Choices, SettingsDialog


@dataclass(frozen=True)
class ViewState:
    """Where the user is in the view: the page, the reflection on show, a walk, a search."""

    page: str
    selected: int | None
    guided: tuple[int, int] | None  # reflection id and question index
    search: str


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
        self._library = library
        self._settings = settings
        self._imported_flows = imported_flows  # where a coach's question sets are kept
        self._commands = commands or SessionCommands()

        self.library = LibraryColumn(store, library.flows, self)
        self.timeline_model = self.library.model
        self.timeline = self.library.view
        self.reading = ReadingPane(self)
        self.guided = GuidedPage(store, self)
        self.this_week = ThisWeekPage(store, self)
        self.stories = StoryBank(store, self)
        self.insights = InsightsView(store, self)

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
        for page in (self.this_week, self.stories, self.insights):
            self._pages.addWidget(page)
        # A line above everything while it holds: a journal open only for reading, a demo.
        self._banner = QLabel(self)
        self._banner.setWordWrap(True)
        self._banner.setContentsMargins(2 * GRID, GRID, 2 * GRID, GRID)
        self._banner.setAccessibleName(self.tr("About this journal"))
        set_role(self._banner, "warning")
        self._banner.hide()
        self._notice = QLabel(self)
        self._notice.setWordWrap(True)
        self._notice.setContentsMargins(2 * GRID, GRID, 2 * GRID, GRID)
        set_role(self._notice, "warning")
        self._notice.hide()
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
        self.actions_["import_flow"].setVisible(self._imported_flows is not None)
        self.actions_["encrypt"].setVisible(not encrypted)
        for name in ("passwd", "decrypt"):
            self.actions_[name].setVisible(encrypted)

    def build_menus(self, bar: QMenuBar) -> None:
        """The window's menus, every action with its shortcut shown."""
        self.actions_.build_menus(bar, menu_titles())
        self._update_actions()

    def _connect(self) -> None:
        self.timeline.selectionModel().selectionChanged.connect(self._on_timeline_selection_changed)
        self.timeline.activated.connect(self._on_timeline_activated)
        self.timeline_model.modelReset.connect(self._on_timeline_model_reset)
        self.reading.continue_requested.connect(self.open_current)
        self.reading.delete_requested.connect(self.delete_current)
        self.reading.new_requested.connect(self.new_reflection)
        self.reading.private_toggled.connect(self._on_reading_private_toggled)
        self.guided.reflection_finished.connect(self._on_guided_reflection_finished)
        self.guided.reflection_paused.connect(self._on_guided_reflection_paused)
        self.this_week.check_in_requested.connect(self.check_in)
        self.this_week.notice.connect(self.show_notice)
        self.stories.open_requested.connect(self._on_stories_open_requested)
        self.stories.copied.connect(self._on_stories_copied)
        self._copied = ""

    def _guided_mode(self) -> bool:
        return self._pages.currentWidget() is self.guided

    def _aside(self) -> bool:
        return self._pages.currentWidget() not in (self._splitter, self.guided)

    def _update_actions(self) -> None:
        self.actions_.update(
            guided=self._guided_mode(),
            aside=self._aside(),
            selected=self.reading.reflection is not None,
            read_only=self._store.read_only,
        )

    def _writable(self) -> bool:
        """False (and why, at the bottom) when the journal is open only for reading."""
        if self._store.read_only:
            self.show_notice(describe(StorageUnavailable("read-only")))
        return not self._store.read_only

    # Library side ----------------------------------------------------------------------

    def _selected_summary(self) -> ReflectionSummary | None:
        return self.timeline_model.summary_at(self.timeline.currentIndex().row())

    def _select_first(self, prefer_draft: bool = False) -> None:
        drafts = self._store.drafts() if prefer_draft else []
        row = self.timeline_model.row_of(drafts[0].id) if drafts else 0
        self._select_row(row)

    def _select_row(self, row: int) -> None:
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

    def _select_reflection(self, reflection_id: int) -> None:
        self._select_row(max(0, self.timeline_model.row_of(reflection_id)))

    def _show_selected(self) -> None:
        summary = self._selected_summary()
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

    @Slot(str, bool)
    def _on_reading_private_toggled(self, question_id: str, private: bool) -> None:
        shown = self.reading.reflection
        if shown is None or not self._writable():
            return
        try:
            self._store.set_private(shown.id, question_id, private)
        except StorageUnavailable as error:
            self.show_notice(describe(error))
            return
        reflection = self._store.get(shown.id)
        flow = self._library.get(reflection.flow_id)
        self.reading.show_reflection(reflection, flow, at_question=question_id)

    @Slot(QItemSelection, QItemSelection)
    def _on_timeline_selection_changed(self, _new: QItemSelection, _old: QItemSelection) -> None:
        self._show_selected()

    @Slot(QModelIndex)
    def _on_timeline_activated(self, _index: QModelIndex) -> None:
        summary = self._selected_summary()
        if summary and summary.is_draft and not self.timeline_model.searching:
            self.open_current()
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

    @Slot()
    def new_reflection(self) -> None:
        """Ctrl+N: choose a flow and begin at its first question."""
        if self._guided_mode() or not self._writable():
            return
        flow = FlowChooser.ask(self, self._library.flows)
        self.activateWindow()  # some platforms hand focus back to the window only lazily
        if flow is None:
            return
        try:
            reflection = self._store.start(flow)
        except StorageUnavailable as error:
            self.show_notice(describe(error))
            return
        self._enter_guided(reflection.id, at=0)

    @Slot()
    def open_current(self) -> None:
        """F2: continue a draft where it was left, or edit a finished reflection."""
        summary = self._selected_summary()
        if summary is None or self._guided_mode() or not self._writable():
            return
        self._enter_guided(summary.id, at=None if summary.is_draft else 0)

    def _enter_guided(self, reflection_id: int, at: int | None) -> None:
        reflection = self._store.get(reflection_id)
        flow = walk_for(reflection, self._library.get(reflection.flow_id))
        self._pages.setCurrentWidget(self.guided)
        self.guided.begin(flow, reflection, at)
        self._update_actions()

    @Slot()
    def delete_current(self) -> None:
        """Del: remove the selected reflection after asking."""
        summary = self._selected_summary()
        if summary is None or self._guided_mode() or not self._writable():
            return
        if not ConfirmDelete.ask(self, summary):
            return
        row = self.timeline.currentIndex().row()
        try:
            self._store.delete(summary.id)
        except StorageUnavailable as error:
            self.show_notice(describe(error))
            return
        # Gone from the pane at once: search results come back later, off the UI thread.
        self.reading.show_empty(journal_is_empty=False)
        self.timeline_model.reload()
        self._select_row(row)

    @Slot()
    def edit_details(self) -> None:
        """Ctrl+T: customer, deal and tags of the reflection on show."""
        shown = self.reading.reflection
        if shown is None or self._guided_mode():
            return
        details = DetailsDialog.ask(self, shown, self._store.facets())
        self.activateWindow()
        if details is None:
            return
        try:
            self._store.set_details(shown.id, details.customer, details.deal, details.tags)
        except StorageUnavailable as error:
            self.show_notice(describe(error))
            return
        self.library.refresh_choices()
        self.timeline_model.reload()
        self._select_reflection(shown.id)

    @Slot()
    def open_filters(self) -> None:
        """Ctrl+Shift+F: the filter panel, with the journal's customers, deals and tags."""
        self.library.refresh_choices()
        self.library.finder.open_filters()

    @Slot()
    def show_on_this_day(self) -> None:
        """Ctrl+D: what you reflected on this date in earlier years."""
        self.library.refresh_choices()
        self.library.finder.panel.choose_period("on-this-day")
        self.library.finder.open_filters()

    @Slot()
    def show_shortcuts(self) -> None:
        """F1: every shortcut, read from the actions themselves."""
        ShortcutsDialog.ask(self, [a for a in self.actions() if a.shortcut()])

    @Slot()
    def show_about(self) -> None:
        """Help → About: the version, the privacy promise and the licence."""
        AboutDialog.ask(self)

    # The coaching loop ------------------------------------------------------------------

    def _show_page(self, page: QWidget) -> None:
        if self._guided_mode():
            return
        self._pages.setCurrentWidget(page)
        self._update_actions()

    @Slot()
    def show_journal(self) -> None:
        """Ctrl+J (Esc from elsewhere): the timeline and the reflection on show."""
        self._show_page(self._splitter)
        self.timeline.setFocus()

    @Slot()
    def show_this_week(self) -> None:
        """Ctrl+H: commitments due, lessons coming back, a check-in when it is time."""
        self.this_week.refresh()
        self._show_page(self.this_week)
        self.this_week.focus_first()

    @Slot()
    def show_insights(self) -> None:
        """Ctrl+I: patterns in check-ins, deals and commitments."""
        self.insights.refresh()
        self._show_page(self.insights)
        self.insights.setFocus()

    @Slot()
    def show_stories(self) -> None:
        """Ctrl+Shift+Y: the story bank."""
        self.stories.refresh()
        self._show_page(self.stories)
        self.stories.take_focus()

    @Slot()
    def search(self) -> None:
        """Ctrl+F: back to the journal, into the search field."""
        self._show_page(self._splitter)
        self.library.finder.focus_search()

    @Slot()
    def check_in(self) -> None:
        """Ctrl+K: stress, energy, confidence and attention in a few seconds."""
        if not self._writable():
            return
        values = CheckInDialog.ask(self)
        self.activateWindow()
        if values is None:
            return
        try:
            self._store.add_check_in(
                values.stress, values.energy, values.confidence, values.attention, values.note
            )
        except StorageUnavailable as error:
            self.show_notice(describe(error))
            return
        self.show_notice(self.tr("Check-in saved."), warning=False)
        self._refresh_aside()

    @Slot()
    def new_commitment(self) -> None:
        """Ctrl+Shift+N: a commitment of your own, outside a reflection."""
        if not self._writable():
            return
        made = NewCommitmentDialog.ask(self)
        self.activateWindow()
        if made is None:
            return
        try:
            self._store.add_commitment(made.text, made.due)
        except StorageUnavailable as error:
            self.show_notice(describe(error))
            return
        self.show_notice(self.tr("Commitment added; it comes back in This week."), warning=False)
        self._refresh_aside()

    @Slot()
    def export_pdf(self) -> None:
        """Ctrl+E: a summary of a period, or the coaching prep, as a PDF (off the UI thread)."""
        if any(e.runner.running for e in self.findChildren(PdfExport)):
            self.show_notice(self.tr("A PDF is being exported already."), warning=False)
            return
        order = [flow.id for flow in self._library.flows]
        export = PdfExport(self._store, order, self.show_notice, self)
        if not export.ask():
            export.deleteLater()

    def _refresh_aside(self) -> None:
        page = self._pages.currentWidget()
        if page is self.this_week:
            self.this_week.refresh()
        elif page is self.stories:
            self.stories.refresh()
        elif page is self.insights:
            self.insights.refresh()

    @Slot(object)
    def _on_stories_open_requested(self, reflection_id: int) -> None:
        self.show_journal()
        self.library.finder.field.clear()
        self._select_reflection(reflection_id)

    def copied_text(self) -> str:
        """What this view last put on the clipboard (cleared again when locking)."""
        return self._copied

    def save_for_lock(self) -> bool:
        """Save the answer being typed; False (and a notice) if it could not be saved."""
        if not self._guided_mode() or self.guided.save_now():
            return True
        self.show_notice(self.tr("Not locked: your last answer could not be saved yet."))
        return False

    @property
    def flows(self) -> FlowLibrary:
        """The question sets on offer (shipped and imported)."""
        return self._library

    @Slot()
    def import_flow(self) -> None:
        """Coaching → Import a question set: a TOML file from a coach, checked whole."""
        if self._imported_flows is not None:
            self._add_flow(flow_handover.ask_import(self, self._library, self._imported_flows))

    def import_flow_from(self, source: Path) -> bool:
        """Import the flow in `source` (said why not, when not)."""
        assert self._imported_flows is not None
        flow = flow_handover.import_from(self, source, self._library, self._imported_flows)
        self._add_flow(flow)
        return flow is not None

    def _add_flow(self, flow: Flow | None) -> None:
        if flow is None:
            return
        self._library = with_extra_flows(self._library, FlowLibrary((flow,), ()))
        self.library.finder.panel.add_flow(flow)
        self.show_notice(
            self.tr("“%1” is imported; it is in the list of Ctrl+N.").replace("%1", flow.title),
            warning=False,
        )

    @Slot()
    def export_flow(self) -> None:
        """Coaching → Export a question set: any flow as a file to hand over."""
        written = flow_handover.ask_export(self, self._library)
        if written is not None:
            self.show_notice(self.tr("Exported to %1.").replace("%1", str(written)), warning=False)

    @Slot()
    def open_settings(self) -> None:
        """Journal → Settings: the look, the language, the auto-lock time, the curtain key."""
        s = self._settings
        current = Choices(s.auto_lock_minutes, s.curtain_key, s.appearance, s.language)
        chosen = SettingsDialog.ask(self, current)
        if chosen is None or chosen == current:
            return
        s.auto_lock_minutes = chosen.auto_lock_minutes
        s.curtain_key = chosen.curtain_key
        s.appearance = chosen.appearance
        s.language = chosen.language
        if (chosen.appearance, chosen.language) != (current.appearance, current.language):
            self.looks_changed.emit()  # this view is rebuilt in the new look
            return
        saved = self.tr("Settings saved; the lock time applies from the next unlock.")
        self.show_notice(saved, warning=False)

    @Slot()
    def larger_text(self) -> None:
        """Ctrl+Plus: larger text everywhere (remembered)."""
        self._step_text(+1)

    @Slot()
    def smaller_text(self) -> None:
        """Ctrl+Minus: smaller text everywhere (remembered)."""
        self._step_text(-1)

    @Slot()
    def normal_text(self) -> None:
        """Ctrl+0: the desktop's text size."""
        if self._settings.text_scale != 1.0:
            self._settings.text_scale = 1.0
            self.looks_changed.emit()

    def _step_text(self, step: int) -> None:
        scales = TEXT_SCALES
        now = min(range(len(scales)), key=lambda i: abs(scales[i] - self._settings.text_scale))
        chosen = scales[max(0, min(len(scales) - 1, now + step))]
        if chosen != self._settings.text_scale:
            self._settings.text_scale = chosen
            self.looks_changed.emit()

    @Slot()
    def _on_stories_copied(self) -> None:
        self._copied = QGuiApplication.clipboard().text()
        self.show_notice(self.tr("The story is on the clipboard."), warning=False)

    @Slot()
    def quit_app(self) -> None:
        """Ctrl+Q."""
        self.window().close()

    def show_banner(self, text: str) -> None:
        """A line at the top that stays (empty: gone): what kind of journal this is."""
        self._banner.setText(text)
        self._banner.setVisible(bool(text))

    def show_notice(self, text: str, warning: bool = True) -> None:
        """A calm line at the bottom of the window (hidden again when empty)."""
        set_role(self._notice, "warning" if warning else "soft")
        self._notice.setText(text)
        self._notice.setVisible(bool(text))

    # Leaving guided mode ---------------------------------------------------------------

    def _leave_guided(self, reflection_id: int) -> None:
        self._pages.setCurrentWidget(self._splitter)
        self.timeline_model.reload()
        self._select_reflection(reflection_id)
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
        page = self._pages.currentWidget()
        names: dict[QWidget | None, str] = {
            self.this_week: "this-week",
            self.insights: "insights",
            self.stories: "stories",
        }
        guided = None
        if self._guided_mode() and self.guided.reflection_id is not None:
            guided = (self.guided.reflection_id, self.guided.question_index)
        shown = self.reading.reflection
        return ViewState(
            page="guided" if guided else names.get(page, "journal"),
            selected=shown.id if shown else None,
            guided=guided,
            search=self.library.finder.field.text(),
        )

    def restore(self, state: ViewState) -> None:
        """Go back to where `state` was taken (in a view built afresh)."""
        if state.search:
            self.library.finder.field.setText(state.search)
        if state.selected is not None and self.timeline_model.row_of(state.selected) >= 0:
            self._select_reflection(state.selected)
        if state.guided is not None:
            reflection_id, index = state.guided
            try:
                self._enter_guided(reflection_id, at=index)
            except KeyError:
                pass  # deleted meanwhile
            return
        {
            "this-week": self.show_this_week,
            "insights": self.show_insights,
            "stories": self.show_stories,
        }.get(state.page, self.show_journal)()

    def pick_up_changes(self) -> None:
        """Another program wrote to the journal (`coachdesk import` beside the window): show
        it, where the user was. What is being typed is not touched."""
        shown = self.reading.reflection
        self.timeline_model.reload()
        if self._pages.currentWidget() is self._splitter:
            if shown is not None:
                self._select_reflection(shown.id)
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
        if not self._guided_mode() or self.guided.save_now():
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
        self._settings.splitter_state = self._splitter.saveState()

    @property
    def store(self) -> JournalStore:
        """The journal on show."""
        return self._store
