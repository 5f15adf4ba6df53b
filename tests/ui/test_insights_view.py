"""The insights page: sentences only where the data carries them; charts in either theme."""

from __future__ import annotations

import subprocess
import sys
from dataclasses import replace
from datetime import date, datetime, time, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QImage, QPainter, QPalette, QPdfWriter
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from coachdesk import charts
from coachdesk.coaching.checkins import CheckIn
from coachdesk.coaching.commitments import CommitmentState
from coachdesk.coaching.flows import Flow, FlowLibrary, Question, QuestionKind
from coachdesk.coaching.insights import (
    AttentionShift,
    CommitmentsKept,
    EnergyTrend,
    Insights,
    insights,
)
from coachdesk.coaching.reflections import Answer, NewReflection
from coachdesk.storage import JournalStore
from coachdesk.ui.common import theme
from coachdesk.ui.loop.insights_view import (
    AttentionChart,
    Chart,
    CommitmentChart,
    InsightsView,
    StageChart,
    WeekdayChart,
    WeeklyChart,
    chart_colours,
    palette_colours,
)
from tests.conftest import FakeClock
from tests.storage.test_journal_deals import days_ago, debrief
from tests.ui.test_accessibility import unnamed_interactive

DARK = theme.Colours(
    window="#1e2124",
    surface="#26292d",
    text="#e4e2dd",
    soft="#9a9fa6",
    line="#3a3e43",
    accent="#6fb3c8",
    accent_text="#10262d",
    selection="#2d4a52",
    warning="#e0a050",
)
DEBRIEF = Flow(
    id="debrief",
    title="Debrief",
    purpose="",
    questions=(Question("stage", "Where did it turn?", QuestionKind.STAGE),),
)
CHART_TYPES: list[type[Chart]] = [
    WeeklyChart,
    WeekdayChart,
    AttentionChart,
    StageChart,
    CommitmentChart,
]


def local(day: date, hour: int = 12) -> datetime:
    return datetime.combine(day, time(hour)).astimezone()


def monday(clock: FakeClock, weeks_ago: int) -> date:
    today = clock.now.astimezone().date()
    return today - timedelta(days=today.weekday(), weeks=weeks_ago)


def fill(store: JournalStore, clock: FakeClock, weeks: int, debriefs: int, closed: int) -> None:
    """Check-ins on Mon 3, Wed 2, Fri 2, Sun 5 in each of the last full `weeks` weeks; attention
    from 20 to 80 over the last seven; debriefs turned mostly at the proposal; commitments."""
    check_ins = []
    for w in range(1, weeks + 1):
        attention = 80 if w <= 3 else 50 if w == 4 else 20
        for day, stress in {0: 3, 2: 2, 4: 2, 6: 5}.items():
            at = local(monday(clock, w) + timedelta(days=day))
            check_ins.append(CheckIn(0, at, stress, 3, 3, attention))
    store.add_check_ins(check_ins)
    stages = (["proposal"] * 5 + ["discovery"] * 2 + ["negotiation"] * 2)[:debriefs]
    blank = Answer.blank(DEBRIEF.questions[0], 0)
    for i, stage in enumerate(stages):
        made = local(monday(clock, 2 + i))
        store.add(NewReflection(DEBRIEF, (replace(blank, stage=stage),), made))
    for i in range(closed + 3):
        made = local(monday(clock, 10))
        made_id = store.add_commitment(f"Ask who decides, deal {i}", at=made)
        if i < closed:
            state = CommitmentState.DONE if i < closed - 2 else CommitmentState.LET_GO
            store.close_commitment(made_id, state, "it went well", at=made + timedelta(days=3))


def make_view(qtbot: QtBot, store: JournalStore) -> InsightsView:
    view = InsightsView(store)
    qtbot.addWidget(view)
    view.resize(900, 1400)
    view.show()
    return view


def colours_in(image: QImage) -> set[int]:
    image = image.convertToFormat(QImage.Format.Format_RGB32)
    return {pixel & 0xFFFFFF for pixel in memoryview(image.constBits()).cast("I")}


def rgb(name: str) -> int:
    return QColor(name).rgb() & 0xFFFFFF


def test_full_data_gives_every_observation_in_words(
    qtbot: QtBot, store: JournalStore, clock: FakeClock
) -> None:
    fill(store, clock, weeks=14, debriefs=9, closed=9)
    view = make_view(qtbot, store)
    assert view.sentences() == [
        "Your stress is highest on Sundays (5.0 against 3.0 on average, over 14 weeks).",
        "Your attention moved toward the target over the last 8 weeks: from 20 to 80,"
        " where 0 is all on the customer and 100 all on the target.",
        "Deals turned most often at this stage: Proposal (5 of 9 debriefs).",
        "You closed 9 commitments: 7 done, 2 let go.",
    ]
    assert all(chart.isVisible() for chart in view.charts)


