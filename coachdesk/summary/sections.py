"""The summary's sections as flowables: words, numbers and the insights page's own charts."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QLocale
from PySide6.QtGui import QFontMetricsF, QTextDocument

from coachdesk.charts import number
from coachdesk.coaching.commitments import Commitment, CommitmentState
from coachdesk.coaching.flows import QuestionKind
from coachdesk.coaching.insights import Insights, local_day
from coachdesk.coaching.reflections import Answer, Reflection
from coachdesk.coaching.stories import TOLD_IN_ORDER
from coachdesk.coaching.summary import Section, SummaryData
from coachdesk.summary.blocks import heading, paragraphs, subheading
from coachdesk.summary.chart_section import charts_section
from coachdesk.summary.pages import Flowable, Gap, Text
from coachdesk.summary.pictures import files_flowables
from coachdesk.summary.style import Style, Writer, long_day, short_day, tr
from coachdesk.summary.words import InsightWords, stage_label

CHUNK = 20  # reflections per text document: progress and cancelling stay prompt
THEIR_WORDS = "their-words"


def answer_text(answer: Answer) -> str:
    """An answer as it reads on paper: words, '4 of 5', a stage, a commitment's date."""
    if answer.kind is QuestionKind.SCALE and answer.rating is not None:
        return tr("%1 of 5").replace("%1", str(answer.rating))
    if answer.kind is QuestionKind.STAGE and answer.stage:
        return stage_label(answer.stage)
    text = answer.text.strip()
    if answer.kind is QuestionKind.COMMITMENT and answer.due is not None and text:
        return tr("%1 (by %2)").replace("%1", text).replace("%2", short_day(answer.due))
    return text


def _write_reflection(out: Writer, reflection: Reflection) -> None:
    style = out.style
    soft = style.colours.soft
    parts = [long_day(local_day(reflection.created_at))]
    parts += [p for p in (reflection.customer, reflection.deal) if p]
    out.line(" · ".join(parts), style.char(style.type.heading, True), style.block(14, 2, True))
    if reflection.title:
        out.line(reflection.title, style.char(bold=True), style.block(0, 2, True))
    if reflection.tags:
        tags = " ".join(f"#{t}" for t in reflection.tags)
        out.line(tags, style.char(style.type.small, colour=soft), style.block(0, 2, True))
    for answer in reflection.answers:
        text = answer_text(answer)
        if not text:
            continue
        out.line(answer.prompt, style.char(style.type.prompt, colour=soft), style.block(6, 1, True))
        if answer.why:  # a follow-up: why it was asked
            out.line(answer.why, style.char(style.type.small, colour=soft), style.block(0, 1, True))
        out.line(text, style.char(), style.block(0, 2))


def _reflections(style: Style, reflections: Sequence[Reflection]) -> Text:
    def build() -> QTextDocument:
        out = Writer(style)
        for reflection in reflections:
            _write_reflection(out, reflection)
        return out.done()

    return Text(build, weight=len(reflections))


def reflections_section(style: Style, data: SummaryData) -> list[Flowable]:
    """Reflections grouped by flow, oldest first within each flow."""
    items: list[Flowable] = [
        heading(
            style,
            tr("Reflections"),
            tr("%n finished reflections, by kind, oldest first.", "", len(data.reflections)),
        )
    ]
    if not data.reflections:
        items.append(paragraphs(style, [tr("No finished reflections in this period.")], True))
    for title, found in data.by_flow():
        items.append(Gap(style.line()))
        items.append(subheading(style, f"{title} ({len(found)})"))
        pending: list[Reflection] = []
        for reflection in found:
            pending.append(reflection)
            files = data.files.get(reflection.id, ())
            if files or len(pending) == CHUNK:
                items.append(_reflections(style, pending))
                pending = []
            if files:  # its pictures under it, its files named
                items += files_flowables(style, files)
        if pending:
            items.append(_reflections(style, pending))
    return items


