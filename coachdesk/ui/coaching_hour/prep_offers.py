"""What the session prep offers, grouped and in words: last time's agreements first, then
reflections (with customer, deal and first words), stories, open commitments with their due
date, and the charts with their period. Private answers are never among them."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication

from coachdesk.coaching.insights import DEFAULT_WEEKS, default_since
from coachdesk.coaching.reflections import Reflection
from coachdesk.coaching.sessions import (
    AgendaItem,
    AgendaKind,
    ChartKey,
    first_words,
    last_session,
    offer_commitment,
    offer_last_time,
    offer_reflection,
    offer_story,
)
from coachdesk.storage import JournalStore
from coachdesk.ui.coaching_hour.agreed_words import agreed_line, fate_line
from coachdesk.ui.common.formatting import short_date
from coachdesk.ui.loop.chart_base import PeriodWords

RECENT_REFLECTIONS = 30
_SPACES = re.compile(r"\s+")


@dataclass(frozen=True)
class Offer:
    """One row of the prep tree: a choice (with its item) or words under one (no item)."""

    label: str  # whole, on one line: the tree cuts it with an ellipsis
    item: AgendaItem | None
    tip: str = ""  # the full text, when the label is not all of it
    ticked: bool = False
    children: tuple[Offer, ...] = field(default=())
    shows_too: tuple[AgendaItem, ...] = ()  # other choices this one shows (not to tick twice)


def one_line(text: str) -> str:
    """Text on one line, its whitespace single."""
    return _SPACES.sub(" ", text).strip()


def chart_names() -> dict[ChartKey, str]:
    """Each chart's title, as the prep and the coach view show it."""
    return {
        ChartKey.STRESS_ENERGY: QCoreApplication.translate(
            "SessionPrepDialog", "Stress and energy per week"
        ),
        ChartKey.WEEKDAYS: QCoreApplication.translate("SessionPrepDialog", "Stress by weekday"),
        ChartKey.ATTENTION: QCoreApplication.translate(
            "SessionPrepDialog", "Where your attention went"
        ),
        ChartKey.STAGES: QCoreApplication.translate("SessionPrepDialog", "Where deals turned"),
        ChartKey.COMMITMENTS: QCoreApplication.translate(
            "SessionPrepDialog", "Commitments kept and let go"
        ),
    }


def chart_period(store: JournalStore) -> str:
    """'The last 26 weeks, 1 Jun to 20 Nov.': the period every chart shows."""
    today = store.now().astimezone().date()
    return PeriodWords().period(DEFAULT_WEEKS, default_since(today), today)


def last_time(store: JournalStore) -> list[Offer]:
    """Last session's agreements and their state, ticked: the next hour opens with them."""
    session = last_session(store.sessions())
    agreed = store.session_commitments(session.id) if session is not None else []
    item = offer_last_time(
        session,
        agreed,
        QCoreApplication.translate("SessionPrepDialog", "How did it go with what we agreed?"),
    )
    if item is None or session is None:
        return []
    children = tuple(Offer(fate_line(c), None) for c in agreed)
    when = QCoreApplication.translate("SessionPrepDialog", "Agreed on %1").replace(
        "%1", short_date(session.started_at.astimezone().date())
    )
    label = f"{item.title}  ·  {when}"
    # Its page shows each agreement, so an open one is not brought again on its own.
    also = tuple(offer_commitment(c) for c in agreed)
    return [Offer(label, item, ticked=True, children=children, shows_too=also)]


def reflections(store: JournalStore) -> list[Offer]:
    """Recent reflections with something shared: date, title, customer, deal, first words."""
    offered: list[Offer] = []
    for summary in store.timeline(0, RECENT_REFLECTIONS * 2):
        if len(offered) >= RECENT_REFLECTIONS:
            break
        reflection = store.get(summary.id)
        items = offer_reflection(reflection)
        if not items:
            continue  # everything in it is private
        # Customer and deal before the flow's name: they are what is looked for, and a long
        # name would push them past the edge.
        named = " · ".join(n.strip() for n in (reflection.customer, reflection.deal) if n.strip())
        kind = reflection.title or reflection.flow_title
        parts = [short_date(summary.created_at.astimezone().date())] + [named] * bool(named)
        parts.append(kind)
        if summary.is_draft:
            parts.append(QCoreApplication.translate("SessionPrepDialog", "draft"))
        label = "  ·  ".join(parts)
        if words := first_words(reflection):
            label += f" — “{words}”"
        texts = [_answer_text(reflection, a) for a in items[1:]]
        answers = tuple(
            Offer(one_line(text), a, tip=text) for a, text in zip(items[1:], texts, strict=True)
        )
        offered.append(Offer(label, items[0], children=answers))
    return offered


def _answer_text(reflection: Reflection, item: AgendaItem) -> str:
    answer = reflection.answer(item.question_id or "")
    return answer.text.strip() if answer is not None and answer.text.strip() else item.title


def stories(store: JournalStore) -> list[Offer]:
    """Customer stories: customer, deal and the first words."""
    offered = []
    for story in store.stories():
        item = offer_story(story)
        if item is None:
            continue
        words = first_words(story)
        label = item.title if not words or words == item.title else f"{item.title} — “{words}”"
        offered.append(Offer(label, item))
    return offered


def offers(store: JournalStore) -> list[tuple[str, list[Offer]]]:
    """Every group of the prep tree, in order, with its rows."""
    commitments = []
    for commitment in store.commitments(open_only=True):
        item = offer_commitment(commitment)
        commitments.append(Offer(agreed_line(commitment), item))
    period = chart_period(store)
    charts = [
        Offer(name, AgendaItem(AgendaKind.CHART, key.value, name), tip=f"{name}\n{period}")
        for key, name in chart_names().items()
    ]
    return [
        (QCoreApplication.translate("SessionPrepDialog", "Last time"), last_time(store)),
        (QCoreApplication.translate("SessionPrepDialog", "Reflections"), reflections(store)),
        (QCoreApplication.translate("SessionPrepDialog", "Customer stories"), stories(store)),
        (QCoreApplication.translate("SessionPrepDialog", "Open commitments"), commitments),
        (QCoreApplication.translate("SessionPrepDialog", "Insight charts"), charts),
    ]
