"""Commitments: what you said you would do, until it is done or let go."""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import date, datetime, timedelta


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
    kept_on: date | None = None  # the day the user said it still stands (asked once)

    @property
    def is_open(self) -> bool:
        """True until done or let go."""
        return self.state is CommitmentState.OPEN


def end_of_week(day: date) -> date:
    """The Sunday that ends `day`'s week."""
    return day + timedelta(days=6 - day.weekday())
