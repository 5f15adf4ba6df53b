"""The coaching prep: one page to bring to the coaching hour."""

from __future__ import annotations

from PySide6.QtGui import QTextDocument

from coachdesk.coaching.reflections import preview_text
from coachdesk.coaching.summary import AgendaItem, Prep, SummaryData
from coachdesk.summary.blocks import heading, paragraphs
from coachdesk.summary.chart_section import weekly_chart
from coachdesk.summary.pages import Flowable, Gap, Text
from coachdesk.summary.style import Style, Writer, long_day, short_day, tr

# How much of each list fits, from roomy to tight: the prep stays one page.
# due, open, recent, characters, answers from your preparation
FITS = ((4, 6, 3, 160, 4), (3, 4, 2, 110, 3), (2, 2, 1, 80, 2))
WISH_LENGTH = 300


def _due_shown(agenda: tuple[AgendaItem, ...], fit: int) -> list[AgendaItem]:
    """The commitments due soon that the agenda has room for."""
    return [i for i in agenda if i.kind == "commitment"][: FITS[fit][0]]


def _agenda(style: Style, agenda: tuple[AgendaItem, ...], fit: int) -> Text:
    _, _, most_recent, length, most_prepared = FITS[fit]

    def build() -> QTextDocument:
        out = Writer(style)
        soft = style.colours.soft
        small = style.char(style.type.small, colour=soft)
        prepared = [i for i in agenda if i.kind == "prepared"][:most_prepared]
        if prepared and prepared[0].day is not None:
            day = long_day(prepared[0].day)
            title = tr("From your preparation of %1").replace("%1", day)
            out.line(title, style.char(bold=True), style.block(0, 1, True))
            for item in prepared:
                out.line(item.title, small, style.block(2, 1, True))
                text = preview_text(item.text, length)
                out.line(text, style.char(), style.block(0, 2, indent=10))
        due = _due_shown(agenda, fit)
        if due:
            before = 8 if prepared else 0
            out.line(
                tr("Commitments due soon"), style.char(bold=True), style.block(before, 2, True)
            )
            for item in due:
                out.paragraph(style.block(0, 2, indent=10)).text("– ", style.char(colour=soft))
                out.text(preview_text(item.text, length), style.char())
                if item.day is not None:
                    out.text("  " + tr("by %1").replace("%1", short_day(item.day)), small)
        for item in (i for i in agenda if i.kind == "next-week"):
            day = long_day(item.day) if item.day else ""
            title = tr("From your weekly reflection of %1").replace("%1", day)
            out.line(title, style.char(bold=True), style.block(8, 1, True))
            out.line(item.title, small, style.block(0, 2, True))
            out.line(
                preview_text(item.text, WISH_LENGTH), style.char(), style.block(0, 2, indent=10)
            )
        recent = [i for i in agenda if i.kind == "reflection"][:most_recent]
        if recent:
            out.line(tr("Your latest reflections"), style.char(bold=True), style.block(8, 2, True))
            for item in recent:
                day = short_day(item.day) if item.day else ""
                out.paragraph(style.block(0, 0, True, indent=10)).text(
                    item.title, style.char(bold=True)
                )
                out.text(f"  {day}", small)
                out.line(
                    preview_text(item.text, length), style.char(), style.block(0, 3, indent=10)
                )
        if not agenda:
            none = tr("Nothing chosen yet: no commitments due, no recent reflections.")
            out.line(none, style.char(colour=soft), style.block())
        return out.done()

    return Text(build)


def _open(style: Style, prep: Prep, fit: int) -> Text:
    _, most, _, length, _ = FITS[fit]
    due = _due_shown(prep.agenda, fit)
    others = prep.open_besides(due)  # each commitment once on the page
    shown = others[:most]
    more = len(others) - len(shown)

    def build() -> QTextDocument:
        out = Writer(style)
        soft = style.colours.soft
        small = style.char(style.type.small, colour=soft)
        if not shown:
            none = tr("No other open commitments.") if due else tr("No open commitments.")
            out.line(none, style.char(colour=soft), style.block())
        for commitment in shown:
            out.paragraph(style.block(0, 2, indent=10)).text("– ", style.char(colour=soft))
            out.text(preview_text(commitment.text, length), style.char())
            if commitment.due is not None:
                out.text("  " + tr("by %1").replace("%1", short_day(commitment.due)), small)
        if more:
            text = tr("and %1 more").replace("%1", str(more))
            out.line(text, style.char(colour=soft), style.block(4, 0, indent=10))
        return out.done()

    return Text(build)


def prep_flowables(style: Style, data: SummaryData, fit: int = 0) -> list[Flowable]:
    """The prep page: title, the agenda, open commitments, the stress and energy line;
    `fit` (0..2) shortens the lists until it is one page."""
    prep = data.prep
    assert prep is not None
    made = tr("For your next coaching session · made on %1").replace("%1", long_day(data.made_on))

    def title() -> QTextDocument:
        out = Writer(style)
        out.line(tr("Coaching prep"), style.char(style.type.title, True), style.block(0, 2))
        out.line(made, style.char(style.type.small, colour=style.colours.soft), style.block())
        return out.done()

    space = Gap(style.line() * (1.2 - 0.3 * fit))
    items: list[Flowable] = [Text(title), space, heading(style, tr("On the agenda"))]
    items.append(_agenda(style, prep.agenda, fit))
    on_agenda = bool(_due_shown(prep.agenda, fit))
    open_title = tr("Other open commitments") if on_agenda else tr("Open commitments")
    items += [space, heading(style, open_title), _open(style, prep, fit)]
    items += [space, heading(style, tr("Stress and energy, the last 8 weeks"))]
    if prep.stress:
        items.append(weekly_chart(style, prep.stress, prep.energy, lines=7))
    else:
        items.append(paragraphs(style, [tr("No check-ins in these weeks.")], soft=True))
    return items
