"""Insights: patterns in check-ins, debriefs and commitments, named only when the data has them.

Everything here is plain numbers; the UI and the PDF word them and draw them.
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from statistics import fmean
from typing import ClassVar

from coachdesk.coaching.checkins import CheckIn
from coachdesk.coaching.commitments import Commitment, CommitmentState
from coachdesk.coaching.flows import DEAL_STAGES

# Without a period asked for, insights look at the last half year: long enough for a
# pattern, short enough that it is still about how you work now.
DEFAULT_WEEKS = 26

# "Stress is highest on <weekday>": enough weeks that a weekday is not one bad Sunday,
# enough check-ins on that day, and a difference a person would feel (on a 1..5 scale).
MIN_WEEKS_FOR_WEEKDAY = 6
MIN_CHECK_INS_ON_PEAK_DAY = 4
MIN_STRESS_LIFT = 0.5

# "Deals turned most often at <stage>": enough debriefs, and a leader clearly ahead.
MIN_DEBRIEFS = 5
MIN_STAGE_LEAD = 2  # debriefs more than the runner-up
MIN_STAGE_SHARE = 0.4  # of all debriefs

# "You kept N of M": only once enough commitments were closed to say something.
MIN_CLOSED_COMMITMENTS = 5

# Trends (attention, energy) compare the earlier half of the recent weeks with the later
# half, so one odd week does not make a trend.
TREND_WEEKS = 8
MIN_TREND_WEEKS = 6  # weeks with check-ins among the last TREND_WEEKS
MIN_ATTENTION_CHANGE = 15.0  # points on 0 (customer) .. 100 (target)
MIN_ENERGY_CHANGE = 0.5  # on the 1..5 scale


@dataclass(frozen=True)
class WeekPoint:
    """The mean of one measure over one ISO week (its Monday), from `count` check-ins."""

    week: date
    mean: float
    count: int


@dataclass(frozen=True)
class WeekdayMean:
    """Mean stress on one weekday (0 = Monday); None when there were no check-ins."""

    weekday: int
    mean: float | None
    count: int


@dataclass(frozen=True)
class WeekdayStress:
    """Stress per weekday, Monday first, and over all days."""

    days: tuple[WeekdayMean, ...]
    overall: float | None
    count: int
    weeks: int  # distinct ISO weeks with a check-in


@dataclass(frozen=True)
class StageCount:
    """How many debriefs say the deal turned at this stage; of them, how many say the deal
    was won, lost or stalled (the rest are still open or did not say)."""

    stage: str
    count: int
    won: int = 0
    lost: int = 0
    stalled: int = 0

    @property
    def other(self) -> int:
        """Still open, or no outcome given."""
        return self.count - self.won - self.lost - self.stalled


@dataclass(frozen=True)
class CommitmentCounts:
    """Commitments kept and let go in the period, and those still open."""

    kept: int
    let_go: int
    open: int

    @property
    def closed(self) -> int:
        """Kept plus let go."""
        return self.kept + self.let_go

    @property
    def total(self) -> int:
        """Every commitment counted."""
        return self.closed + self.open


class ObservationKind(enum.StrEnum):
    """What an observation is about."""

    STRESS_PEAK = "stress-peak"
    ENERGY_TREND = "energy-trend"
    ATTENTION_SHIFT = "attention-shift"
    TURNING_STAGE = "turning-stage"
    COMMITMENTS_KEPT = "commitments-kept"


@dataclass(frozen=True)
class StressPeak:
    """Stress is highest on `weekday` (0 = Monday): `mean` against `overall`."""

    kind: ClassVar[ObservationKind] = ObservationKind.STRESS_PEAK
    weekday: int
    mean: float
    overall: float
    check_ins: int  # on that weekday
    weeks: int  # with check-ins, in the period


@dataclass(frozen=True)
class EnergyTrend:
    """Energy went from `start` to `end` (weekly means) over the last `weeks` weeks."""

    kind: ClassVar[ObservationKind] = ObservationKind.ENERGY_TREND
    start: float
    end: float
    weeks: int

    @property
    def rising(self) -> bool:
        """True when energy went up."""
        return self.end > self.start


@dataclass(frozen=True)
class AttentionShift:
    """Attention moved from `start` to `end` (0 customer .. 100 target) over `weeks` weeks."""

    kind: ClassVar[ObservationKind] = ObservationKind.ATTENTION_SHIFT
    start: float
    end: float
    weeks: int

    @property
    def toward_target(self) -> bool:
        """True when attention moved toward the target, False toward the customer."""
        return self.end > self.start


@dataclass(frozen=True)
class TurningStage:
    """Of `total` debriefs, `count` say the deal turned at `stage`, more than at any other."""

    kind: ClassVar[ObservationKind] = ObservationKind.TURNING_STAGE
    stage: str
    count: int
    total: int


@dataclass(frozen=True)
class CommitmentsKept:
    """Of `closed` commitments closed in the period, `kept` were done."""

    kind: ClassVar[ObservationKind] = ObservationKind.COMMITMENTS_KEPT
    kept: int
    closed: int

    @property
    def let_go(self) -> int:
        """Closed without being done."""
        return self.closed - self.kept


Observation = StressPeak | EnergyTrend | AttentionShift | TurningStage | CommitmentsKept


@dataclass(frozen=True)
class Insights:
    """Everything the insights page and the PDF show for one period (both ends included)."""

    since: date
    until: date
    check_ins: int
    stress: tuple[WeekPoint, ...]
    energy: tuple[WeekPoint, ...]
    attention: tuple[WeekPoint, ...]
    weekdays: WeekdayStress
    stages: tuple[StageCount, ...]
    commitments: CommitmentCounts
    observations: tuple[Observation, ...]

    @property
    def debriefs(self) -> int:
        """Debriefs that named a turning stage."""
        return sum(s.count for s in self.stages)

    @property
    def won(self) -> int:
        """Of those, debriefs of a deal won."""
        return sum(s.won for s in self.stages)

    @property
    def lost(self) -> int:
        """Of those, debriefs of a deal lost."""
        return sum(s.lost for s in self.stages)

    @property
    def stalled(self) -> int:
        """Of those, debriefs of a deal that stalled."""
        return sum(s.stalled for s in self.stages)


def local_day(moment: datetime) -> date:
    """The user's calendar day of an aware moment."""
    return moment.astimezone().date()


