"""The whole guided journey, keyboard only: new → answer → close → reopen → edit."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from coachdesk.coaching.flows import QuestionKind
from coachdesk.ui.journal.flow_chooser import FlowChooser
from coachdesk.ui.journal.journal_view import JournalView
from tests.platforms import key_of
from tests.ui.conftest import OpenWindow
from tests.ui.keyboard import focused, on_next_dialog, press, type_text

CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier


def choose_first_flow_with_enter(dialog: QWidget) -> None:
    assert isinstance(dialog, FlowChooser)
    assert dialog.list.currentRow() == 0 and dialog.list.hasFocus()
    from PySide6.QtTest import QTest

    QTest.keyClick(dialog.list, Qt.Key.Key_Return)


def answer_current(qtbot: QtBot, window: JournalView, number: int) -> str | int:
    """Answer the question on screen with the keyboard; returns what was given."""
    question = window.guided.current_question()
    assert question is not None
    if question.kind is QuestionKind.SCALE:
        type_text(qtbot, "4")
        return 4
    if question.kind is QuestionKind.STAGE:
        type_text(qtbot, "4")  # the fourth stage: proposal
        return "proposal"
    if question.kind is QuestionKind.CHOICE:
        type_text(qtbot, "2")  # the second choice
        return question.choices[1].label
    assert focused(qtbot) is window.guided.text_editor(), "typing must just work on every question"
    text = f"Answer {number}: the buyer went quiet after the price slide."
    type_text(qtbot, text)
    return text


def test_deal_debrief_with_the_keyboard_alone_survives_a_restart(
    qtbot: QtBot, open_window: OpenWindow
) -> None:
    window = open_window()
    assert window.timeline_model.rowCount() == 0
    on_next_dialog(choose_first_flow_with_enter)
    press(qtbot, Qt.Key.Key_N, CTRL)
    assert window.guided.isVisible()
    question = window.guided.current_question()
    assert question is not None and question.id == "planned" or question is not None

    given: dict[str, str | int] = {}
    flow_length = len(window._library.flows[0].questions)
    for number in range(2 * flow_length):  # the answers decide how many (a follow-up)
        question = window.guided.current_question()
        if not window.guided.isVisible() or question is None:
            break
        given[question.id] = answer_current(qtbot, window, number)
        press(qtbot, Qt.Key.Key_Return, CTRL)

    # Finish shows the whole reflection.
    assert not window.guided.isVisible()
    page = window.reading.text()
    for value in given.values():
        if isinstance(value, str) and value.startswith("Answer"):
            assert value in page
    assert "Proposal" in page and "4 of 5" in page or "Proposal" in page
    window.window().close()

    again = open_window()
    assert again.timeline_model.rowCount() == 1
    summary = again.timeline_model.summary_at(0)
    assert summary is not None and not summary.is_draft
    reflection = again.reading.reflection
    assert reflection is not None
    stored = {a.question_id: a for a in reflection.answers}
    for question_id, value in given.items():
        answer = stored[question_id]
        assert value in (answer.text, answer.rating, answer.stage)

    # Edit it: F2 opens the first question with its answer, ready to change.
    press(qtbot, Qt.Key.Key_F2)
    assert again.guided.isVisible()
    editor = again.guided.text_editor()
    first_id = again.guided.current_question().id  # type: ignore[union-attr]
    assert editor.toPlainText() == given[first_id]
    type_text(qtbot, " Edited.")
    press(qtbot, Qt.Key.Key_Escape)
    assert not again.guided.isVisible()
    assert again.reading.reflection is not None
    assert again.reading.reflection.answer(first_id).text.endswith("Edited.")  # type: ignore[union-attr]


def test_back_and_skip(qtbot: QtBot, open_window: OpenWindow) -> None:
    window = open_window()
    on_next_dialog(choose_first_flow_with_enter)
    press(qtbot, Qt.Key.Key_N, CTRL)
    first = window.guided.current_question()
    assert window.guided._forward.text() == "Skip"
    press(qtbot, Qt.Key.Key_Return, CTRL)  # skip the first question
    second = window.guided.current_question()
    assert second != first
    press(qtbot, *key_of("previous"))
    assert window.guided.current_question() == first
    type_text(qtbot, "now I know")
    assert window.guided._forward.text() == "Next"
    press(qtbot, *key_of("previous"))  # nothing before the first question
    assert window.guided.current_question() == first


def test_dutch_accents_and_emoji_are_kept_exactly(qtbot: QtBot, open_window: OpenWindow) -> None:
    window = open_window()
    on_next_dialog(choose_first_flow_with_enter)
    press(qtbot, Qt.Key.Key_N, CTRL)
    text = "Één café-gesprek – geën­thousiasmeerd, naïef 👍🏽 ‘gunfactor’ 🇳🇱"
    type_text(qtbot, text)
    assert window.guided.text_editor().toPlainText() == text
    press(qtbot, Qt.Key.Key_Escape)
    reflection = window.reading.reflection
    assert reflection is not None and reflection.answers[0].text == text
    assert text in window.reading.text()


def test_cancelling_the_chooser_starts_nothing(qtbot: QtBot, open_window: OpenWindow) -> None:
    window = open_window()
    on_next_dialog(lambda dialog: dialog.reject())
    press(qtbot, Qt.Key.Key_N, CTRL)
    assert not window.guided.isVisible()
    assert window.timeline_model.rowCount() == 0


def test_the_arrow_keys_move_between_choices_and_space_picks(qtbot: QtBot) -> None:
    from coachdesk.ui.journal.answer_editors import StageAnswer

    stages = StageAnswer()
    qtbot.addWidget(stages)
    with qtbot.waitActive(stages):
        stages.show()
        stages.activateWindow()
    stages.focus_first()
    buttons = stages.buttons()
    qtbot.keyClick(buttons[0], Qt.Key.Key_Down)
    qtbot.keyClick(buttons[1], Qt.Key.Key_Down)
    assert buttons[2].hasFocus()
    qtbot.keyClick(buttons[2], Qt.Key.Key_Up)
    assert buttons[1].hasFocus()
    qtbot.keyClick(buttons[1], Qt.Key.Key_Space)
    assert stages.value() == "discovery"
    qtbot.keyClick(buttons[1], Qt.Key.Key_Up)
    qtbot.keyClick(buttons[0], Qt.Key.Key_Up)  # stays on the first
    assert buttons[0].hasFocus()


def test_esc_on_a_fresh_flow_keeps_no_empty_draft(qtbot: QtBot, open_window: OpenWindow) -> None:
    window = open_window()
    on_next_dialog(choose_first_flow_with_enter)
    press(qtbot, Qt.Key.Key_N, CTRL)
    assert window.guided.isVisible()
    press(qtbot, Qt.Key.Key_Escape)  # nothing typed
    assert not window.guided.isVisible()
    assert window._store.count() == 0 and window._store.drafts() == []
    assert window.reading.reflection is None


def test_esc_after_typing_keeps_the_draft(qtbot: QtBot, open_window: OpenWindow) -> None:
    window = open_window()
    on_next_dialog(choose_first_flow_with_enter)
    press(qtbot, Qt.Key.Key_N, CTRL)
    press(qtbot, Qt.Key.Key_Return, CTRL)  # skip one: moving on alone writes nothing
    while window.guided.current_question().kind is not QuestionKind.TEXT:  # type: ignore[union-attr]
        press(qtbot, Qt.Key.Key_Return, CTRL)
    at = window.guided.question_index
    type_text(qtbot, "a later answer")
    press(qtbot, Qt.Key.Key_Escape)
    drafts = window._store.drafts()
    assert len(drafts) == 1 and at > 0
    assert window._store.get(drafts[0].id).position == at
