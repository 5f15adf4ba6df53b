"""Which questions one reflection asks, in order: the flow's questions, less those meant for
another outcome (a won deal is not asked where it went wrong), each followed by the
follow-up its answer called for (coaching/listening.py).

The order follows from the answers alone, so a draft resumes where it was and the reading
pane, the PDF and `coachdesk walk` see the same conversation. A follow-up once asked is
kept as it was asked, with its answer, even if the answer that called for it changes
later: what was asked is part of what happened.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Protocol

from coachdesk.coaching.flows import Flow, Question, QuestionKind
from coachdesk.coaching.reflections import Answer


@dataclass(frozen=True)
class Step:
    """One question on screen; for a follow-up also the rule, why, and what it follows."""

    question: Question
    rule: str | None = None
    why: str = ""
    follows: str | None = None

    @property
    def is_follow_up(self) -> bool:
        """True when the answer before called for this question."""
        return self.rule is not None

    def blank(self, position: int) -> Answer:
        """An empty answer to this step, carrying where a follow-up came from."""
        answer = Answer.blank(self.question, position)
        if self.rule is None:
            return answer
        return Answer(
            answer.question_id,
            answer.prompt,
            answer.kind,
            position,
            asked_because=self.rule,
            why=self.why,
            follows=self.follows,
        )


class Rule(Protocol):
    """What a follow-up rule offers here (coaching/listening.py's FollowUpRule)."""

    @property
    def id(self) -> str: ...
    @property
    def question(self) -> Question: ...
    @property
    def why(self) -> str: ...


# The rule an answer calls for, given the rules asked so far in this reflection.
Listener = Callable[[Flow, Answer, Sequence[str]], Rule | None]


def _listen(flow: Flow, answer: Answer, asked: Sequence[str]) -> Rule | None:
    if not getattr(flow, "followups", ()):
        return None  # a flow without rules never loads the word lists
    from coachdesk.coaching.listening import follow_up

    return follow_up(flow, answer, asked)


def steps(
    flow: Flow,
    answers: Mapping[str, Answer],
    listening: bool = True,
    listen: Listener = _listen,
) -> list[Step]:
    """The questions this reflection asks, given its answers so far (`listening` False:
    no new follow-ups; those asked before stay)."""
    choices = {a.question_id: a.choice for a in answers.values() if a.choice is not None}
    asked_before = sorted(
        (a for a in answers.values() if a.asked_because is not None), key=lambda a: a.position
    )
    asked = [a.asked_because for a in asked_before if a.asked_because is not None]
    rules = {rule.id: rule for rule in getattr(flow, "followups", ())}
    found: list[Step] = []
    for question in flow.questions:
        if not question.asked_after(choices):
            continue
        found.append(Step(question))
        kept = [a for a in asked_before if a.follows == question.id]
        for answer in kept:  # as it was asked then
            rule = rules.get(answer.asked_because or "")
            hint = rule.question.hint if rule is not None else ""
            asked_as = Question(answer.question_id, answer.prompt, QuestionKind.TEXT, hint)
            found.append(Step(asked_as, answer.asked_because, answer.why, question.id))
        given = answers.get(question.id)
        if kept or not listening or given is None or given.is_empty:
            continue
        rule = listen(flow, given, asked)
        if rule is not None:
            found.append(Step(rule.question, rule.id, rule.why, question.id))
            asked.append(rule.id)
    return found
