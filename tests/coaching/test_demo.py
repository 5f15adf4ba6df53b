"""The demo file: its format is checked, and everything in it counts back from a Sunday."""

from __future__ import annotations

import json
from datetime import date, time
from pathlib import Path

import pytest

from coachdesk.coaching.commitments import CommitmentState
from coachdesk.coaching.demo import (
    DemoFormatError,
    anchor_sunday,
    load_demo,
    parse_demo,
)
from coachdesk.coaching.flows import FlowLibrary, QuestionKind
from coachdesk.coaching.revisits import RevisitState
from coachdesk.resources import resources_dir

TODAY = date(2026, 11, 25)  # a Wednesday
SUNDAY = date(2026, 11, 22)

DEBRIEF = """
[[reflections]]
flow = "deal-debrief"
days_ago = 30
time = "17:00"
[reflections.answers]
stage = "demo"
lesson = "Keep: the users in the room. Change: meet whoever signs before any price."
next-time = "Call the owner before Friday."
"""


def test_the_anchor_is_the_last_sunday_on_or_before_today() -> None:
    assert anchor_sunday(TODAY) == SUNDAY
    assert anchor_sunday(SUNDAY) == SUNDAY
    assert anchor_sunday(date(2026, 11, 28)) == SUNDAY  # Saturday


def test_the_shipped_demo_has_the_whole_loop(library: FlowLibrary) -> None:
    demo = load_demo(resources_dir() / "demo" / "en.toml", library, TODAY)
    assert len(demo.reflections) == 42
    # Something to keep out of the coaching hour, so a session shows what private means.
    assert any(a.private for r in demo.reflections for a in r.answers)
    assert len(demo.check_ins) >= 36
    assert 3 <= len(demo.commitments) <= 4
    states = {f.closing.state if f.closing else CommitmentState.OPEN for f in demo.commitments}
    states |= {
        f.closing.state if f.closing else CommitmentState.OPEN for f in demo.answer_commitments
    }
    assert states == set(CommitmentState)
    assert {r.state for r in demo.revisits} == {RevisitState.ANSWERED, RevisitState.DISMISSED}
    # Every commitment answer says what became of it.
    for index, reflection in enumerate(demo.reflections):
        asked = {
            a.question_id
            for a in reflection.answers
            if a.kind is QuestionKind.COMMITMENT and a.text.strip()
        }
        told = {f.question_id for f in demo.answer_commitments if f.reflection == index}
        assert asked == told, reflection.created_at


def test_dates_count_back_from_the_anchor_sunday(library: FlowLibrary) -> None:
    text = (
        DEBRIEF
        + """
[reflections.commitments.next-time]
due_days_ago = -4
[[reflections.revisits]]
weeks = 1
state = "dismissed"
closed_days_ago = 22
closed_time = "08:15"

[[commitments]]
text = "Ask Annelies about Mondays."
days_ago = 3
due_days_ago = 0
state = "done"
outcome = "Asked. She asked back."
closed_days_ago = 1
closed_time = "09:00"

[[check_ins]]
days_ago = 1
stress = 2
energy = 4
confidence = 3
attention = 30
"""
    )
    demo = parse_demo(text, library, TODAY)
    (reflection,) = demo.reflections
    assert reflection.created_at.date() == date(2026, 10, 23)
    assert reflection.created_at.time() == time(17, 0)
    assert reflection.created_at.tzinfo is not None
    (fate,) = demo.answer_commitments
    assert fate.due == date(2026, 11, 26) and fate.closing is None
    assert fate.text == "Call the owner before Friday."
    next_time = next(a for a in reflection.answers if a.question_id == "next-time")
    assert next_time.due == fate.due  # the journal takes the due date from the answer
    (back,) = demo.revisits
    assert back.at.date() == date(2026, 10, 31) and back.answer == ""
    (by_hand,) = demo.commitments
    assert by_hand.created_at.time() == time(18, 0)  # the default time
    assert by_hand.due == SUNDAY
    assert by_hand.closing is not None and by_hand.closing.state is CommitmentState.DONE
    (check_in,) = demo.check_ins
    assert check_in.created_at.date() == date(2026, 11, 21)


