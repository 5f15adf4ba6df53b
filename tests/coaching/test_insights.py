"""Insights: exact series and counts, and observations only where the data carries them."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

import pytest

from coachdesk.coaching import insights as ins
from coachdesk.coaching.checkins import CheckIn
from coachdesk.coaching.commitments import Commitment, CommitmentState
from coachdesk.coaching.flows import DEAL_STAGES
from coachdesk.coaching.insights import (
    AttentionShift,
    CommitmentCounts,
    CommitmentsKept,
    EnergyTrend,
    ObservationKind,
    StageCount,
    StressPeak,
    TurningStage,
    WeekdayMean,
    WeekPoint,
    insights,
)

TODAY = date(2026, 11, 22)  # a Sunday
THIS_MONDAY = date(2026, 11, 16)


def at(day: date, hour: int = 12, minute: int = 0) -> datetime:
    """A moment on the user's local calendar (the suite runs in Europe/Amsterdam)."""
    return datetime.combine(day, time(hour, minute)).astimezone()


def check_in(day: date, stress: int = 3, energy: int = 3, attention: int = 50) -> CheckIn:
    return CheckIn(0, at(day), stress, energy, 3, attention)


def monday(weeks_ago: int) -> date:
    return THIS_MONDAY - timedelta(weeks=weeks_ago)


def commitment(
    state: CommitmentState, closed: date | None, made: date = date(2026, 9, 1)
) -> Commitment:
    closed_at = at(closed) if closed else None
    return Commitment(0, "call back", at(made), state=state, closed_at=closed_at)


def test_an_empty_journal_has_no_points_and_no_observations() -> None:
    result = insights([], [], [], TODAY)
    assert result.since == date(2026, 5, 25)  # 26 ISO weeks, this one included
    assert result.until == TODAY
    assert result.check_ins == 0
    assert result.stress == result.energy == result.attention == ()
    assert result.weekdays.overall is None
    assert result.weekdays.days == tuple(WeekdayMean(d, None, 0) for d in range(7))
    assert result.stages == tuple(StageCount(s, 0) for s in DEAL_STAGES)
    assert result.debriefs == 0
    assert result.commitments == CommitmentCounts(0, 0, 0)
    assert result.observations == ()


def test_a_single_check_in_is_one_point_per_series() -> None:
    result = insights(
        [check_in(date(2026, 11, 18), stress=4, energy=2, attention=70)], [], [], TODAY
    )
    assert result.stress == (WeekPoint(THIS_MONDAY, 4.0, 1),)
    assert result.energy == (WeekPoint(THIS_MONDAY, 2.0, 1),)
    assert result.attention == (WeekPoint(THIS_MONDAY, 70.0, 1),)
    assert result.weekdays.days[2] == WeekdayMean(2, 4.0, 1)  # a Wednesday
    assert result.weekdays.overall == 4.0
    assert result.weekdays.weeks == 1
    assert result.observations == ()


def test_weekly_means_are_per_iso_week_on_the_local_calendar() -> None:
    # Monday 00:30 in Amsterdam is still Sunday in UTC: it belongs to the new week.
    just_after_midnight = CheckIn(0, datetime(2026, 11, 15, 23, 30, tzinfo=UTC), 5, 1, 3, 100)
    given = [
        check_in(date(2026, 11, 10), stress=2, energy=4, attention=20),
        check_in(date(2026, 11, 15), stress=3, energy=5, attention=40),  # Sunday, same week
        just_after_midnight,
    ]
    result = insights(given, [], [], TODAY)
    assert result.stress == (WeekPoint(date(2026, 11, 9), 2.5, 2), WeekPoint(THIS_MONDAY, 5.0, 1))
    assert result.energy == (WeekPoint(date(2026, 11, 9), 4.5, 2), WeekPoint(THIS_MONDAY, 1.0, 1))
    assert result.attention == (
        WeekPoint(date(2026, 11, 9), 30.0, 2),
        WeekPoint(THIS_MONDAY, 100.0, 1),
    )
    assert result.weekdays.days[0] == WeekdayMean(0, 5.0, 1)


def test_only_the_period_counts() -> None:
    given = [
        check_in(date(2026, 5, 24), stress=5),  # the Sunday before the period
        check_in(date(2026, 5, 25), stress=1),  # its first day
        check_in(TODAY + timedelta(days=1), stress=5),  # a clock ahead of today
    ]
    result = insights(given, [], [], TODAY)
    assert result.check_ins == 1
    assert result.stress == (WeekPoint(date(2026, 5, 25), 1.0, 1),)
    chosen = insights(given, [], [], TODAY, since=date(2026, 5, 1))
    assert chosen.since == date(2026, 5, 1) and chosen.check_ins == 2


def weekly_pattern(weeks: int, stress_by_weekday: dict[int, int]) -> list[CheckIn]:
    """One check-in per listed weekday in each of the last `weeks` weeks."""
    return [
        check_in(monday(w) + timedelta(days=d), stress=s)
        for w in range(weeks)
        for d, s in stress_by_weekday.items()
    ]


