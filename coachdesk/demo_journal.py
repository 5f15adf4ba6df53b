"""The demo journal: `coachdesk --demo` fills a throwaway journal from resources/demo."""

from __future__ import annotations

from datetime import date

from coachdesk.coaching.demo import load_demo
from coachdesk.coaching.demo_format import Closing
from coachdesk.coaching.demo_sessions import DemoSession
from coachdesk.coaching.flows import FlowLibrary
from coachdesk.coaching.sessions import AgendaItem, CoachSession
from coachdesk.environment import ui_language
from coachdesk.resources import resources_dir
from coachdesk.storage import JournalStore


def fill_demo(
    store: JournalStore, library: FlowLibrary, today: date, language: str | None = None
) -> int:
    """Put the demo journal into `store` (in `language`, else the UI's); returns how many
    reflections.

    Besides the reflections (and the commitments and lessons' returns they make), the
    check-ins, what became of the commitments, commitments made by hand and the lessons
    that came back, and the past coaching hours, each stored at the moment it happened.
    """
    demo_file = resources_dir() / "demo" / f"{language or ui_language()}.toml"
    if not demo_file.exists():
        demo_file = resources_dir() / "demo" / "en.toml"
    demo = load_demo(demo_file, library, today)
    ids = store.add_all(demo.reflections)
    store.add_check_ins(demo.check_ins)
    made = {(c.reflection_id, c.text): c.id for c in store.commitments()}  # by hand: None
    for fate in demo.answer_commitments:
        if fate.closing is not None:
            _close(store, made[ids[fate.reflection], fate.text], fate.closing)
    for by_hand in demo.commitments:
        commitment_id = store.add_commitment(by_hand.text, by_hand.due, at=by_hand.created_at)
        if by_hand.closing is not None:
            _close(store, commitment_id, by_hand.closing)
    for held in demo.sessions:
        _hold(store, held, ids)
    planned = {(r.reflection_id, r.weeks): r.id for r in store.revisits()}
    for back in sorted(demo.revisits, key=lambda r: r.at):  # in time order, as they happened
        revisit_id = planned[ids[back.reflection], back.weeks]
        store.close_revisit(revisit_id, back.state, back.answer, at=back.at)
    return len(ids)


def _hold(store: JournalStore, held: DemoSession, ids: list[int]) -> None:
    """A past coaching hour: its agenda pointing at the stored reflections, its notes, what
    was agreed in it and what became of that."""
    agenda = []
    for item in held.agenda:
        ref = item.chart
        if item.reflection is not None:
            ref = str(ids[item.reflection])
            if item.question_id:
                ref += f"/{item.question_id}"
        agenda.append(AgendaItem(item.kind, ref, item.title))
    kept = CoachSession(0, held.started_at, held.ended_at, held.goal, tuple(agenda), held.notes)
    session_id = store.add_past_session(kept)
    for agreed in held.agreed:
        made = store.add_commitment(agreed.text, agreed.due, agreed.created_at, session_id)
        if agreed.closing is not None:
            _close(store, made, agreed.closing)


def _close(store: JournalStore, commitment_id: int, closing: Closing) -> None:
    store.close_commitment(commitment_id, closing.state, closing.outcome, at=closing.at)