def test_a_reflection_on_a_flow_not_there_is_left_out_with_its_loop(
    library: FlowLibrary,
) -> None:
    unknown = """
[[reflections]]
flow = "no-such-flow"
days_ago = 40
[reflections.answers]
anything = "at all"
[reflections.commitments.anything]
state = "open"
"""
    text = unknown + DEBRIEF + '[reflections.commitments.next-time]\nstate = "open"\n'
    demo = parse_demo(text, library, TODAY)
    assert len(demo.reflections) == 1
    assert [f.reflection for f in demo.answer_commitments] == [0]


def check_in(**changes: object) -> str:
    """A [[check_ins]] entry: a good one, with `changes` (None leaves a key out)."""
    values = {"days_ago": 2, "stress": 3, "energy": 3, "confidence": 3, "attention": 5}
    lines = ["[[check_ins]]"]
    for key, value in (values | changes).items():
        if value is not None:
            lines.append(f"{key} = {json.dumps(value)}")  # JSON spells these as TOML does
    return "\n".join(lines) + "\n"


CLOSED_DONE = """
[reflections.commitments.next-time]
state = "done"
outcome = "Called him."
"""


@pytest.mark.parametrize(
    ("addition", "problem"),
    [
        (check_in(stress=6), "check-in 1 (2 days ago): 'stress' must be 1..5, not 6"),
        (check_in(attention=101), "'attention' must be 0..100, not 101"),
        (check_in(attention=-1), "'attention' must be 0..100, not -1"),
        (check_in(stress=True), "'stress' must be a whole number"),
        (check_in(energy="high"), "'energy' must be a whole number"),
        (check_in(days_ago=0), "'days_ago' must be 1 or more, not 0"),
        (check_in(time="6pm"), "'time' must be a time like \"18:00\""),
        (check_in(time="25:00"), "'time' must be a time like"),
        (check_in(mood="fine"), "check-in 1 (2 days ago): unknown key 'mood'"),
        (check_in(confidence=None), "missing 'confidence'"),
        (check_in(note=3), "'note' must be text"),
        (
            '[reflections.commitments.lesson]\nstate = "open"\n',
            "commitments.lesson: not a commitment question of deal-debrief",
        ),
        (
            '[reflections.commitments.next-time]\nstate = "maybe"\n',
            "'state' must be one of open, done, let-go",
        ),
        (CLOSED_DONE, "commitments.next-time: missing 'closed_days_ago'"),
        (
            CLOSED_DONE.replace('outcome = "Called him."', "closed_days_ago = 20"),
            "missing 'outcome'",
        ),
        (CLOSED_DONE + "closed_days_ago = 31\n", "closed before it was made"),
        (
            CLOSED_DONE + 'closed_days_ago = 30\nclosed_time = "16:59"\n',
            "closed before it was made",
        ),
        (
            '[reflections.commitments.next-time]\nstate = "open"\noutcome = "Hm."\n',
            "an open commitment has no 'outcome'",
        ),
        ("[reflections.commitments.next-time]\ndue_days_ago = 31\n", "due before it was made"),
        ("[reflections.commitments.next-time]\nwhen = 3\n", "unknown key 'when'"),
        (
            "[[reflections.revisits]]\nweeks = 2\nclosed_days_ago = 10\n",
            "revisit 1: 'weeks' must be one of 1, 3, 8",
        ),
        (
            '[[reflections.revisits]]\nweeks = 1\nclosed_days_ago = 24\nanswer = "Yes."\n',
            "closed before it came back (23 days ago)",
        ),
        (
            '[[reflections.revisits]]\nweeks = 1\nclosed_days_ago = 5\nanswer = "Yes."\n',
            "closed after the next return came due",
        ),
        ("[[reflections.revisits]]\nweeks = 1\nclosed_days_ago = 20\n", "missing 'answer'"),
        (
            '[[reflections.revisits]]\nweeks = 1\nstate = "skipped"\nclosed_days_ago = 20\n',
            "'state' must be one of answered, dismissed",
        ),
        (
            '[[reflections.revisits]]\nweeks = 3\nstate = "dismissed"\nclosed_days_ago = 8\n'
            '[[reflections.revisits]]\nweeks = 3\nstate = "dismissed"\nclosed_days_ago = 8\n',
            "the return after 3 weeks is listed twice",
        ),
        ("[[commitments]]\ndays_ago = 3\n", "commitment 1 (3 days ago): missing 'text'"),
        ('[[commitments]]\ntext = "  "\ndays_ago = 3\n', "'text' is empty"),
        ('[[commitments]]\ntext = "Call Bart."\n', "commitment 1: missing 'days_ago'"),
        ("[[surprises]]\nwhat = 1\n", "the demo: unknown key 'surprises'"),
        (
            '[[reflections]]\nflow = "free-note"\ndays_ago = 2\n[reflections.answers]\nnote = 5\n',
            "reflection 2 (2 days ago), free-note: answers.note: expected text",
        ),
        (
            '[[reflections]]\nflow = "free-note"\ndays_ago = 2\ndraft = "yes"\n',
            "'draft' must be true or false",
        ),
        (
            '[[reflections]]\nflow = "tough-conversation"\ndays_ago = 2\n[reflections.answers]\n'
            "tension = 7\n",
            "answers.tension: a scale answer is 1..5",
        ),
        (
            '[[reflections]]\nflow = "free-note"\ndays_ago = 2\n[reflections.answers]\n'
            'mood = "fine"\n',
            "free-note has no question 'mood'",
        ),
        ("this is = not toml", "not valid TOML"),
    ],
)
def test_a_demo_that_does_not_follow_the_format_is_refused_saying_where(
    library: FlowLibrary, addition: str, problem: str
) -> None:
    with pytest.raises(DemoFormatError) as caught:
        parse_demo(DEBRIEF + addition, library, TODAY)
    assert problem in str(caught.value)