def _overview(style: Style, data: SummaryData) -> Text:
    overview = data.overview
    assert overview is not None
    # The words after each number agree with it ("1 check-in"): plural entries without %n.
    rows = [
        (
            str(overview.reflections),
            tr("finished reflections", "after the number", overview.reflections),
        ),
        (
            str(overview.weekly_reflections),
            tr("weekly reflections", "after the number", overview.weekly_reflections),
        ),
        # What became of commitments, side by side: a count, not a score out of a total.
        (str(overview.kept), tr("commitments done", "after the number", overview.kept)),
        (
            str(overview.closed - overview.kept),
            tr("commitments let go", "after the number", overview.closed - overview.kept),
        ),
        (str(overview.check_ins), tr("check-ins", "after the number", overview.check_ins)),
    ]
    sentences = _observations(data.insights)

    def build() -> QTextDocument:
        out = Writer(style)
        number_fmt = style.char(style.type.heading, True, style.colours.accent)
        # The numbers end at one tab, the words start at the next: as far out as the widest
        # number needs ("23 of 27", "23 van 27", or more digits), never less than 44 pt.
        metrics = QFontMetricsF(number_fmt.font())
        widest = max(metrics.horizontalAdvance(value) for value, _ in rows) * 72 / 96
        end = max(44.0, widest + 6)
        tabs = ((end, True), (end + 10, False))
        for value, label in rows:
            out.paragraph(style.block(0, 3, tabs=tabs)).text("\t", number_fmt)
            out.text(value, number_fmt).text("\t", style.char()).text(label, style.char())
        out.line(tr("What stands out"), style.char(style.type.heading, True), style.block(14, 4))
        for sentence in sentences:
            out.line(sentence, style.char(), style.block(0, 4))
        return out.done()

    return Text(build)


def _observations(found: Insights | None) -> list[str]:
    if found is None or not (found.check_ins or found.debriefs or found.commitments.total):
        return [tr("Not enough check-ins, debriefs or commitments in this period for patterns.")]
    if not found.observations:
        return [tr("Nothing stands out yet. Patterns show up after a few weeks.")]
    words = InsightWords()
    return [words.word(o) for o in found.observations]


def _stories(style: Style, data: SummaryData) -> list[Flowable]:
    items: list[Flowable] = [heading(style, tr("Customer stories"))]
    if not data.stories:
        items.append(paragraphs(style, [tr("No customer stories in this period.")], True))
        return items

    def build() -> QTextDocument:
        out = Writer(style)
        soft = style.colours.soft
        for story in data.stories:
            name = story.customer or story.reflection.flow_title
            day = short_day(local_day(story.created_at))
            out.line(name, style.char(style.type.heading, True), style.block(12, 1, True))
            out.line(day, style.char(style.type.small, colour=soft), style.block(0, 3, True))
            answers = {a.question_id: a for a in story.reflection.answers}
            for question_id in TOLD_IN_ORDER:
                answer = answers.get(question_id)
                if answer is None or not answer.text.strip():
                    continue
                out.line(
                    answer.prompt,
                    style.char(style.type.prompt, colour=soft),
                    style.block(4, 1, True),
                )
                fmt = style.char(
                    colour=style.colours.accent if question_id == THEIR_WORDS else None
                )
                out.line(answer.text.strip(), fmt, style.block(0, 2))
            if story.themes:
                themes = " ".join(f"#{t}" for t in story.themes)
                out.line(themes, style.char(style.type.small, colour=soft), style.block(2, 0))
        return out.done()

    items.append(Text(build, weight=len(data.stories)))
    return items


def _commitment_dates(commitment: Commitment) -> str:
    parts = [tr("made %1").replace("%1", short_day(local_day(commitment.created_at)))]
    if commitment.due is not None:
        parts.append(tr("due %1").replace("%1", short_day(commitment.due)))
    if commitment.closed_at is not None:
        closed = short_day(local_day(commitment.closed_at))
        done = commitment.state is CommitmentState.DONE
        parts.append((tr("done %1") if done else tr("let go %1")).replace("%1", closed))
    return " · ".join(parts)


def commitment_lines(out: Writer, commitments: Sequence[Commitment], outcome: bool) -> None:
    """Each commitment with its dates and, if asked, what happened."""
    style = out.style
    soft = style.colours.soft
    for commitment in commitments:
        out.line(commitment.text, style.char(), style.block(6, 1, True))
        out.line(
            _commitment_dates(commitment),
            style.char(style.type.small, colour=soft),
            style.block(0, 1, outcome and bool(commitment.outcome.strip())),
        )
        if outcome and commitment.outcome.strip():
            out.paragraph(style.block(0, 2)).text(tr("What happened: "), style.char(colour=soft))
            out.text(commitment.outcome.strip(), style.char())


