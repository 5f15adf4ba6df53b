"""The take-away of a coaching hour for the coach: one page of PDF, or plain text.

Only what the session showed (coaching/takeaway.py chose it): the goal, each item as the
coach saw it, what was answered together, the notes, what was agreed with its date. The
plain text is the same words, whole; the page shortens long answers until it fits.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtGui import QTextDocument

from coachdesk.coaching.commitments import Commitment, CommitmentState
from coachdesk.coaching.flows import QuestionKind
from coachdesk.coaching.reflections import Answer
from coachdesk.coaching.sessions import AgendaKind
from coachdesk.coaching.takeaway import LookBack, ShownItem
from coachdesk.summary.blocks import heading
from coachdesk.summary.fonts import Type, load_fonts
from coachdesk.summary.pages import Flowable, Gap, Text
from coachdesk.summary.render import RESOLUTION, Metadata, Progress, render
from coachdesk.summary.style import Style, Writer, long_day, short_day, tr
from coachdesk.summary.tounicode import fix_emoji_text
from coachdesk.summary.words import stage_label

# Characters of an answer, answers of an item, characters of the notes: roomy to tight.
FITS = (
    (700, 8, 2400),
    (500, 6, 1600),
    (360, 5, 1200),
    (260, 4, 900),
    (200, 3, 700),
    (170, 3, 550),
    (140, 2, 450),
    (120, 2, 380),
    (100, 1, 300),
    (90, 0, 200),  # titles only: the agreements always stay whole
)

# A long hour's last resorts: smaller type, closer lines.
TIGHT = Type(body=9, small=7.5, prompt=8, heading=10.5, section=12.5, title=18, line_height=120)
TIGHT_FROM = 6


if TYPE_CHECKING:
    from coachdesk.summary.export import PdfOptions  # only named: the options are read


def _nothing(done: int, total: int, text: str) -> None:
    pass


def shorten(text: str, limit: int) -> str:
    """At most about `limit` characters, its lines kept, cut at a word with an ellipsis."""
    if len(text) <= limit:
        return text
    cut = text[:limit].rsplit(" ", 1)[0] or text[:limit]
    return cut.rstrip(" ,.;:\n") + "…"


def answer_value(answer: Answer) -> str:
    """An answer as the coach view shows it: '4 of 5', a stage's name, or the words."""
    if answer.kind is QuestionKind.SCALE:
        return tr("%1 of 5").replace("%1", str(answer.rating))
    if answer.kind is QuestionKind.STAGE:
        return stage_label(answer.stage or "")
    return answer.text.strip()


def item_title(item: ShownItem) -> str:
    """The item's heading line: a chart or a commitment says what it is."""
    if item.kind is AgendaKind.CHART:
        return tr("Chart: %1").replace("%1", item.title)
    if item.kind is AgendaKind.COMMITMENT:
        return tr("Commitment: %1").replace("%1", agreed_line(item.title, item.due))
    return item.title


def fate_line(commitment: Commitment) -> str:
    """'Done: he signed', 'Let go', 'Still open': where an agreement stood, in words."""
    outcome = commitment.outcome.strip()
    if commitment.state is CommitmentState.DONE:
        return tr("Done: %1").replace("%1", outcome) if outcome else tr("Done")
    if commitment.state is CommitmentState.LET_GO:
        return tr("Let go: %1").replace("%1", outcome) if outcome else tr("Let go")
    return tr("Still open")


def when_line(back: LookBack) -> str:
    """'Friday 27 November 2026 · 55 minutes'."""
    day = long_day(back.started_at.astimezone().date())
    if back.minutes is None:
        return day
    length = tr("%n minutes", "", back.minutes)  # outside the f-string: lupdate finds it
    return f"{day} · {length}"


def agreed_line(text: str, due: date | None) -> str:
    """'Call Jan — by 18 Dec 2026', or only the words without a date."""
    if due is None:
        return text
    return tr("%1 — by %2").replace("%1", text).replace("%2", short_day(due))


