"""The composition root: default journal place, the demo journal, the version."""

from __future__ import annotations

import os
import subprocess
import sys
from collections import Counter
from datetime import date, datetime, time, timedelta
from pathlib import Path
from statistics import fmean

import pytest

from coachdesk import __version__
from coachdesk.coaching import commitments
from coachdesk.coaching.checkins import ATTENTION_MAX, CheckIn
from coachdesk.coaching.commitments import CommitmentState
from coachdesk.coaching.due import Due, due_now
from coachdesk.coaching.flows import FlowLibrary
from coachdesk.coaching.revisits import RevisitState
from coachdesk.demo_journal import fill_demo
from coachdesk.environment import default_journal_path
from coachdesk.storage import JournalStore
from coachdesk.storage.rows import from_text

TODAY = date(2026, 11, 25)  # a Wednesday: the demo counts back from Sunday the 22nd


@pytest.fixture
def demo(store: JournalStore, library: FlowLibrary) -> JournalStore:
    fill_demo(store, library, TODAY)
    return store


def day_of(moment: datetime) -> date:
    return moment.astimezone().date()


def mean_stress(check_ins: list[CheckIn], weekend: bool) -> float:
    return fmean(c.stress for c in check_ins if (day_of(c.created_at).weekday() >= 5) == weekend)


def weekend_lift(check_ins: list[CheckIn]) -> float:
    return mean_stress(check_ins, weekend=True) - mean_stress(check_ins, weekend=False)


def test_the_default_journal_lives_in_the_user_data_folder() -> None:
    path = default_journal_path()
    assert path.name == "journal.sqlite"
    assert path.parent == Path(os.environ["XDG_DATA_HOME"]) / "coachdesk"


def test_the_demo_journal_looks_alive(store: JournalStore, library: FlowLibrary) -> None:
    today = date(2026, 11, 25)  # a Wednesday: the demo counts back from Sunday the 22nd
    count = fill_demo(store, library, today)
    assert 35 <= count <= 45 and store.count() == count
    summaries = store.timeline(0, 100)
    days = {s.created_at.astimezone().date() for s in summaries}
    assert max(days) <= today and min(days) >= today - timedelta(days=100)
    assert max(days) - min(days) >= timedelta(days=75)  # about three months
    assert {s.flow_id for s in summaries} == {f.id for f in library.flows}
    assert sum(s.is_draft for s in summaries) == 1
    assert all(s.preview for s in summaries)


def test_the_demo_check_ins_show_the_weekend_easing_over_three_months(
    demo: JournalStore,
) -> None:
    check_ins = demo.check_ins()
    days = [day_of(c.created_at) for c in check_ins]
    assert max(days) < TODAY and max(days) - min(days) >= timedelta(days=80)
    per_week = Counter(day - timedelta(days=day.weekday()) for day in days)
    assert len(per_week) >= 12 and all(2 <= n <= 5 for n in per_week.values())  # ~3 a week
    assert all(1 <= v <= 5 for c in check_ins for v in (c.stress, c.energy, c.confidence))
    assert all(0 <= c.attention <= ATTENTION_MAX for c in check_ins)
    middle = min(days) + (max(days) - min(days)) / 2
    first_half = [c for c in check_ins if day_of(c.created_at) < middle]
    last_weeks = [c for c in check_ins if day_of(c.created_at) > max(days) - timedelta(weeks=4)]
    # Monday's numbers felt from Saturday on ...
    assert weekend_lift(first_half) >= 1
    # ... until coaching and the customers take the weekends back.
    assert weekend_lift(last_weeks) <= 0.5
    assert mean_stress(last_weeks, weekend=True) <= mean_stress(first_half, weekend=True) - 1.5
    first_month = [
        c.attention for c in check_ins if day_of(c.created_at) < min(days) + timedelta(weeks=4)
    ]
    assert fmean(first_month) >= fmean(c.attention for c in last_weeks) + 25  # toward customers
    assert sum(bool(c.note) for c in check_ins) >= len(check_ins) // 2


