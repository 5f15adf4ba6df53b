"""The demo journal's three past weekly coaching hours: goals, notes, agendas pointing at
the demo's own reflections (never a private answer), and agreements with dates and fates."""

from __future__ import annotations

import re
from datetime import date, timedelta

import pytest

from coachdesk.coaching.commitments import CommitmentState
from coachdesk.coaching.demo import DemoFormatError, load_demo, parse_demo
from coachdesk.coaching.flows import FlowLibrary, load_flows
from coachdesk.coaching.privacy import is_private
from coachdesk.coaching.sessions import AgendaKind
from coachdesk.coaching.takeaway import look_back
from coachdesk.demo_journal import fill_demo
from coachdesk.resources import flows_dir, resources_dir
from coachdesk.storage import JournalStore
from tests.coaching.test_demo import DEBRIEF

TODAY = date(2026, 12, 9)  # a Wednesday: the next hour is tomorrow


@pytest.mark.parametrize("language", ["en", "nl"])
def test_the_demo_holds_three_weekly_sessions_with_what_became_of_the_agreements(
    language: str,
) -> None:
    library = load_flows(flows_dir(), language)
    demo = load_demo(resources_dir() / "demo" / f"{language}.toml", library, TODAY)
    held = demo.sessions
    assert len(held) == 3
    days = [s.started_at.date() for s in held]
    assert [later - earlier for earlier, later in zip(days, days[1:], strict=False)] == [
        timedelta(weeks=1)
    ] * 2
    assert all(s.started_at.date() < TODAY and s.ended_at > s.started_at for s in held)
    assert all(s.goal and s.notes and s.agenda and len(s.agreed) >= 2 for s in held)
    agreed = [a for s in held for a in s.agreed]
    assert any(a.due is not None for a in agreed)
    assert {a.closing.state for a in agreed if a.closing} == {
        CommitmentState.DONE,
        CommitmentState.LET_GO,
    }
    assert all(a.closing.outcome for a in agreed if a.closing)
    for session in held:
        for item in session.agenda:
            if item.reflection is None:
                assert item.kind is AgendaKind.CHART and item.title
                continue
            reflection = demo.reflections[item.reflection]
            assert reflection.finished and reflection.created_at < session.started_at
            if item.question_id:
                (answer,) = [a for a in reflection.answers if a.question_id == item.question_id]
                assert not is_private(answer)


def test_the_stored_demo_sessions_read_back_with_their_agreements(
    store: JournalStore, library: FlowLibrary
) -> None:
    fill_demo(store, library, TODAY, "en")
    found = [look_back(store, s) for s in reversed(store.sessions())]
    assert [b.minutes for b in found] == [55, 60, 50]
    first = found[0]
    assert first.discussed[0].title.startswith("Deal debrief · Dekkerhof, a second look")
    assert first.discussed[0].answers  # shown as the coach saw it
    assert [c.state for c in first.agreed] == [CommitmentState.DONE, CommitmentState.DONE]
    assert first.agreed[0].due == date(2026, 11, 24)  # 12 days before Sunday 6 December
    assert found[2].agreed[1].state is CommitmentState.LET_GO
    everything = store.get_many([s.id for s in store.timeline(0, 100)])
    private = [a.text for r in everything for a in r.answers if a.private]
    shown = [a.text for b in found for i in b.discussed for a in i.answers]
    assert private and not set(private) & set(shown)


@pytest.mark.parametrize(
    ("entry", "problem"),
    [
        ('[[sessions]]\ndays_ago = 3\ngoal = "x"\n', "session 1 (3 days ago): missing 'minutes'"),
        (
            '[[sessions]]\ndays_ago = 3\nminutes = 50\ngoal = "x"\n[[sessions.agenda]]\n'
            'flow = "deal-debrief"\nreflection_days_ago = 29\n',
            "no single finished deal-debrief reflection on that day",
        ),
        (
            '[[sessions]]\ndays_ago = 3\nminutes = 50\ngoal = "x"\n[[sessions.agenda]]\n'
            'chart = "pie"\ntitle = "Pie"\n',
            "unknown chart 'pie'",
        ),
        (
            '[[sessions]]\ndays_ago = 3\nminutes = 50\ngoal = "x"\n[[sessions.agreed]]\n'
            'text = "Call"\nstate = "done"\noutcome = "Called"\nclosed_days_ago = 9\n',
            "closed before it was made",
        ),
    ],
)
def test_a_wrong_session_entry_is_named(library: FlowLibrary, entry: str, problem: str) -> None:
    with pytest.raises(DemoFormatError, match=re.escape(problem)):
        parse_demo(DEBRIEF + entry, library, TODAY)


def test_a_private_answer_cannot_be_put_on_a_demo_agenda(library: FlowLibrary) -> None:
    text = DEBRIEF.replace("[reflections.answers]", 'private = ["lesson"]\n[reflections.answers]')
    text += (
        '[[sessions]]\ndays_ago = 3\nminutes = 50\ngoal = "x"\n[[sessions.agenda]]\n'
        'flow = "deal-debrief"\nreflection_days_ago = 30\nquestion = "lesson"\n'
    )
    with pytest.raises(DemoFormatError, match="'lesson' is private: never on an agenda"):
        parse_demo(text, library, TODAY)