def takeaway_text(back: LookBack) -> str:
    """The take-away as plain text, whole: what 'Copy' puts on the clipboard."""
    lines = [tr("Coaching session"), when_line(back), ""]
    goal = back.session.goal.strip()
    if goal:
        lines += [tr("Goal for the hour"), f"  {goal}", ""]

    def items(title: str, shown: tuple[ShownItem, ...]) -> None:
        if not shown:
            return
        lines.append(title)
        for item in shown:
            lines.append(f"  - {item_title(item)}")
            for answer in item.answers:
                lines.append(f"      {answer.prompt}")
                lines.extend(f"        {part}" for part in answer_value(answer).splitlines())
            for agreed in item.agreed:
                lines.append(f"      {agreed_line(agreed.text, agreed.due)}")
                lines.append(f"        {fate_line(agreed)}")
        lines.append("")

    items(tr("Discussed"), back.discussed)
    items(tr("Answered together"), back.together)
    if back.session.notes.strip():
        lines.append(tr("Notes"))
        lines += [f"  {part}" for part in back.session.notes.strip().splitlines()]
        lines.append("")
    if back.agreed:
        lines.append(tr("Agreed"))
        lines += [f"  - {agreed_line(c.text, c.due)}" for c in back.agreed]
        lines.append("")
    return "\n".join(lines).rstrip() + "\n"


def _items(style: Style, shown: tuple[ShownItem, ...], fit: int) -> Text:
    length, most, _ = FITS[fit]

    def build() -> QTextDocument:
        out = Writer(style)
        soft = style.colours.soft
        small = style.char(style.type.small, colour=soft)
        for item in shown:
            out.line(item_title(item), style.char(bold=True), style.block(4, 2, True))
            for answer in item.answers[:most]:
                out.line(answer.prompt, small, style.block(0, 1, True, indent=10))
                value = shorten(answer_value(answer), length)
                out.line(value, style.char(), style.block(0, 3, indent=10))
            for agreed in item.agreed:
                out.line(
                    agreed_line(agreed.text, agreed.due),
                    style.char(),
                    style.block(0, 0, True, indent=10),
                )
                fate = shorten(fate_line(agreed), length)
                out.line(fate, small, style.block(0, 3, indent=10))
            if most and len(item.answers) > most:
                more = tr("and %1 more answers").replace("%1", str(len(item.answers) - most))
                out.line(more, small, style.block(0, 3, indent=10))
        return out.done()

    return Text(build)


def takeaway_flowables(style: Style, back: LookBack, fit: int = 0) -> list[Flowable]:
    """The page: title and day, the goal, what was discussed and answered together, the
    notes, what was agreed; `fit` (0..9) shortens long answers until it is one page."""
    _, _, notes_length = FITS[fit]

    def title() -> QTextDocument:
        out = Writer(style)
        out.line(tr("Coaching session"), style.char(style.type.title, True), style.block(0, 2))
        small = style.char(style.type.small, colour=style.colours.soft)
        out.line(when_line(back), small, style.block())
        return out.done()

    def plain(text: str) -> Text:
        def build() -> QTextDocument:
            out = Writer(style)
            out.line(text, style.char(), style.block(0, 2))
            return out.done()

        return Text(build)

    space = Gap(style.line() * (1.0 - 0.08 * fit))
    items: list[Flowable] = [Text(title)]
    if back.session.goal.strip():
        items += [space, heading(style, tr("Goal for the hour")), plain(back.session.goal.strip())]
    for name, shown in (
        (tr("Discussed"), back.discussed),
        (tr("Answered together"), back.together),
    ):
        if shown:
            items += [space, heading(style, name), _items(style, shown, fit)]
    if back.session.notes.strip():
        notes = shorten(back.session.notes.strip(), notes_length)
        items += [space, heading(style, tr("Notes")), plain(notes)]
    if back.agreed:
        lines = "\n".join(f"– {agreed_line(c.text, c.due)}" for c in back.agreed)
        items += [space, heading(style, tr("Agreed")), plain(lines)]
    return items


def takeaway_pdf(
    back: LookBack, options: PdfOptions, progress: Progress = _nothing
) -> tuple[bytes, int]:
    """The take-away as PDF bytes, and its page count (one, unless even the tightest fit
    runs over)."""
    load_fonts()
    title = tr("Coaching session")
    day = long_day(back.started_at.astimezone().date())
    meta = Metadata(f"{title}, {day}", options.author, f"{title} · {day}", options.page)
    for fit in range(len(FITS)):
        style = Style(RESOLUTION, TIGHT if fit >= TIGHT_FROM else Type())
        pdf, pages = render(takeaway_flowables(style, back, fit), meta, progress)
        if pages == 1:
            break
    return fix_emoji_text(pdf), pages