def week_of(day: date) -> date:
    """The Monday of `day`'s ISO week."""
    return day - timedelta(days=day.weekday())


def default_since(today: date, weeks: int = DEFAULT_WEEKS) -> date:
    """The Monday that starts a period of `weeks` ISO weeks ending with today's week."""
    return week_of(today) - timedelta(weeks=weeks - 1)


def weekly(
    check_ins: Iterable[CheckIn], measure: Callable[[CheckIn], int]
) -> tuple[WeekPoint, ...]:
    """`measure` averaged per ISO week, oldest week first; weeks without check-ins are left out."""
    by_week: dict[date, list[int]] = {}
    for check_in in check_ins:
        by_week.setdefault(week_of(local_day(check_in.created_at)), []).append(measure(check_in))
    return tuple(
        WeekPoint(week, fmean(values), len(values)) for week, values in sorted(by_week.items())
    )


def stress_by_weekday(check_ins: Sequence[CheckIn]) -> WeekdayStress:
    """Mean stress per weekday, Monday first, with the overall mean."""
    by_day: list[list[int]] = [[] for _ in range(7)]
    weeks = set()
    for check_in in check_ins:
        day = local_day(check_in.created_at)
        by_day[day.weekday()].append(check_in.stress)
        weeks.add(week_of(day))
    days = tuple(
        WeekdayMean(weekday, fmean(values) if values else None, len(values))
        for weekday, values in enumerate(by_day)
    )
    overall = fmean(c.stress for c in check_ins) if check_ins else None
    return WeekdayStress(days, overall, len(check_ins), len(weeks))


# When and at which stage a debrief says a deal turned, and (when it said) how it ended:
# "won", "lost", "stalled", "open" (the Deal debrief's outcome choices) or "".
TurningPoint = tuple[datetime, str] | tuple[datetime, str, str]


def _outcome(point: TurningPoint) -> str:
    return point[2] if len(point) > 2 else ""


def stage_counts(points: Iterable[tuple[str, str]]) -> tuple[StageCount, ...]:
    """Debriefs per turning stage, split by outcome, in DEAL_STAGES order (stages no longer
    known are left out); `points` are (stage, outcome)."""
    given = list(points)

    def count(stage: str, outcome: str | None = None) -> int:
        return sum(1 for s, o in given if s == stage and (outcome is None or o == outcome))

    return tuple(
        StageCount(
            stage, count(stage), count(stage, "won"), count(stage, "lost"), count(stage, "stalled")
        )
        for stage in DEAL_STAGES
    )


def commitment_counts(
    commitments: Iterable[Commitment], since: date, until: date
) -> CommitmentCounts:
    """Kept and let go with a closing in the period; open ones made by its end."""
    kept = let_go = still_open = 0
    for commitment in commitments:
        if commitment.is_open:
            if local_day(commitment.created_at) <= until:
                still_open += 1
            continue
        if commitment.closed_at is None or not since <= local_day(commitment.closed_at) <= until:
            continue
        if commitment.state is CommitmentState.DONE:
            kept += 1
        else:
            let_go += 1
    return CommitmentCounts(kept, let_go, still_open)


