"""What is due, as a coach keeps it: recent, stale, ancient, undated, and after an absence."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from hypothesis import given
from hypothesis import strategies as st

from coachdesk.coaching.commitments import Commitment, CommitmentState
from coachdesk.coaching.due import KINDS, MAX_LESSONS, due_items, due_now, prep_due, weekly_due
from coachdesk.coaching.revisits import Revisit, RevisitState

# Wednesday 25 November 2026, mid-afternoon in Amsterdam (conftest's time zone).
NOW = datetime(2026, 11, 25, 14, 0, tzinfo=UTC)


def made(
    days_ago: int, due: date | None = None, ident: int = 0, kept_on: date | None = None
) -> Commitment:
    created = NOW - timedelta(days=days_ago)
    return Commitment(ident or days_ago + 1, f"promise {days_ago}", created, due, kept_on=kept_on)


def lesson(ident: int, concluded_days_ago: int, weeks: int = 1) -> Revisit:
    concluded = NOW - timedelta(days=concluded_days_ago)
    due = concluded.date() + timedelta(weeks=weeks)
    return Revisit(ident, ident, weeks, due, f"lesson {ident}", concluded)


def test_due_this_week_and_recently_slipped_come_up_most_overdue_first() -> None:
    friday = made(3, date(2026, 11, 27), ident=1)
    last_week = made(20, date(2026, 11, 18), ident=2)
    sunday = made(1, date(2026, 11, 29), ident=3)  # the end of this week still counts
    found = due_now([friday, sunday, last_week], [], None, NOW)
    assert found.due == [last_week, friday, sunday]
    assert found.asks_attention and found.older == [] and found.later == []


def test_a_date_long_past_is_gathered_with_the_older_ones() -> None:
    ancient = made(1200, date(2023, 9, 1), ident=1)
    stale = made(40, date(2026, 11, 1), ident=2)  # 24 days overdue
    found = due_now([ancient, stale], [], None, NOW)
    assert found.due == [] and found.older == [ancient, stale]
    assert not found.asks_attention  # one quiet line, not an alarm


def test_a_date_after_this_week_waits() -> None:
    monday = made(2, date(2026, 11, 30))
    found = due_now([monday], [], None, NOW)
    assert found.later == [monday] and not found.asks_attention


def test_an_undated_promise_waits_a_week_is_asked_about_once_then_gathered() -> None:
    fresh = made(3, ident=1)
    week_old = made(9, ident=2)
    fortnight = made(18, ident=3)
    kept = made(18, ident=4, kept_on=date(2026, 11, 20))  # "still on my list": not asked again
    ancient = made(400, ident=5)
    found = due_now([fresh, week_old, fortnight, kept, ancient], [], None, NOW)
    assert found.still_on_list == [fortnight, week_old]
    assert found.later == [kept, fresh]
    assert found.older == [ancient]
    assert found.recall() == [fortnight, week_old, fresh]  # and what was promised lately


def test_closed_commitments_are_never_due() -> None:
    done = Commitment(1, "x", NOW - timedelta(days=2), date(2026, 11, 26), CommitmentState.DONE)
    assert not due_now([done], [], None, NOW).asks_attention


def test_only_the_most_recent_lessons_come_back_the_rest_are_skipped() -> None:
    returns = [lesson(i, concluded_days_ago=10 + i) for i in range(1, 41)]
    found = due_now([], returns, None, NOW)
    assert [r.id for r in found.lessons] == [1, 2, 3][:MAX_LESSONS]
    assert sorted(r.id for r in found.skipped) == list(range(MAX_LESSONS + 1, 41))


def test_a_lesson_comes_back_once_at_its_latest_return_and_not_before_its_day() -> None:
    first = lesson(1, concluded_days_ago=30, weeks=1)
    third = Revisit(
        2, 1, 3, first.concluded_at.date() + timedelta(weeks=3), "l", first.concluded_at
    )
    not_yet = lesson(3, concluded_days_ago=2, weeks=1)
    answered = Revisit(4, 9, 1, date(2026, 11, 1), "l", NOW, RevisitState.ANSWERED)
    found = due_now([], [first, third, not_yet, answered], None, NOW)
    assert found.lessons == [third] and found.skipped == []


def test_after_an_absence_the_quiet_line_holds_what_slipped() -> None:
    # Three months away: what came due then is old now, and one lesson list stays short.
    slipped = [made(100 + d, date(2026, 8, 1) + timedelta(days=d), ident=d + 1) for d in range(30)]
    returns = [lesson(i, concluded_days_ago=90 + i, weeks=8) for i in range(1, 20)]
    found = due_now(slipped, returns, None, NOW)
    assert found.due == [] and len(found.older) == 30
    assert len(found.lessons) == MAX_LESSONS


def test_the_check_in_invitation_follows_the_clock() -> None:
    sunday_evening = datetime(2026, 11, 29, 19, 0, tzinfo=UTC)
    assert due_now([], [], None, sunday_evening).invite_check_in
    assert not due_now([], [], None, NOW).invite_check_in
    assert not due_now([], [], sunday_evening - timedelta(hours=2), sunday_evening).invite_check_in


@given(
    st.lists(
        st.tuples(
            st.integers(0, 4000), st.one_of(st.none(), st.integers(-4000, 60)), st.booleans()
        ),
        max_size=60,
    )
)
def test_every_open_commitment_lands_in_exactly_one_group(
    specs: list[tuple[int, int | None, bool]],
) -> None:
    open_ones = [
        made(
            age,
            None if offset is None else NOW.date() + timedelta(days=offset),
            ident=i + 1,
            kept_on=NOW.date() if kept else None,
        )
        for i, (age, offset, kept) in enumerate(specs)
    ]
    found = due_now(open_ones, [], None, NOW)
    groups = [found.due, found.still_on_list, found.later, found.older]
    placed = sorted(c.id for group in groups for c in group)
    assert placed == sorted(c.id for c in open_ones)


def test_the_weekly_reflection_is_due_from_friday_until_one_is_written() -> None:
    friday = date(2026, 11, 27)
    thursday_night = datetime(2026, 11, 26, 22, tzinfo=UTC)
    assert weekly_due(thursday_night, None) is None
    assert weekly_due(datetime(2026, 11, 27, 6, tzinfo=UTC), None) == friday
    sunday = datetime(2026, 11, 29, 20, tzinfo=UTC)
    assert weekly_due(sunday, datetime(2026, 11, 20, 15, tzinfo=UTC)) == friday
    assert weekly_due(sunday, datetime(2026, 11, 28, 9, tzinfo=UTC)) is None


def test_the_prep_is_due_the_day_before_the_coaching_day() -> None:
    tuesday_hour = datetime(2026, 11, 17, 9, tzinfo=UTC)
    assert prep_due(datetime(2026, 11, 23, 12, tzinfo=UTC), tuesday_hour) == date(2026, 11, 24)
    assert prep_due(NOW, tuesday_hour) is None  # a Wednesday
    assert prep_due(NOW, None) is None  # no coaching hour yet: no coaching day


def test_due_items_follow_this_weeks_groups_and_order() -> None:
    soon = made(3, date(2026, 11, 27), ident=1)
    asked = made(10, ident=2)
    later = made(1, date(2026, 12, 20), ident=3)
    found = due_now([later, asked, soon], [lesson(7, 10)], None, NOW)
    items = due_items(found, date(2026, 11, 27), None)
    assert [(i.kind, i.id, i.due) for i in items] == [
        ("commitment", 1, date(2026, 11, 27)),
        ("commitment", 2, None),
        ("lesson", 7, date(2026, 11, 22)),
        ("weekly", "weekly-2026-11-27", date(2026, 11, 27)),
    ]
    assert {i.kind for i in items} <= set(KINDS)
