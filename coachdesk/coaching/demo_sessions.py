"""The demo journal's past coaching hours ([[sessions]] in resources/demo/<lang>.toml).

Each names its agenda by the demo reflections it showed (their flow and days_ago), holds
the goal and the notes, and what was agreed with what became of it. Checked here like the
rest of the demo (coaching/demo.py); coachdesk/demo_journal.py stores it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from coachdesk.coaching.demo_format import (
    DemoFormatError,
    HandCommitment,
    _closing,
    _due,
    _entries,
    _known_keys,
    _moment,
    _text,
    _whole,
)
from coachdesk.coaching.privacy import is_private
from coachdesk.coaching.reflections import NewReflection, preview_text
from coachdesk.coaching.sessions import AgendaKind, ChartKey

_SESSION_KEYS = {"days_ago", "time", "minutes", "goal", "notes", "agenda", "agreed"}
_AGENDA_KEYS = {"flow", "reflection_days_ago", "question", "chart", "title"}
_AGREED_KEYS = {"text", "state", "due_days_ago", "outcome", "closed_days_ago", "closed_time"}


@dataclass(frozen=True)
class DemoAgendaItem:
    """One item shown: a demo reflection (its position), one of its answers, or a chart."""

    kind: AgendaKind
    reflection: int | None  # position in Demo.reflections
    question_id: str  # for an answer
    chart: str  # a ChartKey value, for a chart
    title: str


@dataclass(frozen=True)
class DemoSession:
    """A coaching hour that already happened."""

    started_at: datetime
    ended_at: datetime
    goal: str
    notes: str
    agenda: tuple[DemoAgendaItem, ...]
    agreed: tuple[HandCommitment, ...]


def _reflection(
    entry: dict[str, object], reflections: list[NewReflection], where: str, sunday: date
) -> int:
    flow = _text(entry, "flow", where)
    day = sunday - timedelta(days=_whole(entry, "reflection_days_ago", where, low=1))
    found = [
        n
        for n, r in enumerate(reflections)
        if r.flow.id == flow and r.created_at.date() == day and r.finished
    ]
    if len(found) != 1:
        raise DemoFormatError(f"{where}: no single finished {flow} reflection on that day")
    return found[0]


def _agenda_item(
    entry: dict[str, object], reflections: list[NewReflection], where: str, sunday: date
) -> DemoAgendaItem:
    _known_keys(entry, _AGENDA_KEYS, where)
    if "chart" in entry:
        chart = _text(entry, "chart", where)
        if chart not in set(ChartKey):
            raise DemoFormatError(f"{where}: unknown chart {chart!r}")
        return DemoAgendaItem(AgendaKind.CHART, None, "", chart, _text(entry, "title", where))
    index = _reflection(entry, reflections, where, sunday)
    reflection = reflections[index]
    question_id = _text(entry, "question", where, required=False)
    if not question_id:
        # As a prep list names it: what kind of reflection, and its first words.
        first = next((a.text for a in reflection.answers if a.text.strip()), "")
        kind = reflection.flow.title.split(" — ")[0]  # "Deal debrief", not its subtitle
        title = f"{kind} · {preview_text(first, 50)}"
        return DemoAgendaItem(AgendaKind.REFLECTION, index, "", "", title)
    answer = next((a for a in reflection.answers if a.question_id == question_id), None)
    if answer is None or not answer.text.strip():
        raise DemoFormatError(f"{where}: the reflection has no answer '{question_id}'")
    if is_private(answer):
        raise DemoFormatError(f"{where}: '{question_id}' is private: never on an agenda")
    title = preview_text(answer.text, 80)
    return DemoAgendaItem(AgendaKind.ANSWER, index, question_id, "", title)


def _agreed(entry: dict[str, object], where: str, sunday: date, made: datetime) -> HandCommitment:
    _known_keys(entry, _AGREED_KEYS, where)
    return HandCommitment(
        _text(entry, "text", where),
        made,
        _due(entry, where, sunday, made),
        _closing(entry, where, sunday, made),
    )


def parse_sessions(
    raw: object, reflections: list[NewReflection], sunday: date
) -> tuple[DemoSession, ...]:
    """The [[sessions]] of a demo, oldest first as written; DemoFormatError names the one
    that does not follow the format."""
    held = []
    for where, entry in _entries(raw, "sessions", "session"):
        _known_keys(entry, _SESSION_KEYS, where)
        started = _moment(entry, "", where, sunday)
        ended = started + timedelta(minutes=_whole(entry, "minutes", where, 1, 240))
        agenda = tuple(
            _agenda_item(item, reflections, here, sunday)
            for here, item in _entries(entry.get("agenda"), "sessions.agenda", f"{where}: item")
        )
        agreed = tuple(
            _agreed(item, here, sunday, ended)
            for here, item in _entries(entry.get("agreed"), "sessions.agreed", f"{where}: agreed")
        )
        held.append(
            DemoSession(
                started,
                ended,
                _text(entry, "goal", where),
                _text(entry, "notes", where, required=False),
                agenda,
                agreed,
            )
        )
    return tuple(held)
