"""Insights: what your check-ins, debriefs and commitments show, in sentences and quiet charts."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, QRectF, Qt
from PySide6.QtGui import QPainter, QShowEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from coachdesk import charts
from coachdesk.charts import ChartColours, Line, number
from coachdesk.coaching.insights import (
    DEFAULT_WEEKS,
    Insights,
    Observation,
    StressPeak,
    TurningStage,
)
from coachdesk.storage import JournalStore
from coachdesk.summary.words import InsightWords, stage_label
from coachdesk.ui.common.shortcuts import key_text
from coachdesk.ui.common.theme import (
    GRID,
    QUESTION_SCALE,
    READING_WIDTH_CHARS,
    scaled_font,
    set_role,
)
from coachdesk.ui.loop.chart_base import (
    Chart,
    PeriodWords,
    chart_colours,
    describe_series,
    palette_colours,
)

# The base and its helpers moved to chart_base; other modules still import them from here.
__all__ = ["Chart", "InsightsView", "chart_colours", "chart_widget", "palette_colours"]


class WeeklyChart(Chart):
    """Stress and energy per week."""

    LINES = 11.0

    def has_data(self, found: Insights) -> bool:
        return bool(found.stress)

    def draw(self, painter: QPainter, rect: QRectF, colours: ChartColours, found: Insights) -> None:
        lines = [
            Line(self.tr("stress"), found.stress),
            Line(self.tr("energy"), found.energy, False),
        ]
        empty = self.tr("Not enough check-ins yet.")
        charts.draw_weekly_lines(
            painter, rect, lines, colours, scale=charts.one_to_five(), empty=empty
        )

    def describe(self, found: Insights) -> str:
        head = self.tr(
            "Weekly averages from 1 (low) to 5 (high); weeks with check-ins: %n.",
            "",
            len(found.stress),
        )
        return " ".join(
            [
                head,
                describe_series(self.tr("Stress"), found.stress) + ".",
                describe_series(self.tr("Energy"), found.energy) + ".",
            ]
        )


class WeekdayChart(Chart):
    """Mean stress per weekday, with the overall mean."""

    LINES = 10.0

    def has_data(self, found: Insights) -> bool:
        return found.weekdays.count > 0

    def draw(self, painter: QPainter, rect: QRectF, colours: ChartColours, found: Insights) -> None:
        names = [QLocale().dayName(d + 1, QLocale.FormatType.ShortFormat) for d in range(7)]
        peak = next((o.weekday for o in found.observations if isinstance(o, StressPeak)), None)
        charts.draw_weekday_bars(
            painter,
            rect,
            found.weekdays.days,
            found.weekdays.overall,
            colours,
            day_names=names,
            average=self.tr("average"),
            empty=self.tr("Not enough check-ins yet."),
            highlight=peak,
        )

    def describe(self, found: Insights) -> str:
        weekdays = found.weekdays
        if weekdays.overall is None:
            return self.tr("No check-ins yet.")
        days = []
        for day in weekdays.days:
            name = QLocale().dayName(day.weekday + 1)
            if day.mean is None:
                days.append(self.tr("%1 no check-ins").replace("%1", name))
            else:
                text = self.tr("%1 %2 (check-ins: %n)", "", day.count)
                days.append(text.replace("%1", name).replace("%2", number(day.mean)))
        return (
            self.tr("Average stress per weekday, from 1 (low) to 5 (high): %1. Over all days %2.")
            .replace("%1", ", ".join(days))
            .replace("%2", number(weekdays.overall))
        )


class AttentionChart(Chart):
    """Where attention went per week, from the customer to the target."""

    LINES = 8.0

    def has_data(self, found: Insights) -> bool:
        return bool(found.attention)

    def draw(self, painter: QPainter, rect: QRectF, colours: ChartColours, found: Insights) -> None:
        charts.draw_attention(
            painter,
            rect,
            found.attention,
            colours,
            label="",
            customer=self.tr("customer"),
            target=self.tr("target"),
            empty=self.tr("Not enough check-ins yet."),
        )

    def describe(self, found: Insights) -> str:
        head = self.tr("Weekly averages from 0 (all on the customer) to 100 (all on the target).")
        return head + " " + describe_series(self.tr("Attention"), found.attention, 0) + "."


def split_by_outcome(found: Insights) -> bool:
    """True when a debrief in the period said how its deal ended: only then is the stage
    chart split by outcome (older debriefs were not asked)."""
    return found.won + found.lost + found.stalled > 0


class StageChart(Chart):
    """Debriefs per stage where the deal turned, split by how the deal ended."""

    LINES = 12.5

    def has_data(self, found: Insights) -> bool:
        return found.debriefs > 0

    def outcomes(self) -> list[str]:
        """The parts of each bar, in order, as the key and the numbers name them."""
        return [self.tr("won"), self.tr("lost"), self.tr("stalled"), self.tr("open or not said")]

    def draw(self, painter: QPainter, rect: QRectF, colours: ChartColours, found: Insights) -> None:
        empty = self.tr("No deal debriefs yet. Debrief a deal with %1.").replace(
            "%1", key_text("new")
        )
        if not split_by_outcome(found):  # debriefs from before the outcome was asked
            leader = next(
                (o.stage for o in found.observations if isinstance(o, TurningStage)), None
            )
            index = [s.stage for s in found.stages].index(leader) if leader else None
            totals = [(stage_label(s.stage), s.count) for s in found.stages]
            charts.draw_stage_bars(painter, rect, totals, colours, empty=empty, highlight=index)
            return
        rows = [(stage_label(s.stage), (s.won, s.lost, s.stalled, s.other)) for s in found.stages]
        charts.draw_stage_outcomes(painter, rect, rows, self.outcomes(), colours, empty=empty)

    def describe(self, found: Insights) -> str:
        if not found.debriefs:
            return self.tr("No deal debriefs yet.")
        if not split_by_outcome(found):
            totals = ", ".join(f"{stage_label(s.stage)} {s.count}" for s in found.stages)
            return self.tr("Debriefs per stage where the deal turned: %1.").replace("%1", totals)
        names = self.outcomes()
        rows = []
        for s in found.stages:
            parts = [
                f"{n} {name}"
                for n, name in zip((s.won, s.lost, s.stalled, s.other), names, strict=True)
                if n
            ]
            rows.append(
                f"{stage_label(s.stage)} {s.count}" + (f" ({', '.join(parts)})" if parts else "")
            )
        return (
            self.tr(
                "Debriefs per stage where the deal turned: %1. In all: %2 won, %3 lost, %4 stalled."
            )
            .replace("%1", ", ".join(rows))
            .replace("%2", str(found.won))
            .replace("%3", str(found.lost))
            .replace("%4", str(found.stalled))
        )


class CommitmentChart(Chart):
    """Commitments kept, let go and open."""

    LINES = 3.0

    def has_data(self, found: Insights) -> bool:
        return found.commitments.total > 0

    def draw(self, painter: QPainter, rect: QRectF, colours: ChartColours, found: Insights) -> None:
        counts = found.commitments
        parts = [
            (self.tr("kept"), counts.kept),
            (self.tr("let go"), counts.let_go),
            (self.tr("open"), counts.open),
        ]
        empty = self.tr("No commitments yet.")
        charts.draw_commitment_split(painter, rect, parts, colours, empty=empty)

    def describe(self, found: Insights) -> str:
        counts = found.commitments
        return (
            self.tr("Closed in this period: %1 kept, %2 let go. Open now: %3.")
            .replace("%1", str(counts.kept))
            .replace("%2", str(counts.let_go))
            .replace("%3", str(counts.open))
        )


def chart_widget(store: JournalStore, key: str, parent: QWidget | None = None) -> Chart:
    """One insight chart on its own (the coach view shows one at a time)."""
    translate = QCoreApplication.translate  # lupdate reads tr(a, b) as text a, comment b
    kinds: dict[str, tuple[type[Chart], str]] = {
        "stress-energy": (WeeklyChart, translate("InsightsView", "Stress and energy per week")),
        "weekdays": (WeekdayChart, translate("InsightsView", "Stress by weekday")),
        "attention": (AttentionChart, translate("InsightsView", "Where your attention went")),
        "stages": (StageChart, translate("InsightsView", "Where deals turned")),
        "commitments": (CommitmentChart, translate("InsightsView", "Commitments")),
    }
    kind, name = kinds[key]
    chart = kind(name, parent)
    chart.show_insights(store.insights_now())
    return chart


class InsightsView(QWidget):
    """The insights page: a heading, what stands out in sentences, then the charts."""

    def __init__(self, store: JournalStore, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._scroll = QScrollArea(self)
        self._scroll.setWidgetResizable(True)
        self._scroll.setFrameShape(QFrame.Shape.NoFrame)
        self._scroll.setAccessibleName(self.tr("Insights"))
        self.setFocusProxy(self._scroll)  # arrow keys and Page Down scroll the page
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._scroll)

        page = QWidget()
        column = QVBoxLayout(page)
        column.setContentsMargins(6 * GRID, 5 * GRID, 6 * GRID, 5 * GRID)
        column.setSpacing(GRID)
        title = QLabel(self.tr("Insights"), page)
        title.setFont(scaled_font(self, QUESTION_SCALE))
        column.addWidget(title)
        self._period = self._sentence(column, soft=True)
        column.addSpacing(GRID)
        # The sentences live in a box made before the charts, so a screen reader meets them
        # in the order of the screen (children are read in the order they were made).
        box = QWidget(page)
        self._sentences = QVBoxLayout(box)
        self._sentences.setContentsMargins(0, 0, 0, 0)
        self._sentences.setSpacing(GRID)
        column.addWidget(box)
        kinds: list[tuple[type[Chart], str]] = [
            (WeeklyChart, self.tr("Stress and energy per week")),
            (WeekdayChart, self.tr("Stress by weekday")),
            (AttentionChart, self.tr("Where your attention went")),
            (StageChart, self.tr("Where deals turned")),
            (CommitmentChart, self.tr("Commitments")),
        ]
        self.charts: list[Chart] = []
        self._titles: list[QLabel] = []
        self._captions: list[QLabel] = []
        for kind, name in kinds:
            # Heading, chart, numbers: made in the order a screen reader should meet them.
            column.addSpacing(3 * GRID)
            heading = QLabel(name, page)
            heading.setFont(scaled_font(self, 1.1))
            self._titles.append(heading)
            column.addWidget(heading)
            chart = kind(name, page)
            self.charts.append(chart)
            column.addWidget(chart)
            # The chart's numbers in words under it: flat review reads them, and so does
            # anyone who would rather not read a chart.
            caption = QLabel(page)
            caption.setWordWrap(True)
            caption.setFont(scaled_font(self, 0.9))
            set_role(caption, "soft")
            self._captions.append(caption)
            column.addWidget(caption)
        column.addStretch(1)
        holder = QWidget()
        across = QHBoxLayout(holder)
        across.addStretch(1)
        page.setMaximumWidth(self.fontMetrics().averageCharWidth() * (READING_WIDTH_CHARS + 20))
        across.addWidget(page, 100)
        across.addStretch(1)
        self._scroll.setWidget(holder)
        self.insights: Insights | None = None
        self._words = InsightWords(self)

    def showEvent(self, event: QShowEvent) -> None:
        # Computed when first shown, not when built: most starts never open this page.
        super().showEvent(event)
        if self.insights is None:
            self.refresh()

    def _sentence(self, column: QVBoxLayout, text: str = "", soft: bool = False) -> QLabel:
        label = QLabel(text, column.parentWidget())
        label.show()  # now, not when the layout gets round to it: a screen reader may ask
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        if soft:
            set_role(label, "soft")
        column.addWidget(label)
        return label

    def take_focus(self) -> None:
        """The keyboard starts on the page itself (its charts follow with Tab)."""
        self.setFocus()

    def refresh(self) -> None:
        """Read the journal again and show what it holds now."""
        found = self._store.insights_now()
        self.insights = found
        self._period.setText(PeriodWords().period(DEFAULT_WEEKS, found.since, found.until))
        while (item := self._sentences.takeAt(0)) is not None:
            if (old := item.widget()) is not None:
                old.hide()
                old.deleteLater()
        empty = not (found.check_ins or found.debriefs or found.commitments.total)
        if empty:
            lines = [
                self.tr(
                    "Check in with %1 a few times a week; patterns show up here after a few weeks."
                ).replace("%1", key_text("check_in"))
            ]
        elif found.observations:
            lines = [self.word(o) for o in found.observations]
        else:
            lines = [self.tr("Nothing stands out yet. Patterns show up after a few weeks.")]
        for line in lines:
            self._sentence(self._sentences, line)
        self._period.setVisible(not empty)
        for chart, heading, caption in zip(self.charts, self._titles, self._captions, strict=True):
            chart.show_insights(found)
            caption.setText(chart.accessibleDescription())
            for shown in (chart, heading, caption):
                shown.setVisible(not empty)

    def word(self, observation: Observation) -> str:
        """One observation as a calm sentence in the user's language."""
        return self._words.word(observation)

    def sentences(self) -> list[str]:
        """The sentences on show, observations first (for tests and the coach view)."""
        items = (self._sentences.itemAt(i) for i in range(self._sentences.count()))
        labels = (item.widget() for item in items if item is not None)
        return [label.text() for label in labels if isinstance(label, QLabel)]
