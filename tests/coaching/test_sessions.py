"""The next hour in the domain: planned minutes kept with the agenda, nothing shown twice,
time per item, last time's agreements."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

from coachdesk.coaching.commitments import Commitment
from coachdesk.coaching.flows import Question, QuestionKind
from coachdesk.coaching.reflections import Answer, Reflection
from coachdesk.coaching.sessions import (
    AgendaItem,
    AgendaKind,
    CoachSession,
    ItemTimes,
    agenda_from_json,
    agenda_to_json,
    first_words,
    last_session,
    offer_last_time,
    offer_reflection,
    offer_story,
    planned_minutes,
    without_doubles,
)

T0 = datetime(2026, 11, 20, 16, 30, tzinfo=UTC)


def _answer(question_id: str, text: str, private: bool = False) -> Answer:
    question = Question(question_id, f"Prompt {question_id}?", QuestionKind.TEXT)
    blank = Answer.blank(question, 0)
    return Answer(**{**blank.__dict__, "text": text, "private": private})


def _story(**answers: tuple[str, bool]) -> Reflection:
    return Reflection(
        7,
        "customer-story",
        "Customer story",
        T0,
        T0,
        T0,
        answers=tuple(_answer(q, text, private) for q, (text, private) in answers.items()),
        customer="Brandsma",
        deal="Fleet renewal",
    )


def test_planned_minutes_are_kept_as_a_fourth_element_and_old_rows_still_read() -> None:
    agenda = (
        AgendaItem(AgendaKind.REFLECTION, "12", "Deal debrief", 10),
        AgendaItem(AgendaKind.CHART, "stages", "Where deals turned"),
    )
    stored = agenda_to_json(agenda)
    assert json.loads(stored) == [
        ["reflection", "12", "Deal debrief", 10],
        ["chart", "stages", "Where deals turned"],
    ]
    assert agenda_from_json(stored) == agenda
    old = '[["commitment", "3", "Call Jan"]]'
    assert agenda_from_json(old) == (AgendaItem(AgendaKind.COMMITMENT, "3", "Call Jan"),)
    assert planned_minutes(agenda) == 10


def test_nothing_is_on_the_agenda_twice() -> None:
    whole = AgendaItem(AgendaKind.REFLECTION, "12", "Deal debrief")
    story = AgendaItem(AgendaKind.STORY, "12", "Brandsma")
    answer = AgendaItem(AgendaKind.ANSWER, "12/happened", "Jan left")
    other = AgendaItem(AgendaKind.ANSWER, "12/lesson", "Listen")
    chart = AgendaItem(AgendaKind.CHART, "stages", "Where deals turned")
    assert whole.covers(story) and story.covers(whole) and whole.covers(answer)
    assert not answer.covers(whole) and not answer.covers(other)
    assert without_doubles((answer, other, chart, whole, story, chart)) == (chart, whole)
    assert without_doubles((answer, other)) == (answer, other)


def test_time_on_each_item_adds_up_its_visits_and_says_when_it_runs_over() -> None:
    planned = AgendaItem(AgendaKind.REFLECTION, "12", "Deal debrief", 5)
    times = ItemTimes(0.0)
    times.show(0, 0.0)
    times.show(1, 240.0)  # four minutes on the first
    times.show(0, 600.0)  # back to it later
    assert times.spent(0, 660.0) == 300.0
    assert times.over(planned, 0, 660.0) == 0
    assert times.over(planned, 0, 700.0) == 40
    assert times.spent(1, 700.0) == 360.0
    unplanned = AgendaItem(AgendaKind.CHART, "stages", "Where deals turned")
    assert times.over(unplanned, 1, 9999.0) == 0


def test_last_time_is_the_latest_session_that_ended_and_only_when_it_agreed_something() -> None:
    running = CoachSession(3, T0, None, "", (), "")
    ended = CoachSession(2, T0 - timedelta(days=7), T0 - timedelta(days=7), "Goal", (), "")
    older = CoachSession(1, T0 - timedelta(days=14), T0 - timedelta(days=14), "", (), "")
    assert last_session([running, ended, older]) == ended
    assert last_session([running]) is None
    agreed = [Commitment(5, "Call Jan", T0)]
    item = offer_last_time(ended, agreed, "How did it go?")
    assert item == AgendaItem(AgendaKind.LAST_TIME, "2", "How did it go?")
    assert offer_last_time(ended, [], "How did it go?") is None
    assert item.reflection_id is None


def test_a_reflection_is_offered_with_its_customer_deal_and_first_words_never_private() -> None:
    story = _story(secret=("PRIVATE-MARKER first of all", True), told=("Jan walked out", False))
    assert offer_reflection(story)[0].title == "Customer story · Brandsma · Fleet renewal"
    assert first_words(story) == "Jan walked out"
    item = offer_story(story)
    assert item is not None and item.title == "Brandsma · Fleet renewal"
    nameless = _story(secret=("PRIVATE-MARKER first of all", True), told=("Jan " * 40, False))
    nameless = Reflection(**{**nameless.__dict__, "customer": "", "deal": ""})
    item = offer_story(nameless)
    assert item is not None and "PRIVATE" not in item.title and item.title.endswith("…")
