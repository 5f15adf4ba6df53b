"""The coaching hour: an agenda chosen from the journal, notes, and what was agreed.

What the coach sees is exactly the agenda; a private answer is never offered for it.
"""

from __future__ import annotations

import enum
import json
from dataclasses import dataclass, replace
from datetime import datetime

from coachdesk.coaching.commitments import Commitment
from coachdesk.coaching.privacy import is_private
from coachdesk.coaching.reflections import Reflection, preview_text

SESSION_MINUTES = 60  # the seed's hour a week


class AgendaKind(enum.StrEnum):
    """What an agenda item shows."""

    REFLECTION = "reflection"  # a whole reflection, without its private answers
    ANSWER = "answer"  # one answer of a reflection
    STORY = "story"  # a customer story
    COMMITMENT = "commitment"
    CHART = "chart"


class ChartKey(enum.StrEnum):
    """The insight charts a session can show."""

    STRESS_ENERGY = "stress-energy"
    WEEKDAYS = "weekdays"
    ATTENTION = "attention"
    STAGES = "stages"
    COMMITMENTS = "commitments"


@dataclass(frozen=True)
class AgendaItem:
    """One thing to bring to the hour; `ref` points at it (an id, 'id/question', a chart)."""

    kind: AgendaKind
    ref: str
    title: str

    @property
    def reflection_id(self) -> int | None:
        """The reflection the item shows, if any."""
        if self.kind in (AgendaKind.REFLECTION, AgendaKind.STORY, AgendaKind.ANSWER):
            return int(self.ref.split("/", 1)[0])
        return None

    @property
    def question_id(self) -> str | None:
        """The single answer the item shows, if it is one."""
        return self.ref.split("/", 1)[1] if self.kind is AgendaKind.ANSWER else None


def agenda_to_json(agenda: tuple[AgendaItem, ...]) -> str:
    """The agenda as stored with the session."""
    return json.dumps([[i.kind.value, i.ref, i.title] for i in agenda], ensure_ascii=False)


def agenda_from_json(text: str) -> tuple[AgendaItem, ...]:
    """The agenda back from storage."""
    return tuple(AgendaItem(AgendaKind(kind), ref, title) for kind, ref, title in json.loads(text))


@dataclass(frozen=True)
class CoachSession:
    """One coaching hour as it was kept."""

    id: int
    started_at: datetime
    ended_at: datetime | None
    goal: str
    agenda: tuple[AgendaItem, ...]
    notes: str


def offer_reflection(reflection: Reflection) -> list[AgendaItem]:
    """What a reflection can bring: itself (if anything in it is not private), and each
    answer that is not private. Private answers are never offered."""
    shared = [a for a in reflection.answers if not a.is_empty and not is_private(a)]
    if not shared:
        return []
    title = reflection.title or reflection.flow_title
    items = [AgendaItem(AgendaKind.REFLECTION, str(reflection.id), title)]
    items += [
        AgendaItem(
            AgendaKind.ANSWER,
            f"{reflection.id}/{a.question_id}",
            preview_text(a.text or a.prompt, 80),
        )
        for a in shared
        if a.text.strip()
    ]
    return items


def offer_story(story: Reflection) -> AgendaItem | None:
    """A customer story for the agenda, unless everything in it is private."""
    if not any(not is_private(a) and not a.is_empty for a in story.answers):
        return None
    return AgendaItem(AgendaKind.STORY, str(story.id), story.customer or story.preview[:60])


def offer_commitment(commitment: Commitment) -> AgendaItem:
    """An open commitment for the agenda."""
    return AgendaItem(AgendaKind.COMMITMENT, str(commitment.id), preview_text(commitment.text, 80))


def as_shown(item: AgendaItem, reflection: Reflection) -> Reflection:
    """The reflection as the coach view may show it for `item`: private answers gone,
    or only the one answer chosen (if it is not private)."""
    shared = tuple(a for a in reflection.answers if not is_private(a) and not a.is_empty)
    if item.kind is AgendaKind.ANSWER:
        shared = tuple(a for a in shared if a.question_id == item.question_id)
    return replace(reflection, answers=shared)
