"""Lessons come back: a Deal debrief's conclusion returns after 1, 3 and 8 weeks."""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import date, datetime, timedelta

AFTER_WEEKS = (1, 3, 8)


class RevisitState(enum.StrEnum):
    """A revisit waits, is answered, or is put aside."""

    PENDING = "pending"
    ANSWERED = "answered"
    DISMISSED = "dismissed"
    SKIPPED = "skipped"  # a later one came due before this one was seen


@dataclass(frozen=True)
class Revisit:
    """One return of a lesson, with the lesson as it reads now."""

    id: int
    reflection_id: int
    weeks: int
    due: date
    lesson: str
    concluded_at: datetime
    state: RevisitState = RevisitState.PENDING
    answer: str = ""


def schedule(finished: date) -> list[tuple[int, date]]:
    """(weeks, due date) for each return of a lesson concluded on `finished`."""
    return [(weeks, finished + timedelta(weeks=weeks)) for weeks in AFTER_WEEKS]
