"""Deals and customers over time: one page each, with every debrief (its outcome and the
stage where it turned), reflection, check-in note, commitment and coaching-hour note about
it, in the order it happened.

A reflection belongs to a deal or a customer by its details (Customer, deal and tags); a
check-in note, a commitment made by hand or a session's notes belong when they name it.
"""

from __future__ import annotations

import enum
import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from coachdesk.coaching.checkins import CheckIn
from coachdesk.coaching.commitments import Commitment
from coachdesk.coaching.flows import DEAL_STAGES, QuestionKind, QuestionRole
from coachdesk.coaching.privacy import is_private
from coachdesk.coaching.reflections import Reflection, preview_text
from coachdesk.coaching.sessions import CoachSession

# The Deal debrief's choice question "How did it end?" and its choices (stored ids).
OUTCOME_QUESTION = "outcome"


class Outcome(enum.StrEnum):
    """How a debrief says a deal ended, or where it stands."""

    WON = "won"
    LOST = "lost"
    STALLED = "stalled"
    OPEN = "open"  # still open


class SubjectKind(enum.StrEnum):
    """What a page is about."""

    DEAL = "deal"
    CUSTOMER = "customer"


@dataclass(frozen=True)
class Subject:
    """One deal or one customer, by the name the user gave it."""

    kind: SubjectKind
    name: str


class EventKind(enum.StrEnum):
    """What one line of a deal's story is."""

    DEBRIEF = "debrief"  # a reflection with an outcome or a turning stage
    REFLECTION = "reflection"
    CHECK_IN = "check-in"
    COMMITMENT = "commitment"
    SESSION = "session"  # a coaching hour whose goal or notes name it


@dataclass(frozen=True)
class Event:
    """One thing that happened about a deal or customer; `text` is a line to read."""

    kind: EventKind
    at: datetime
    text: str
    reflection: Reflection | None = None
    outcome: Outcome | None = None
    stage: str | None = None  # one of DEAL_STAGES
    commitment: Commitment | None = None
    check_in: CheckIn | None = None
    session: CoachSession | None = None


@dataclass(frozen=True)
class Story:
    """Everything about one deal or customer, oldest first, and how it stands now."""

    subject: Subject
    events: tuple[Event, ...]
    customers: tuple[str, ...] = ()  # a deal's customers (usually one)
    deals: tuple[str, ...] = ()  # a customer's deals

    @property
    def outcome(self) -> Outcome | None:
        """What the latest debrief that said so says."""
        said = [e.outcome for e in self.events if e.outcome is not None]
        return said[-1] if said else None

    @property
    def turned_at(self) -> str | None:
        """The stage the latest debrief that named one says it turned at."""
        named = [e.stage for e in self.events if e.stage is not None]
        return named[-1] if named else None


@dataclass(frozen=True)
class Listing:
    """A deal or customer as the Deals list shows it."""

    subject: Subject
    reflections: int
    first: datetime
    last: datetime
    outcome: Outcome | None
    other: str = ""  # a deal's customer, or how many deals a customer has (as names)


def outcome_of(reflection: Reflection) -> Outcome | None:
    """The outcome a debrief chose, if it has one."""
    answer = reflection.answer(OUTCOME_QUESTION)
    if answer is None or answer.choice is None:
        return None
    try:
        return Outcome(answer.choice)
    except ValueError:
        return None  # a choice this version does not know


def stage_of(reflection: Reflection) -> str | None:
    """The stage where the reflection says the deal turned, if it named a known one."""
    for answer in reflection.answers:
        if answer.kind is QuestionKind.STAGE and answer.stage in DEAL_STAGES:
            return answer.stage
    return None


def about(reflection: Reflection, subject: Subject) -> bool:
    """True when the reflection's details name this deal or customer."""
    given = reflection.deal if subject.kind is SubjectKind.DEAL else reflection.customer
    return _same(given, subject.name)


def mentions(text: str, name: str) -> bool:
    """True when `text` names `name` as a whole word or phrase, whatever the case."""
    if not name.strip() or not text:
        return False
    pattern = r"(?<!\w)" + r"\s+".join(re.escape(w) for w in name.split()) + r"(?!\w)"
    return re.search(pattern, text, re.IGNORECASE) is not None


def _same(given: str, name: str) -> bool:
    return given.strip().casefold() == name.strip().casefold() and bool(given.strip())


