"""Which reflections to show: by flow, tag, customer, deal, dates, or on this day."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, timedelta


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
    # A leap year worked out here, not by the calendar module, whose import (the locale
    # machinery) would cost `coachdesk search` more than its query.
    leap = today.year % 4 == 0 and (today.year % 100 != 0 or today.year % 400 == 0)
    if (today.month, today.day) == (2, 28) and not leap:
        days.append((2, 29))
    return days


# Periods a user can pick, from the narrowest; "custom" means the dates chosen by hand.
PERIODS = ("any", "week", "month", "quarter", "year", "on-this-day", "custom")
_PERIOD_DAYS = {"week": 7, "month": 30, "quarter": 91, "year": 365}


def with_period(
    chosen: TimelineFilter,
    period: str,
    today: date,
    custom: tuple[date, date] | None = None,
) -> TimelineFilter:
    """`chosen` with its dates set for `period` (the past N days up to today, inclusive)."""
    if period == "on-this-day":
        return replace(chosen, date_from=None, date_to=None, on_this_day=today)
    if period == "custom" and custom:
        return replace(chosen, date_from=custom[0], date_to=custom[1], on_this_day=None)
    if period in _PERIOD_DAYS:
        start = today - timedelta(days=_PERIOD_DAYS[period] - 1)
        return replace(chosen, date_from=start, date_to=today, on_this_day=None)
    return replace(chosen, date_from=None, date_to=None, on_this_day=None)
