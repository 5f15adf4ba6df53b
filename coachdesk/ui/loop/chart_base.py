"""The base of the insight charts: colours, words for the numbers, and what a screen reader
gets from a painted chart (the role of a chart, focus, a ring)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from functools import cache

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QLocale, QObject, QRectF, QSize, Qt
from PySide6.QtGui import (
    QAccessible,
    QAccessibleInterface,
    QFocusEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import QAccessibleWidget, QWidget

from coachdesk import charts
from coachdesk.charts import ChartColours, number
from coachdesk.coaching.insights import Insights, WeekPoint
from coachdesk.ui.common.theme import GRID, Colours


class AccessibleChart(QWidget):
    """A widget that AT-SPI announces as a chart (its name and numbers as name, description)."""


def _chart_interface(_key: str, obj: QObject) -> QAccessibleInterface | None:
    if isinstance(obj, AccessibleChart):
        return QAccessibleWidget(obj, QAccessible.Role.Chart)
    return None


@cache
def announce_charts_as_charts() -> None:
    """Install, once per process, the factory that gives charts their role.

    Qt has one list of accessibility factories for the whole application; without this a
    painted widget is a "filler", which screen readers pass over.
    """
    QAccessible.installFactory(_chart_interface)


def draw_focus_ring(painter: QPainter, widget: QWidget) -> None:
    """The accent ring a focused chart wears, so a sighted keyboard user sees where Tab is."""
    pen = QPen(widget.palette().color(QPalette.ColorRole.Accent))
    pen.setWidthF(2.0)
    painter.save()
    painter.setPen(pen)
    painter.setBrush(QPalette().brush(QPalette.ColorRole.NoRole))
    painter.drawRoundedRect(QRectF(widget.rect()).adjusted(1, 1, -1, -1), GRID / 2, GRID / 2)
    painter.restore()


def chart_colours(colours: Colours, background: str | None = None) -> ChartColours:
    """Chart colours from the app's theme (the PDF passes its white page as `background`)."""
    return ChartColours(
        background=background or colours.window,
        text=colours.text,
        soft=colours.soft,
        grid=colours.line,
        accent=colours.accent,
    )


def palette_colours(palette: QPalette, background: QPalette.ColorRole) -> ChartColours:
    """Chart colours from a palette built by theme.palette(), so they follow light and dark."""
    role = QPalette.ColorRole
    return ChartColours(
        background=palette.color(background).name(),
        text=palette.color(role.Text).name(),
        soft=palette.color(role.PlaceholderText).name(),
        grid=palette.color(role.Mid).name(),
        accent=palette.color(role.Accent).name(),
    )


def week_name(week: date) -> str:
    """'16 Nov': a week by its Monday."""
    return QLocale().toString(QDate(week.year, week.month, week.day), "d MMM")


class PeriodWords(QObject):
    """The period every chart shows, in words (a QObject for self.tr: lupdate knows plural
    forms only there)."""

    def period(self, weeks: int, since: date, until: date) -> str:
        """'The last 26 weeks, 1 Jun to 20 Nov.'"""
        return (
            self.tr("The last %n weeks, %1 to %2.", "", weeks)
            .replace("%1", week_name(since))
            .replace("%2", week_name(until))
        )


def describe_series(name: str, points: Sequence[WeekPoint], decimals: int = 1) -> str:
    """'stress: latest 3.4 (week of 16 Nov), lowest 2.0, highest 4.0' for screen readers."""
    if not points:
        return QCoreApplication.translate("InsightsView", "%1: no check-ins").replace("%1", name)
    lowest = min(p.mean for p in points)
    highest = max(p.mean for p in points)
    return (
        QCoreApplication.translate(
            "InsightsView", "%1: latest %2 (week of %3), lowest %4, highest %5"
        )
        .replace("%1", name)
        .replace("%2", number(points[-1].mean, decimals))
        .replace("%3", week_name(points[-1].week))
        .replace("%4", number(lowest, decimals))
        .replace("%5", number(highest, decimals))
    )


class Chart(AccessibleChart):
    """One chart of the page: painted by coachdesk.charts, described in words for screen readers."""

    LINES = 10.0  # height in lines of text

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        announce_charts_as_charts()
        self.setAccessibleName(name)
        # Tab reaches each chart, and a screen reader speaks its numbers (the description).
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._insights: Insights | None = None

    def sizeHint(self) -> QSize:
        # Without data, just the line that says so: no tall empty frames.
        full = self._insights is not None and self.has_data(self._insights)
        return QSize(GRID * 60, round(self.fontMetrics().height() * (self.LINES if full else 2)))

    def minimumSizeHint(self) -> QSize:
        return QSize(GRID * 30, self.sizeHint().height())

    def show_insights(self, found: Insights) -> None:
        """Draw and describe `found`."""
        self._insights = found
        self.setAccessibleDescription(self.describe(found))
        self.updateGeometry()
        self.update()

    def colours(self) -> ChartColours:
        """The colours of this widget's palette, on its own background."""
        return palette_colours(self.palette(), self.backgroundRole())

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setFont(self.font())
        rect = QRectF(self.rect())
        if self._insights is None:
            waiting = QCoreApplication.translate("InsightsView", "Not enough check-ins yet.")
            charts.draw_empty(painter, rect, waiting, self.colours())
        else:
            self.draw(painter, rect, self.colours(), self._insights)
        if self.hasFocus():
            draw_focus_ring(painter, self)
        painter.end()

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self.update()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.update()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.FontChange:
            self.updateGeometry()  # the height follows the font
        super().changeEvent(event)

    def has_data(self, found: Insights) -> bool:
        """True when `found` has something for this chart (subclasses)."""
        raise NotImplementedError

    def draw(self, painter: QPainter, rect: QRectF, colours: ChartColours, found: Insights) -> None:
        """Paint the chart (subclasses)."""
        raise NotImplementedError

    def describe(self, found: Insights) -> str:
        """The chart's content in words and numbers (subclasses)."""
        raise NotImplementedError