def _reading(reflection: Reflection) -> str:
    """The words a reflection's line shows: its lesson if it drew one, else its first
    answer; never a private answer (a deal page may be open while sharing a screen)."""
    shared = [
        a
        for a in reflection.answers
        if a.kind in (QuestionKind.TEXT, QuestionKind.COMMITMENT)
        and a.text.strip()
        and not is_private(a)
    ]
    lesson = next((a for a in shared if a.role is QuestionRole.LESSON), None)
    chosen = lesson or next(iter(shared), None)
    return preview_text(chosen.text, 240) if chosen else ""


def _reflection_event(reflection: Reflection) -> Event:
    outcome, stage = outcome_of(reflection), stage_of(reflection)
    kind = EventKind.DEBRIEF if outcome or stage else EventKind.REFLECTION
    return Event(kind, reflection.created_at, _reading(reflection), reflection, outcome, stage)


def story(
    subject: Subject,
    reflections: Iterable[Reflection],
    check_ins: Iterable[CheckIn] = (),
    commitments: Iterable[Commitment] = (),
    sessions: Iterable[CoachSession] = (),
) -> Story:
    """The story of one deal or customer from everything given (the rest is left out)."""
    mine = [r for r in reflections if about(r, subject) and not r.is_blank]
    ids = {r.id for r in mine}
    events = [_reflection_event(r) for r in mine]
    events += [
        Event(EventKind.CHECK_IN, c.created_at, c.note.strip(), check_in=c)
        for c in check_ins
        if mentions(c.note, subject.name)
    ]
    private_words = {
        a.text.strip()
        for r in mine
        for a in r.answers
        if a.kind is QuestionKind.COMMITMENT and is_private(a)
    }
    events += [
        Event(EventKind.COMMITMENT, c.created_at, c.text, commitment=c)
        for c in commitments
        if (c.reflection_id in ids and c.text not in private_words)
        or (c.reflection_id is None and mentions(c.text, subject.name))
    ]
    events += [
        Event(EventKind.SESSION, s.started_at, s.notes.strip() or s.goal, session=s)
        for s in sessions
        if mentions(s.notes, subject.name) or mentions(s.goal, subject.name)
    ]
    events.sort(key=lambda e: (e.at, list(EventKind).index(e.kind)))
    customers = _distinct(r.customer for r in mine) if subject.kind is SubjectKind.DEAL else ()
    deals = _distinct(r.deal for r in mine) if subject.kind is SubjectKind.CUSTOMER else ()
    return Story(subject, tuple(events), customers, deals)


def _distinct(names: Iterable[str]) -> tuple[str, ...]:
    seen: dict[str, str] = {}
    for name in names:
        if name.strip():
            seen[name.strip().casefold()] = name.strip()  # the latest spelling
    return tuple(seen.values())


@dataclass(frozen=True)
class Tagged:
    """What the Deals list needs of a reflection: when, its details, its outcome."""

    reflection_id: int
    created_at: datetime
    customer: str
    deal: str
    outcome: Outcome | None = None


def tagged(reflection: Reflection) -> Tagged:
    """A whole reflection as the Deals list reads it."""
    return Tagged(
        reflection.id,
        reflection.created_at,
        reflection.customer,
        reflection.deal,
        outcome_of(reflection),
    )


def listings(reflections: Iterable[Tagged]) -> list[Listing]:
    """Every deal, then every customer, that a reflection's details name; the most recently
    touched first within each."""
    given = list(reflections)
    found: list[Listing] = []
    for kind in (SubjectKind.DEAL, SubjectKind.CUSTOMER):

        def name_of(item: Tagged, kind: SubjectKind = kind) -> str:
            return (item.deal if kind is SubjectKind.DEAL else item.customer).strip()

        groups: dict[str, list[Tagged]] = {}
        for item in given:
            if name_of(item):
                groups.setdefault(name_of(item).casefold(), []).append(item)
        made = []
        for group in groups.values():
            group.sort(key=lambda r: (r.created_at, r.reflection_id))
            outcomes = [r.outcome for r in group if r.outcome is not None]
            others = (r.customer if kind is SubjectKind.DEAL else r.deal for r in group)
            made.append(
                Listing(
                    Subject(kind, name_of(group[-1])),
                    len(group),
                    group[0].created_at,
                    group[-1].created_at,
                    outcomes[-1] if outcomes else None,
                    ", ".join(_distinct(others)),
                )
            )
        made.sort(key=lambda listing: listing.last, reverse=True)
        found += made
    return found
