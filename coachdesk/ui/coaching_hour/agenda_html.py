"""One agenda item as the coach sees it, in large type: a commitment with its due date, what
the last session agreed and what became of it, or a reflection (whole or one answer) with
each question above its answer."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication

from coachdesk.coaching.flows import QuestionKind
from coachdesk.coaching.sessions import AgendaItem, AgendaKind, as_shown
from coachdesk.storage import JournalStore
from coachdesk.summary.words import stage_label
from coachdesk.ui.coaching_hour.agreed_words import due_words, fate_words
from coachdesk.ui.common.formatting import short_date
from coachdesk.ui.common.theme import GRID


def last_time_html(item: AgendaItem, store: JournalStore, size: float, soft: str) -> str:
    """'How did it go with what we agreed?': each agreement of that session and its fate."""
    session = next((s for s in store.sessions() if str(s.id) == item.ref), None)
    if session is None:
        return ""
    agreed_on = QCoreApplication.translate("CoachView", "Agreed on %1").replace(
        "%1", short_date(session.started_at.astimezone().date())
    )
    parts = [
        f"<p style='font-size:{size * 1.15:.1f}pt'>{escape(item.title)}</p>",
        f"<p style='font-size:{size * 0.7:.1f}pt; color:{soft}'>{escape(agreed_on)}</p>",
    ]
    for agreed in store.session_commitments(session.id):
        parts.append(
            f"<p style='font-size:{size:.1f}pt; margin-top:{2 * GRID}px'>"
            f"{escape(agreed.text)}</p>"
            f"<p style='font-size:{size * 0.7:.1f}pt; color:{soft}'>"
            f"{escape(fate_words(agreed))}</p>"
        )
    return "".join(parts)


def item_html(item: AgendaItem, store: JournalStore, size: float, soft: str) -> str:
    """The item's HTML at `size` points, questions in the colour `soft`; empty when what
    it shows was deleted since the agenda was made."""
    if item.kind is AgendaKind.LAST_TIME:
        return last_time_html(item, store, size, soft)
    if item.kind is AgendaKind.COMMITMENT:
        found = next((c for c in store.commitments() if str(c.id) == item.ref), None)
        if found is None:
            return ""  # deleted since the agenda was made
        heading = escape(QCoreApplication.translate("CoachView", "A commitment"))
        return (
            f"<p style='font-size:{size * 0.7:.1f}pt; color:{soft}'>{heading}</p>"
            f"<p style='font-size:{size:.1f}pt'>{escape(found.text)}</p>"
            f"<p style='font-size:{size * 0.7:.1f}pt; color:{soft}'>{escape(due_words(found))}</p>"
        )
    reflection_id = item.reflection_id
    if reflection_id is None:
        return ""
    try:
        shown = as_shown(item, store.get(reflection_id))
    except KeyError:
        return ""  # deleted since the agenda was made
    parts = [
        f"<p style='font-size:{size * 1.15:.1f}pt'>{escape(shown.title or shown.flow_title)}</p>"
    ]
    for answer in shown.answers:
        if answer.kind is QuestionKind.SCALE:
            out_of = QCoreApplication.translate("CoachView", "%1 of 5")
            value = out_of.replace("%1", str(answer.rating))
        elif answer.kind is QuestionKind.STAGE:
            value = stage_label(answer.stage or "")
        else:
            value = answer.text
        parts.append(
            f"<p style='font-size:{size * 0.7:.1f}pt; color:{soft}; margin-top:{2 * GRID}px'>"
            f"{escape(answer.prompt)}</p>"
            + (  # a follow-up: why it was asked
                f"<p style='font-size:{size * 0.6:.1f}pt; color:{soft}'>{escape(answer.why)}</p>"
                if answer.why
                else ""
            )
            + f"<p style='font-size:{size:.1f}pt; white-space:pre-wrap'>{escape(value)}</p>"
        )
    return "".join(parts)
