"""One coaching hour from start to end: the plan, the coach view, what was kept, the summary.

The session owns the journal and starts the hour (session/hour.py); this object only runs
the hour and says when it is over.
"""

from __future__ import annotations

from datetime import date
from html import escape

from PySide6.QtCore import QObject, QTimer, Signal, Slot
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from coachdesk.coaching.flows import FlowLibrary
from coachdesk.coaching.reflections import walk_for
from coachdesk.coaching.sessions import ChartKey, CoachSession
from coachdesk.coaching.takeaway import look_back
from coachdesk.storage import JournalStore, StorageUnavailable
from coachdesk.ui.coaching_hour.coach_view import CoachView, agreed_line
from coachdesk.ui.coaching_hour.session_prep import SessionPlan
from coachdesk.ui.coaching_hour.takeaway_bar import TakeawayBar
from coachdesk.ui.common.formatting import long_date
from coachdesk.ui.common.messages import describe
from coachdesk.ui.common.theme import GRID
from coachdesk.ui.journal.flow_chooser import FlowChooser
from coachdesk.ui.loop.insights_view import chart_widget

NOTES_SAVE_DELAY_MS = 800  # like answers: written soon after typing pauses


class CoachingHour(QObject):
    """Runs one session in its own window; `ended` once the summary has been shown."""

    ended = Signal()

    def __init__(
        self,
        store: JournalStore,
        library: FlowLibrary,
        plan: SessionPlan,
        curtain_key: str,
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self._store = store
        self._library = library
        self._parent = parent
        self._made: list[int] = []
        self._notes = ""
        self.session = store.start_session(plan.goal, plan.agenda)
        self.view = CoachView(
            store, plan.agenda, self._chart, plan.minutes, curtain_key, goal=plan.goal
        )
        self._save_notes_soon = QTimer(self)
        self._save_notes_soon.setSingleShot(True)
        self._save_notes_soon.setInterval(NOTES_SAVE_DELAY_MS)
        self._save_notes_soon.timeout.connect(self.save_notes)
        self.view.notes_changed.connect(self._on_view_notes_changed)
        self.view.commitment_agreed.connect(self._on_view_commitment_agreed)
        self.view.reflect_requested.connect(self._on_view_reflect_requested)
        self.view.reflection_done.connect(self._on_view_reflection_done)
        self.view.end_requested.connect(self.end)

    def _chart(self, key: ChartKey, parent: QWidget) -> QWidget:
        return chart_widget(self._store, key.value, parent)

    def show(self) -> None:
        """Open the coach view (the window that is shared)."""
        self.view.show()
        self.view.raise_()
        self.view.activateWindow()

    # During the hour -----------------------------------------------------------------------

    @Slot(str)
    def _on_view_notes_changed(self, notes: str) -> None:
        self._notes = notes
        self._save_notes_soon.start()

    @Slot()
    def save_notes(self) -> bool:
        """Write the notes now; False (said in the view) if the journal refused."""
        self._save_notes_soon.stop()
        try:
            self._store.save_session_notes(self.session.id, self._notes)
        except StorageUnavailable as error:
            self.view.step.setText(describe(error))
            self._save_notes_soon.start(3000)  # the notes stay on screen; try again
            return False
        return True

    @Slot(str, object)
    def _on_view_commitment_agreed(self, text: str, due: date | None) -> None:
        # Without a day chosen, the store takes the one the words give ("by 18 Dec").
        try:
            self._store.add_commitment(text, due, session_id=self.session.id)
        except StorageUnavailable as error:
            self.view.agreement.setText(text)  # not lost: back in the fields
            self.view.agreement_due.set_value(due)
            self.view.step.setText(describe(error))
            return
        self.view.show_agreed(self._store.session_commitments(self.session.id))

    @Slot()
    def _on_view_reflect_requested(self) -> None:
        flow = FlowChooser.ask(self.view, self._library.flows)
        self.view.activateWindow()
        if flow is None:
            return
        try:
            reflection = self._store.start(flow, session_id=self.session.id)
        except StorageUnavailable as error:
            self.view.step.setText(describe(error))
            return
        self.view.reflect(walk_for(reflection, flow), reflection)

    @Slot(object)
    def _on_view_reflection_done(self, reflection_id: int) -> None:
        if reflection_id not in self._made:
            self._made.append(reflection_id)

    # The end -----------------------------------------------------------------------------

    @Slot()
    def end(self) -> None:
        """Keep everything, close the coach view, show what was discussed and agreed."""
        kept = self._close()
        if kept is not None:
            SessionSummary.ask(self._parent, self._store, kept, self._made)
            self.ended.emit()

    def stop(self) -> bool:
        """Keep everything and close, without a summary (the app quits, the laptop sleeps);
        False when what was typed could not be saved (the view says why, and stays)."""
        return self._close() is not None

    def _close(self) -> CoachSession | None:
        if not self.view.save_now() or not self.save_notes():
            return None  # the view says why; better a longer session than lost words
        if self.view.reflecting and self.view.guided.reflection_id is not None:
            self._on_view_reflection_done(self.view.guided.reflection_id)
        try:
            kept = self._store.end_session(self.session.id)
        except StorageUnavailable as error:
            self.view.step.setText(describe(error))
            return None
        self.view.dismiss()
        self.view.deleteLater()
        return kept


class SessionSummary(QDialog):
    """The end of the hour: the goal, what was on the agenda, the notes, what was agreed."""

    def __init__(
        self,
        store: JournalStore,
        session: CoachSession,
        made: list[int],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("The session is over"))
        self.text = QTextBrowser(self)
        self.text.setAccessibleName(self.tr("Summary of the session"))
        self.text.setHtml(self._html(store, session, made))
        # The take-away: only what the coach saw, to keep or to hand over.
        self.bar = TakeawayBar(self)
        self.bar.show_session(look_back(store, session))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setAccessibleName(self.tr("Close the summary"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(3 * GRID, 3 * GRID, 3 * GRID, 3 * GRID)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.bar)
        layout.addWidget(buttons)
        self.resize(GRID * 80, GRID * 75)

    def _html(self, store: JournalStore, session: CoachSession, made: list[int]) -> str:
        def section(title: str, lines: list[str]) -> str:
            if not lines:
                return ""
            items = "".join(f"<li>{escape(line)}</li>" for line in lines)
            return f"<h3>{escape(title)}</h3><ul>{items}</ul>"

        minutes = 0
        if session.ended_at is not None:
            minutes = round((session.ended_at - session.started_at).total_seconds() / 60)
        parts = [
            f"<p>{escape(long_date(session.started_at))} · "
            + escape(self.tr("%n minutes", "", minutes))
            + "</p>"
        ]
        if session.goal:
            parts.append("<h3>" + escape(self.tr("What you wanted")) + "</h3>")
            parts.append(f"<p>{escape(session.goal)}</p>")
        parts.append(section(self.tr("Discussed"), [item.title for item in session.agenda]))
        titles = []
        for reflection_id in made:
            try:
                reflection = store.get(reflection_id)
            except KeyError:
                continue
            titles.append(reflection.title or reflection.flow_title)
        parts.append(section(self.tr("Reflected on together"), titles))
        if session.notes.strip():
            parts.append("<h3>" + escape(self.tr("Notes")) + "</h3>")
            parts.append(f"<p style='white-space:pre-wrap'>{escape(session.notes)}</p>")
        agreed = [agreed_line(c) for c in store.session_commitments(session.id)]
        parts.append(section(self.tr("Agreed"), agreed))
        if agreed:
            back = self.tr("What you agreed comes back in This week until it is done.")
            parts.append(f"<p>{escape(back)}</p>")
        return "".join(parts)

    @classmethod
    def ask(
        cls, parent: QWidget | None, store: JournalStore, session: CoachSession, made: list[int]
    ) -> None:
        """Show the summary until it is closed."""
        dialog = cls(store, session, made, parent)
        try:
            dialog.exec()
        finally:
            dialog.deleteLater()