def test_below_the_thresholds_nothing_is_claimed(
    qtbot: QtBot, store: JournalStore, clock: FakeClock
) -> None:
    fill(store, clock, weeks=3, debriefs=4, closed=2)
    view = make_view(qtbot, store)
    assert view.sentences() == ["Nothing stands out yet. Patterns show up after a few weeks."]
    assert all(chart.isVisible() for chart in view.charts)


def test_an_empty_journal_says_what_to_do(qtbot: QtBot, store: JournalStore) -> None:
    view = make_view(qtbot, store)
    assert view.sentences() == [
        "Check in with Ctrl+K a few times a week; patterns show up here after a few weeks."
    ]
    assert not any(chart.isVisible() for chart in view.charts)


def test_each_kind_of_observation_has_its_words(qtbot: QtBot, store: JournalStore) -> None:
    view = make_view(qtbot, store)
    assert view.word(EnergyTrend(2.25, 3.5, 6)) == (
        "Your energy went up over the last 6 weeks, from 2.3 to 3.5."
    )
    assert view.word(EnergyTrend(4.0, 2.0, 8)) == (
        "Your energy went down over the last 8 weeks, from 4.0 to 2.0."
    )
    assert view.word(AttentionShift(61.4, 27.0, 8)).startswith(
        "Your attention moved toward the customer over the last 8 weeks: from 61 to 27,"
    )
    assert view.word(CommitmentsKept(5, 5)) == "You closed 5 commitments, all of them done."


def test_refresh_shows_what_was_added(qtbot: QtBot, store: JournalStore, clock: FakeClock) -> None:
    view = make_view(qtbot, store)
    fill(store, clock, weeks=14, debriefs=0, closed=0)
    view.refresh()
    assert view.sentences()[0].startswith("Your stress is highest on Sundays")
    assert len(view.sentences()) == 2  # and the attention; no debriefs, nothing closed


def test_every_chart_draws_something(qtbot: QtBot, store: JournalStore, clock: FakeClock) -> None:
    fill(store, clock, weeks=14, debriefs=9, closed=9)
    view = make_view(qtbot, store)
    for chart in view.charts:
        image = chart.grab().toImage()
        assert image.width() > 300 and image.height() >= chart.fontMetrics().height() * 2
        assert len(colours_in(image)) > 10, chart.accessibleName()  # lines, text, not flat


@pytest.mark.parametrize("kind", CHART_TYPES, ids=lambda k: k.__name__)
def test_charts_draw_empty_data_quietly(qtbot: QtBot, kind: type[Chart]) -> None:
    chart = kind("a chart")
    qtbot.addWidget(chart)
    chart.resize(600, 200)
    blank = chart.grab().toImage()  # before any data
    chart.show_insights(insights([], [], [], date(2026, 11, 20)))
    image = chart.grab().toImage()
    assert len(colours_in(blank)) > 1 and len(colours_in(image)) > 1  # a sentence, in soft
    assert chart.accessibleDescription()
    assert chart.sizeHint().height() <= chart.fontMetrics().height() * 2  # no tall empty frame


def test_charts_follow_the_palette(
    qtbot: QtBot, qapp: QApplication, store: JournalStore, clock: FakeClock
) -> None:
    fill(store, clock, weeks=14, debriefs=9, closed=9)
    seen = {}
    try:
        for name, colours in (("light", theme.LIGHT), ("dark", DARK)):
            # The app's palette, as theme.apply() sets it: the view follows whatever it is.
            qapp.setPalette(theme.palette(colours))
            view = make_view(qtbot, store)
            for chart in view.charts:
                image = chart.grab().toImage()
                found = colours_in(image)
                assert image.pixel(0, 0) & 0xFFFFFF == rgb(colours.window), (name, chart)
                assert rgb(colours.accent) in found, (name, chart.accessibleName())
                seen[name, chart.accessibleName()] = found
    finally:
        qapp.setPalette(theme.palette(theme.LIGHT))
    for chart in ("Stress by weekday", "Where deals turned", "Commitments"):
        assert rgb(theme.LIGHT.accent) not in seen["dark", chart]
        assert rgb(DARK.accent) not in seen["light", chart]


def test_chart_colours_agree_with_the_palette() -> None:
    for colours in (theme.LIGHT, DARK):
        from_palette = palette_colours(theme.palette(colours), QPalette.ColorRole.Window)
        assert from_palette == chart_colours(colours)
    assert chart_colours(theme.LIGHT, background="#ffffff").background == "#ffffff"


def test_every_chart_is_named_and_described(
    qtbot: QtBot, store: JournalStore, clock: FakeClock
) -> None:
    fill(store, clock, weeks=14, debriefs=9, closed=9)
    view = make_view(qtbot, store)
    assert unnamed_interactive(view) == []
    described = {chart.accessibleName(): chart.accessibleDescription() for chart in view.charts}
    assert all(described.values())
    assert "Sunday 5.0 (check-ins: 14)" in described["Stress by weekday"]
    assert "Over all days 3.0" in described["Stress by weekday"]
    assert (
        "Stress: latest 3.0 (week of 9 Nov), lowest 3.0, highest 3.0"
        in (described["Stress and energy per week"])
    )
    assert (
        "Attention: latest 80 (week of 9 Nov), lowest 20, highest 80"
        in (described["Where your attention went"])
    )
    assert "Proposal 5" in described["Where deals turned"]
    assert described["Commitments"] == "Closed in this period: 7 kept, 2 let go. Open now: 3."


