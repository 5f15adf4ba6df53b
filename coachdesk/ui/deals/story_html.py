"""One deal's (or customer's) story as a calm page of HTML: what happened, in time order."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QObject, QUrl

from coachdesk.coaching.commitments import Commitment, CommitmentState
from coachdesk.coaching.deals import Event, EventKind, Outcome, Story, SubjectKind
from coachdesk.coaching.reflections import preview_text
from coachdesk.summary.words import stage_label
from coachdesk.ui.common.formatting import short_date
from coachdesk.ui.common.theme import GRID
from coachdesk.ui.journal.reflection_text import BUTTON_LINE

Buttons = list[tuple[str, str, QUrl]]


class StoryWords(QObject):
    """The words of a deal page (a QObject for tr: the context is StoryWords)."""

    def outcome(self, outcome: Outcome) -> str:
        """How a deal ended, in one word."""
        return {
            Outcome.WON: self.tr("Won"),
            Outcome.LOST: self.tr("Lost"),
            Outcome.STALLED: self.tr("Stalled"),
            Outcome.OPEN: self.tr("Still open"),
        }[outcome]

    def kind(self, event: Event) -> str:
        """What one line of the story is."""
        return {
            EventKind.DEBRIEF: self.tr("Debrief"),
            EventKind.REFLECTION: self.tr("Reflection"),
            EventKind.CHECK_IN: self.tr("Check-in note"),
            EventKind.COMMITMENT: self.tr("Commitment"),
            EventKind.SESSION: self.tr("Coaching hour"),
        }[event.kind]

    def fate(self, commitment: Commitment) -> str:
        """What became of a commitment."""
        if commitment.state is CommitmentState.OPEN:
            if commitment.due is None:
                return self.tr("Still open.")
            return self.tr("Still open, due %1.").replace("%1", short_date(commitment.due))
        day = short_date(commitment.closed_at.astimezone().date()) if commitment.closed_at else ""
        said = (
            self.tr("Done on %1.")
            if commitment.state is CommitmentState.DONE
            else self.tr("Let go on %1.")
        ).replace("%1", day)
        return f"{said} {commitment.outcome.strip()}".strip()

    def turned(self, event: Event) -> str:
        """A debrief's outcome and the stage where it turned, as one line."""
        parts = []
        if event.outcome is not None:
            parts.append(self.outcome(event.outcome))
        if event.stage is not None:
            parts.append(self.tr("turned at %1").replace("%1", stage_label(event.stage)))
        return " · ".join(parts)

    def standing(self, story: Story) -> str:
        """Where the deal stands by its latest debrief, or nothing when none said."""
        outcome, stage = story.outcome, story.turned_at
        if outcome is not None and stage is not None:
            return (
                self.tr("Latest debrief: %1, turned at %2.")
                .replace("%1", self.outcome(outcome))
                .replace("%2", stage_label(stage))
            )
        if outcome is not None:
            return self.tr("Latest debrief: %1.").replace("%1", self.outcome(outcome))
        if stage is not None:
            return self.tr("Latest debrief: turned at %1.").replace("%1", stage_label(stage))
        return ""

    def counts(self, story: Story) -> str:
        """How much the story holds, from when to when."""
        kinds = [e.kind for e in story.events]
        written = kinds.count(EventKind.DEBRIEF) + kinds.count(EventKind.REFLECTION)
        parts = [
            self.tr("%n reflections", "", written),
            self.tr("%n commitments", "", kinds.count(EventKind.COMMITMENT)),
            self.tr("%n check-in notes", "", kinds.count(EventKind.CHECK_IN)),
        ]
        if EventKind.SESSION in kinds:
            parts.append(self.tr("%n coaching hours", "", kinds.count(EventKind.SESSION)))
        first, last = story.events[0].at, story.events[-1].at
        span = (
            self.tr("from %1 to %2")
            .replace("%1", short_date(first.astimezone().date()))
            .replace("%2", short_date(last.astimezone().date()))
        )
        return ", ".join(parts) + " · " + span


def story_html(story: Story, words: StoryWords, soft: str, size: float) -> tuple[str, Buttons]:
    """The page and its buttons (one "Read it whole" per reflection, in reading order)."""
    subject = story.subject
    kind = words.tr("Deal") if subject.kind is SubjectKind.DEAL else words.tr("Customer")
    others = story.customers if subject.kind is SubjectKind.DEAL else story.deals
    label = words.tr("customer") if subject.kind is SubjectKind.DEAL else words.tr("deals")
    head = kind + (f" · {label}: {', '.join(others)}" if others else "")
    small = f"color:{soft}; font-size:{size * 0.9:.1f}pt"
    parts = [
        f"<p style='{small}'>{escape(head)}</p>",
        f"<p style='font-size:{size * 1.6:.1f}pt; margin-bottom:{GRID}px'>"
        f"{escape(subject.name)}</p>",
    ]
    buttons: Buttons = []
    if not story.events:
        parts.append(f"<p style='color:{soft}'>{escape(words.tr('Nothing about it yet.'))}</p>")
        return "".join(parts), buttons
    standing = words.standing(story)
    if standing:
        parts.append(f"<p>{escape(standing)}</p>")
    parts.append(f"<p style='{small}'>{escape(words.counts(story))}</p>")
    for event in story.events:
        parts += _event_html(event, words, soft, size, buttons)
    return "".join(parts), buttons


def _event_html(
    event: Event, words: StoryWords, soft: str, size: float, buttons: Buttons
) -> list[str]:
    day = short_date(event.at.astimezone().date())
    line = f"{day} · {words.kind(event)}"
    out = [
        f"<p style='color:{soft}; font-size:{size * 0.9:.1f}pt; margin-top:{3 * GRID}px;"
        f" margin-bottom:0'>{escape(line)}</p>"
    ]
    reflection = event.reflection
    if reflection is not None:
        title = reflection.title or reflection.flow_title
        out.append(f"<p style='margin:0'><b>{escape(title)}</b></p>")
        turned = words.turned(event)
        if turned:
            out.append(f"<p style='margin:0'>{escape(turned)}</p>")
    if event.text:
        shown = preview_text(event.text, 400)
        out.append(
            f"<p style='white-space: pre-wrap; margin-top:{GRID // 2}px'>{escape(shown)}</p>"
        )
    if event.commitment is not None:
        out.append(
            f"<p style='color:{soft}; margin-top:0'>{escape(words.fate(event.commitment))}</p>"
        )
    if reflection is not None:
        name = words.tr("Read it whole: %1").replace(
            "%1", reflection.title or reflection.flow_title
        )
        buttons.append((words.tr("Read it whole"), name, QUrl(f"reflection:{reflection.id}")))
        out.append(f"<p style='margin:0'>{BUTTON_LINE}</p>")
    return out
