"""Private answers: what stays in the journal when something leaves it (a PDF, a coach view).

Every export and the coach view ask one question, `is_private(answer)`: the mark the
user set on the answer (in the reading pane).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from coachdesk.coaching.commitments import Commitment
from coachdesk.coaching.flows import QuestionKind
from coachdesk.coaching.reflections import Answer, Reflection

PrivateTest = Callable[[Answer], bool]


def is_private(answer: Answer) -> bool:
    """True for an answer the user marked private."""
    return answer.private


def without_private(
    reflection: Reflection, include_private: bool, private: PrivateTest = is_private
) -> Reflection:
    """The reflection with its private answers left out, unless they are asked for."""
    if include_private:
        return reflection
    kept = tuple(a for a in reflection.answers if not private(a))
    return reflection if len(kept) == len(reflection.answers) else replace(reflection, answers=kept)


def made_in_private(
    commitment: Commitment, reflection: Reflection | None, private: PrivateTest = is_private
) -> bool:
    """True when the commitment is the words of a private answer of `reflection`."""
    if reflection is None or commitment.reflection_id != reflection.id:
        return False
    return any(
        a.kind is QuestionKind.COMMITMENT and a.text.strip() == commitment.text and private(a)
        for a in reflection.answers
    )