def full_insights(store: JournalStore, clock: FakeClock) -> Insights:
    fill(store, clock, weeks=14, debriefs=9, closed=9)
    today = clock.now.astimezone().date()
    return insights(store.check_ins(), store.commitments(), store.turning_stages(), today)


def draw_all(painter: QPainter, width: float, found: Insights) -> None:
    colours = chart_colours(theme.LIGHT, background="#ffffff")
    height = painter.fontMetrics().height() * 10
    boxes = [QRectF(0, i * height * 1.2, width, height) for i in range(5)]
    lines = [charts.Line("stress", found.stress), charts.Line("energy", found.energy, False)]
    scale = charts.one_to_five()
    charts.draw_weekly_lines(painter, boxes[0], lines, colours, scale=scale, empty="-")
    names = ["M", "T", "W", "T", "F", "S", "S"]
    days, overall = found.weekdays.days, found.weekdays.overall
    charts.draw_weekday_bars(
        painter, boxes[1], days, overall, colours, day_names=names, average="avg", empty="-"
    )
    charts.draw_attention(
        painter, boxes[2], found.attention, colours, label="", customer="c", target="t", empty="-"
    )
    stages = [(s.stage, s.count) for s in found.stages]
    charts.draw_stage_bars(painter, boxes[3], stages, colours, empty="-")
    parts = [("kept", 7), ("let go", 2), ("open", 3)]
    charts.draw_commitment_split(painter, boxes[4], parts, colours, empty="-")


def test_the_same_drawing_goes_into_a_pdf_and_an_image(
    store: JournalStore, clock: FakeClock, tmp_path: Path
) -> None:
    found = full_insights(store, clock)
    pdf = tmp_path / "charts.pdf"
    writer = QPdfWriter(str(pdf))
    writer.setResolution(1200)
    painter = QPainter(writer)
    draw_all(painter, writer.width(), found)
    painter.end()
    assert pdf.read_bytes().startswith(b"%PDF") and pdf.stat().st_size > 2000

    image = QImage(700, 1200, QImage.Format.Format_RGB32)
    image.fill(QColor("#ffffff"))
    painter = QPainter(image)
    draw_all(painter, image.width(), found)
    painter.end()
    assert rgb(theme.LIGHT.accent) in colours_in(image)


def test_charts_need_no_widgets() -> None:
    """The PDF export draws the same charts without QtWidgets."""
    code = "import sys, coachdesk.charts; print('PySide6.QtWidgets' in sys.modules)"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.stdout.strip() == "False", result.stderr


def test_the_page_computes_when_shown_not_when_built(
    qtbot: QtBot, store: JournalStore, clock: FakeClock
) -> None:
    fill(store, clock, weeks=3, debriefs=1, closed=1)
    view = InsightsView(store)
    qtbot.addWidget(view)
    assert view.insights is None
    view.show()
    assert view.insights is not None and view.insights.check_ins


def test_where_deals_turned_is_split_by_outcome_with_exact_numbers(
    qtbot: QtBot, store: JournalStore, clock: FakeClock, library: FlowLibrary
) -> None:
    flow = library.get("deal-debrief")
    assert flow is not None
    given = [("proposal", "lost")] * 3 + [("proposal", "won"), ("discovery", "stalled")]
    given += [("discovery", "won"), ("discovery", "won"), ("closing", "open")]
    for i, (stage, outcome) in enumerate(given):
        store.add(debrief(flow, days_ago(clock, 3 + i), "", f"deal {i}", outcome, stage, "L"))
    view = make_view(qtbot, store)
    chart = next(c for c in view.charts if isinstance(c, StageChart))
    assert chart.accessibleDescription() == (
        "Debriefs per stage where the deal turned: Prospecting 0,"
        " Discovery 3 (2 won, 1 stalled), Demo 0, Proposal 4 (1 won, 3 lost), Negotiation 0,"
        " Closing 1 (1 open or not said), After the sale 0. In all: 3 won, 3 lost, 1 stalled."
    )
    assert view.insights is not None
    assert (view.insights.won, view.insights.lost, view.insights.stalled) == (3, 3, 1)
    image = QImage(600, 400, QImage.Format.Format_RGB32)
    image.fill(QColor(theme.LIGHT.window))
    painter = QPainter(image)
    chart.draw(painter, QRectF(0, 0, 600, 400), chart_colours(theme.LIGHT), view.insights)
    painter.end()
    assert rgb(theme.LIGHT.accent) in colours_in(image)  # the won parts
