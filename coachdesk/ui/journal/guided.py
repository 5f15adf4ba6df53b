"""Guided reflection: one question per screen, saved as you type."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt, QTimer, Signal, Slot
from PySide6.QtGui import QAccessible, QAccessibleEvent, QFont
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from coachdesk.coaching.conversation import Step, steps
from coachdesk.coaching.flows import Flow, Question, QuestionKind, QuestionRole
from coachdesk.coaching.reflections import Answer, Reflection
from coachdesk.storage import JournalStore, StorageUnavailable
from coachdesk.ui.attachments.kept_line import KeptLine
from coachdesk.ui.common.announce import announce
from coachdesk.ui.common.messages import describe
from coachdesk.ui.common.shortcuts import key_text
from coachdesk.ui.common.theme import GRID, QUESTION_SCALE, scaled_font, set_role
from coachdesk.ui.journal.answer_editors import (
    ChoiceAnswer,
    DueDate,
    ScaleAnswer,
    StageAnswer,
    TextAnswer,
)
from coachdesk.ui.journal.recall_line import RecallLine
from coachdesk.ui.journal.spell_check import SpellCheck

Editor = TextAnswer | ScaleAnswer | StageAnswer | ChoiceAnswer

# Typing pauses this long before the answer is written to the journal (the promise is 1 s).
AUTOSAVE_DELAY_MS = 600


class GuidedPage(QWidget):
    """Walks one reflection through its flow; the journal always holds what was typed."""

    reflection_finished = Signal(object)  # ids need 64 bits; a Qt int has 32
    reflection_paused = Signal(object)

    def __init__(
        self, store: JournalStore, parent: QWidget | None = None, recall: bool = True
    ) -> None:
        super().__init__(parent)
        self._store = store
        # Beside a "look back" question: the open commitments. Not in front of a coach, who
        # sees only the agenda.
        self._recall_shown = recall
        self._flow: Flow | None = None
        self._reflection: Reflection | None = None
        self._answers: dict[str, Answer] = {}
        self._steps: list[Step] = []  # the questions this reflection asks (conversation.py)
        self.listening = True  # ask follow-ups (Settings)
        self._index = 0
        self._dirty = False
        self._beginning = False  # begin() is showing the first question

        self._autosave = QTimer(self)
        self._autosave.setSingleShot(True)
        self._autosave.setInterval(AUTOSAVE_DELAY_MS)
        self._autosave.timeout.connect(self.save_now)

        self._flow_title = QLabel(self)
        self._step = QLabel(self)
        self._progress = QProgressBar(self)
        self._progress.setTextVisible(False)
        self._progress.setAccessibleName(self.tr("Progress through the questions"))
        self._question = QLabel(self)
        self._question.setWordWrap(True)
        self._question.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self._question.setFont(scaled_font(self, QUESTION_SCALE, QFont.Weight.Normal))
        self._hint = QLabel(self)
        self._hint.setWordWrap(True)
        self._status = QLabel(self)
        self._status.setWordWrap(True)
        self._keys = QLabel(
            self.tr("%1 next  ·  %2 back  ·  %3 continue later")
            .replace("%1", key_text("next"))
            .replace("%2", key_text("previous"))
            .replace("%3", key_text("later")),
            self,
        )
        for label, role in (
            (self._flow_title, "soft"),
            (self._step, "soft"),
            (self._hint, "soft"),
            (self._keys, "soft"),
            (self._question, "question"),
        ):
            set_role(label, role)

        self._text = TextAnswer(self)
        # This journal's words (not suggested in front of a coach); the dictionaries are shared.
        self.spelling = SpellCheck(store, self, shared_screen=not recall)
        self._text.check_spelling(self.spelling)
        self._scale = ScaleAnswer(self)
        self._stage = StageAnswer(self)
        self._choice = ChoiceAnswer(self)
        self._editors = QStackedWidget(self)
        for editor in (self._text, self._scale, self._stage, self._choice):
            self._editors.addWidget(editor)
            editor.changed.connect(self._on_editor_changed)
        self._due = DueDate(self)
        self._due.changed.connect(self._on_editor_changed)
        # Beside a "look back" question: the open commitments it asks about.
        self._recall = RecallLine(self)
        self._kept = KeptLine(self)

        self._back = QPushButton(self.tr("Back"), self)
        self._back.setAccessibleName(self.tr("Back to the previous question"))
        self._back.setToolTip(key_text("previous"))
        set_role(self._back, "quiet")
        self._later = QPushButton(self)
        self._later.setToolTip(key_text("later"))
        set_role(self._later, "quiet")
        self._forward = QPushButton(self)
        self._forward.setToolTip(key_text("next"))
        set_role(self._forward, "primary")
        self._back.clicked.connect(self.go_back)
        self._later.clicked.connect(self.pause)
        self._forward.clicked.connect(self.go_forward)

        self._build_layout()
        self.setTabOrder(self._editors, self._due)
        self.setTabOrder(self._due, self._forward)
        self.setTabOrder(self._forward, self._back)
        self.setTabOrder(self._back, self._later)

    def _build_layout(self) -> None:
        column = QVBoxLayout()
        column.setSpacing(2 * GRID)
        top = QHBoxLayout()
        top.addWidget(self._flow_title, 1)
        top.addWidget(self._step)
        column.addLayout(top)
        column.addWidget(self._progress)
        column.addSpacing(4 * GRID)
        column.addWidget(self._question)
        column.addWidget(self._hint)
        column.addSpacing(GRID)
        column.addWidget(self._recall)
        column.addWidget(self._editors, 1)
        column.addWidget(self._due)
        column.addWidget(self._kept)
        column.addWidget(self._status)
        buttons = QHBoxLayout()
        buttons.addWidget(self._back)
        buttons.addWidget(self._later)
        buttons.addStretch(1)
        buttons.addWidget(self._forward)
        column.addLayout(buttons)
        self._keys.setFont(scaled_font(self, 0.85))
        column.addWidget(self._keys, 0, Qt.AlignmentFlag.AlignRight)

        holder = QWidget(self)
        holder.setLayout(column)
        holder.setMaximumWidth(self._text.reading_width() + 4 * GRID)
        outer = QHBoxLayout(self)
        outer.setContentsMargins(4 * GRID, 5 * GRID, 4 * GRID, 4 * GRID)
        outer.addStretch(1)
        outer.addWidget(holder, 100)
        outer.addStretch(1)

    # Walking ---------------------------------------------------------------------------

    @property
    def question_index(self) -> int:
        """Which question is on screen (0 is the first)."""
        return self._index

    @property
    def reflection_id(self) -> int | None:
        """The reflection being walked, if any."""
        return self._reflection.id if self._reflection else None

    def begin(self, flow: Flow, reflection: Reflection, at: int | None = None) -> None:
        """Show `reflection`'s questions from `at` (default: where it was left)."""
        self._flow = flow
        self._reflection = reflection
        self._answers = {a.question_id: a for a in reflection.answers}
        self._steps = steps(flow, self._answers, self.listening)
        start = reflection.position if at is None else at
        # Showing the page already moved focus to the first field: a second Focus event for
        # it made Orca skip both as duplicates, and the first question went unsaid.
        self._beginning = True
        try:
            self._show(max(0, min(start, len(self._steps) - 1)))
        finally:
            self._beginning = False

    def _current(self) -> Question:
        return self._steps[self._index].question

    def _show(self, index: int) -> None:
        assert self._flow is not None and self._reflection is not None
        self._index = index
        total = len(self._steps)
        step = self._steps[index]
        question = step.question
        if step.is_follow_up and question.id not in self._answers:
            self._keep_asked(step)
        self._flow_title.setText(self._flow.title)
        self._step.setText(
            self.tr("%1 of %2").replace("%1", str(index + 1)).replace("%2", str(total))
        )
        self._progress.setRange(0, total)
        self._progress.setValue(index + 1)
        self._question.setText(question.text)
        self._question.setAccessibleName(question.text)
        # A follow-up says why it is asked, in the hint's quiet voice.
        hint = "\n".join(part for part in (step.why, question.hint) if part)
        self._hint.setText(hint)
        self._hint.setVisible(bool(hint))
        answer = self._answers.get(question.id)
        looking_back = self._recall_shown and question.role is QuestionRole.REVIEW_COMMITMENTS
        self._recall.show_for(self._store, looking_back)
        self.show_kept()
        self._due.setVisible(question.kind is QuestionKind.COMMITMENT)
        self._due.set_value(answer.due if answer else None)
        position = (
            self.tr("Question %1 of %2").replace("%1", str(index + 1)).replace("%2", str(total))
        )
        spoken = " ".join(part for part in (step.why, question.hint, position) if part)
        if question.kind is QuestionKind.SCALE:
            self._scale.set_question(question)
            self._scale.set_value(answer.rating if answer else None)
            editor: Editor = self._scale
        elif question.kind is QuestionKind.STAGE:
            self._stage.set_value(answer.stage if answer else None)
            editor = self._stage
        elif question.kind is QuestionKind.CHOICE:
            self._choice.set_question(question)
            self._choice.set_value(answer.choice if answer else None)
            editor = self._choice
        else:
            self._text.set_value(answer.text if answer else "")
            texts = [given.text for given in self._answers.values()]
            self._text.spell_as((self._reflection.id, question.id), texts)
            editor = self._text
        # What a screen reader says when focus lands: on Linux a choice is named by its own
        # text, so the question rides in the description of the group and of each choice.
        editor.describe(question.text, spoken)
        self._switch_to(editor)
        self._back.setEnabled(index > 0)
        if self._reflection.is_draft:
            self._later.setText(self.tr("Continue later"))
            self._later.setAccessibleName(self.tr("Continue later; your answers stay a draft"))
        else:
            self._later.setText(self.tr("Close"))
            self._later.setAccessibleName(self.tr("Close; your changes are saved"))
        self._dirty = False
        self._update_forward_label()

    def _switch_to(self, editor: Editor) -> None:
        before = QApplication.focusWidget()
        old = self._editors.currentWidget()
        if (
            old is not None
            and old is not editor
            and before is not None
            and old.isAncestorOf(before)
        ):
            # Focus moves straight from the old field to the new one before the old one hides:
            # hiding a focused field passes focus on (to Skip) and back, and a screen reader
            # would start to say "Skip", or the old question, before the new one.
            editor.setVisible(True)
            editor.focus_first()
        self._editors.setCurrentWidget(editor)
        editor.focus_first()
        after = QApplication.focusWidget()
        if after is not None and after is before and not self._beginning:
            # The same field for the next question: focus did not move, so nothing would be
            # spoken. Tell assistive technology that it landed again, with its new name.
            QAccessible.updateAccessibility(QAccessibleEvent(after, QAccessible.Event.Focus))

    def _keep_asked(self, step: Step) -> None:
        # A follow-up shown is kept at once, empty: what was asked stays part of the
        # reflection even if the answer that called for it is edited later.
        assert self._reflection is not None
        asked = step.blank(self._index)
        try:
            self._store.save_answer(self._reflection.id, asked)
        except StorageUnavailable as error:
            self._report(error)
            return
        self._answers[asked.question_id] = asked

    def _edited_answer(self) -> Answer:
        question = self._current()
        blank = self._steps[self._index].blank(self._index)
        if question.kind is QuestionKind.SCALE:
            return replace(blank, rating=self._scale.value())
        if question.kind is QuestionKind.STAGE:
            return replace(blank, stage=self._stage.value())
        if question.kind is QuestionKind.CHOICE:
            # The words chosen are kept as its text, as the prompt is: read, searched and
            # printed as they were shown.
            chosen = self._choice.value()
            label = next((c.label for c in question.choices if c.id == chosen), "")
            return replace(blank, choice=chosen, text=label)
        if question.kind is QuestionKind.COMMITMENT:
            return replace(blank, text=self._text.value(), due=self._due.value())
        return replace(blank, text=self._text.value())

    def _update_forward_label(self) -> None:
        assert self._flow is not None and self._reflection is not None
        last = self._index == len(self._steps) - 1 and not self._calls_for_more()
        if last:
            label = self.tr("Finish") if self._reflection.is_draft else self.tr("Done")
        else:
            label = self.tr("Next") if not self._edited_answer().is_empty else self.tr("Skip")
        self._forward.setText(label)
        self._forward.setAccessibleName(label)

    @Slot()
    def _on_editor_changed(self) -> None:
        self._dirty = True
        self._autosave.start()
        self._update_forward_label()

    # Saving ----------------------------------------------------------------------------

    @Slot()
    def save_now(self) -> bool:
        """Write the answer on screen if it changed; False (and a message) if it could not."""
        self._autosave.stop()
        if self._reflection is None or not self._dirty:
            return True
        answer = self._edited_answer()
        try:
            self._store.save_answer(self._reflection.id, answer)
        except StorageUnavailable as error:
            self._report(error)
            self._autosave.start(3000)  # try again; the text stays in the editor meanwhile
            return False
        self._answers[answer.question_id] = answer
        self._dirty = False
        self._status.clear()
        assert self._flow is not None
        self._steps = steps(self._flow, self._answers, self.listening)  # a follow-up, or
        return True  # another outcome's questions

    def _report(self, error: StorageUnavailable) -> None:
        text = self.tr("%1 What you wrote stays here; coachdesk keeps trying.").replace(
            "%1", describe(error)
        )
        news = text != self._status.text()  # said once, not at every retry
        self._status.setText(text)
        set_role(self._status, "warning")
        if news:
            announce(self._status, text, polite=False)

    def _move_to(self, index: int) -> None:
        assert self._reflection is not None
        if not self.save_now():
            return
        try:
            self._store.set_position(self._reflection.id, index)
        except StorageUnavailable:
            pass  # only the resume point is lost; the answers are safe
        self._show(index)

    @Slot()
    def go_forward(self) -> None:
        """Next question, or finish on the last one."""
        if self._flow is None or self._reflection is None:
            return
        if not self.save_now():
            return
        if self._index < len(self._steps) - 1:
            self._move_to(self._index + 1)
            return
        try:
            self._store.finish(self._reflection.id)
        except StorageUnavailable as error:
            self._report(error)
            return
        finished = self._reflection.id
        self._reflection = None
        self.reflection_finished.emit(finished)

    @Slot()
    def go_back(self) -> None:
        """The previous question."""
        if self._reflection is not None and self._index > 0:
            self._move_to(self._index - 1)

    @Slot()
    def pause(self) -> None:
        """Leave the reflection as it is; it waits as a draft (or stays finished)."""
        if self._reflection is None or not self.save_now():
            return
        paused = self._reflection.id
        try:
            if self._store.get(paused).is_blank and not self._store.attachment_counts([paused]):
                self._store.delete(paused)  # nothing typed, nothing kept (not even a photo)
            else:
                self._store.set_position(paused, self._index)
        except (StorageUnavailable, KeyError):
            pass  # only the resume point (or an empty draft's removal) is lost
        self._reflection = None
        self.reflection_paused.emit(paused)

    def _calls_for_more(self) -> bool:
        # The last question's answer, as typed, may call for a follow-up: "Next", not "Finish".
        if self._flow is None or not self.listening:
            return False
        typed = {**self._answers, self._current().id: self._edited_answer()}
        return len(steps(self._flow, typed, self.listening)) > len(self._steps)

    # For tests and the main window ---------------------------------------------------------

    def current_question(self) -> Question | None:
        """The question on screen."""
        return self._current() if self._flow and self._reflection else None

    def show_kept(self) -> None:
        """Name the pictures and files kept with the answer on screen."""
        question = self.current_question()
        if self._reflection is not None and question is not None:
            self._kept.show_for(self._store, self._reflection.id, question.id)

    def text_editor(self) -> TextAnswer:
        """The free-text answer field."""
        return self._text

    def scale_editor(self) -> ScaleAnswer:
        """The 1–5 answer."""
        return self._scale

    def stage_editor(self) -> StageAnswer:
        """The deal-stage answer."""
        return self._stage

    def choice_editor(self) -> ChoiceAnswer:
        """The answer to a question with its own choices."""
        return self._choice

    def current_step(self) -> Step | None:
        """The question on screen with, for a follow-up, why it is asked."""
        return self._steps[self._index] if self._flow and self._reflection else None
