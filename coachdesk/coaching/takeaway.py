"""A coaching hour looked back on: what was shown in it, and what became of what was agreed.

The take-away for the coach holds only what the coach view showed: the goal, each agenda
item as shown (private answers gone, an answer item only that answer), what was answered
together, the notes and what was agreed with its date. Nothing off the agenda, ever.
Pure: the journal is read through the few calls of SessionSource.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime
from typing import Protocol

from coachdesk.coaching.commitments import Commitment, CommitmentState
from coachdesk.coaching.reflections import Answer, Reflection
from coachdesk.coaching.sessions import AgendaItem, AgendaKind, CoachSession, as_shown


class SessionSource(Protocol):
    """What reading a session back needs of the journal (JournalStore has it)."""

    def get(self, reflection_id: int) -> Reflection: ...

    def commitments(self, open_only: bool = False) -> list[Commitment]: ...

    def session_commitments(self, session_id: int) -> list[Commitment]: ...

    def session_reflections(self, session_id: int) -> list[int]: ...


@dataclass(frozen=True)
class ShownItem:
    """One thing as the coach saw it: a title, and the answers shown (none for a chart or a
    commitment, whose words are the title)."""

    kind: AgendaKind
    title: str
    answers: tuple[Answer, ...] = ()
    ref: str = ""  # the chart's key, for a chart
    agreed: tuple[Commitment, ...] = ()  # last time's agreements, as they stood in the hour
    due: date | None = None  # a commitment's


@dataclass(frozen=True)
class LookBack:
    """One past session: what was shown, noted and agreed, and how the agreements stand now
    (`agreed` as stored today; the take-away prints only their words and dates)."""

    session: CoachSession
    discussed: tuple[ShownItem, ...]
    together: tuple[ShownItem, ...]  # reflections answered together in the hour
    agreed: tuple[Commitment, ...]

    @property
    def minutes(self) -> int | None:
        """How long it ran, rounded; None while it runs."""
        ended = self.session.ended_at
        if ended is None:
            return None
        return max(0, round((ended - self.session.started_at).total_seconds() / 60))

    @property
    def started_at(self) -> datetime:
        """When it began."""
        return self.session.started_at


def _reflection_shown(item: AgendaItem, reflection: Reflection | None) -> ShownItem:
    if reflection is None:  # deleted since: its title was on the agenda, nothing more
        return ShownItem(item.kind, item.title)
    shown = as_shown(item, reflection)
    # A whole reflection under the name it was chosen by; one answer under its reflection's.
    title = item.title if item.kind is not AgendaKind.ANSWER else ""
    return ShownItem(item.kind, title or shown.title or shown.flow_title, shown.answers)


def shown_item(
    item: AgendaItem, reflection: Reflection | None, commitments: Sequence[Commitment]
) -> ShownItem:
    """`item` as the coach view showed it (`reflection` is the one it points at, if any)."""
    if item.kind is AgendaKind.COMMITMENT:
        found = next((c for c in commitments if str(c.id) == item.ref), None)
        if found is None:
            return ShownItem(item.kind, item.title)
        return ShownItem(item.kind, found.text, due=found.due)
    if item.kind is AgendaKind.CHART:
        return ShownItem(item.kind, item.title, ref=item.ref)
    return _reflection_shown(item, reflection)


def _get(source: SessionSource, reflection_id: int | None) -> Reflection | None:
    if reflection_id is None:
        return None
    try:
        return source.get(reflection_id)
    except KeyError:
        return None


def as_it_stood(commitment: Commitment, moment: datetime | None) -> Commitment:
    """`commitment` as it was at `moment`: closed only if it was closed by then (what
    happened later was not shown in the hour)."""
    closed = commitment.closed_at
    if closed is None or (moment is not None and closed <= moment):
        return commitment
    return replace(commitment, state=CommitmentState.OPEN, closed_at=None, outcome="")


def _last_time(source: SessionSource, item: AgendaItem, session: CoachSession) -> ShownItem:
    """'How did it go with what we agreed?': the earlier session's agreements as they
    stood when this hour ended."""
    try:
        earlier = int(item.ref)
    except ValueError:
        return ShownItem(item.kind, item.title)
    agreed = tuple(as_it_stood(c, session.ended_at) for c in source.session_commitments(earlier))
    return ShownItem(item.kind, item.title, agreed=agreed)


def look_back(source: SessionSource, session: CoachSession) -> LookBack:
    """The session read back from the journal, private answers left out everywhere."""
    commitments = source.commitments()
    discussed = tuple(
        _last_time(source, item, session)
        if item.kind is AgendaKind.LAST_TIME
        else shown_item(item, _get(source, item.reflection_id), commitments)
        for item in session.agenda
    )
    together = []
    for reflection_id in source.session_reflections(session.id):
        reflection = _get(source, reflection_id)
        if reflection is None:
            continue
        whole = AgendaItem(AgendaKind.REFLECTION, str(reflection_id), reflection.title)
        shown = _reflection_shown(whole, reflection)
        if shown.answers:
            together.append(shown)
    return LookBack(
        session, discussed, tuple(together), tuple(source.session_commitments(session.id))
    )


def _folded(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _words_of(back: LookBack) -> Iterable[str]:
    yield back.session.goal
    yield back.session.notes
    for item in back.discussed + back.together:
        yield item.title
    for commitment in back.agreed:
        yield commitment.text
        yield commitment.outcome


def matches(back: LookBack, query: str) -> bool:
    """True when every word of `query` is in the session's goal, notes, titles or
    agreements (case and accents ignored: 'uitstel' finds 'Uitstél')."""
    text = _folded("\n".join(_words_of(back)))
    return all(word in text for word in _folded(query).split())
