"""The next hour: it opens with last time's agreements, the coach sees the goal, charts with
title and period, commitments with due dates, an item that runs over; the prep list names
customer, deal and first words, cuts whole labels with an ellipsis and ticks nothing twice."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QStackedWidget, QWidget
from pytestqt.qtbot import QtBot

from coachdesk.coaching.commitments import CommitmentState
from coachdesk.coaching.flows import FlowLibrary
from coachdesk.coaching.reflections import Answer, NewReflection
from coachdesk.coaching.sessions import AgendaItem, AgendaKind, ChartKey
from coachdesk.storage import JournalStore
from coachdesk.ui.coaching_hour.chart_page import ChartPage
from coachdesk.ui.coaching_hour.coach_view import CoachView
from coachdesk.ui.coaching_hour.coaching_hour import CoachingHour
from coachdesk.ui.coaching_hour.session_prep import ItemRole, SessionPlan, SessionPrepDialog
from coachdesk.ui.common.formatting import short_date
from coachdesk.ui.loop.insights_view import chart_widget
from tests.conftest import FakeClock
from tests.ui.conftest import Clock
from tests.ui.keyboard import focused, press, type_text
from tests.ui.test_coach_session import shown_strings

PRIVATE = "PRIVATE-MARKER-5521 I was scared"
UNCHOSEN = "UNCHOSEN-MARKER-8812 a reflection not on the agenda"
LONG = (
    "Jan Brandsma walked out after ten minutes because the proposal said nothing about "
    "his fleet, only about our discount, and I kept talking while he was already standing"
)


def _answers(library: FlowLibrary, flow_id: str, **texts: str) -> tuple[Answer, ...]:
    flow = library.get(flow_id)
    assert flow is not None
    given = []
    for question_id, text in texts.items():
        question = flow.question(question_id.replace("_", "-"))
        assert question is not None
        given.append(replace(Answer.blank(question, flow.questions.index(question)), text=text))
    return tuple(given)


def _add(store: JournalStore, library: FlowLibrary, flow_id: str, **kw: object) -> int:
    flow = library.get(flow_id)
    assert flow is not None
    texts = {k: v for k, v in kw.items() if k not in ("customer", "deal")}
    return store.add(
        NewReflection(
            flow,
            _answers(library, flow_id, **texts),  # type: ignore[arg-type]
            store.now(),
            customer=str(kw.get("customer", "")),
            deal=str(kw.get("deal", "")),
        )
    )


@pytest.fixture
def last_week(store: JournalStore, clock: FakeClock) -> int:
    """A session a week ago that agreed three things: one done, one let go, one open."""
    session = store.start_session("Courage with Brandsma", ())
    done = store.add_commitment("Call Jan before Tuesday", session_id=session.id)
    dropped = store.add_commitment("Rewrite the whole proposal", session_id=session.id)
    store.add_commitment("Ask Sietske who decides", date(2026, 11, 27), session_id=session.id)
    clock.advance(minutes=50)
    store.end_session(session.id)
    clock.advance(days=7)
    store.close_commitment(done, CommitmentState.DONE, "He signed for twelve vans")
    store.close_commitment(dropped, CommitmentState.LET_GO, "")
    return session.id


def _prep(qtbot: QtBot, store: JournalStore) -> SessionPrepDialog:
    dialog = SessionPrepDialog(store)
    qtbot.addWidget(dialog)
    return dialog


def _view(
    qtbot: QtBot,
    store: JournalStore,
    agenda: tuple[AgendaItem, ...],
    goal: str = "",
    clock: Clock | None = None,
) -> CoachView:
    view = CoachView(
        store,
        agenda,
        lambda key, parent: chart_widget(store, key.value, parent),
        60,
        goal=goal,
        clock=clock or Clock(),
    )
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    return view


def _on_screen(view: QWidget) -> str:
    return "\n".join(shown_strings(view))


def test_the_next_session_opens_with_last_times_agreements_and_their_state(
    qtbot: QtBot, store: JournalStore, last_week: int
) -> None:
    dialog = _prep(qtbot, store)
    first = dialog.tree.topLevelItem(0)
    assert first is not None and first.text(0) == "Last time"
    offered = first.child(0)
    assert offered is not None
    assert offered.text(0).startswith("How did it go with what we agreed?")
    assert offered.checkState(0) == Qt.CheckState.Checked  # kept unless removed
    states = [offered.child(n).text(0) for n in range(offered.childCount())]  # type: ignore[union-attr]
    due = short_date(date(2026, 11, 27))
    assert states == [
        "Call Jan before Tuesday — Done: He signed for twelve vans",
        "Rewrite the whole proposal — Let go",
        f"Ask Sietske who decides — Open, due {due}",
    ]
    dialog.goal.setText("Find the decider at Brandsma")
    plan = dialog.plan()
    assert plan.agenda[0] == AgendaItem(
        AgendaKind.LAST_TIME, str(last_week), "How did it go with what we agreed?"
    )

    view = _view(qtbot, store, plan.agenda, plan.goal)
    shown = _on_screen(view)
    assert view.goal_label.isVisible()
    assert "Goal for this hour: Find the decider at Brandsma" in shown
    for words in (
        "How did it go with what we agreed?",
        "Call Jan before Tuesday",
        "Done: He signed for twelve vans",
        "Rewrite the whole proposal",
        "Let go",
        f"Open, due {due}",
    ):
        assert words in view.content.toPlainText()


def test_last_times_agreements_can_be_removed_from_the_hour(
    qtbot: QtBot, store: JournalStore, last_week: int
) -> None:
    dialog = _prep(qtbot, store)
    dialog.tick(lambda item: item.kind is AgendaKind.LAST_TIME, ticked=False)
    assert all(item.kind is not AgendaKind.LAST_TIME for item in dialog.plan().agenda)


def test_without_a_session_that_agreed_anything_there_is_no_last_time(
    qtbot: QtBot, store: JournalStore, clock: FakeClock
) -> None:
    session = store.start_session("", ())
    store.end_session(session.id)
    dialog = _prep(qtbot, store)
    assert all(item.kind is not AgendaKind.LAST_TIME for item in dialog.offered())


def test_the_goal_heads_only_the_first_page_and_no_private_answer_shows(
    qtbot: QtBot, store: JournalStore, library: FlowLibrary, last_week: int
) -> None:
    shared = _add(store, library, "deal-debrief", happened="Jan left", lesson=PRIVATE)
    store.set_private(shared, "lesson", True)
    _add(store, library, "free-note", note=UNCHOSEN)
    dialog = _prep(qtbot, store)
    dialog.tick(lambda item: item.kind is AgendaKind.REFLECTION and item.ref == str(shared))
    dialog.goal.setText("Clarity")
    plan = dialog.plan()
    assert [i.kind for i in plan.agenda] == [AgendaKind.LAST_TIME, AgendaKind.REFLECTION]
    view = _view(qtbot, store, plan.agenda, plan.goal)
    for index in range(len(plan.agenda)):
        view.show_item(index)
        QApplication.processEvents()
        shown = _on_screen(view)
        assert "PRIVATE-MARKER" not in shown and "UNCHOSEN-MARKER" not in shown
        assert view.goal_label.isVisible() == (index == 0)
    assert "Jan left" in view.content.toPlainText()


def test_a_chart_shows_its_title_and_period_and_a_commitment_its_due_date(
    qtbot: QtBot, store: JournalStore
) -> None:
    commitment = store.add_commitment("Call Jan", date(2026, 12, 4))
    undated = store.add_commitment("Read the contract")
    agenda = (
        AgendaItem(AgendaKind.CHART, ChartKey.STAGES.value, "Where deals turned"),
        AgendaItem(AgendaKind.COMMITMENT, str(commitment), "Call Jan"),
        AgendaItem(AgendaKind.COMMITMENT, str(undated), "Read the contract"),
    )
    view = _view(qtbot, store, agenda)
    holder = view.pages.currentWidget()
    assert isinstance(holder, QStackedWidget)
    page = holder.currentWidget()
    assert isinstance(page, ChartPage) and page.isVisible()
    assert page.title.text() == "Where deals turned"
    assert page.period.text() == "The last 26 weeks, 25 May to 20 Nov."
    view.next()
    assert f"Due {short_date(date(2026, 12, 4))}" in view.content.toPlainText()
    view.next()
    assert "No due date" in view.content.toPlainText()


def test_the_timer_says_when_an_item_runs_over_its_planned_minutes(
    qtbot: QtBot, store: JournalStore
) -> None:
    commitment = store.add_commitment("Call Jan")
    agenda = (
        AgendaItem(AgendaKind.COMMITMENT, str(commitment), "Call Jan", 5),
        AgendaItem(AgendaKind.CHART, ChartKey.STAGES.value, "Where deals turned"),
    )
    clock = Clock()
    view = _view(qtbot, store, agenda, clock=clock)
    assert view.item_time.text() == "0 of 5 min on this item"
    clock.now += 4 * 60
    view._tick.timeout.emit()
    assert view.item_time.text() == "4 of 5 min on this item"
    clock.now += 90
    view._tick.timeout.emit()
    assert view.item_time.text() == "This item runs 1 min over"
    assert view.item_time.property("role") == "warning"
    assert view.timer_label.text() == "54:30 left"
    view.next()  # no plan: nothing said
    assert not view.item_time.isVisible()
    clock.now += 10 * 60
    view.previous()
    assert view.item_time.text() == "This item runs 1 min over"  # its own time only


def test_the_prep_list_names_customer_deal_and_first_words_whole_with_a_tool_tip(
    qtbot: QtBot, store: JournalStore, library: FlowLibrary
) -> None:
    debrief = _add(
        store, library, "deal-debrief", customer="Brandsma", deal="Fleet renewal", happened=LONG
    )
    _add(store, library, "customer-story", customer="Van Dijk", deal="Cold store", situation=LONG)
    dialog = _prep(qtbot, store)
    dialog.show()
    rows = {item.ref: row for row, item in zip(dialog.rows(), dialog.offered(), strict=True)}
    whole = rows[str(debrief)]
    day = short_date(store.now().astimezone().date())
    assert whole.text(0).startswith(
        f"{day}  ·  Brandsma · Fleet renewal  ·  Deal debrief — looking back on a deal"
    )
    assert whole.data(0, ItemRole).title == (
        "Deal debrief — looking back on a deal · Brandsma · Fleet renewal"
    )
    assert "“Jan Brandsma walked out after ten minutes" in whole.text(0)
    answer = rows[f"{debrief}/happened"]
    assert answer.text(0) == LONG and answer.toolTip(0) == LONG  # whole, never cut
    story_rows = [
        row
        for row, item in zip(dialog.rows(), dialog.offered(), strict=True)
        if item.kind is AgendaKind.STORY
    ]
    assert story_rows[0].text(0).startswith("Van Dijk · Cold store — “Jan Brandsma")
    assert story_rows[0].toolTip(0) == story_rows[0].text(0)
    # Too wide for the tree: the tree cuts it at its edge, with an ellipsis.
    assert dialog.tree.textElideMode() == Qt.TextElideMode.ElideRight
    whole.setExpanded(True)
    index = dialog.tree.indexFromItem(answer)
    width = dialog.tree.visualRect(index).width()
    assert dialog.tree.fontMetrics().horizontalAdvance(LONG) > width > 0
    assert dialog.tree.horizontalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff


def test_nothing_can_be_ticked_twice(
    qtbot: QtBot, store: JournalStore, library: FlowLibrary
) -> None:
    story = _add(store, library, "customer-story", customer="Van Dijk", situation="Cold store")
    dialog = _prep(qtbot, store)
    rows = list(zip(dialog.rows(), dialog.offered(), strict=True))
    as_story = next(r for r, i in rows if i.kind is AgendaKind.STORY)
    as_reflection = next(r for r, i in rows if i.kind is AgendaKind.REFLECTION)
    one_answer = next(r for r, i in rows if i.kind is AgendaKind.ANSWER)

    one_answer.setCheckState(0, Qt.CheckState.Checked)
    as_story.setCheckState(0, Qt.CheckState.Checked)  # the whole story covers the answer
    assert one_answer.checkState(0) == Qt.CheckState.Unchecked and one_answer.isDisabled()
    assert as_reflection.isDisabled() and as_reflection.checkState(0) == Qt.CheckState.Unchecked
    assert as_reflection.toolTip(0).startswith("Already on the agenda with: Van Dijk")
    dialog.tick(lambda item: True)  # everything that can be ticked
    chosen = [i for i in dialog.plan().agenda if i.reflection_id == story]
    assert [i.kind for i in chosen] == [AgendaKind.STORY]

    as_story.setCheckState(0, Qt.CheckState.Unchecked)
    assert not as_reflection.isDisabled() and not one_answer.isDisabled()


def test_minutes_planned_in_the_prep_go_with_the_agenda_into_the_session(
    qtbot: QtBot, store: JournalStore, library: FlowLibrary
) -> None:
    commitment = store.add_commitment("Call Jan")
    dialog = _prep(qtbot, store)
    row = next(
        r
        for r, i in zip(dialog.rows(), dialog.offered(), strict=True)
        if i.kind is AgendaKind.COMMITMENT
    )
    assert not dialog.item_minutes.isEnabled()
    dialog.tree.setCurrentItem(row)
    assert dialog.item_minutes.isEnabled()
    dialog.item_minutes.setValue(10)
    assert row.checkState(0) == Qt.CheckState.Checked and row.text(1) == "10 min"
    assert dialog.planned.text() == "Planned for items: 10 min"
    plan = dialog.plan()
    assert plan.agenda == (AgendaItem(AgendaKind.COMMITMENT, str(commitment), "Call Jan", 10),)

    parent = QWidget()
    qtbot.addWidget(parent)
    hour = CoachingHour(store, library, SessionPlan("Clarity", plan.agenda, 60), "F9", parent)
    assert store.sessions()[0].agenda == plan.agenda  # kept with its minutes
    assert hour.view.goal_label.text() == "Goal for this hour: Clarity"
    assert hour.stop()  # the view is closed and deleted, as at the end of an hour


def test_the_prep_is_used_with_the_keyboard_alone(
    qtbot: QtBot, store: JournalStore, last_week: int
) -> None:
    commitment = store.add_commitment("Call Jan")
    dialog = _prep(qtbot, store)
    with qtbot.waitActive(dialog):
        dialog.show()
        dialog.activateWindow()
    assert focused(qtbot) is dialog.goal
    type_text(qtbot, "Clarity")
    press(qtbot, Qt.Key.Key_Tab)
    assert focused(qtbot) is dialog.tree
    press(qtbot, Qt.Key.Key_Home)  # "Last time"
    press(qtbot, Qt.Key.Key_Down)  # its one choice: how it went with what was agreed
    assert dialog.tree.currentItem() is dialog.rows()[0]
    press(qtbot, Qt.Key.Key_Space)  # removed from the hour
    assert all(i.kind is not AgendaKind.LAST_TIME for i in dialog.plan().agenda)
    row = next(
        r
        for r, i in zip(dialog.rows(), dialog.offered(), strict=True)
        if i.kind is AgendaKind.COMMITMENT and i.ref == str(commitment)
    )
    while dialog.tree.currentItem() is not row:
        press(qtbot, Qt.Key.Key_Down)
    press(qtbot, Qt.Key.Key_Tab)
    assert focused(qtbot) is dialog.item_minutes
    press(qtbot, Qt.Key.Key_Up)
    press(qtbot, Qt.Key.Key_Up)
    assert dialog.plan().agenda == (
        AgendaItem(AgendaKind.COMMITMENT, str(commitment), "Call Jan", 2),
    )


def test_reflecting_together_hides_the_goal_until_the_agenda_is_back(
    qtbot: QtBot, store: JournalStore, library: FlowLibrary
) -> None:
    commitment = store.add_commitment("Call Jan")
    agenda = (AgendaItem(AgendaKind.COMMITMENT, str(commitment), "Call Jan"),)
    view = _view(qtbot, store, agenda, "Clarity")
    assert view.goal_label.isVisible()
    flow = library.get("free-note")
    assert flow is not None
    view.reflect(flow, store.start(flow))
    assert not view.goal_label.isVisible()
    view.guided.pause()
    assert not view.reflecting and view.goal_label.isVisible()


def test_a_greyed_out_choice_is_not_a_white_box_in_the_dark_look() -> None:
    from PySide6.QtGui import QColor, QPalette

    from coachdesk.ui.common import theme

    dark = theme.palette(theme.DARK)
    for role in (QPalette.ColorRole.Base, QPalette.ColorRole.Button):
        assert dark.color(QPalette.ColorGroup.Disabled, role) == QColor(theme.DARK.window)


def test_an_agreement_from_last_time_is_not_brought_twice(
    qtbot: QtBot, store: JournalStore, last_week: int
) -> None:
    dialog = _prep(qtbot, store)
    rows = list(zip(dialog.rows(), dialog.offered(), strict=True))
    still_open = next(r for r, i in rows if i.kind is AgendaKind.COMMITMENT)
    assert still_open.text(0).startswith("Ask Sietske who decides")
    assert still_open.isDisabled()  # last time's page shows it, with its state
    assert still_open.toolTip(0).startswith("Already on the agenda with: How did it go")
    dialog.tick(lambda item: item.kind is AgendaKind.LAST_TIME, ticked=False)
    assert not still_open.isDisabled()  # without last time, it can come on its own
