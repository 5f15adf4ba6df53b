"""Which questions a reflection asks: conditions on a choice, and follow-ups that stay as
they were asked."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from coachdesk.coaching.conversation import steps
from coachdesk.coaching.flows import Flow, Question, QuestionKind, parse_flow
from coachdesk.coaching.reflections import Answer

FLOW = parse_flow(
    """
id = "debrief"
title = "Deal debrief"

[[questions]]
id = "outcome"
kind = "choice"
text = "How did it end?"
choices = [{ id = "won", label = "Won" }, { id = "lost", label = "Lost" }]

[[questions]]
id = "happened"
text = "What happened?"

[[questions]]
id = "turning-point"
text = "Where did it turn?"
when = { outcome = ["lost"] }

[[questions]]
id = "almost"
text = "Where did it almost go wrong?"
when = { outcome = ["won"] }
"""
)


@dataclass(frozen=True)
class Rule:
    id: str
    question: Question
    why: str


PRICE = Rule("price", Question("price", "What was the price standing in for?"), "Asked because…")


def on_price(flow: Flow, answer: Answer, asked: Sequence[str]) -> Rule | None:
    return PRICE if "price" in answer.text and "price" not in asked else None


def answered(question_id: str, position: int, **given: object) -> Answer:
    question = FLOW.question(question_id)
    assert question is not None
    return replace(Answer.blank(question, position), **given)  # type: ignore[arg-type]


def ids(answers: dict[str, Answer], listening: bool = True) -> list[str]:
    return [s.question.id for s in steps(FLOW, answers, listening, on_price)]


def test_a_question_for_another_outcome_is_left_out_and_a_skipped_choice_asks_both() -> None:
    assert ids({}) == ["outcome", "happened", "turning-point", "almost"]
    won = {"outcome": answered("outcome", 0, choice="won")}
    assert ids(won) == ["outcome", "happened", "almost"]
    lost = {"outcome": answered("outcome", 0, choice="lost")}
    assert ids(lost) == ["outcome", "happened", "turning-point"]


def test_a_follow_up_comes_right_after_the_answer_that_called_for_it() -> None:
    answers = {"happened": answered("happened", 1, text="they said the price was too high")}
    found = steps(FLOW, answers, True, on_price)
    assert [s.question.id for s in found][:3] == ["outcome", "happened", "price"]
    assert found[2].is_follow_up and found[2].why == "Asked because…"
    assert found[2].follows == "happened"
    assert ids(answers, listening=False) == ["outcome", "happened", "turning-point", "almost"]
    quiet = {"happened": answered("happened", 1, text="they signed")}
    assert "price" not in ids(quiet)


def test_a_follow_up_once_asked_stays_as_it_was_asked() -> None:
    asked = Answer(
        "price",
        "What was the price standing in for (as asked then)?",
        QuestionKind.TEXT,
        2,
        text="a smaller first order",
        asked_because="price",
        why="Asked because you mentioned the price",
        follows="happened",
    )
    # the answer that called for it was edited since, and follow-ups were switched off
    answers = {"happened": answered("happened", 1, text="they signed"), "price": asked}
    found = steps(FLOW, answers, False, on_price)
    assert [s.question.id for s in found][:3] == ["outcome", "happened", "price"]
    assert found[2].question.text == "What was the price standing in for (as asked then)?"
    assert found[2].why == "Asked because you mentioned the price"
    blank = found[2].blank(2)
    assert (blank.asked_because, blank.follows) == ("price", "happened")