def stress_peak(weekdays: WeekdayStress) -> StressPeak | None:
    """The weekday whose stress stands out, if one clearly does."""
    if weekdays.overall is None or weekdays.weeks < MIN_WEEKS_FOR_WEEKDAY:
        return None
    candidates = [
        d for d in weekdays.days if d.mean is not None and d.count >= MIN_CHECK_INS_ON_PEAK_DAY
    ]
    if not candidates:
        return None
    top = max(d.mean for d in candidates if d.mean is not None)
    leaders = [d for d in candidates if d.mean == top]
    if len(leaders) != 1 or top - weekdays.overall < MIN_STRESS_LIFT:
        return None  # a tie names no day; a small lift is noise
    peak = leaders[0]
    return StressPeak(peak.weekday, top, weekdays.overall, peak.count, weekdays.weeks)


def _recent_change(
    points: Sequence[WeekPoint], today: date, minimum: float
) -> tuple[float, float, int] | None:
    """(earlier mean, later mean, weeks looked at) over the last TREND_WEEKS, if it moved enough."""
    first_week = week_of(today) - timedelta(weeks=TREND_WEEKS - 1)
    recent = [p for p in points if first_week <= p.week <= today]
    if len(recent) < MIN_TREND_WEEKS:
        return None
    half = len(recent) // 2  # an odd middle week belongs to neither half
    start = fmean(p.mean for p in recent[:half])
    end = fmean(p.mean for p in recent[-half:])
    if abs(end - start) < minimum:
        return None
    weeks = (week_of(today) - recent[0].week).days // 7 + 1
    return start, end, weeks


def energy_trend(energy: Sequence[WeekPoint], today: date) -> EnergyTrend | None:
    """Energy rising or falling over the recent weeks, if it clearly does."""
    change = _recent_change(energy, today, MIN_ENERGY_CHANGE)
    return EnergyTrend(*change) if change else None


def attention_shift(attention: Sequence[WeekPoint], today: date) -> AttentionShift | None:
    """Attention moving toward the target or the customer, if it clearly does."""
    change = _recent_change(attention, today, MIN_ATTENTION_CHANGE)
    return AttentionShift(*change) if change else None


def turning_stage(stages: Sequence[StageCount]) -> TurningStage | None:
    """The stage where most deals turned, if there are enough debriefs and it clearly leads."""
    total = sum(s.count for s in stages)
    if total < MIN_DEBRIEFS:
        return None
    ranked = sorted(stages, key=lambda s: s.count, reverse=True)
    leader = ranked[0]
    runner_up = ranked[1].count if len(ranked) > 1 else 0
    if leader.count - runner_up < MIN_STAGE_LEAD or leader.count < MIN_STAGE_SHARE * total:
        return None
    return TurningStage(leader.stage, leader.count, total)


def commitments_kept(counts: CommitmentCounts) -> CommitmentsKept | None:
    """How many closed commitments were kept, once enough were closed."""
    if counts.closed < MIN_CLOSED_COMMITMENTS:
        return None
    return CommitmentsKept(counts.kept, counts.closed)


def insights(
    check_ins: Iterable[CheckIn],
    commitments: Iterable[Commitment],
    turning_stages: Iterable[TurningPoint],
    today: date,
    since: date | None = None,
) -> Insights:
    """Series, counts and observations for the period `since` .. `today` (both included).

    Without `since`, the last DEFAULT_WEEKS ISO weeks, this week included.
    """
    start = default_since(today) if since is None else since
    chosen = [c for c in check_ins if start <= local_day(c.created_at) <= today]
    stress = weekly(chosen, lambda c: c.stress)
    energy = weekly(chosen, lambda c: c.energy)
    attention = weekly(chosen, lambda c: c.attention)
    weekdays = stress_by_weekday(chosen)
    stages = stage_counts(
        (p[1], _outcome(p)) for p in turning_stages if start <= local_day(p[0]) <= today
    )
    counts = commitment_counts(commitments, start, today)
    found = (
        stress_peak(weekdays),
        energy_trend(energy, today),
        attention_shift(attention, today),
        turning_stage(stages),
        commitments_kept(counts),
    )
    return Insights(
        since=start,
        until=today,
        check_ins=len(chosen),
        stress=stress,
        energy=energy,
        attention=attention,
        weekdays=weekdays,
        stages=stages,
        commitments=counts,
        observations=tuple(o for o in found if o is not None),
    )
