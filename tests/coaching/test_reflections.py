"""Reflections in the domain: previews and which questions to walk."""

from __future__ import annotations

from datetime import UTC, datetime

from coachdesk.coaching.flows import Flow, Question, QuestionKind
from coachdesk.coaching.reflections import Answer, Reflection, preview_text, walk_for

NOW = datetime(2026, 11, 20, tzinfo=UTC)
FLOW = Flow("f", "F", "", (Question("a", "A?"), Question("b", "B?")))


def test_preview_is_one_line_cut_at_a_word() -> None:
    assert preview_text("  one\ntwo\t three ") == "one two three"
    long = "word " * 100
    cut = preview_text(long, limit=22)
    assert cut == "word word word word…"


def test_preview_of_one_huge_word_is_cut_hard() -> None:
    assert preview_text("x" * 500, limit=10) == "x" * 10 + "…"


def test_a_skipped_answer_is_empty() -> None:
    blank = Answer.blank(FLOW.questions[0], 0)
    assert blank.is_empty
    assert not Answer("s", "S", QuestionKind.SCALE, 0, rating=3).is_empty


def reflection(*answers: Answer) -> Reflection:
    return Reflection(1, "f", "F (as it was)", NOW, NOW, answers=answers)


def test_walk_uses_the_current_flow() -> None:
    assert walk_for(reflection(), FLOW) == FLOW


def test_walk_keeps_answers_to_questions_the_flow_no_longer_has() -> None:
    old = Answer("gone", "An old question?", QuestionKind.TEXT, 2, text="still mine")
    walked = walk_for(reflection(old), FLOW)
    assert [q.id for q in walked.questions] == ["a", "b", "gone"]
    assert walked.questions[-1].text == "An old question?"


def test_walk_without_a_flow_uses_the_questions_as_asked() -> None:
    asked = Answer("x", "Asked then?", QuestionKind.TEXT, 0, text="yes")
    walked = walk_for(reflection(asked), None)
    assert walked.title == "F (as it was)"
    assert [(q.id, q.text) for q in walked.questions] == [("x", "Asked then?")]


def test_a_draft_with_nothing_in_it_is_blank() -> None:
    from dataclasses import replace

    empty = reflection(Answer.blank(FLOW.questions[0], 0), Answer.blank(FLOW.questions[1], 1))
    assert empty.is_blank
    assert not replace(empty, answers=(Answer("s", "S", QuestionKind.SCALE, 0, rating=1),)).is_blank
    assert not replace(empty, customer="Brouwer").is_blank
    assert not replace(empty, tags=("renewal",)).is_blank
    assert not replace(empty, finished_at=NOW).is_blank  # a finished one is kept as it is
