"""This week: what comes back to you now — commitments due, lessons, a check-in. No nagging."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from functools import partial

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from coachdesk.coaching.commitments import Commitment, CommitmentState
from coachdesk.coaching.revisits import Revisit, RevisitState
from coachdesk.storage import JournalStore, StorageUnavailable
from coachdesk.ui.common.formatting import short_date
from coachdesk.ui.common.messages import describe
from coachdesk.ui.common.theme import (
    GRID,
    QUESTION_SCALE,
    READING_WIDTH_CHARS,
    scaled_font,
    set_role,
)
from coachdesk.ui.loop.commitment_review import CommitmentReview
from coachdesk.ui.loop.loop_dialogs import NewCommitmentDialog, TextPrompt

# Rows of one group on the page; the rest wait behind one line. Ten years of unfinished
# business must not become ten thousand widgets (nor a wall of text to a coach's eye).
SHOWN = 5


class ThisWeekPage(QWidget):
    """What comes back now, by the one rule (coaching/due.py); built when shown, a screenful
    at most, and built anew on every refresh."""

    check_in_requested = Signal()
    notice = Signal(str)

    def __init__(self, store: JournalStore, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._scroll = QScrollArea(self)
        self._scroll.setWidgetResizable(True)
        self._scroll.setFrameShape(QFrame.Shape.NoFrame)
        self._scroll.setAccessibleName(self.tr("This week"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._scroll)
        self._first_button: QPushButton | None = None

    # What is due -------------------------------------------------------------------------

    def has_something(self) -> bool:
        """True when anything asks for attention this week."""
        return self._store.what_is_due().asks_attention

    # Building the page ---------------------------------------------------------------------

    def refresh(self) -> None:
        """Show what is due now; lessons beyond the few shown are set aside."""
        facts = self._store.due_facts()  # read once: for the page and for the schedule
        due = self._store.what_is_due(facts)
        self._store.keep_schedule(facts)  # the plain schedule `coachdesk remind` reads
        try:
            self._store.set_aside(due.skipped)
        except StorageUnavailable:
            pass  # a read-only journal: they are simply not shown
        self._first_button = None
        page = QWidget()
        column = QVBoxLayout(page)
        column.setContentsMargins(6 * GRID, 5 * GRID, 6 * GRID, 5 * GRID)
        column.setSpacing(2 * GRID)
        title = QLabel(self.tr("This week"), page)
        title.setFont(scaled_font(self, QUESTION_SCALE))
        column.addWidget(title)
        if due.invite_check_in:
            # Friday to Sunday the week is turning; on a Monday morning it has only begun.
            at_the_end = self._store.now().astimezone().isoweekday() >= 5
            self._sentence(
                column,
                self.tr("The week is turning. How are you? A check-in takes ten seconds.")
                if at_the_end
                else self.tr("How are you? A check-in takes ten seconds."),
            )
            self._buttons(
                column,
                [(self.tr("Check in"), self.tr("Check in now"), self.check_in_requested.emit)],
            )
        if due.due:
            self._heading(column, self.tr("Commitments that are due"))
            self._commitments(column, due.due, self.tr("Commitments that are due"))
        if due.still_on_list:
            self._heading(column, self.tr("Still on your list?"))
            self._commitments(column, due.still_on_list, self.tr("Still on your list?"), ask=True)
        for lesson in due.lessons:
            self._lesson(column, lesson)
        listed = due.asks_attention or due.later or due.older
        if not listed:
            self._sentence(column, self.tr("Nothing asks for your attention this week. Good."))
        elif not due.asks_attention:
            self._sentence(column, self.tr("Nothing is due this week."))
        if due.later:
            # "Other" only when commitments that are due stand above them.
            heading = self.tr("Other open commitments") if due.due else self.tr("Open commitments")
            self._heading(column, heading)
            self._commitments(column, due.later, heading)
        if due.older:
            self._older(column, due.older)
        self._buttons(
            column,
            [(self.tr("Add a commitment…"), self.tr("Add a commitment"), self._add_commitment)],
            quiet=True,
        )
        column.addStretch(1)
        holder = QWidget()
        across = QHBoxLayout(holder)
        across.addStretch(1)
        page.setMaximumWidth(self.fontMetrics().averageCharWidth() * (READING_WIDTH_CHARS + 20))
        across.addWidget(page, 100)
        across.addStretch(1)
        self._scroll.setWidget(holder)

    def _commitments(
        self, column: QVBoxLayout, group: list[Commitment], title: str, ask: bool = False
    ) -> None:
        for commitment in group[:SHOWN]:
            self._commitment(column, commitment, ask)
        rest = group[SHOWN:]
        if rest:
            line = self.tr("%n more — look through them", "", len(rest))
            self._buttons(column, [(line, line, partial(self._review, rest, title))], quiet=True)

    def _older(self, column: QVBoxLayout, older: list[Commitment]) -> None:
        # One quiet line for what slipped long ago: a coach brings it up once, not item by item.
        line = self.tr("%n older commitments — look through them", "", len(older))
        title = self.tr("Older commitments")
        column.addSpacing(GRID)
        self._buttons(column, [(line, line, partial(self._review, older, title))], quiet=True)

    def _heading(self, column: QVBoxLayout, text: str) -> None:
        heading = QLabel(text)
        heading.setFont(scaled_font(self, 1.1))
        column.addSpacing(GRID)
        column.addWidget(heading)

    def _sentence(self, column: QVBoxLayout, text: str, soft: bool = False) -> QLabel:
        label = QLabel(text)
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        if soft:
            set_role(label, "soft")
        column.addWidget(label)
        return label

    def _buttons(
        self,
        column: QVBoxLayout,
        buttons: Sequence[tuple[str, str, Callable[[], object]]],
        quiet: bool = False,
    ) -> None:
        row = QHBoxLayout()
        row.setSpacing(GRID)
        for text, name, slot in buttons:
            button = QPushButton(text)
            button.setAccessibleName(name)
            set_role(button, "quiet" if quiet else "")
            button.clicked.connect(slot)
            row.addWidget(button)
            if self._first_button is None:
                self._first_button = button
        row.addStretch(1)
        column.addLayout(row)

    def _commitment(self, column: QVBoxLayout, commitment: Commitment, ask: bool) -> None:
        due = (
            self.tr("due %1").replace("%1", short_date(commitment.due))
            if commitment.due
            else self.tr("made %1").replace("%1", short_date(commitment.created_at.date()))
        )
        self._sentence(column, commitment.text)
        self._sentence(column, due, soft=True)
        keep = (
            self.tr("Still on it"),
            self.tr("Still on my list: %1").replace("%1", commitment.text),
            partial(self._keep, commitment),
        )
        self._buttons(
            column,
            ([keep] if ask else [])
            + [
                (
                    self.tr("Done…"),
                    self.tr("Done: %1").replace("%1", commitment.text),
                    partial(self._close, commitment, CommitmentState.DONE),
                ),
                (
                    self.tr("Let go…"),
                    self.tr("Let go: %1").replace("%1", commitment.text),
                    partial(self._close, commitment, CommitmentState.LET_GO),
                ),
            ],
            quiet=True,
        )

    def _lesson(self, column: QVBoxLayout, lesson: Revisit) -> None:
        worded = {
            1: self.tr("A week ago you concluded:"),
            3: self.tr("Three weeks ago you concluded:"),
            8: self.tr("Eight weeks ago you concluded:"),
        }
        ago = worded.get(lesson.weeks) or self.tr("%1 weeks ago you concluded:").replace(
            "%1", str(lesson.weeks)
        )
        self._heading(column, ago)
        self._sentence(column, f"“{lesson.lesson.strip()}”")
        self._sentence(column, self.tr("What has happened with it since?"), soft=True)
        self._buttons(
            column,
            [
                (
                    self.tr("Answer…"),
                    self.tr("Answer about this lesson"),
                    partial(self._answer, lesson),
                ),
                (
                    self.tr("Not now"),
                    self.tr("Put this lesson aside"),
                    partial(self._dismiss, lesson),
                ),
            ],
            quiet=True,
        )

    # Acting on it --------------------------------------------------------------------------

    def _store_safely(self, change: Callable[[], None]) -> None:
        try:
            change()
        except StorageUnavailable as error:
            self.notice.emit(describe(error))
            return
        self.refresh()

    def _close(self, commitment: Commitment, state: CommitmentState) -> None:
        title = self.tr("Done") if state is CommitmentState.DONE else self.tr("Let go")
        outcome = TextPrompt.ask(
            self, title, self.tr("What happened?"), commitment.text, self.tr("Save")
        )
        if outcome is not None:
            self._store_safely(lambda: self._store.close_commitment(commitment.id, state, outcome))

    def _keep(self, commitment: Commitment) -> None:
        self._store_safely(lambda: self._store.keep_commitments([commitment.id]))

    def _review(self, group: list[Commitment], title: str) -> None:
        if CommitmentReview.ask(self, self._store, group, title):
            self.refresh()

    def _answer(self, lesson: Revisit) -> None:
        answer = TextPrompt.ask(
            self,
            self.tr("A lesson comes back"),
            self.tr("What has happened with it since?"),
            lesson.lesson,
            self.tr("Save"),
        )
        if answer is not None:
            self._store_safely(
                lambda: self._store.close_revisit(lesson.id, RevisitState.ANSWERED, answer)
            )

    def _dismiss(self, lesson: Revisit) -> None:
        self._store_safely(lambda: self._store.close_revisit(lesson.id, RevisitState.DISMISSED))

    def _add_commitment(self) -> None:
        made = NewCommitmentDialog.ask(self)
        if made is not None:
            self._store_safely(lambda: self._add(made.text, made.due))

    def _add(self, text: str, due: date | None) -> None:
        self._store.add_commitment(text, due)

    def take_focus(self) -> None:
        """The keyboard starts on the first thing to do."""
        if self._first_button is not None:
            self._first_button.setFocus()
