"""Which reflections to show: by flow, tag, customer, deal, dates, or on this day."""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class TimelineFilter:
    """An empty filter shows everything; each field given narrows it down."""

    flow_id: str | None = None
    tag: str | None = None
    customer: str | None = None
    deal: str | None = None
    date_from: date | None = None  # inclusive, local dates
    date_to: date | None = None  # inclusive
    on_this_day: date | None = None  # the same day in earlier years

    @property
    def is_empty(self) -> bool:
        """True when nothing is filtered out."""
        return self == TimelineFilter()


def same_days(today: date) -> list[tuple[int, int]]:
    """The (month, day) pairs that count as 'this day' in earlier years.

    On 28 February of a year without a 29th, the 29th of earlier leap years comes along,
    so a reflection written on a leap day still comes back three years out of four.
    """
    days = [(today.month, today.day)]
    if (today.month, today.day) == (2, 28) and not calendar.isleap(today.year):
        days.append((2, 29))
    return days
