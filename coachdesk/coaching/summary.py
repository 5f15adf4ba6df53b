"""A PDF summary of a period, or a one-page prep for the coaching hour: what goes in it.

Pure choices over coaching dataclasses; coachdesk/summary/ reads the journal and draws.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

from coachdesk.coaching import due
from coachdesk.coaching.checkins import CheckIn
from coachdesk.coaching.commitments import Commitment
from coachdesk.coaching.filters import TimelineFilter, with_period
from coachdesk.coaching.insights import Insights, WeekPoint, local_day, week_of, weekly
from coachdesk.coaching.reflections import Reflection
from coachdesk.coaching.stories import Story
from coachdesk.coaching.takeaway import LookBack

WEEKLY_FLOW_ID = "weekly-reflection"
NEXT_WEEK_QUESTION = "goal"  # "What do you want from next week …?"
PREPARE_FLOW_ID = "prepare-coaching"  # what the user chose to bring, in their own words
PREP_PREPARED_DAYS = 14  # a preparation older than this is for an earlier session
PREP_WEEKS = 8  # the stress and energy line of the prep
PREP_RECENT = 3  # reflections the prep recalls
PREP_DUE_DAYS = 7  # open commitments due by the end of next week are on the agenda


class Preset(enum.StrEnum):
    """What kind of document."""

    SUMMARY = "summary"
    PREP = "prep"
    SESSION = "session"  # the take-away of one coaching hour, for the coach


class Section(enum.StrEnum):
    """The parts of a summary, in the order they are printed."""

    OVERVIEW = "overview"
    CHARTS = "charts"
    REFLECTIONS = "reflections"
    STORIES = "stories"
    COMMITMENTS = "commitments"
    CHECK_INS = "check-ins"


ALL_SECTIONS = frozenset(Section)
PERIODS = ("week", "month", "quarter", "year", "custom")


@dataclass(frozen=True)
class SummaryRequest:
    """What the user asked for: a period (both ends included), the parts, private or not."""

    since: date
    until: date
    preset: Preset = Preset.SUMMARY
    sections: frozenset[Section] = ALL_SECTIONS
    include_private: bool = False
    session_id: int | None = None  # the session preset's
    pictures: bool = True  # a reflection's pictures printed with it (its files are named)

    def __post_init__(self) -> None:
        if self.since > self.until:
            raise ValueError("the period ends before it starts")

    def wants(self, section: Section) -> bool:
        """True when `section` goes into the document."""
        return section in self.sections

    @property
    def filter(self) -> TimelineFilter:
        """The timeline filter for the period."""
        return TimelineFilter(date_from=self.since, date_to=self.until)


def period_dates(
    period: str, today: date, custom: tuple[date, date] | None = None
) -> tuple[date, date]:
    """(first, last day) of 'week', 'month', 'quarter', 'year' up to today, or 'custom'."""
    if period not in PERIODS or (period == "custom" and custom is None):
        raise ValueError(f"unknown period {period!r}")
    chosen = with_period(TimelineFilter(), period, today, custom)
    assert chosen.date_from is not None and chosen.date_to is not None
    return chosen.date_from, chosen.date_to


@dataclass(frozen=True)
class Overview:
    """The numbers at the top of a summary."""

    reflections: int
    weekly_reflections: int  # in the period: a count, never a streak to keep up
    kept: int
    closed: int
    check_ins: int


@dataclass(frozen=True)
class AgendaItem:
    """One thing chosen for the next coaching session, and where it comes from."""

    kind: str  # "prepared" (the user's own preparation), "commitment", "next-week", "reflection"
    title: str
    text: str
    day: date | None = None
    commitment_id: int | None = None  # which commitment, for a "commitment"


@dataclass(frozen=True)
class Prep:
    """The one-page prep: what is on the agenda, what is open, how the weeks felt."""

    agenda: tuple[AgendaItem, ...]
    open_commitments: tuple[Commitment, ...]
    stress: tuple[WeekPoint, ...]
    energy: tuple[WeekPoint, ...]
    since: date  # of the stress and energy line

    def open_besides(self, shown: Iterable[AgendaItem]) -> tuple[Commitment, ...]:
        """The open commitments that the agenda items `shown` do not list already: on the
        page, a commitment due soon is on the agenda, and not again among the open ones."""
        listed = {item.commitment_id for item in shown if item.kind == "commitment"}
        return tuple(c for c in self.open_commitments if c.id not in listed)


def default_agenda(
    recent: Sequence[Reflection],
    last_weekly: Reflection | None,
    open_commitments: Sequence[Commitment],
    today: date,
    preparation: Reflection | None = None,
) -> tuple[AgendaItem, ...]:
    """What to bring up: first what the user wrote when preparing for the session (the
    Prepare for coaching flow, if recent), then commitments due soon, what the last weekly
    reflection wanted from the week, the latest reflections."""
    items: list[AgendaItem] = []
    if preparation is not None:
        day = local_day(preparation.created_at)
        if timedelta(0) <= today - day <= timedelta(days=PREP_PREPARED_DAYS):
            items += [
                AgendaItem("prepared", a.prompt, a.text.strip(), day)
                for a in preparation.answers
                if a.text.strip()
            ]
    # What This week will bring up by the coaching day, by the same rule (coaching/due.py).
    soon = datetime.combine(today + timedelta(days=PREP_DUE_DAYS), time(12)).astimezone()
    coming = due.due_now(open_commitments, (), None, soon)
    for commitment in coming.due + coming.still_on_list:
        items.append(AgendaItem("commitment", "", commitment.text, commitment.due, commitment.id))
    wish = last_weekly.answer(NEXT_WEEK_QUESTION) if last_weekly else None
    if last_weekly is not None and wish is not None and wish.text.strip():
        day = local_day(last_weekly.created_at)
        items.append(AgendaItem("next-week", wish.prompt, wish.text.strip(), day))
    for reflection in recent[:PREP_RECENT]:
        title = reflection.title or reflection.flow_title
        if reflection.customer:
            title = f"{title} · {reflection.customer}"
        items.append(
            AgendaItem("reflection", title, reflection.preview, local_day(reflection.created_at))
        )
    return tuple(items)


def prep(
    agenda: Sequence[AgendaItem],
    open_commitments: Sequence[Commitment],
    check_ins: Iterable[CheckIn],
    today: date,
) -> Prep:
    """The prep for a session on or after `today`."""
    since = week_of(today) - timedelta(weeks=PREP_WEEKS - 1)
    recent = [c for c in check_ins if since <= local_day(c.created_at) <= today]
    return Prep(
        agenda=tuple(agenda),
        open_commitments=tuple(open_commitments),
        stress=weekly(recent, lambda c: c.stress),
        energy=weekly(recent, lambda c: c.energy),
        since=since,
    )


@dataclass(frozen=True)
class MonthTrend:
    """Check-in means of one calendar month (its first day)."""

    month: date
    count: int
    stress: float
    energy: float
    confidence: float
    attention: float


def monthly_trends(check_ins: Iterable[CheckIn]) -> tuple[MonthTrend, ...]:
    """Check-in means per calendar month, oldest first; months without check-ins left out."""
    by_month: dict[date, list[CheckIn]] = {}
    for check_in in check_ins:
        day = local_day(check_in.created_at)
        by_month.setdefault(day.replace(day=1), []).append(check_in)

    def mean(values: list[int]) -> float:
        return sum(values) / len(values)

    return tuple(
        MonthTrend(
            month,
            len(found),
            mean([c.stress for c in found]),
            mean([c.energy for c in found]),
            mean([c.confidence for c in found]),
            mean([c.attention for c in found]),
        )
        for month, found in sorted(by_month.items())
    )


@dataclass(frozen=True)
class PrintedFile:
    """A picture or file of a reflection, as the summary shows it: a picture to print
    (`picture`: image bytes already made small enough for paper, `width` × `height` its
    pixels at 96 per inch, never more than the original's), or a file named."""

    name: str
    media_type: str
    size: int
    picture: bytes | None = None
    width: int = 0
    height: int = 0


@dataclass(frozen=True)
class SummaryData:
    """Everything a summary shows, read from the journal and already private-filtered."""

    request: SummaryRequest
    made_on: date
    reflections: tuple[Reflection, ...] = ()  # finished, oldest first
    stories: tuple[Story, ...] = ()
    commitments: tuple[Commitment, ...] = ()  # made or closed in the period
    insights: Insights | None = None
    overview: Overview | None = None
    trends: tuple[MonthTrend, ...] = ()
    prep: Prep | None = None
    session: LookBack | None = None  # the session preset's
    flow_order: tuple[str, ...] = field(default=())  # flow ids, the chooser's order
    # By reflection id: its pictures and files that may be shown (none of a private answer's
    # unless private answers are asked for), in the order they were added.
    files: dict[int, tuple[PrintedFile, ...]] = field(default_factory=dict)

    def by_flow(self) -> list[tuple[str, list[Reflection]]]:
        """(flow title, its reflections oldest first), flows in the chooser's order."""
        groups: dict[str, list[Reflection]] = {}
        for reflection in self.reflections:
            groups.setdefault(reflection.flow_id, []).append(reflection)
        rank = {flow_id: i for i, flow_id in enumerate(self.flow_order)}
        ordered = sorted(groups.items(), key=lambda g: (rank.get(g[0], len(rank)), g[0]))
        return [(found[-1].flow_title, found) for _, found in ordered]
