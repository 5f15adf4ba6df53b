"""Deals and customers: what belongs to a deal's story, and how it is named."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from coachdesk.coaching.checkins import CheckIn
from coachdesk.coaching.commitments import Commitment
from coachdesk.coaching.deals import (
    EventKind,
    Subject,
    SubjectKind,
    Tagged,
    listings,
    mentions,
    story,
)
from coachdesk.coaching.flows import QuestionKind
from coachdesk.coaching.reflections import Answer, Reflection
from coachdesk.coaching.sessions import CoachSession

WHEN = datetime(2026, 10, 1, 9, tzinfo=UTC)
DEAL = Subject(SubjectKind.DEAL, "Brandsma")


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("Brandsma called back", True),
        ("call brandsma, then lunch", True),
        ("(Brandsma)", True),
        ("Brandsmas fleet", False),
        ("Van Brandsma-Hof", True),
        ("", False),
    ],
)
def test_a_note_names_a_deal_as_a_whole_word(text: str, named: bool) -> None:
    assert mentions(text, "Brandsma") is named


def test_a_name_of_several_words_may_wrap() -> None:
    assert mentions("the Dekkerhof\nrenewal is off", "Dekkerhof renewal")
    assert not mentions("the Dekkerhof team renewal", "Dekkerhof renewal")


def reflection(rid: int, deal: str, *answers: Answer) -> Reflection:
    return Reflection(rid, "free-note", "Note", WHEN, WHEN, WHEN, answers=answers, deal=deal)


def test_private_words_stay_off_the_page() -> None:
    secret = Answer("note", "Note", QuestionKind.TEXT, 0, "SECRET", private=True)
    shared = Answer("more", "More", QuestionKind.TEXT, 1, "shared words")
    promise = Answer("next", "Next", QuestionKind.COMMITMENT, 2, "SECRET PROMISE", private=True)
    made = Commitment(1, "SECRET PROMISE", WHEN, reflection_id=7)
    found = story(DEAL, [reflection(7, "Brandsma", secret, shared, promise)], commitments=[made])
    assert [(e.kind, e.text) for e in found.events] == [(EventKind.REFLECTION, "shared words")]


def test_sessions_and_check_ins_that_name_the_deal_come_along() -> None:
    session = CoachSession(3, WHEN, WHEN, "Brandsma first", (), "")
    other = CoachSession(4, WHEN, WHEN, "Zuidkamp", (), "Brandsmaatje")
    note = CheckIn(5, WHEN, 3, 3, 3, 50, "brandsma: good call")
    found = story(DEAL, [], [note], [], [session, other])
    assert [(e.kind, e.text) for e in found.events] == [
        (EventKind.CHECK_IN, "brandsma: good call"),
        (EventKind.SESSION, "Brandsma first"),
    ]


def test_a_deal_without_a_name_is_not_listed() -> None:
    assert listings([Tagged(1, WHEN, "", "")]) == []
