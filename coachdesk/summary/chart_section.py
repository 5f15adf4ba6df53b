"""The PDF's charts: the insights page's charts that have data, each under its title, drawn
by charts.py as in the window (vector in the PDF)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import partial

from PySide6.QtCore import QLocale, QRectF
from PySide6.QtGui import QPainter

from coachdesk import charts
from coachdesk.charts import ChartColours, Line
from coachdesk.coaching.insights import Insights, StressPeak, TurningStage, WeekPoint
from coachdesk.summary.blocks import heading, paragraphs, subheading
from coachdesk.summary.fonts import text_font
from coachdesk.summary.pages import Flowable, Gap, Picture
from coachdesk.summary.style import Style, tr
from coachdesk.summary.words import stage_label


def chart_picture(style: Style, lines: float, draw: Callable[[QPainter, QRectF], None]) -> Picture:
    def paint(painter: QPainter, rect: QRectF) -> None:
        painter.setFont(text_font(style.type.small))
        draw(painter, rect)

    return Picture(style.line() * lines, paint)


def weekly_chart(
    style: Style, stress: Sequence[WeekPoint], energy: Sequence[WeekPoint], lines: float = 9
) -> Picture:
    """Stress and energy per week (also on the prep)."""
    series = [Line(tr("stress"), stress), Line(tr("energy"), energy, False)]
    draw = partial(
        charts.draw_weekly_lines,
        lines=series,
        colours=style.colours,
        scale=charts.one_to_five(),
        empty=tr("No check-ins in these weeks."),
    )
    return chart_picture(style, lines, lambda p, r: draw(p, r))


def _stages(
    painter: QPainter, rect: QRectF, found: Insights, colours: ChartColours, empty: str
) -> None:
    """Where deals turned: split by how they ended, once a debrief said so."""
    if found.won + found.lost + found.stalled == 0:  # debriefs from before it was asked
        leader = next((o.stage for o in found.observations if isinstance(o, TurningStage)), None)
        stages = [s.stage for s in found.stages]
        charts.draw_stage_bars(
            painter,
            rect,
            [(stage_label(s.stage), s.count) for s in found.stages],
            colours,
            empty=empty,
            highlight=stages.index(leader) if leader else None,
        )
        return
    charts.draw_stage_outcomes(
        painter,
        rect,
        [(stage_label(s.stage), (s.won, s.lost, s.stalled, s.other)) for s in found.stages],
        [tr("won"), tr("lost"), tr("stalled"), tr("open or not said")],
        colours,
        empty=empty,
    )


def charts_section(style: Style, found: Insights) -> list[Flowable]:
    """The insights page's charts that have data, each under its title."""
    colours = style.colours
    empty = tr("Not enough data.")
    names = [QLocale().dayName(d + 1, QLocale.FormatType.ShortFormat) for d in range(7)]
    peak = next((o.weekday for o in found.observations if isinstance(o, StressPeak)), None)
    counts = found.commitments
    wanted: list[tuple[str, bool, Picture]] = [
        (
            tr("Stress and energy per week"),
            bool(found.stress),
            weekly_chart(style, found.stress, found.energy),
        ),
        (
            tr("Stress by weekday"),
            found.weekdays.count > 0,
            chart_picture(
                style,
                8,
                lambda p, r: charts.draw_weekday_bars(
                    p,
                    r,
                    found.weekdays.days,
                    found.weekdays.overall,
                    colours,
                    day_names=names,
                    average=tr("average"),
                    empty=empty,
                    highlight=peak,
                ),
            ),
        ),
        (
            tr("Where your attention went"),
            bool(found.attention),
            chart_picture(
                style,
                7,
                lambda p, r: charts.draw_attention(
                    p,
                    r,
                    found.attention,
                    colours,
                    label="",
                    customer=tr("customer"),
                    target=tr("target"),
                    empty=empty,
                ),
            ),
        ),
        (
            tr("Where deals turned"),
            found.debriefs > 0,
            chart_picture(style, 10, partial(_stages, found=found, colours=colours, empty=empty)),
        ),
        (
            tr("Commitments"),
            counts.total > 0,
            chart_picture(
                style,
                3,
                lambda p, r: charts.draw_commitment_split(
                    p,
                    r,
                    [
                        (tr("kept"), counts.kept),
                        (tr("let go"), counts.let_go),
                        (tr("open"), counts.open),
                    ],
                    colours,
                    empty=empty,
                ),
            ),
        ),
    ]
    items: list[Flowable] = [heading(style, tr("Patterns"))]
    shown = [(title, picture) for title, has_data, picture in wanted if has_data]
    if not shown:
        items.append(paragraphs(style, [tr("No check-ins, debriefs or commitments yet.")], True))
    for title, picture in shown:
        items += [Gap(style.line() * 0.6), subheading(style, title), picture]
    return items
