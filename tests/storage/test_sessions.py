"""Coaching sessions in the journal: private answers, the agenda, notes and agreements."""

from __future__ import annotations

from dataclasses import replace

import pytest

from coachdesk.coaching.flows import FlowLibrary
from coachdesk.coaching.reflections import Answer, NewReflection
from coachdesk.coaching.sessions import (
    AgendaItem,
    AgendaKind,
    agenda_from_json,
    agenda_to_json,
    as_shown,
    offer_reflection,
    offer_story,
)
from coachdesk.storage import JournalStore
from tests.conftest import FakeClock


def _answers(library: FlowLibrary, flow_id: str, **texts: str) -> tuple[Answer, ...]:
    flow = library.get(flow_id)
    assert flow is not None
    given = []
    for question_id, text in texts.items():
        question = flow.question(question_id)
        assert question is not None
        given.append(replace(Answer.blank(question, flow.questions.index(question)), text=text))
    return tuple(given)


@pytest.fixture
def debrief_id(store: JournalStore, library: FlowLibrary, clock: FakeClock) -> int:
    flow = library.get("deal-debrief")
    assert flow is not None
    answers = _answers(
        library, "deal-debrief", deal="Brandsma, stalled", happened="Jan left after ten minutes"
    )
    return store.add(NewReflection(flow, answers, clock()))


def test_an_answer_marked_private_stays_private_when_it_is_edited(
    store: JournalStore, library: FlowLibrary, debrief_id: int
) -> None:
    store.set_private(debrief_id, "happened", True)
    edited = replace(store.get(debrief_id).answer("happened"), text="Jan left; I froze")  # type: ignore[type-var]
    store.save_answer(debrief_id, replace(edited, private=False))  # what an editor sends

    kept = store.get(debrief_id).answer("happened")
    assert kept is not None and kept.private and kept.text == "Jan left; I froze"
    store.set_private(debrief_id, "happened", False)
    assert not store.get(debrief_id).answer("happened").private  # type: ignore[union-attr]


def test_marking_an_answer_that_is_not_there_is_an_error(
    store: JournalStore, debrief_id: int
) -> None:
    with pytest.raises(KeyError):
        store.set_private(debrief_id, "no-such-question", True)


def test_private_answers_are_never_offered_nor_shown(store: JournalStore, debrief_id: int) -> None:
    store.set_private(debrief_id, "happened", True)
    reflection = store.get(debrief_id)

    offered = offer_reflection(reflection)
    assert [i.kind for i in offered] == [AgendaKind.REFLECTION, AgendaKind.ANSWER]
    assert all("ten minutes" not in i.title for i in offered)
    assert offered[1].ref == f"{debrief_id}/deal"
    shown = as_shown(offered[0], reflection)
    assert [a.question_id for a in shown.answers] == ["deal"]
    # Asked for the private answer by reference (an old agenda): it is not shown either.
    sneaky = AgendaItem(AgendaKind.ANSWER, f"{debrief_id}/happened", "")
    assert as_shown(sneaky, reflection).answers == ()


def test_a_reflection_that_is_all_private_is_not_offered(
    store: JournalStore, debrief_id: int
) -> None:
    for question_id in ("deal", "happened"):
        store.set_private(debrief_id, question_id, True)
    reflection = store.get(debrief_id)
    assert offer_reflection(reflection) == []
    assert offer_story(reflection) is None


def test_the_agenda_survives_storage_unchanged() -> None:
    agenda = (
        AgendaItem(AgendaKind.REFLECTION, "12", "Brandsma — “stalled”"),
        AgendaItem(AgendaKind.ANSWER, "12/happened", "Jan left"),
        AgendaItem(AgendaKind.CHART, "stress-energy", "Stress and energy"),
    )
    assert agenda_from_json(agenda_to_json(agenda)) == agenda


def test_a_session_keeps_its_agenda_notes_and_agreements_and_they_join_the_loop(
    store: JournalStore, debrief_id: int, clock: FakeClock
) -> None:
    agenda = tuple(offer_reflection(store.get(debrief_id))[:1])
    session = store.start_session("Clarity on Brandsma", agenda)
    assert session.ended_at is None and session.agenda == agenda
    store.save_session_notes(session.id, "Ask Jan what he needs to see.")
    agreed = store.add_commitment("Call Sietske on Monday", session_id=session.id)
    store.add_commitment("Something made alone")
    clock.advance(minutes=55)

    ended = store.end_session(session.id)

    assert ended.notes == "Ask Jan what he needs to see."
    assert ended.ended_at is not None and (ended.ended_at - ended.started_at).seconds == 55 * 60
    assert [c.id for c in store.session_commitments(session.id)] == [agreed]
    assert agreed in [c.id for c in store.commitments(open_only=True)]  # the loop has it
    assert store.sessions()[0] == ended


def test_a_reflection_made_together_is_marked_with_its_session(
    store: JournalStore, library: FlowLibrary
) -> None:
    session = store.start_session("", ())
    flow = library.get("free-note")
    assert flow is not None
    together = store.start(flow, session_id=session.id)
    alone = store.start(flow)
    assert store.get(together.id).session_id == session.id
    assert store.get(alone.id).session_id is None


def test_notes_for_a_session_that_is_not_there_are_an_error(store: JournalStore) -> None:
    with pytest.raises(KeyError):
        store.save_session_notes(404, "lost?")
