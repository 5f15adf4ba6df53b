"""The story bank (Impact): customer stories, ready to tell in the next conversation."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime

from coachdesk.coaching.reflections import Reflection, preview_text

STORY_FLOW_ID = "customer-story"
# Question ids of the Customer story flow that the bank reads; the rest tell the story.
CUSTOMER = "customer"
SUMMARY = "result"
TOLD_IN_ORDER = ("situation", "problem", "what-we-did", "result", "their-words")
SUMMARY_LENGTH = 120


@dataclass(frozen=True)
class Story:
    """A customer story as the bank lists it."""

    reflection_id: int
    created_at: datetime
    customer: str
    themes: tuple[str, ...]
    summary: str
    reflection: Reflection


def first_sentence(text: str, limit: int = 60) -> str:
    """'Bouwmeester Keukenmontage in Nijmegen' from a whole paragraph about them."""
    line = text.strip().splitlines()[0] if text.strip() else ""
    sentence = re.split(r"(?<=[.!?])\s", line, maxsplit=1)[0].rstrip(".")
    return preview_text(sentence, limit)


def story_of(reflection: Reflection) -> Story:
    """The story a Customer story reflection tells."""
    named = reflection.answer(CUSTOMER)
    customer = reflection.customer or first_sentence(named.text if named else "")
    result = reflection.answer(SUMMARY)
    summary_source = result.text if result and result.text.strip() else reflection.preview
    return Story(
        reflection_id=reflection.id,
        created_at=reflection.created_at,
        customer=customer,
        themes=reflection.tags,
        summary=preview_text(summary_source, SUMMARY_LENGTH),
        reflection=reflection,
    )


def as_text(story: Story) -> str:
    """The story as plain text to paste into a note or an e-mail: the parts in the order
    a listener needs them, each under the question it answers."""
    parts = [story.customer or story.reflection.flow_title]
    answers = {a.question_id: a for a in story.reflection.answers}
    for question_id in TOLD_IN_ORDER:
        answer = answers.get(question_id)
        if answer and answer.text.strip():
            parts.append(f"{answer.prompt}\n{answer.text.strip()}")
    if story.themes:
        parts.append(" ".join(f"#{t}" for t in story.themes))
    return "\n\n".join(parts) + "\n"
