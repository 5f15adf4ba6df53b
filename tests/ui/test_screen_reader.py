"""What a screen reader gets: role, name, description and text of what takes focus."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAccessible, QAccessibleEvent, QAccessibleInterface
from PySide6.QtWidgets import QApplication, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from coachdesk.coaching.flows import FlowLibrary, QuestionKind
from coachdesk.coaching.reflections import Answer, NewReflection
from coachdesk.ui.journal.journal_view import JournalView
from tests.platforms import key_of
from tests.ui.conftest import OpenWindow
from tests.ui.keyboard import focused, press

CTRL = Qt.KeyboardModifier.ControlModifier


def spoken(widget: QWidget) -> QAccessibleInterface:
    """The accessible object a screen reader is handed for `widget`."""
    interface = QAccessible.queryAccessibleInterface(widget)
    assert interface is not None and interface.isValid()
    return interface


def said_on_focus(widget: QWidget) -> str:
    """Name and description of the focused object, as Orca reads them on arrival."""
    interface = spoken(widget)
    return " ".join(
        (interface.text(QAccessible.Text.Name), interface.text(QAccessible.Text.Description))
    )


def test_every_question_is_spoken_with_its_hint_and_position(
    qtbot: QtBot, open_window: OpenWindow, library: FlowLibrary
) -> None:
    window = open_window()
    kinds = set()
    for flow in library.flows:
        reflection = window._store.start(flow)
        window.enter_guided(reflection.id, at=0)
        total = len(flow.questions)
        for number, question in enumerate(flow.questions, start=1):
            assert window.guided.current_question() == question
            widget = focused(qtbot)
            assert window.guided.isAncestorOf(widget)
            said = said_on_focus(widget)
            assert question.text in said, (flow.id, question.id, said)
            assert f"Question {number} of {total}" in said, said
            if question.hint:
                assert question.hint in said, said
            if question.kind in (QuestionKind.TEXT, QuestionKind.COMMITMENT):
                assert widget is window.guided.text_editor()
                assert spoken(widget).text(QAccessible.Text.Name) == question.text
            else:
                # A choice is named by its own words; the group says what is asked.
                group = widget.parentWidget()
                assert group is not None and group.accessibleName() == question.text
            kinds.add(question.kind)
            press(qtbot, Qt.Key.Key_Return, CTRL)
        assert not window.guided.isVisible()
    assert kinds == set(QuestionKind)


def _debrief(window: JournalView, library: FlowLibrary) -> int:
    """A deal debrief with two written answers, the second private; shown in the timeline."""
    flow = library.get("deal-debrief")
    assert flow is not None
    answers = []
    for question_id, text in (("happened", "They went quiet."), ("lesson", "Ask earlier.")):
        question = flow.question(question_id)
        assert question is not None
        blank = Answer.blank(question, flow.questions.index(question))
        answers.append(replace(blank, text=text))
    store = window.store
    made = store.add(NewReflection(flow, tuple(answers), store.now(), title="Brouwer renewal"))
    store.set_private(made, "lesson", True)
    window.timeline_model.reload()
    window.select_row(0)
    return made


def test_opening_a_reflection_puts_focus_on_text_read_line_by_line(
    qtbot: QtBot, open_window: OpenWindow, library: FlowLibrary
) -> None:
    window = open_window()
    _debrief(window, library)
    window.timeline.setFocus()
    press(qtbot, Qt.Key.Key_Return)  # open it
    text = focused(qtbot)
    interface = spoken(text)
    # Text with a caret, not a label: AT-SPI gets a text role and the text interface.
    assert interface.role() == QAccessible.Role.EditableText
    assert interface.state().readOnly
    assert interface.text(QAccessible.Text.Name) == "Reflection: Brouwer renewal"
    content = interface.textInterface()
    assert content is not None
    whole = content.text(0, content.characterCount())
    for words in ("Brouwer renewal", "They went quiet.", "Ask earlier.", "Private: not offered"):
        assert words in whole
    assert content.cursorPosition() == 0  # reading starts at the top
    press(qtbot, Qt.Key.Key_Down)
    assert content.cursorPosition() > 0  # a caret that moves line by line


def test_mark_private_and_share_again_are_named_buttons_reached_with_tab(
    qtbot: QtBot, open_window: OpenWindow, library: FlowLibrary
) -> None:
    window = open_window()
    made = _debrief(window, library)
    window.timeline.setFocus()
    press(qtbot, Qt.Key.Key_Return)
    flow = library.get("deal-debrief")
    assert flow is not None
    happened = flow.question("happened")
    lesson = flow.question("lesson")
    assert happened is not None and lesson is not None
    press(qtbot, Qt.Key.Key_Tab)
    first = focused(qtbot)
    assert isinstance(first, QPushButton)
    assert spoken(first).role() == QAccessible.Role.Button
    assert spoken(first).text(QAccessible.Text.Name) == f"Mark private: {happened.text}"
    press(qtbot, Qt.Key.Key_Tab)
    second = focused(qtbot)
    assert spoken(second).text(QAccessible.Text.Name) == f"Share again: {lesson.text}"
    press(qtbot, Qt.Key.Key_Space)
    assert not window.store.get(made).answer("lesson").private  # type: ignore[union-attr]
    # Focus stays on that answer, whose button now says what it does next.
    assert spoken(focused(qtbot)).text(QAccessible.Text.Name) == f"Mark private: {lesson.text}"
    names = [b.accessibleName() for b in window.reading.findChildren(QPushButton)]
    assert f"Mark private: {lesson.text}" in names


def test_a_story_is_text_a_screen_reader_reads_after_tab(
    qtbot: QtBot, open_window: OpenWindow, library: FlowLibrary
) -> None:
    window = open_window()
    flow = library.get("customer-story")
    assert flow is not None
    question = flow.question("result")
    assert question is not None
    blank = Answer.blank(question, flow.questions.index(question))
    answer = replace(blank, text="Monday calls went from 40 to 6.")
    window.store.add(NewReflection(flow, (answer,), window.store.now(), customer="Veltkamp"))
    press(qtbot, *key_of("stories"))
    assert window.stories.list.hasFocus()
    press(qtbot, Qt.Key.Key_Tab)
    story = spoken(focused(qtbot))
    assert story.role() == QAccessible.Role.EditableText and story.state().readOnly
    assert story.text(QAccessible.Text.Name) == "Story: Veltkamp"
    content = story.textInterface()
    assert content is not None
    assert "Monday calls went from 40 to 6." in content.text(0, content.characterCount())


class FocusSpy(QObject):
    """Every widget that receives focus, in order."""

    def __init__(self) -> None:
        super().__init__()
        self.received: list[QWidget] = []

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusIn and isinstance(watched, QWidget):
            self.received.append(watched)
        return False


def test_focus_goes_straight_to_the_next_answer_without_a_stop_on_a_button(
    qtbot: QtBot, open_window: OpenWindow, library: FlowLibrary
) -> None:
    window = open_window()
    flow = library.get("deal-debrief")
    assert flow is not None
    kinds = [q.kind for q in flow.questions]
    stage = kinds.index(QuestionKind.STAGE)
    assert kinds[stage + 1] is QuestionKind.TEXT
    window.enter_guided(window.store.start(flow).id, at=stage - 1)
    spy = FocusSpy()
    app = QApplication.instance()
    assert app is not None
    app.installEventFilter(spy)
    try:
        press(qtbot, Qt.Key.Key_Return, CTRL)  # text to stage
        press(qtbot, Qt.Key.Key_Return, CTRL)  # stage to text
    finally:
        app.removeEventFilter(spy)
    # Nothing between: a screen reader would start to say "Skip" before each question.
    first_stage = window.guided.stage_editor().buttons()[0]
    assert spy.received == [first_stage, window.guided.text_editor()]


def test_a_search_result_opens_with_the_caret_at_the_matching_answer(
    qtbot: QtBot, open_window: OpenWindow, library: FlowLibrary
) -> None:
    window = open_window()
    made = _debrief(window, library)
    flow = library.get("deal-debrief")
    assert flow is not None
    lesson = flow.question("lesson")
    assert lesson is not None
    window.reading.show_reflection(window.store.get(made), flow, at_question="lesson")
    window.reading.setFocus()
    content = spoken(focused(qtbot)).textInterface()
    assert content is not None
    after_caret = content.text(content.cursorPosition(), content.characterCount())
    assert after_caret.startswith(lesson.text)  # reading starts at the question that matched


def test_tab_to_a_button_below_the_fold_brings_it_into_view(
    qtbot: QtBot, open_window: OpenWindow, library: FlowLibrary
) -> None:
    window = open_window()
    flow = library.get("deal-debrief")
    assert flow is not None
    long = "\n".join(f"Line {n} of a long answer." for n in range(40))
    answers = tuple(
        replace(Answer.blank(q, i), text=long)
        for i, q in enumerate(flow.questions)
        if q.kind is QuestionKind.TEXT
    )
    window.store.add(NewReflection(flow, answers, window.store.now(), title="Long"))
    window.timeline_model.reload()
    window.select_row(0)
    window.timeline.setFocus()
    press(qtbot, Qt.Key.Key_Return)
    for _ in answers:
        press(qtbot, Qt.Key.Key_Tab)
    last = focused(qtbot)
    assert isinstance(last, QPushButton)
    area = last.parentWidget()
    assert area is not None
    assert 0 <= last.y() and last.y() + last.height() <= area.height()


def test_another_reflection_shows_only_its_own_buttons_at_once(
    qtbot: QtBot, open_window: OpenWindow, library: FlowLibrary
) -> None:
    window = open_window()
    _debrief(window, library)  # two answers, two buttons
    note = library.get("free-note")
    assert note is not None
    blank = Answer.blank(note.questions[0], 0)
    store = window.store
    store.add(NewReflection(note, (replace(blank, text="One line."),), store.now()))
    window.timeline_model.reload()
    window.select_row(0)  # the note, newest: one answer
    shown = [b for b in window.reading.findChildren(QPushButton) if b.isVisibleTo(window)]
    names = [b.accessibleName() for b in shown if ":" in b.accessibleName()]
    assert len(names) == 1  # no button of the debrief left behind, even before deletion


def test_the_first_question_takes_focus_once_not_twice(
    qtbot: QtBot, open_window: OpenWindow, library: FlowLibrary, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Showing the guided page already puts focus on the answer field; a second Focus event
    # for the same field made Orca drop both as duplicates (heard with make a11y-check).
    window = open_window()
    sent: list[object] = []
    deliver = QAccessible.updateAccessibility

    def watch(event: QAccessibleEvent) -> None:
        if event.type() == QAccessible.Event.Focus:
            sent.append(event.object())
        deliver(event)

    monkeypatch.setattr(QAccessible, "updateAccessibility", staticmethod(watch))
    flow = library.get("weekly-reflection")
    assert flow is not None and flow.questions[1].kind is QuestionKind.TEXT
    window.enter_guided(window.store.start(flow).id, at=0)
    assert focused(qtbot) is window.guided.text_editor()
    assert sent == []  # nothing beyond the focus change Qt reports itself
    press(qtbot, Qt.Key.Key_Return, CTRL)  # the next question is text too: the same field
    assert sent == [window.guided.text_editor()]  # landed again, so it is said again
