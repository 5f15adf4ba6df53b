"""Commitments: what you said you would do, until it is done or let go."""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import date, datetime, timedelta

# Without a due date, a commitment comes back after a week: the rhythm of coaching.
UNDATED_AFTER = timedelta(days=7)


class CommitmentState(enum.StrEnum):
    """Where a commitment stands."""

    OPEN = "open"
    DONE = "done"
    LET_GO = "let-go"


@dataclass(frozen=True)
class Commitment:
    """One thing to do, with what happened once it was closed."""

    id: int
    text: str
    created_at: datetime
    due: date | None = None
    state: CommitmentState = CommitmentState.OPEN
    closed_at: datetime | None = None
    outcome: str = ""  # the answer to "what happened?"
    reflection_id: int | None = None  # made by a flow's commitment question; None by hand

    @property
    def is_open(self) -> bool:
        """True until done or let go."""
        return self.state is CommitmentState.OPEN


def end_of_week(day: date) -> date:
    """The Sunday that ends `day`'s week."""
    return day + timedelta(days=6 - day.weekday())


def is_due(commitment: Commitment, today: date) -> bool:
    """Open, and due by the end of this week (or made a week ago without a date)."""
    if not commitment.is_open:
        return False
    if commitment.due is not None:
        return commitment.due <= end_of_week(today)
    return commitment.created_at.astimezone().date() + UNDATED_AFTER <= today


def due_now(commitments: list[Commitment], today: date) -> list[Commitment]:
    """The commitments to bring up now, the most overdue first."""
    due = [c for c in commitments if is_due(c, today)]
    return sorted(due, key=lambda c: (c.due or c.created_at.astimezone().date(), c.id))