def test_stress_highest_on_one_weekday() -> None:
    # Monday 3, Wednesday 2, Friday 2, Sunday 5: overall exactly 3.0.
    given = weekly_pattern(14, {0: 3, 2: 2, 4: 2, 6: 5})
    result = insights(given, [], [], TODAY)
    assert result.weekdays.days[6] == WeekdayMean(6, 5.0, 14)
    assert result.weekdays.days[1] == WeekdayMean(1, None, 0)
    assert result.weekdays.overall == 3.0
    assert result.weekdays.weeks == 14
    assert result.observations == (
        StressPeak(weekday=6, mean=5.0, overall=3.0, check_ins=14, weeks=14),
    )
    assert result.observations[0].kind is ObservationKind.STRESS_PEAK


def test_stress_peak_needs_enough_weeks() -> None:
    pattern = {0: 3, 2: 2, 4: 2, 6: 5}
    assert (
        insights(weekly_pattern(ins.MIN_WEEKS_FOR_WEEKDAY - 1, pattern), [], [], TODAY).observations
        == ()
    )
    enough = insights(weekly_pattern(ins.MIN_WEEKS_FOR_WEEKDAY, pattern), [], [], TODAY)
    assert [o.kind for o in enough.observations] == [ObservationKind.STRESS_PEAK]


def test_stress_peak_needs_enough_check_ins_on_that_day() -> None:
    given = weekly_pattern(10, {0: 3, 2: 2, 4: 2})
    given += [check_in(monday(w) + timedelta(days=6), stress=5) for w in range(3)]
    result = insights(given, [], [], TODAY)
    assert result.weekdays.days[6].count == ins.MIN_CHECK_INS_ON_PEAK_DAY - 1
    assert result.observations == ()


def test_stress_peak_needs_a_meaningful_difference() -> None:
    # Every day 3 except Sunday, alternating 4 and 3: Sunday 3.5 against 3.07.
    given = [
        check_in(monday(w) + timedelta(days=d), stress=(4 if w % 2 else 3) if d == 6 else 3)
        for w in range(8)
        for d in range(7)
    ]
    result = insights(given, [], [], TODAY)
    assert result.weekdays.days[6].mean == 3.5
    assert result.weekdays.overall == pytest.approx(172 / 56)
    assert result.observations == ()


def test_stress_peak_names_no_day_on_a_tie() -> None:
    result = insights(weekly_pattern(10, {0: 2, 2: 2, 5: 5, 6: 5}), [], [], TODAY)
    assert result.observations == ()


def debriefs(**counts: int) -> list[tuple[datetime, str]]:
    return [
        (at(date(2026, 10, 1) + timedelta(days=i)), stage.replace("_", "-"))
        for stage, n in counts.items()
        for i in range(n)
    ]


def test_most_deals_turned_at_one_stage() -> None:
    result = insights([], [], debriefs(proposal=5, discovery=2, negotiation=2), TODAY)
    assert [(s.stage, s.count) for s in result.stages] == [
        ("prospecting", 0),
        ("discovery", 2),
        ("demo", 0),
        ("proposal", 5),
        ("negotiation", 2),
        ("closing", 0),
        ("after-sale", 0),
    ]
    assert result.debriefs == 9
    assert result.observations == (TurningStage("proposal", 5, 9),)


def test_stage_counts_leave_out_unknown_stages_and_other_periods() -> None:
    given = debriefs(after_sale=1) + [
        (at(date(2026, 10, 2)), "coffee"),
        (at(date(2025, 1, 1)), "demo"),
    ]
    result = insights([], [], given, TODAY)
    assert result.stages[-1] == StageCount("after-sale", 1)
    assert result.debriefs == 1


OTHER_STAGES = ("prospecting", "discovery", "demo", "negotiation", "closing", "after_sale")


@pytest.mark.parametrize(
    "counts",
    [
        {"proposal": ins.MIN_DEBRIEFS - 1},  # too few debriefs
        {"proposal": 3, "discovery": 2},  # ahead by one only
        {"proposal": 3, **{s: 1 for s in OTHER_STAGES}},  # 3 of 9: ahead, yet not "most"
    ],
    ids=["few", "close-race", "small-share"],
)
def test_no_turning_stage_without_a_clear_leader(counts: dict[str, int]) -> None:
    assert insights([], [], debriefs(**counts), TODAY).observations == ()


def test_kept_commitments() -> None:
    given = (
        [commitment(CommitmentState.DONE, date(2026, 10, 5)) for _ in range(7)]
        + [commitment(CommitmentState.LET_GO, date(2026, 11, 1)) for _ in range(2)]
        + [commitment(CommitmentState.OPEN, None) for _ in range(3)]
        + [commitment(CommitmentState.DONE, date(2026, 1, 5))]  # closed before the period
        + [commitment(CommitmentState.OPEN, None, made=TODAY + timedelta(days=1))]
    )
    result = insights([], given, [], TODAY)
    assert result.commitments == CommitmentCounts(kept=7, let_go=2, open=3)
    assert result.commitments.closed == 9 and result.commitments.total == 12
    assert result.observations == (CommitmentsKept(kept=7, closed=9),)
    assert result.observations[0].let_go == 2


