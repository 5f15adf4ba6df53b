"""What comes back to you now, as a coach would keep it: the one rule behind This week, the
weekly recall and everything else that asks "what is due?".

A coach brings up what is due this week and what slipped recently; asks once, a week or two
on, whether a promise without a date still stands; and does not read out ten years of
unfinished business: older open commitments are gathered into one quiet line, and only the
most recent few lessons come back at once.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from coachdesk.coaching import checkins
from coachdesk.coaching.commitments import Commitment, end_of_week
from coachdesk.coaching.revisits import Revisit, RevisitState

# A due date this far back still belongs to this week's conversation; before it, it is old.
RECENT = timedelta(days=14)
# A commitment without a date is asked about once ("Still on your list?") between these ages;
# younger ones simply wait among the open ones, older ones are gathered.
ASK_AFTER = timedelta(days=7)
ASK_UNTIL = timedelta(days=21)
# Lessons that come back at once: the most recent conclusions. Forty at once is noise.
MAX_LESSONS = 3


@dataclass(frozen=True)
class Due:
    """What This week shows, in its order; each commitment in exactly one group."""

    due: list[Commitment]  # due this week, or came due within RECENT: most overdue first
    still_on_list: list[Commitment]  # undated, one to three weeks old, never asked
    later: list[Commitment]  # open, not due yet (or kept): soonest first
    older: list[Commitment]  # everything open and unfinished before that: one quiet line
    lessons: list[Revisit]  # at most MAX_LESSONS, the most recent conclusions first
    skipped: list[Revisit]  # due returns not brought up: mark them skipped, as an absence does
    invite_check_in: bool
    now: datetime

    @property
    def asks_attention(self) -> bool:
        """True when anything is to be acted on this week (not just listed)."""
        return bool(self.due or self.still_on_list or self.lessons or self.invite_check_in)

    def recall(self, limit: int = 8) -> list[Commitment]:
        """The open commitments a weekly reflection looks back on: this week's business and
        what was promised in the last week."""
        since = _day(self.now) - ASK_AFTER
        made_lately = [c for c in self.later if _day(c.created_at) >= since]
        return (self.due + self.still_on_list + made_lately)[:limit]


def _day(moment: datetime) -> date:
    return moment.astimezone().date()


def _group(commitment: Commitment, today: date) -> str:
    if commitment.due is not None:
        if commitment.due > end_of_week(today):
            return "later"
        return "due" if commitment.due >= today - RECENT else "older"
    if commitment.kept_on is not None:
        return "later"  # the user said it still stands: never asked again
    age = today - _day(commitment.created_at)
    if age < ASK_AFTER:
        return "later"
    return "still_on_list" if age < ASK_UNTIL else "older"


def _latest_per_lesson(returns: Sequence[Revisit], today: date) -> list[Revisit]:
    latest: dict[int, Revisit] = {}
    for revisit in returns:
        if revisit.state is not RevisitState.PENDING or revisit.due > today:
            continue
        kept = latest.get(revisit.reflection_id)
        if kept is None or revisit.weeks > kept.weeks:
            latest[revisit.reflection_id] = revisit
    return list(latest.values())


def due_now(
    open_commitments: Sequence[Commitment],
    returns: Sequence[Revisit],
    last_check_in: datetime | None,
    now: datetime,
) -> Due:
    """Sort what is open into what to bring up now (`now` is the injected clock's time)."""
    today = _day(now)
    groups: dict[str, list[Commitment]] = {
        "due": [],
        "still_on_list": [],
        "later": [],
        "older": [],
    }
    for commitment in open_commitments:
        if commitment.is_open:
            groups[_group(commitment, today)].append(commitment)

    def when(c: Commitment) -> tuple[date, int]:
        return (c.due or _day(c.created_at), c.id)

    waiting = _latest_per_lesson(returns, today)
    waiting.sort(key=lambda r: (r.concluded_at, r.id), reverse=True)
    return Due(
        due=sorted(groups["due"], key=when),
        still_on_list=sorted(groups["still_on_list"], key=when),
        later=sorted(groups["later"], key=when),
        older=sorted(groups["older"], key=when),
        lessons=waiting[:MAX_LESSONS],
        skipped=waiting[MAX_LESSONS:],
        invite_check_in=checkins.invite_now(now, last_check_in),
        now=now,
    )


# The weekly reflection is asked for from Friday (the week is turning) until Sunday night,
# unless one was written since Friday began.
WEEKLY_FROM_WEEKDAY = 4  # Friday
# The kinds of what is due, as `coachdesk due` and `coachdesk remind` name them.
KINDS = ("commitment", "lesson", "weekly", "checkin", "prep")


@dataclass(frozen=True)
class DueItem:
    """One thing that is due now, for the command line (and the reminder's counts)."""

    kind: str  # one of KINDS
    id: int | str  # the commitment's or the return's id; the day for the others
    title: str  # journal text for a commitment or a lesson; a fixed name otherwise
    due: date | None  # None: a commitment without a date, asked about


def weekly_due(now: datetime, last_weekly: datetime | None) -> date | None:
    """This week's Friday when the weekly reflection is due now: Friday to Sunday, none
    written since Friday began."""
    today = _day(now)
    if today.weekday() < WEEKLY_FROM_WEEKDAY:
        return None
    friday = today - timedelta(days=today.weekday() - WEEKLY_FROM_WEEKDAY)
    if last_weekly is not None and _day(last_weekly) >= friday:
        return None
    return friday


def prep_due(now: datetime, last_session: datetime | None) -> date | None:
    """Tomorrow when it is the coaching day (the weekday of the latest coaching hour): the
    day before, the prep is due. None before the first coaching hour."""
    if last_session is None:
        return None
    tomorrow = _day(now) + timedelta(days=1)
    return tomorrow if tomorrow.weekday() == _day(last_session).weekday() else None


def due_items(found: Due, weekly: date | None = None, prep: date | None = None) -> list[DueItem]:
    """What is due now, one item each, in This week's order: the check-in, the commitments
    due and those asked about, the lessons, then the weekly reflection and the prep."""
    today = _day(found.now)
    items: list[DueItem] = []
    if found.invite_check_in:
        items.append(DueItem("checkin", f"checkin-{today.isoformat()}", "Check-in", today))
    items += [DueItem("commitment", c.id, c.text, c.due) for c in found.due + found.still_on_list]
    items += [DueItem("lesson", r.id, r.lesson, r.due) for r in found.lessons]
    if weekly is not None:
        items.append(DueItem("weekly", f"weekly-{weekly.isoformat()}", "Weekly reflection", weekly))
    if prep is not None:
        items.append(DueItem("prep", f"prep-{prep.isoformat()}", "Coaching prep", prep))
    return items


@dataclass(frozen=True)
class DueFacts:
    """Everything the rule reads, and no more: what is open, what comes back, and when the
    last check-in, weekly reflection and coaching hour were. The plain schedule beside an
    encrypted journal keeps these with their texts left out, so `coachdesk remind` applies
    this same rule on the day it runs, without the passphrase."""

    open_commitments: Sequence[Commitment]
    pending_returns: Sequence[Revisit]
    last_check_in: datetime | None
    last_weekly: datetime | None
    last_session: datetime | None


def items_due(facts: DueFacts, now: datetime) -> list[DueItem]:
    """What is due at `now`, one item each (`coachdesk due`, `coachdesk remind`)."""
    found = due_now(facts.open_commitments, facts.pending_returns, facts.last_check_in, now)
    return due_items(found, weekly_due(now, facts.last_weekly), prep_due(now, facts.last_session))