def test_the_demo_commitments_are_in_every_state_with_what_happened(demo: JournalStore) -> None:
    made = demo.commitments()
    states = Counter(c.state for c in made)
    assert states[CommitmentState.DONE] >= 10 and states[CommitmentState.LET_GO] >= 2
    assert 2 <= states[CommitmentState.OPEN] <= 6  # a few, not a pile that nags
    agreed = {c.id for s in demo.sessions() for c in demo.session_commitments(s.id)}
    by_hand = [c for c in made if c.reflection_id is None and c.id not in agreed]
    assert 3 <= len(by_hand) <= 4 and len({c.state for c in by_hand}) == 3
    for commitment in made:
        if commitment.is_open:
            assert commitment.closed_at is None and not commitment.outcome
        else:
            assert commitment.outcome.strip() and commitment.closed_at is not None
            assert commitment.created_at <= commitment.closed_at
        if commitment.due is not None:
            assert commitment.due >= day_of(commitment.created_at)
    week = (TODAY - timedelta(days=TODAY.weekday()), commitments.end_of_week(TODAY))
    due = due_on(demo, TODAY).due
    assert any(c.due is not None and week[0] <= c.due <= week[1] for c in due)


def test_the_demo_lessons_came_back_answered_put_aside_and_waiting(demo: JournalStore) -> None:
    returns = demo.revisits()
    states = Counter(r.state for r in returns)
    assert states[RevisitState.ANSWERED] >= 3 and states[RevisitState.DISMISSED] >= 1
    assert states[RevisitState.PENDING] >= 1
    assert all(r.answer.strip() for r in returns if r.state is RevisitState.ANSWERED)
    closed = [r for r in returns if r.state in (RevisitState.ANSWERED, RevisitState.DISMISSED)]
    assert all(r.due < TODAY - timedelta(weeks=1) for r in closed)
    assert len({r.reflection_id for r in closed}) >= 3  # from several debriefs
    assert due_on(demo, TODAY).lessons


@pytest.mark.parametrize("today", [TODAY + timedelta(days=n) for n in range(-3, 4)])  # Sun..Sat
def test_the_demo_lies_in_the_past_and_this_week_has_something_whatever_the_day(
    store: JournalStore, library: FlowLibrary, today: date
) -> None:
    fill_demo(store, library, today)
    moments = [r.created_at for r in store.every_reflection()]
    moments += [c.created_at for c in store.check_ins()]
    for commitment in store.commitments():
        moments += [commitment.created_at, commitment.closed_at or commitment.created_at]
    answered = store._db.execute("select answered_at from revisits where answered_at is not null")
    moments += [from_text(at) for (at,) in answered]  # Revisit does not carry it
    assert len(moments) > 100
    assert all(day_of(moment) < today for moment in moments)
    found = due_on(store, today)
    assert (found.due or found.still_on_list) and found.lessons


def due_on(store: JournalStore, day: date) -> Due:
    """What This week would show at noon on `day`."""
    noon = datetime.combine(day, time(12)).astimezone()
    return due_now(store.commitments(open_only=True), store.revisits(), None, noon)


def test_version_is_printed() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "coachdesk", "--version"], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == f"coachdesk {__version__}"


def test_help_lists_every_subcommand() -> None:
    from coachdesk import cli

    result = subprocess.run(
        [sys.executable, "-m", "coachdesk", "--help"], capture_output=True, text=True, check=True
    )
    listed = [line.split()[0] for line in result.stdout.split("commands")[1].splitlines()[1:]]
    named = set(cli.parser()._subparsers._group_actions[0].choices)  # type: ignore[union-attr]
    assert set(listed) == named - {"export-pdf-warm"}  # the window's export child stays unlisted
    assert "--journal PATH" in result.stdout
