"""Charts drawn with a QPainter (QtGui only), the same on screen, in images and in the PDF.

Sizes follow the painter's font on its device, so a chart reads the same on a 96-dpi
widget and a 1200-dpi QPdfWriter. Every mark carries words or numbers: colour alone
never says anything. Text comes in already translated.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QDate, QLocale, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFontMetricsF, QPainter, QPainterPath, QPen

from coachdesk.coaching.insights import WeekdayMean, WeekPoint


@dataclass(frozen=True)
class ChartColours:
    """The few colours a chart needs, as '#rrggbb'; the UI builds them from its theme."""

    background: str
    text: str
    soft: str  # axis labels, secondary lines
    grid: str  # hairlines
    accent: str


@dataclass(frozen=True)
class Scale:
    """A value axis from `low` to `high`, with labelled gridlines."""

    low: float
    high: float
    ticks: Sequence[tuple[float, str]]
    decimals: int = 1  # how values print next to the marks


@dataclass(frozen=True)
class Line:
    """One weekly series; `label` is drawn at its end with its last value."""

    label: str
    points: Sequence[WeekPoint]
    primary: bool = True  # accent and solid; otherwise soft and dashed


# Proportions of the font's line height.
_HAIR = 1 / 18
_STROKE = 1 / 8
_DOT = 0.16
_GAP = 0.5
_TINT = 0.45  # bars other than the one an observation names
_LEFT = Qt.AlignmentFlag.AlignLeft


def one_to_five() -> Scale:
    """The 1..5 scale of check-ins."""
    return Scale(1, 5, [(v, str(v)) for v in range(1, 6)])


def number(value: float, decimals: int = 1) -> str:
    """A value the way the user's locale writes it (3.8, or 3,8 in Dutch)."""
    return QLocale().toString(float(value), "f", decimals)


def _colour(name: str, alpha: float = 1.0) -> QColor:
    colour = QColor(name)
    colour.setAlphaF(alpha)
    return colour


def _pen(name: str, width: float, style: Qt.PenStyle = Qt.PenStyle.SolidLine) -> QPen:
    pen = QPen(_colour(name), width, style)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    return pen


def _begin(painter: QPainter, rect: QRectF, colours: ChartColours) -> QFontMetricsF:
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    painter.fillRect(rect, _colour(colours.background))
    return QFontMetricsF(painter.font(), painter.device())


def _text(painter: QPainter, box: QRectF, text: str, colour: str, align: Qt.AlignmentFlag) -> None:
    painter.setPen(_colour(colour))
    painter.drawText(box, int(align | Qt.AlignmentFlag.AlignVCenter), text)


def _knockout(
    painter: QPainter,
    fm: QFontMetricsF,
    centre: QPointF,
    text: str,
    colour: str,
    colours: ChartColours,
) -> None:
    """Text on a patch of background, so a line passing behind it does not cross it."""
    width = fm.horizontalAdvance(text) + fm.height() * 0.3
    box = QRectF(centre.x() - width / 2, centre.y() - fm.height() / 2, width, fm.height())
    painter.fillRect(box, _colour(colours.background))
    _text(painter, box, text, colour, Qt.AlignmentFlag.AlignHCenter)


def draw_empty(painter: QPainter, rect: QRectF, text: str, colours: ChartColours) -> None:
    """A quiet sentence where the chart would be."""
    _begin(painter, rect, colours)
    painter.setPen(_colour(colours.soft))
    flags = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter | Qt.TextFlag.TextWordWrap
    painter.drawText(rect, int(flags), text)
    painter.restore()