@pytest.mark.parametrize(
    ("reflection", "problem"),
    [
        (
            DEBRIEF.replace('time = "17:00"', 'time = "17:00"\ndraft = true'),
            "a draft's lesson does not come back",
        ),
        (
            DEBRIEF.replace("lesson = ", "real-reason = "),
            "only a reflection with a lesson answer has revisits",
        ),
    ],
)
def test_only_a_finished_lesson_comes_back(
    library: FlowLibrary, reflection: str, problem: str
) -> None:
    revisit = '[[reflections.revisits]]\nweeks = 1\nstate = "dismissed"\nclosed_days_ago = 20\n'
    with pytest.raises(DemoFormatError, match=problem):
        parse_demo(reflection + revisit, library, TODAY)


def test_the_loop_comes_in_lists_of_tables(library: FlowLibrary) -> None:
    with pytest.raises(DemoFormatError, match=r"'check_ins' must be a list of tables"):
        parse_demo("check_ins = 3\n" + DEBRIEF, library, TODAY)


def test_a_commitment_needs_an_answer_to_come_from(library: FlowLibrary) -> None:
    text = DEBRIEF.replace("next-time = ", "happened = ") + CLOSED_DONE
    with pytest.raises(DemoFormatError, match="has no answer to make it from"):
        parse_demo(text, library, TODAY)


def test_a_problem_in_a_file_names_the_file(library: FlowLibrary, tmp_path: Path) -> None:
    path = tmp_path / "xx.toml"
    path.write_text("[[check_ins]]\ndays_ago = 2\n", encoding="utf-8")
    with pytest.raises(DemoFormatError, match=r"^xx\.toml: check-in 1 \(2 days ago\): missing"):
        load_demo(path, library, TODAY)


def test_private_answers_must_be_answers_given(library: FlowLibrary) -> None:
    with pytest.raises(DemoFormatError, match="private 'nowhere'"):
        marked = DEBRIEF.replace(
            "[reflections.answers]", 'private = ["nowhere"]\n[reflections.answers]'
        )
        parse_demo(marked, library, TODAY)
