"""A deal's page holds exactly that deal's items, and the Deals list names every deal."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, time, timedelta

from coachdesk.coaching.checkins import CheckIn
from coachdesk.coaching.commitments import CommitmentState
from coachdesk.coaching.deals import EventKind, Outcome, Subject, SubjectKind
from coachdesk.coaching.flows import Flow, FlowLibrary
from coachdesk.coaching.reflections import Answer, NewReflection
from coachdesk.storage import JournalStore
from tests.conftest import FakeClock

DEKKERHOF = Subject(SubjectKind.DEAL, "Dekkerhof renewal")
ZUIDKAMP = Subject(SubjectKind.DEAL, "Zuidkamp pilot")


def days_ago(clock: FakeClock, days: int, hour: int = 10) -> datetime:
    day = clock.now.astimezone().date() - timedelta(days=days)
    return datetime.combine(day, time(hour)).astimezone()


def debrief(
    flow: Flow,
    at: datetime,
    customer: str,
    deal: str,
    outcome: str,
    stage: str,
    lesson: str,
    next_time: str = "",
    private: tuple[str, ...] = (),
) -> NewReflection:
    given = {
        "deal": f"About {deal}.",
        "outcome": outcome,
        "stage": stage,
        "lesson": lesson,
        "next-time": next_time,
    }
    answers = []
    for position, question in enumerate(flow.questions):
        if question.id not in given or not given[question.id]:
            continue
        answer = Answer.blank(question, position)
        value = given[question.id]
        if question.id == "outcome":
            answer = replace(answer, choice=value, text=value.title())  # as the walk does
        elif question.id == "stage":
            answer = replace(answer, stage=value)
        else:
            answer = replace(answer, text=value)
        answers.append(replace(answer, private=question.id in private))
    return NewReflection(flow, tuple(answers), at, customer=customer, deal=deal)


def fill(store: JournalStore, clock: FakeClock, library: FlowLibrary) -> dict[str, int]:
    flow = library.get("deal-debrief")
    note_flow = library.get("free-note")
    assert flow is not None and note_flow is not None
    ids = {
        "stalled": store.add(
            debrief(
                flow,
                days_ago(clock, 30),
                "Dekkerhof Logistiek",
                "Dekkerhof renewal",
                "stalled",
                "proposal",
                "DEKKERHOF-LESSON-1",
                "Call Frank the CFO by Friday DEKKERHOF-PROMISE",
            )
        ),
        "lost": store.add(
            debrief(
                flow,
                days_ago(clock, 10),
                "dekkerhof logistiek",
                "dekkerhof RENEWAL",  # the same deal, typed another way
                "lost",
                "negotiation",
                "DEKKERHOF-LESSON-2",
                "PRIVATE-PROMISE: never again",
                private=("next-time",),
            )
        ),
        "other": store.add(
            debrief(
                flow,
                days_ago(clock, 20),
                "Zuidkamp Installaties",
                "Zuidkamp pilot",
                "won",
                "demo",
                "ZUIDKAMP-LESSON",
                "ZUIDKAMP-PROMISE by Tuesday",
            )
        ),
    }
    note = Answer.blank(note_flow.questions[0], 0)
    ids["note"] = store.add(
        NewReflection(
            note_flow,
            (replace(note, text="DEKKERHOF-NOTE: Marloes called."),),
            days_ago(clock, 25),
            deal="Dekkerhof renewal",
        )
    )
    store.add_check_ins(
        [
            CheckIn(0, days_ago(clock, 28), 4, 2, 2, 70, "Dekkerhof renewal on hold, again"),
            CheckIn(0, days_ago(clock, 27), 3, 3, 3, 50, "Zuidkamp pilot went well"),
            CheckIn(0, days_ago(clock, 26), 3, 3, 3, 50, "The Dekkerhof renewals team"),
        ]
    )
    by_hand = store.add_commitment("Send the Dekkerhof renewal summary", at=days_ago(clock, 9))
    store.add_commitment("Send the Zuidkamp pilot summary", at=days_ago(clock, 8))
    promise = next(c for c in store.commitments() if "DEKKERHOF-PROMISE" in c.text)
    store.close_commitment(
        promise.id, CommitmentState.LET_GO, "Frank never answered", at=days_ago(clock, 12)
    )
    ids["by_hand"] = by_hand
    return ids


def test_a_deal_page_holds_exactly_that_deals_items_in_time_order(
    store: JournalStore, clock: FakeClock, library: FlowLibrary
) -> None:
    ids = fill(store, clock, library)
    found = store.deal_story(DEKKERHOF)
    kinds = [(e.kind, e.text) for e in found.events]
    assert kinds == [
        (EventKind.DEBRIEF, "DEKKERHOF-LESSON-1"),
        (EventKind.COMMITMENT, "Call Frank the CFO by Friday DEKKERHOF-PROMISE"),
        (EventKind.CHECK_IN, "Dekkerhof renewal on hold, again"),
        (EventKind.REFLECTION, "DEKKERHOF-NOTE: Marloes called."),
        (EventKind.DEBRIEF, "DEKKERHOF-LESSON-2"),
        (EventKind.COMMITMENT, "Send the Dekkerhof renewal summary"),
    ]
    assert [e.at for e in found.events] == sorted(e.at for e in found.events)
    first, promise, _, _, last, by_hand = found.events
    assert (first.outcome, first.stage) == (Outcome.STALLED, "proposal")
    assert (last.outcome, last.stage) == (Outcome.LOST, "negotiation")
    assert last.reflection is not None and last.reflection.id == ids["lost"]
    assert promise.commitment is not None
    assert promise.commitment.state is CommitmentState.LET_GO
    assert promise.commitment.outcome == "Frank never answered"
    assert by_hand.commitment is not None and by_hand.commitment.id == ids["by_hand"]
    assert (found.outcome, found.turned_at) == (Outcome.LOST, "negotiation")
    assert found.customers == ("dekkerhof logistiek",)
    everything = " ".join(e.text for e in found.events)
    for other in ("ZUIDKAMP", "Zuidkamp", "PRIVATE-PROMISE", "renewals team"):
        assert other not in everything


def test_the_other_deal_holds_none_of_the_first(
    store: JournalStore, clock: FakeClock, library: FlowLibrary
) -> None:
    fill(store, clock, library)
    found = store.deal_story(ZUIDKAMP)
    assert [(e.kind, e.text) for e in found.events] == [
        (EventKind.CHECK_IN, "Zuidkamp pilot went well"),
        (EventKind.DEBRIEF, "ZUIDKAMP-LESSON"),
        (EventKind.COMMITMENT, "ZUIDKAMP-PROMISE by Tuesday"),
        (EventKind.COMMITMENT, "Send the Zuidkamp pilot summary"),
    ]
    assert found.outcome is Outcome.WON


def test_a_customer_page_holds_every_deal_of_that_customer(
    store: JournalStore, clock: FakeClock, library: FlowLibrary
) -> None:
    fill(store, clock, library)
    found = store.deal_story(Subject(SubjectKind.CUSTOMER, "Dekkerhof Logistiek"))
    debriefs = [e.text for e in found.events if e.kind is EventKind.DEBRIEF]
    assert debriefs == ["DEKKERHOF-LESSON-1", "DEKKERHOF-LESSON-2"]
    assert found.deals == ("dekkerhof RENEWAL",)  # as it was written last
    assert not [e for e in found.events if e.kind is EventKind.REFLECTION]  # no customer set


def test_the_deals_list_names_each_deal_once_latest_first(
    store: JournalStore, clock: FakeClock, library: FlowLibrary
) -> None:
    fill(store, clock, library)
    listed = [
        (item.subject, item.reflections, item.outcome, item.other) for item in store.deal_listings()
    ]
    assert listed == [
        (Subject(SubjectKind.DEAL, "dekkerhof RENEWAL"), 3, Outcome.LOST, "dekkerhof logistiek"),
        (Subject(SubjectKind.DEAL, "Zuidkamp pilot"), 1, Outcome.WON, "Zuidkamp Installaties"),
        (
            Subject(SubjectKind.CUSTOMER, "dekkerhof logistiek"),
            2,
            Outcome.LOST,
            "dekkerhof RENEWAL",
        ),
        (
            Subject(SubjectKind.CUSTOMER, "Zuidkamp Installaties"),
            1,
            Outcome.WON,
            "Zuidkamp pilot",
        ),
    ]


def test_turning_stages_carry_the_outcome(
    store: JournalStore, clock: FakeClock, library: FlowLibrary
) -> None:
    fill(store, clock, library)
    assert sorted((stage, outcome) for _, stage, outcome in store.turning_stages()) == [
        ("demo", "won"),
        ("negotiation", "lost"),
        ("proposal", "stalled"),
    ]


def test_the_demo_journal_tells_the_dekkerhof_deal_whole(
    store: JournalStore, clock: FakeClock, library: FlowLibrary
) -> None:
    from coachdesk.demo_journal import fill_demo

    fill_demo(store, library, clock.now.astimezone().date(), "en")
    found = store.deal_story(Subject(SubjectKind.DEAL, "Dekkerhof"))
    debriefs = [(e.outcome, e.stage) for e in found.events if e.kind is EventKind.DEBRIEF]
    assert debriefs == [
        (Outcome.STALLED, "proposal"),
        (Outcome.LOST, "negotiation"),
        (Outcome.LOST, "demo"),  # the second look, after coffee with Marloes
    ]
    kinds = {e.kind for e in found.events}
    assert {EventKind.REFLECTION, EventKind.CHECK_IN, EventKind.COMMITMENT} <= kinds
    assert "Dekkerhof lost. “Price was decisive.”" in [e.text for e in found.events]
    assert found.customers == ("Dekkerhof Logistiek",)
    listed = [item.subject.name for item in store.deal_listings()]
    assert {"Dekkerhof", "Zuidkamp", "Oosterveld", "Hartman", "Van der Sluis"} <= set(listed)
    split = {s.stage: (s.won, s.lost, s.stalled) for s in store.insights_now().stages}
    assert split["negotiation"] == (0, 1, 0) and split["closing"] == (1, 0, 0)
