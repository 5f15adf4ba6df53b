"""One agenda item as the coach sees it, in large type: a commitment, or a reflection (whole
or one answer) with each question above its answer."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication

from coachdesk.coaching.flows import QuestionKind
from coachdesk.coaching.sessions import AgendaItem, AgendaKind, as_shown
from coachdesk.storage import JournalStore
from coachdesk.summary.words import stage_label
from coachdesk.ui.common.theme import GRID


def item_html(item: AgendaItem, store: JournalStore, size: float, soft: str) -> str:
    """The item's HTML at `size` points, questions in the colour `soft`; empty when what
    it shows was deleted since the agenda was made."""
    if item.kind is AgendaKind.COMMITMENT:
        found = next((c for c in store.commitments() if str(c.id) == item.ref), None)
        heading = escape(QCoreApplication.translate("CoachView", "A commitment"))
        body = escape(found.text) if found else ""
        return (
            f"<p style='font-size:{size * 0.7:.1f}pt; color:{soft}'>{heading}</p>"
            f"<p style='font-size:{size:.1f}pt'>{body}</p>"
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