def test_too_few_closed_commitments_say_nothing() -> None:
    given = [commitment(CommitmentState.DONE, date(2026, 10, 5))] * (
        ins.MIN_CLOSED_COMMITMENTS - 1
    ) + [commitment(CommitmentState.OPEN, None)] * 10
    result = insights([], given, [], TODAY)
    assert result.commitments == CommitmentCounts(4, 0, 10)
    assert result.observations == ()


def weekly_values(values: list[int], field: str) -> list[CheckIn]:
    """One check-in per week, the last value in this week."""
    weeks_ago = range(len(values) - 1, -1, -1)
    return [
        check_in(monday(w) + timedelta(days=1), **{field: v})
        for w, v in zip(weeks_ago, values, strict=True)
    ]


def test_attention_moved_toward_the_target() -> None:
    result = insights(weekly_values([30, 30, 30, 30, 60, 60, 60, 60], "attention"), [], [], TODAY)
    assert result.observations == (AttentionShift(start=30.0, end=60.0, weeks=8),)
    assert result.observations[0].toward_target


def test_attention_moved_toward_the_customer_leaving_out_the_middle_week() -> None:
    given = weekly_values([80, 80, 70, 0, 40, 40, 40], "attention")
    (shift,) = insights(given, [], [], TODAY).observations
    assert shift == AttentionShift(start=pytest.approx(230 / 3), end=40.0, weeks=7)
    assert isinstance(shift, AttentionShift) and not shift.toward_target


def test_attention_weeks_count_up_to_this_week() -> None:
    # Six weekly check-ins, the last one two weeks ago: eight weeks looked at.
    given = [
        check_in(monday(w) + timedelta(days=1), attention=a)
        for w, a in zip(range(7, 1, -1), [10, 10, 10, 50, 50, 50], strict=True)
    ]
    assert insights(given, [], [], TODAY).observations == (AttentionShift(10.0, 50.0, 8),)


@pytest.mark.parametrize(
    "values",
    [[30, 30, 30, 40, 40, 40], [30, 30, 90, 90, 90]],
    ids=["small-change", "too-few-weeks"],
)
def test_no_attention_shift_below_the_thresholds(values: list[int]) -> None:
    assert insights(weekly_values(values, "attention"), [], [], TODAY).observations == ()


def test_attention_shift_looks_only_at_recent_weeks() -> None:
    # A big change long ago, and steady weeks since.
    given = weekly_values([0] * 6 + [90] * 10, "attention")
    assert insights(given, [], [], TODAY).observations == ()


def test_energy_falling() -> None:
    (trend,) = insights(weekly_values([4, 4, 4, 2, 2, 2], "energy"), [], [], TODAY).observations
    assert trend == EnergyTrend(start=4.0, end=2.0, weeks=6)
    assert isinstance(trend, EnergyTrend) and not trend.rising
    assert trend.kind is ObservationKind.ENERGY_TREND


def test_no_energy_trend_for_a_small_change() -> None:
    given = weekly_values([3, 3, 3, 3, 3, 3, 3, 4], "energy")  # 3.0 to 3.25
    assert insights(given, [], [], TODAY).observations == ()


def test_observations_come_in_a_fixed_order() -> None:
    given = weekly_pattern(6, {0: 3, 2: 2, 4: 2, 6: 5})
    given += weekly_values([5, 5, 5, 1, 1, 1], "energy")
    result = insights(
        given,
        [commitment(CommitmentState.DONE, date(2026, 10, 5))] * 5,
        debriefs(closing=5),
        TODAY,
    )
    assert [o.kind for o in result.observations] == [
        ObservationKind.STRESS_PEAK,
        ObservationKind.ENERGY_TREND,
        ObservationKind.TURNING_STAGE,
        ObservationKind.COMMITMENTS_KEPT,
    ]


def test_where_deals_turned_is_split_by_outcome() -> None:
    day = at(date(2026, 10, 5))
    given = [
        *[(day, "proposal", "lost")] * 4,
        *[(day, "proposal", "won")] * 1,
        *[(day, "proposal", "stalled")] * 2,
        (day, "proposal", "open"),
        (day, "proposal", ""),
        *[(day, "discovery", "won")] * 3,
        (day, "discovery", "lost"),
        (day, "negotiation", "stalled"),
        (at(date(2025, 1, 1)), "proposal", "won"),  # before the period: not counted
    ]
    result = insights([], [], given, TODAY)
    split = {s.stage: (s.count, s.won, s.lost, s.stalled, s.other) for s in result.stages}
    assert split == {
        "prospecting": (0, 0, 0, 0, 0),
        "discovery": (4, 3, 1, 0, 0),
        "demo": (0, 0, 0, 0, 0),
        "proposal": (9, 1, 4, 2, 2),
        "negotiation": (1, 0, 0, 1, 0),
        "closing": (0, 0, 0, 0, 0),
        "after-sale": (0, 0, 0, 0, 0),
    }
    assert result.debriefs == 14
    assert (result.won, result.lost, result.stalled) == (4, 5, 3)
