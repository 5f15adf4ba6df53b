"""The coaching loop over time: commitments, check-ins and lessons, with a moving clock."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from coachdesk.coaching import checkins
from coachdesk.coaching.commitments import CommitmentState
from coachdesk.coaching.flows import FlowLibrary
from coachdesk.coaching.reflections import Answer, NewReflection
from coachdesk.coaching.revisits import RevisitState
from coachdesk.storage import JournalStore
from tests.conftest import FakeClock

AMSTERDAM = ZoneInfo("Europe/Amsterdam")


def today(clock: FakeClock) -> date:
    return clock().astimezone().date()


def answer_to(library: FlowLibrary, flow_id: str, question_id: str, **values: object) -> Answer:
    flow = library.get(flow_id)
    assert flow is not None
    question = flow.question(question_id)
    assert question is not None
    return replace(Answer.blank(question, flow.questions.index(question)), **values)


def test_a_commitment_question_makes_a_commitment_that_follows_its_answer(
    store: JournalStore, library: FlowLibrary, clock: FakeClock
) -> None:
    debrief = library.get("deal-debrief")
    assert debrief is not None
    reflection = store.start(debrief)
    promise = answer_to(
        library, "deal-debrief", "next-time", text="Ask who signs", due=date(2026, 12, 4)
    )
    store.save_answer(reflection.id, promise)
    (made,) = store.commitments()
    assert (made.text, made.due, made.state, made.reflection_id) == (
        "Ask who signs",
        date(2026, 12, 4),
        CommitmentState.OPEN,
        reflection.id,
    )
    assert store.get(reflection.id).answer("next-time").due == date(2026, 12, 4)  # type: ignore[union-attr]
    store.save_answer(reflection.id, replace(promise, text="Ask who signs, and when"))
    assert [c.text for c in store.commitments()] == ["Ask who signs, and when"]
    store.save_answer(reflection.id, replace(promise, text="  "))
    assert store.commitments() == []


def test_a_commitment_without_a_date_falls_due_on_the_day_its_words_give(
    store: JournalStore, clock: FakeClock
) -> None:
    # The clock says Friday 20 November 2026.
    in_words = store.add_commitment("Twenty minutes with Jan alone by 18 Dec", session_id=None)
    chosen = store.add_commitment("Offerte naar Brouwer vóór vrijdag", date(2026, 11, 24))
    plain = store.add_commitment("Call Sietske")
    dues = {c.id: c.due for c in store.commitments()}
    assert dues == {in_words: date(2026, 12, 18), chosen: date(2026, 11, 24), plain: None}


def test_a_commitment_answer_falls_due_by_its_words_counted_from_when_it_was_made(
    store: JournalStore, library: FlowLibrary, clock: FakeClock
) -> None:
    reflection = store.start(library.get("deal-debrief"))  # type: ignore[arg-type]
    promise = answer_to(
        library, "deal-debrief", "next-time", text="Vragen wie tekent, vóór vrijdag"
    )
    store.save_answer(reflection.id, promise)
    assert store.commitments()[0].due == date(2026, 11, 27)  # said on a Friday: next week's
    clock.advance(days=10)
    store.save_answer(reflection.id, replace(promise, text=promise.text + "!"))
    assert store.commitments()[0].due == date(2026, 11, 27)  # an edit does not move it
    store.save_answer(reflection.id, replace(promise, due=date(2026, 12, 2)))
    assert store.commitments()[0].due == date(2026, 12, 2)  # a date chosen wins


def test_closing_keeps_what_happened_and_survives_editing_the_answer(
    store: JournalStore, library: FlowLibrary, clock: FakeClock
) -> None:
    reflection = store.start(library.get("deal-debrief"))  # type: ignore[arg-type]
    promise = answer_to(library, "deal-debrief", "next-time", text="Call Jan")
    store.save_answer(reflection.id, promise)
    (made,) = store.commitments()
    clock.advance(days=3)
    store.close_commitment(made.id, CommitmentState.DONE, "He said yes to a demo")
    store.save_answer(reflection.id, replace(promise, text=""))  # emptied later
    (kept,) = store.commitments()
    assert kept.state is CommitmentState.DONE and kept.outcome == "He said yes to a demo"
    assert kept.closed_at == clock()
    store.close_commitment(made.id, CommitmentState.OPEN)
    assert store.commitments(open_only=True)[0].closed_at is None


def test_due_this_week_with_an_injected_clock(store: JournalStore, clock: FakeClock) -> None:
    # clock: Friday 20 November 2026
    store.add_commitment("due today", date(2026, 11, 20))
    store.add_commitment("due Sunday", date(2026, 11, 22))
    store.add_commitment("due next week", date(2026, 11, 25))
    store.add_commitment("no date, fresh")
    old = store.add_commitment("no date, a week old", at=clock() - timedelta(days=8))
    done = store.add_commitment("done", date(2026, 11, 1))
    store.close_commitment(done, CommitmentState.DONE, "did it")
    due = store.what_is_due()
    assert [c.text for c in due.due] == ["due today", "due Sunday"]
    assert [c.id for c in due.still_on_list] == [old]  # asked once: still on your list?
    assert [c.text for c in due.later] == ["no date, fresh", "due next week"]
    clock.advance(days=3)  # Monday: a new week
    assert "due next week" in {c.text for c in store.what_is_due().due}
    store.keep_commitments([old])
    assert store.what_is_due().still_on_list == []


def test_check_ins_round_trip_in_time_order(store: JournalStore, clock: FakeClock) -> None:
    first = store.add_check_in(4, 2, 3, 80, "numbers on my mind")
    clock.advance(days=2)
    second = store.add_check_in(2, 4, 4, 20)
    assert store.check_ins() == [first, second]
    assert store.check_ins(since=clock() - timedelta(days=1)) == [second]


def sunday(hour: int) -> datetime:
    return datetime(2026, 11, 22, hour, tzinfo=AMSTERDAM)


@pytest.mark.parametrize(
    ("now", "last", "invite"),
    [
        (sunday(19), None, True),
        (sunday(19), sunday(9) - timedelta(days=3), True),  # Thursday: before Friday
        (sunday(19), sunday(9) - timedelta(days=1), False),  # Saturday: since Friday
        (sunday(17), None, False),  # Sunday afternoon: not yet
        (sunday(9) + timedelta(days=1), None, True),  # Monday 09:00
        (sunday(13) + timedelta(days=1), None, False),  # Monday afternoon: too late
        (sunday(19) - timedelta(days=3), None, False),  # Thursday evening
    ],
)
def test_check_in_invitation(now: datetime, last: datetime | None, invite: bool) -> None:
    assert checkins.invite_now(now, last) is invite


def test_a_lesson_comes_back_after_one_three_and_eight_weeks(
    store: JournalStore, library: FlowLibrary, clock: FakeClock
) -> None:
    debrief = library.get("deal-debrief")
    assert debrief is not None
    reflection = store.start(debrief)
    store.save_answer(
        reflection.id, answer_to(library, "deal-debrief", "lesson", text="Ask for the decider")
    )
    store.finish(reflection.id)
    store.finish(reflection.id)  # an edit later plans nothing twice
    planned = store.revisits()
    assert [(r.weeks, r.due) for r in planned] == [
        (1, date(2026, 11, 27)),
        (3, date(2026, 12, 11)),
        (8, date(2027, 1, 15)),
    ]
    clock.now = datetime(2026, 11, 26, 12, tzinfo=AMSTERDAM)
    assert store.what_is_due().lessons == []
    clock.now = datetime(2026, 11, 27, 12, tzinfo=AMSTERDAM)
    (first,) = store.what_is_due().lessons
    assert first.lesson == "Ask for the decider" and first.weeks == 1
    # Away for a month: only the latest return is asked, the older one is skipped.
    clock.now = datetime(2026, 12, 20, 12, tzinfo=AMSTERDAM)
    (latest,) = store.what_is_due().lessons
    assert latest.weeks == 3
    store.close_revisit(latest.id, RevisitState.ANSWERED, "Yes, twice")
    states = {r.weeks: (r.state, r.answer) for r in store.revisits()}
    assert states == {
        1: (RevisitState.SKIPPED, ""),
        3: (RevisitState.ANSWERED, "Yes, twice"),
        8: (RevisitState.PENDING, ""),
    }


def test_no_lesson_no_returns(store: JournalStore, library: FlowLibrary) -> None:
    reflection = store.start(library.get("deal-debrief"))  # type: ignore[arg-type]
    store.save_answer(reflection.id, answer_to(library, "deal-debrief", "lesson", text="   "))
    store.finish(reflection.id)
    assert store.revisits() == []


def test_turning_stages_of_finished_reflections(store: JournalStore, library: FlowLibrary) -> None:
    for stage, finish in (("proposal", True), ("demo", True), ("closing", False)):
        reflection = store.start(library.get("deal-debrief"))  # type: ignore[arg-type]
        store.save_answer(reflection.id, answer_to(library, "deal-debrief", "stage", stage=stage))
        if finish:
            store.finish(reflection.id)
    assert [(stage, outcome) for _, stage, outcome in store.turning_stages()] == [
        ("proposal", ""),
        ("demo", ""),
    ]


def test_deleting_a_reflection_removes_its_commitments_and_returns(
    store: JournalStore, library: FlowLibrary
) -> None:
    reflection = store.start(library.get("deal-debrief"))  # type: ignore[arg-type]
    store.save_answer(reflection.id, answer_to(library, "deal-debrief", "lesson", text="L"))
    store.save_answer(reflection.id, answer_to(library, "deal-debrief", "next-time", text="C"))
    store.finish(reflection.id)
    store.add_commitment("by hand")
    store.delete(reflection.id)
    assert [c.text for c in store.commitments()] == ["by hand"] and store.revisits() == []


def test_a_closed_commitment_keeps_the_promise_it_answered(
    store: JournalStore, library: FlowLibrary
) -> None:
    reflection = store.start(library.get("deal-debrief"))  # type: ignore[arg-type]
    promise = answer_to(library, "deal-debrief", "next-time", text="Call Jan")
    store.save_answer(reflection.id, promise)
    (made,) = store.commitments()
    store.close_commitment(made.id, CommitmentState.DONE, "He picked up")
    store.save_answer(reflection.id, replace(promise, text="Call Jan and Sietske"))
    (kept,) = store.commitments()
    assert (kept.text, kept.outcome) == ("Call Jan", "He picked up")


def test_an_emptied_lesson_stops_coming_back(store: JournalStore, library: FlowLibrary) -> None:
    reflection = store.start(library.get("deal-debrief"))  # type: ignore[arg-type]
    lesson = answer_to(library, "deal-debrief", "lesson", text="Listen")
    store.save_answer(reflection.id, lesson)
    store.finish(reflection.id)
    store.save_answer(reflection.id, replace(lesson, text=""))
    assert store.revisits() == []


def test_check_ins_and_commitments_refuse_nonsense(store: JournalStore) -> None:
    with pytest.raises(ValueError):
        store.add_check_in(6, 3, 3, 50)
    with pytest.raises(ValueError):
        store.add_check_in(3, 3, 3, 101)
    with pytest.raises(ValueError):
        store.add_commitment("   ")


def test_a_return_is_closed_once(store: JournalStore, library: FlowLibrary) -> None:
    reflection = store.start(library.get("deal-debrief"))  # type: ignore[arg-type]
    store.save_answer(reflection.id, answer_to(library, "deal-debrief", "lesson", text="L"))
    store.finish(reflection.id)
    first = store.revisits()[0]
    store.close_revisit(first.id, RevisitState.DISMISSED)
    with pytest.raises(KeyError):
        store.close_revisit(first.id, RevisitState.ANSWERED, "late")


def reflection_with_lesson(
    store: JournalStore, library: FlowLibrary, lesson: str, finished: datetime
) -> int:
    """A finished Deal debrief concluding `lesson` at `finished`."""
    debrief = library.get("deal-debrief")
    assert debrief is not None
    made = NewReflection(
        debrief, (answer_to(library, "deal-debrief", "lesson", text=lesson),), finished
    )
    return store.add(made)


def test_lessons_set_aside_do_not_come_back(
    store: JournalStore, library: FlowLibrary, clock: FakeClock
) -> None:
    for i in range(6):
        reflection_with_lesson(store, library, f"lesson {i}", clock() - timedelta(weeks=2, days=i))
    due = store.what_is_due()
    assert [r.lesson for r in due.lessons] == ["lesson 0", "lesson 1", "lesson 2"]
    store.set_aside(due.skipped)
    assert store.what_is_due().skipped == []
    assert [r.lesson for r in store.what_is_due().lessons] == ["lesson 0", "lesson 1", "lesson 2"]
    skipped = {r.lesson for r in store.revisits() if r.state is RevisitState.SKIPPED}
    assert skipped == {"lesson 3", "lesson 4", "lesson 5"}


def test_commitments_close_together_or_not_at_all(store: JournalStore) -> None:
    ids = [store.add_commitment(f"promise {i}") for i in range(3)]
    store.close_commitments(ids[:2], CommitmentState.DONE, "all three calls made")
    states = {c.id: (c.state, c.outcome) for c in store.commitments()}
    assert states[ids[0]] == (CommitmentState.DONE, "all three calls made")
    assert states[ids[2]][0] is CommitmentState.OPEN
    with pytest.raises(KeyError):
        store.close_commitments([ids[2], 999_999], CommitmentState.LET_GO)
    assert store.commitments(open_only=True)[0].id == ids[2]  # the whole change was undone


def test_a_weekly_reflection_looks_back_on_what_was_closed_since_the_last_one(
    store: JournalStore, library: FlowLibrary, clock: FakeClock
) -> None:
    weekly = library.get("weekly-reflection")
    assert weekly is not None
    before = store.add_commitment("Closed before the last weekly reflection")
    kept = store.add_commitment("Call the planner")
    dropped = store.add_commitment("Visit every prospect")
    clock.advance(days=1)
    store.close_commitment(before, CommitmentState.DONE, "done")
    clock.advance(days=1)
    store.finish(store.start(weekly).id)  # last Friday's weekly reflection
    clock.advance(days=2)
    store.close_commitment(kept, CommitmentState.DONE, "Tuesday")
    store.close_commitment(dropped, CommitmentState.LET_GO, "too much at once")
    store.start(weekly)  # this week's, being written: not finished yet
    closed = store.closed_since_last_weekly()
    assert [(c.text, c.state) for c in closed] == [
        ("Call the planner", CommitmentState.DONE),
        ("Visit every prospect", CommitmentState.LET_GO),
    ]


def test_without_a_weekly_reflection_the_last_week_is_looked_back_on(
    store: JournalStore, clock: FakeClock
) -> None:
    old = store.add_commitment("Closed a month ago")
    store.close_commitment(old, CommitmentState.DONE, "")
    clock.advance(days=30)
    recent = store.add_commitment("Closed yesterday")
    clock.advance(days=1)
    store.close_commitment(recent, CommitmentState.LET_GO, "")
    assert [c.text for c in store.closed_since_last_weekly()] == ["Closed yesterday"]