def _commitments(style: Style, data: SummaryData) -> list[Flowable]:
    items: list[Flowable] = [
        heading(style, tr("Commitments"), tr("Made or closed in this period, with what happened."))
    ]
    groups = [
        (tr("Kept"), CommitmentState.DONE),
        (tr("Let go"), CommitmentState.LET_GO),
        (tr("Still open"), CommitmentState.OPEN),
    ]
    if not data.commitments:
        items.append(paragraphs(style, [tr("No commitments in this period.")], True))
    for title, state in groups:
        found = [c for c in data.commitments if c.state is state]
        if not found:
            continue

        def build(found: list[Commitment] = found) -> QTextDocument:
            out = Writer(style)
            commitment_lines(out, found, outcome=True)
            return out.done()

        items += [Gap(style.line() * 0.6), subheading(style, f"{title} ({len(found)})")]
        items.append(Text(build, weight=len(found)))
    return items


def _trends(style: Style, data: SummaryData) -> list[Flowable]:
    count = sum(t.count for t in data.trends)
    items: list[Flowable] = [
        heading(
            style,
            tr("Check-in trends"),
            tr(
                "Averages per month: stress, energy and confidence from 1 (low) to 5 (high);"
                " attention from 0 (all on the customer) to 100 (all on the target)."
            ),
        )
    ]
    if not count:
        items.append(paragraphs(style, [tr("No check-ins in this period.")], True))
        return items

    def build() -> QTextDocument:
        out = Writer(style)
        tabs = ((120, True), (180, True), (240, True), (310, True), (380, True))
        head = style.char(style.type.small, True, style.colours.soft)
        names = [tr("Month"), tr("Check-ins"), tr("Stress"), tr("Energy"), tr("Confidence")]
        out.line("\t".join([*names, tr("Attention")]), head, style.block(4, 4, True, tabs))
        for trend in data.trends:
            short = QLocale.FormatType.ShortFormat
            month = f"{QLocale().standaloneMonthName(trend.month.month, short)} {trend.month.year}"
            cells = [
                month,
                str(trend.count),
                number(trend.stress),
                number(trend.energy),
                number(trend.confidence),
                number(trend.attention, 0),
            ]
            out.line("\t".join(cells), style.char(), style.block(0, 2, tabs=tabs))
        return out.done()

    items.append(Text(build, weight=len(data.trends)))
    return items


def title_block(style: Style, title: str, period: str, made: str) -> Text:
    """The document's title, its period and when it was made."""

    def build() -> QTextDocument:
        out = Writer(style)
        out.line(title, style.char(style.type.title, True), style.block(0, 4))
        out.line(period, style.char(style.type.section, colour=style.colours.accent), style.block())
        soft = style.char(style.type.small, colour=style.colours.soft)
        out.line(made, soft, style.block(8, 0))
        return out.done()

    return Text(build)


def summary_flowables(style: Style, data: SummaryData, period: str) -> list[Flowable]:
    """The whole summary, in order."""
    request = data.request
    made = tr("Made with coachdesk on %1.").replace("%1", long_day(data.made_on))
    items: list[Flowable] = [title_block(style, tr("Summary"), period, made)]
    space = Gap(style.line() * 2)
    if request.wants(Section.OVERVIEW) and data.overview is not None:
        items += [space, heading(style, tr("Overview")), _overview(style, data)]
    if request.wants(Section.CHARTS) and data.insights is not None:
        items += [space, *charts_section(style, data.insights)]
    if request.wants(Section.REFLECTIONS):
        items += [space, *reflections_section(style, data)]
    if request.wants(Section.STORIES):
        items += [space, *_stories(style, data)]
    if request.wants(Section.COMMITMENTS):
        items += [space, *_commitments(style, data)]
    if request.wants(Section.CHECK_INS):
        items += [space, *_trends(style, data)]
    return items
