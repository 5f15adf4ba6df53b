"""The coaching loop in the window: This week, check-ins, commitments, lessons, stories."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLabel, QPushButton
from pytestqt.qtbot import QtBot

from coachdesk.coaching import commitments
from coachdesk.coaching.commitments import CommitmentState
from coachdesk.coaching.flows import FlowLibrary
from coachdesk.coaching.reflections import Answer, NewReflection
from coachdesk.coaching.revisits import RevisitState
from coachdesk.ui.common.formatting import short_date
from coachdesk.ui.common.painting import SubtitleRole
from coachdesk.ui.journal.journal_view import JournalView
from coachdesk.ui.loop.checkin_dialog import CheckInDialog, CheckInValues
from coachdesk.ui.loop.loop_dialogs import NewCommitment, NewCommitmentDialog, TextPrompt
from coachdesk.ui.loop.this_week import ThisWeekPage
from tests.platforms import key_of
from tests.ui.conftest import OpenWindow
from tests.ui.keyboard import on_next_dialog, press, type_text

CTRL = Qt.KeyboardModifier.ControlModifier


def texts(page: ThisWeekPage) -> list[str]:
    return [label.text() for label in page.findChildren(QLabel) if label.text()]


def button(page: ThisWeekPage, name: str) -> QPushButton:
    (found,) = [b for b in page.findChildren(QPushButton) if b.accessibleName() == name]
    return found


def answer_to(library: FlowLibrary, flow_id: str, question_id: str, **values: object) -> Answer:
    flow = library.get(flow_id)
    assert flow is not None
    question = flow.question(question_id)
    assert question is not None
    return replace(Answer.blank(question, flow.questions.index(question)), **values)


def test_this_week_shows_exactly_what_is_due(
    qtbot: QtBot, open_window: OpenWindow, library: FlowLibrary
) -> None:
    window = open_window()
    store = window.store
    today = date.today()
    store.add_commitment("due yesterday", today - timedelta(days=1))
    store.add_commitment("due in a month", today + timedelta(days=30))
    done = store.add_commitment("already done", today - timedelta(days=2))
    store.close_commitment(done, CommitmentState.DONE, "did it")
    page = window.this_week
    page.refresh()
    shown = texts(page)
    due_at = shown.index("Commitments that are due")
    later_at = shown.index("Other open commitments")
    assert shown.index("due yesterday") > due_at and shown.index("due in a month") > later_at
    assert "already done" not in shown


def test_nothing_asks_for_attention_only_when_nothing_at_all_is_listed(
    qtbot: QtBot, open_window: OpenWindow
) -> None:
    window = open_window()
    window.store.add_check_in(3, 3, 3, 50)  # no invitation to check in, whatever the day
    page = window.this_week
    page.refresh()
    assert "Nothing asks for your attention this week. Good." in texts(page)
    after_this_week = commitments.end_of_week(date.today()) + timedelta(days=1)
    window.store.add_commitment("Ask Visser who signs", after_this_week)
    page.refresh()
    shown = texts(page)
    assert "Nothing asks for your attention this week. Good." not in shown
    assert shown[1:5] == [
        "Nothing is due this week.",
        "Open commitments",  # not "Other": nothing due stands above it
        "Ask Visser who signs",
        f"due {short_date(after_this_week)}",
    ]


def test_closing_a_commitment_asks_what_happened(
    qtbot: QtBot, open_window: OpenWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = open_window()
    store = window.store
    store.add_commitment("Ask Jan who signs", date.today())
    asked: list[str] = []

    def answer(parent: object, title: str, question: str, about: str, accept: str) -> str:
        asked.append(question)
        return "He does, with the CFO"

    monkeypatch.setattr(TextPrompt, "ask", answer)
    window.show_this_week()
    button(window.this_week, "Done: Ask Jan who signs").click()
    (closed,) = store.commitments()
    assert asked == ["What happened?"]
    assert (closed.state, closed.outcome) == (CommitmentState.DONE, "He does, with the CFO")
    assert "Ask Jan who signs" not in texts(window.this_week)


def test_cancelling_what_happened_keeps_it_open(
    qtbot: QtBot, open_window: OpenWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = open_window()
    window.store.add_commitment("Call Marloes", date.today())
    monkeypatch.setattr(TextPrompt, "ask", lambda *args: None)
    window.show_this_week()
    button(window.this_week, "Let go: Call Marloes").click()
    assert window.store.commitments()[0].is_open


def test_a_lesson_comes_back_and_can_be_answered_or_put_aside(
    qtbot: QtBot, open_window: OpenWindow, library: FlowLibrary, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = open_window()
    store = window.store
    debrief = library.get("deal-debrief")
    assert debrief is not None
    three_weeks = datetime.now().astimezone() - timedelta(weeks=3, days=1)
    lesson = answer_to(library, "deal-debrief", "lesson", text="Find the decider early")
    store.add(NewReflection(debrief, (lesson,), three_weeks))
    window.show_this_week()
    shown = texts(window.this_week)
    assert "Three weeks ago you concluded:" in shown and "“Find the decider early”" in shown
    monkeypatch.setattr(TextPrompt, "ask", lambda *args: "Yes, with Visser")
    button(window.this_week, "Answer about this lesson").click()
    states = {r.weeks: (r.state, r.answer) for r in store.revisits()}
    assert states[3] == (RevisitState.ANSWERED, "Yes, with Visser")
    assert states[1][0] is RevisitState.SKIPPED and states[8][0] is RevisitState.PENDING
    assert "“Find the decider early”" not in texts(window.this_week)


def test_the_window_opens_on_this_week_when_something_is_due(
    qtbot: QtBot, open_window: OpenWindow, library: FlowLibrary
) -> None:
    first = open_window()
    first.store.add(NewReflection(library.flows[-1], (), datetime.now().astimezone()))
    first.store.add_commitment("due now", date.today())
    first.window().close()
    again = open_window()
    assert again._pages.currentWidget() is again.this_week
    press(qtbot, Qt.Key.Key_Escape)  # back to the journal
    assert again._pages.currentWidget() is again._splitter


def test_a_check_in_with_three_digits_and_enter(qtbot: QtBot, open_window: OpenWindow) -> None:
    window = open_window()

    def check_in(dialog: object) -> None:
        assert isinstance(dialog, CheckInDialog)
        type_text(qtbot, "4")  # stress, then the focus moves on by itself
        type_text(qtbot, "2")  # energy
        type_text(qtbot, "3")  # confidence
        press(qtbot, Qt.Key.Key_Right)  # attention: a step toward the target
        press(qtbot, Qt.Key.Key_Return, CTRL)

    on_next_dialog(check_in)
    press(qtbot, Qt.Key.Key_K, CTRL)
    (made,) = window.store.check_ins()
    assert (made.stress, made.energy, made.confidence, made.attention) == (4, 2, 3, 60)
    assert "Check-in saved." in window._notice.text()


def test_an_incomplete_check_in_cannot_be_saved(qtbot: QtBot) -> None:
    dialog = CheckInDialog()
    qtbot.addWidget(dialog)
    dialog.rows["stress"].set_value("3")
    assert dialog.values() is None and not dialog._save.isEnabled()
    dialog.rows["energy"].set_value("3")
    dialog.rows["confidence"].set_value("5")
    dialog._update_save()
    assert dialog.values() == CheckInValues(3, 3, 5, 50, "")


def test_a_commitment_by_hand(
    qtbot: QtBot, open_window: OpenWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = open_window()
    monkeypatch.setattr(
        NewCommitmentDialog, "ask", lambda parent: NewCommitment("Send the Veltkamp story", None)
    )
    press(qtbot, Qt.Key.Key_N, CTRL | Qt.KeyboardModifier.ShiftModifier)
    assert [c.text for c in window.store.commitments()] == ["Send the Veltkamp story"]


def test_a_commitment_question_takes_a_due_date(
    qtbot: QtBot, open_window: OpenWindow, library: FlowLibrary
) -> None:
    window = open_window()
    debrief = library.get("deal-debrief")
    assert debrief is not None
    reflection = window.store.start(debrief)
    window.enter_guided(reflection.id, at=len(debrief.questions) - 1)
    assert window.guided._due.isVisible()
    type_text(qtbot, "Ask who signs")
    friday = date.today() + timedelta(days=4)
    window.guided._due.set_value(friday)
    window.guided._on_editor_changed()
    window.guided.save_now()
    (made,) = window.store.commitments()
    assert (made.text, made.due) == ("Ask who signs", friday)


def test_the_weekly_reflection_shows_the_open_commitments(
    qtbot: QtBot, open_window: OpenWindow, library: FlowLibrary
) -> None:
    window = open_window()
    window.store.add_commitment("Demo with their own data")
    weekly = library.get("weekly-reflection")
    assert weekly is not None
    reflection = window.store.start(weekly)
    review = next(i for i, q in enumerate(weekly.questions) if q.id == "commitments")
    window.enter_guided(reflection.id, at=review)
    assert "Demo with their own data" in window.guided._recall.text()
    window.enter_guided(reflection.id, at=0)
    assert not window.guided._recall.isVisible()


def test_the_weekly_reflection_shows_what_was_kept_and_let_go_too(
    qtbot: QtBot, open_window: OpenWindow, library: FlowLibrary
) -> None:
    window = open_window()
    kept = window.store.add_commitment("Call the planner")
    dropped = window.store.add_commitment("Visit every prospect")
    window.store.close_commitment(kept, CommitmentState.DONE, "Tuesday")
    window.store.close_commitment(dropped, CommitmentState.LET_GO, "")
    weekly = library.get("weekly-reflection")
    assert weekly is not None
    review = next(i for i, q in enumerate(weekly.questions) if q.id == "commitments")
    window.enter_guided(window.store.start(weekly).id, at=review)
    shown = window.guided._recall.text()
    assert "Done or let go since your last weekly reflection:" in shown
    assert "Call the planner (done)" in shown and "Visit every prospect (let go)" in shown
    assert "Your open commitments:" not in shown  # none is open


def test_story_bank_lists_stories_and_copies_one_as_text(
    qtbot: QtBot, open_window: OpenWindow, library: FlowLibrary
) -> None:
    window: JournalView = open_window()
    story = library.get("customer-story")
    assert story is not None
    answers = (
        answer_to(library, "customer-story", "customer", text="Veltkamp Installatie"),
        answer_to(library, "customer-story", "result", text="Monday calls went from 40 to 6."),
        answer_to(library, "customer-story", "their-words", text="“I have my Sundays back.”"),
    )
    window.store.add(NewReflection(story, answers, datetime.now().astimezone(), tags=("planning",)))
    press(qtbot, *key_of("stories"))
    bank = window.stories
    assert bank.list.count() == 1 and bank.list.hasFocus()
    assert "Veltkamp Installatie" in bank.list.item(0).text()
    assert "Monday calls went from 40 to 6." in bank.list.item(0).data(SubtitleRole)
    press(qtbot, Qt.Key.Key_C, CTRL)
    copied = QGuiApplication.clipboard().text()
    assert copied.startswith("Veltkamp Installatie\n")
    assert "“I have my Sundays back.”" in copied and "#planning" in copied


def test_an_empty_story_bank_says_what_to_do(qtbot: QtBot, open_window: OpenWindow) -> None:
    window = open_window()
    window.show_stories()
    assert "Customer story" in window.stories._empty.text() and window.stories._empty.isVisible()