def _week_labels(first: date, last: date, width: float, label_width: float) -> list[date]:
    """Mondays to label along the x axis, evenly spaced, without overlapping."""
    span = (last - first).days // 7
    if span == 0:
        return [first]
    fits = max(2, int(width // label_width))
    step = max(1, math.ceil(span / (fits - 1)))
    weeks = list(range(0, span + 1, step))
    if len(weeks) > 1 and span - weeks[-1] < step / 2:
        weeks.pop()  # too close to the last week, which is always labelled
    if weeks[-1] != span:
        weeks.append(span)
    return [date.fromordinal(first.toordinal() + 7 * w) for w in weeks]


def _spread(wanted: list[float], gap: float, top: float, bottom: float) -> list[float]:
    """Move label centres apart by at least `gap`, keeping their order and the bounds."""
    order = sorted(range(len(wanted)), key=lambda i: wanted[i])
    placed = [wanted[i] for i in order]
    for i in range(1, len(placed)):
        placed[i] = max(placed[i], placed[i - 1] + gap)
    if placed and placed[-1] > bottom:
        placed[-1] = bottom
        for i in range(len(placed) - 2, -1, -1):
            placed[i] = min(placed[i], placed[i + 1] - gap)
    placed = [max(top, p) for p in placed]
    result = [0.0] * len(wanted)
    for rank, index in enumerate(order):
        result[index] = placed[rank]
    return result


def draw_weekly_lines(
    painter: QPainter,
    rect: QRectF,
    lines: Sequence[Line],
    colours: ChartColours,
    *,
    scale: Scale,
    empty: str,
) -> None:
    """Weekly means as thin lines over labelled gridlines; gaps of a week or more break them."""
    drawn = [line for line in lines if line.points]
    if not drawn:
        draw_empty(painter, rect, empty, colours)
        return
    fm = _begin(painter, rect, colours)
    u = fm.height()
    ends = [
        f"{line.label} {number(line.points[-1].mean, scale.decimals)}".strip() for line in drawn
    ]
    left = max(fm.horizontalAdvance(label) for _, label in scale.ticks) + u * _GAP
    right = max(fm.horizontalAdvance(e) for e in ends) + u
    plot = rect.adjusted(left, u * _GAP, -right, -u * 1.4)
    weeks = sorted({p.week for line in drawn for p in line.points})
    first, last = weeks[0], weeks[-1]
    span = max(1, (last - first).days // 7)

    def x(week: date) -> float:
        if first == last:
            return plot.center().x()
        return plot.left() + plot.width() * ((week - first).days // 7) / span

    def y(value: float) -> float:
        share = (value - scale.low) / (scale.high - scale.low)
        return plot.bottom() - plot.height() * share

    painter.setPen(_pen(colours.grid, u * _HAIR))
    for value, label in scale.ticks:
        painter.drawLine(QPointF(plot.left(), y(value)), QPointF(plot.right(), y(value)))
        box = QRectF(rect.left(), y(value) - u / 2, left - u * _GAP / 2, u)
        _text(painter, box, label, colours.soft, Qt.AlignmentFlag.AlignRight)
        painter.setPen(_pen(colours.grid, u * _HAIR))

    label_width = fm.horizontalAdvance("00 MMM.") + u
    for week in _week_labels(first, last, plot.width(), label_width):
        text = QLocale().toString(QDate(week.year, week.month, week.day), "d MMM")
        width = fm.horizontalAdvance(text)
        # Centred under its week, but never out past the plot into the value labels.
        left_edge = min(max(x(week) - width / 2, plot.left()), rect.right() - width)
        box = QRectF(left_edge, plot.bottom() + u * 0.3, width, u)
        _text(painter, box, text, colours.soft, _LEFT)

    wanted = []
    for line in drawn:
        colour = colours.accent if line.primary else colours.soft
        style = Qt.PenStyle.SolidLine if line.primary else Qt.PenStyle.DashLine
        path = QPainterPath()
        previous: date | None = None
        for point in line.points:
            at = QPointF(x(point.week), y(point.mean))
            if previous is None or (point.week - previous).days > 7:
                path.moveTo(at)
            else:
                path.lineTo(at)
            previous = point.week
        painter.setPen(_pen(colour, u * _STROKE, style))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(path)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QBrush(_colour(colour)))
        for point in line.points:
            painter.drawEllipse(QPointF(x(point.week), y(point.mean)), u * _DOT, u * _DOT)
        wanted.append(y(line.points[-1].mean))
    centres = _spread(wanted, u, plot.top(), plot.bottom())
    for line, text, centre in zip(drawn, ends, centres, strict=True):
        end_x = x(line.points[-1].week) + u * 0.5
        box = QRectF(end_x, centre - u / 2, rect.right() - end_x, u)
        _text(painter, box, text, colours.text, Qt.AlignmentFlag.AlignLeft)
    painter.restore()


def draw_attention(
    painter: QPainter,
    rect: QRectF,
    points: Sequence[WeekPoint],
    colours: ChartColours,
    *,
    label: str,
    customer: str,
    target: str,
    empty: str,
) -> None:
    """Where attention went per week, from `customer` (0) to `target` (100)."""
    scale = Scale(0, 100, [(0, customer), (50, ""), (100, target)], decimals=0)
    line = Line(label, points)
    draw_weekly_lines(painter, rect, [line], colours, scale=scale, empty=empty)


def draw_weekday_bars(
    painter: QPainter,
    rect: QRectF,
    days: Sequence[WeekdayMean],
    overall: float | None,
    colours: ChartColours,
    *,
    day_names: Sequence[str],
    average: str,
    empty: str,
    highlight: int | None = None,
) -> None:
    """Mean stress per weekday as bars with their values, and the overall mean as a line.

    `average` is the line's label, e.g. "average"; `highlight` is the weekday to mark.
    """
    if overall is None or not any(d.count for d in days):
        draw_empty(painter, rect, empty, colours)
        return
    fm = _begin(painter, rect, colours)
    u = fm.height()
    scale = one_to_five()
    average_text = f"{average} {number(overall)}"
    left = max(fm.horizontalAdvance(label) for _, label in scale.ticks) + u * _GAP
    right = fm.horizontalAdvance(average_text) + u
    plot = rect.adjusted(left, u * 1.2, -right, -u * 1.4)

    def y(value: float) -> float:
        return plot.bottom() - plot.height() * value / scale.high

    for value, label in scale.ticks:
        painter.setPen(_pen(colours.grid, u * _HAIR))
        painter.drawLine(QPointF(plot.left(), y(value)), QPointF(plot.right(), y(value)))
        box = QRectF(rect.left(), y(value) - u / 2, left - u * _GAP / 2, u)
        _text(painter, box, label, colours.soft, Qt.AlignmentFlag.AlignRight)

    painter.setPen(_pen(colours.grid, u * _HAIR))
    painter.drawLine(QPointF(plot.left(), plot.bottom()), QPointF(plot.right(), plot.bottom()))
    column = plot.width() / len(days)
    bar = min(column * 0.5, u * 1.6)
    values: list[tuple[QPointF, str, str]] = []  # drawn last, over the average line
    for index, day in enumerate(days):
        middle = plot.left() + column * (index + 0.5)
        under = QRectF(middle - column / 2, plot.bottom() + u * 0.3, column, u)
        _text(painter, under, day_names[day.weekday], colours.soft, Qt.AlignmentFlag.AlignHCenter)
        if day.mean is None:
            values.append((QPointF(middle, plot.bottom() - u * 0.6), "–", colours.soft))
            continue
        strong = highlight == day.weekday
        top = y(day.mean)
        shape = QRectF(middle - bar / 2, top, bar, plot.bottom() - top)
        painter.fillRect(shape, _colour(colours.accent, 1.0 if strong else _TINT))
        values.append((QPointF(middle, top - u * 0.6), number(day.mean), colours.text))

    level = y(overall)
    painter.setPen(_pen(colours.text, u * _HAIR * 1.5, Qt.PenStyle.DashLine))
    painter.drawLine(QPointF(plot.left(), level), QPointF(plot.right(), level))
    box = QRectF(plot.right() + u * 0.4, level - u / 2, right, u)
    _text(painter, box, average_text, colours.text, _LEFT)
    for centre, text, colour in values:
        _knockout(painter, fm, centre, text, colour, colours)
    painter.restore()


def draw_stage_bars(
    painter: QPainter,
    rect: QRectF,
    stages: Sequence[tuple[str, int]],
    colours: ChartColours,
    *,
    empty: str,
    highlight: int | None = None,
) -> None:
    """One row per (label, count): the label, a bar as long as the count, and the count."""
    most = max((count for _, count in stages), default=0)
    if most == 0:
        draw_empty(painter, rect, empty, colours)
        return
    fm = _begin(painter, rect, colours)
    u = fm.height()
    left = max(fm.horizontalAdvance(label) for label, _ in stages) + u
    room = rect.width() - left - fm.horizontalAdvance(str(most)) - u
    row = min(rect.height() / len(stages), u * 1.5)
    for index, (label, count) in enumerate(stages):
        top = rect.top() + row * index
        _text(painter, QRectF(rect.left(), top, left - u, row), label, colours.text, _LEFT)
        length = room * count / most
        if count:
            strong = highlight == index
            shape = QRectF(rect.left() + left, top + row * 0.25, length, row * 0.5)
            painter.fillRect(shape, _colour(colours.accent, 1.0 if strong else _TINT))
        after = QRectF(rect.left() + left + length + u * 0.4, top, u * 3, row)
        _text(painter, after, str(count), colours.text if count else colours.soft, _LEFT)
    painter.restore()


def draw_stage_outcomes(
    painter: QPainter,
    rect: QRectF,
    stages: Sequence[tuple[str, Sequence[int]]],
    outcomes: Sequence[str],
    colours: ChartColours,
    *,
    empty: str,
) -> None:
    """Where deals turned, split by how they ended: a key naming each part with its total,
    then one row per (label, counts per outcome): the label, the parts side by side in one
    bar as long as the stage's count, and the counts in words after it."""
    most = max((sum(counts) for _, counts in stages), default=0)
    if most == 0:
        draw_empty(painter, rect, empty, colours)
        return
    fm = _begin(painter, rect, colours)
    u = fm.height()
    fills = [
        _colour(colours.accent),
        _colour(colours.soft, 0.7),
        _colour(colours.soft, 0.35),
        _colour(colours.soft, 0.15),
    ]

    def said(counts: Sequence[int]) -> str:
        return "  ·  ".join(f"{n} {name}" for n, name in zip(counts, outcomes, strict=False) if n)

    # The key: each part with its total, so the colours are named once, in words.
    totals = [sum(counts[i] for _, counts in stages) for i in range(len(outcomes))]
    x, swatch = rect.left(), u * 0.6
    for name, total, fill in zip(outcomes, totals, fills, strict=False):
        if not total:
            continue  # a part no stage has needs no name
        painter.fillRect(QRectF(x, rect.top() + (u - swatch) / 2, swatch, swatch), fill)
        text = f"{name} {total}"
        box = QRectF(x + swatch + u * 0.3, rect.top(), fm.horizontalAdvance(text) + u, u)
        _text(painter, box, text, colours.text, _LEFT)
        x = box.left() + fm.horizontalAdvance(text) + u * 1.2
    top = rect.top() + u * 1.6
    left = max(fm.horizontalAdvance(label) for label, _ in stages) + u
    after = max(fm.horizontalAdvance(said(counts)) for _, counts in stages) + u
    room = max(u * 3, rect.width() - left - after)
    row = min((rect.bottom() - top) / len(stages), u * 1.5)
    for index, (label, counts) in enumerate(stages):
        y = top + row * index
        total = sum(counts)
        _text(painter, QRectF(rect.left(), y, left - u, row), label, colours.text, _LEFT)
        start = rect.left() + left
        for count, fill in zip(counts, fills, strict=False):
            if not count:
                continue
            width = room * count / most
            painter.fillRect(QRectF(start, y + row * 0.25, width, row * 0.5), fill)
            if start > rect.left() + left:
                # A thin cut in the background colour keeps neighbours apart, even in greyscale.
                painter.setPen(_pen(colours.background, u * _HAIR * 2))
                painter.drawLine(QPointF(start, y + row * 0.25), QPointF(start, y + row * 0.75))
            start += width
        words = said(counts) if total else "0"
        box = QRectF(start + u * 0.4, y, after + room, row)
        _text(painter, box, words, colours.text if total else colours.soft, _LEFT)
    painter.restore()


def draw_commitment_split(
    painter: QPainter,
    rect: QRectF,
    parts: Sequence[tuple[str, int]],
    colours: ChartColours,
    *,
    empty: str,
) -> None:
    """One bar split into up to three parts (kept, let go, open), each named with its count."""
    total = sum(count for _, count in parts)
    if total == 0:
        draw_empty(painter, rect, empty, colours)
        return
    fm = _begin(painter, rect, colours)
    u = fm.height()
    fills = [_colour(colours.accent), _colour(colours.soft, 0.6), _colour(colours.soft, 0.25)]
    bar = QRectF(rect.left(), rect.top() + u * 0.3, rect.width(), u * 0.8)
    start = bar.left()
    for (_, count), fill in zip(parts, fills, strict=False):
        if not count:
            continue
        width = bar.width() * count / total
        painter.fillRect(QRectF(start, bar.top(), width, bar.height()), fill)
        if start > bar.left():
            # A thin cut in the background colour keeps neighbours apart, even in greyscale.
            painter.setPen(_pen(colours.background, u * _HAIR * 2))
            painter.drawLine(QPointF(start, bar.top()), QPointF(start, bar.bottom()))
        start += width
    x = rect.left()
    key_top = bar.bottom() + u * 0.5
    swatch = u * 0.6
    for (label, count), fill in zip(parts, fills, strict=False):
        painter.fillRect(QRectF(x, key_top + (u - swatch) / 2, swatch, swatch), fill)
        text = f"{label} {count}"
        box = QRectF(x + swatch + u * 0.3, key_top, fm.horizontalAdvance(text) + u, u)
        _text(painter, box, text, colours.text, _LEFT)
        x = box.left() + fm.horizontalAdvance(text) + u * 1.2
    painter.restore()
