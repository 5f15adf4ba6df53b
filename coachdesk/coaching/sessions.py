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
    LAST_TIME = "last-time"  # what the last session agreed, and what became of it


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
    minutes: int | None = None  # planned for it; None: no plan

    def covers(self, other: AgendaItem) -> bool:
        """True when showing this item shows `other` too (the same reflection, or the
        whole of which `other` is one answer): choosing both would show it twice."""
        mine, theirs = self.reflection_id, other.reflection_id
        if mine is None or theirs is None:
            return self.kind is other.kind and self.ref == other.ref
        return mine == theirs and (self.kind is not AgendaKind.ANSWER or self.ref == other.ref)

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
    """The agenda as stored with the session: [kind, ref, title] and the planned minutes
    as a 4th element when there are any."""
    rows = [
        [i.kind.value, i.ref, i.title] + ([] if i.minutes is None else [i.minutes]) for i in agenda
    ]
    return json.dumps(rows, ensure_ascii=False)


def agenda_from_json(text: str) -> tuple[AgendaItem, ...]:
    """The agenda back from storage (rows of three from before planned minutes too)."""
    items = []
    for row in json.loads(text):
        kind, ref, title = row[:3]
        minutes = int(row[3]) if len(row) > 3 and row[3] is not None else None
        items.append(AgendaItem(AgendaKind(kind), ref, title, minutes))
    return tuple(items)


def without_doubles(agenda: tuple[AgendaItem, ...]) -> tuple[AgendaItem, ...]:
    """The agenda with nothing shown twice: an item already covered by one kept (the same
    reflection as a story, an answer of a whole reflection) is left out."""
    kept: list[AgendaItem] = []
    for item in agenda:
        if any(k.covers(item) for k in kept):
            continue
        kept = [k for k in kept if not item.covers(k)]  # a whole one after its answer
        kept.append(item)
    return tuple(kept)


@dataclass(frozen=True)
class CoachSession:
    """One coaching hour as it was kept."""

    id: int
    started_at: datetime
    ended_at: datetime | None
    goal: str
    agenda: tuple[AgendaItem, ...]
    notes: str


def first_words(reflection: Reflection, limit: int = 60) -> str:
    """The start of its first written answer that is not private ('' if none)."""
    shared = (a.text for a in reflection.answers if a.text.strip() and not is_private(a))
    return preview_text(next(shared, ""), limit)


def reflection_title(reflection: Reflection) -> str:
    """'Deal debrief · Brandsma · Fleet renewal': its title, customer and deal."""
    parts = [reflection.title or reflection.flow_title, reflection.customer, reflection.deal]
    return " · ".join(p.strip() for p in parts if p.strip())


def offer_reflection(reflection: Reflection) -> list[AgendaItem]:
    """What a reflection can bring: itself (if anything in it is not private), and each
    answer that is not private. Private answers are never offered."""
    shared = [a for a in reflection.answers if not a.is_empty and not is_private(a)]
    if not shared:
        return []
    title = reflection_title(reflection)
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
    # Never story.preview: that is its first answer, private or not.
    title = " · ".join(p for p in (story.customer.strip(), story.deal.strip()) if p)
    return AgendaItem(AgendaKind.STORY, str(story.id), title or first_words(story))


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


def last_session(sessions: list[CoachSession]) -> CoachSession | None:
    """The latest session that ended (`sessions` latest first, as the store gives them)."""
    return next((s for s in sessions if s.ended_at is not None), None)


def offer_last_time(
    session: CoachSession | None, agreed: list[Commitment], title: str
) -> AgendaItem | None:
    """'How did it go with what we agreed?': the first item of the next hour, when the
    last session agreed anything."""
    if session is None or not agreed:
        return None
    return AgendaItem(AgendaKind.LAST_TIME, str(session.id), title)


def planned_minutes(agenda: tuple[AgendaItem, ...]) -> int:
    """The minutes planned for the agenda's items together."""
    return sum(i.minutes or 0 for i in agenda)


class ItemTimes:
    """How long each agenda item has been on screen, by a monotonic clock in seconds."""

    def __init__(self, now: float) -> None:
        self._spent: dict[int, float] = {}
        self._current: int | None = None
        self._since = now

    def show(self, index: int, now: float) -> None:
        """Item `index` is on screen from `now`."""
        if self._current is not None:
            self._spent[self._current] = self.spent(self._current, now)
        self._current, self._since = index, now

    def spent(self, index: int, now: float) -> float:
        """Seconds item `index` has been shown, its visits added up."""
        before = self._spent.get(index, 0.0)
        return before + (now - self._since if index == self._current else 0.0)

    def over(self, item: AgendaItem, index: int, now: float) -> int:
        """Whole seconds item `index` has run over its plan (0 when not, or no plan)."""
        if not item.minutes:
            return 0
        return max(0, int(self.spent(index, now) - item.minutes * 60))
