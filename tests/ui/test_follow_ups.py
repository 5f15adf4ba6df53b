"""A coach who listens, in the window: an answer that puts it on the price is followed by
"what was the price standing in for?", with why it is asked; it is kept as asked, shown in
the reading pane, and not asked when follow-ups are off."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from coachdesk.coaching.flows import FlowLibrary, load_flows
from coachdesk.resources import flows_dir
from coachdesk.settings import Settings
from coachdesk.storage import JournalStore
from coachdesk.ui.journal.journal_view import JournalView
from coachdesk.ui.main_window import MainWindow
from tests.ui.keyboard import press, type_text

CTRL = Qt.KeyboardModifier.ControlModifier


def walk_to(qtbot: QtBot, view: JournalView, question_id: str) -> None:
    for _ in range(20):
        question = view.guided.current_question()
        assert question is not None
        if question.id == question_id:
            return
        press(qtbot, Qt.Key.Key_Return, CTRL)
    raise AssertionError(f"never reached {question_id}")


KEPT: list[object] = []  # qtbot holds windows only weakly


@pytest.fixture(autouse=True)
def _kept() -> Iterator[None]:
    yield
    for held in KEPT:
        if isinstance(held, JournalStore):
            held.close()
    KEPT.clear()


def opened(
    qtbot: QtBot, journal_path: Path, library: FlowLibrary, settings: Settings
) -> JournalView:
    store = JournalStore.open(journal_path)
    window = MainWindow(settings)
    KEPT.extend([window, store])
    qtbot.addWidget(window)
    view = JournalView(store, library, settings)
    window.hold(view)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    flow = library.get("deal-debrief")
    assert flow is not None
    view.enter_guided(store.start(flow).id, at=0)
    return view


def test_too_expensive_is_followed_by_what_the_price_stood_for(
    qtbot: QtBot, journal_path: Path, library: FlowLibrary, settings: Settings
) -> None:
    view = opened(qtbot, journal_path, library, settings)
    walk_to(qtbot, view, "happened")
    type_text(qtbot, "They found us too expensive and went with the cheaper tool.")
    press(qtbot, Qt.Key.Key_Return, CTRL)
    step = view.guided.current_step()
    assert step is not None and step.is_follow_up
    assert step.question.text == "What was the price standing in for?"
    assert step.why == "Asked because you mentioned the price."
    assert "Asked because you mentioned the price." in view.guided._hint.text()
    assert view.guided.text_editor().accessibleDescription().startswith(step.why)
    type_text(qtbot, "They never saw what the planners would gain.")
    press(qtbot, Qt.Key.Key_Return, CTRL)
    assert view.guided.current_question().id == "feelings"  # the flow goes on
    reflection_id = view.guided.reflection_id
    assert reflection_id is not None
    answers = {a.question_id: a for a in view.store.get(reflection_id).answers}
    kept = answers["price-stood-for"]
    assert kept.follows == "happened" and kept.asked_because == "price-stood-for"
    assert kept.text == "They never saw what the planners would gain."
    press(qtbot, Qt.Key.Key_Escape)
    view.select_reflection(reflection_id)
    shown = view.reading.text()
    assert "What was the price standing in for?" in shown
    assert "Asked because you mentioned the price." in shown


def test_in_dutch_te_duur_is_heard_and_het_lag_niet_aan_de_prijs_is_not(
    qtbot: QtBot, journal_path: Path, settings: Settings
) -> None:
    dutch = load_flows(flows_dir(), "nl")
    view = opened(qtbot, journal_path, dutch, settings)
    walk_to(qtbot, view, "happened")
    type_text(qtbot, "Het lag niet aan de prijs, ze kozen een collega van inkoop.")
    press(qtbot, Qt.Key.Key_Return, CTRL)
    step = view.guided.current_step()
    assert step is not None and step.question.id != "price-stood-for"
    assert step.rule == "first-sign"  # "inkoop": others or circumstances, heard instead
    press(qtbot, Qt.Key.Key_Escape)
    flow = dutch.get("deal-debrief")
    assert flow is not None
    view.enter_guided(view.store.start(flow).id, at=0)
    walk_to(qtbot, view, "happened")
    view.guided.text_editor().setPlainText("Ze vonden ons te duur.")
    press(qtbot, Qt.Key.Key_Return, CTRL)
    step = view.guided.current_step()
    assert step is not None and step.question.id == "price-stood-for"
    assert step.question.text == "Waar stond de prijs eigenlijk voor?"
    assert step.why.startswith("Gevraagd omdat")


def test_with_follow_ups_off_the_flow_asks_only_its_own_questions(
    qtbot: QtBot, journal_path: Path, library: FlowLibrary, settings: Settings
) -> None:
    settings.follow_ups = False
    view = opened(qtbot, journal_path, library, settings)
    walk_to(qtbot, view, "happened")
    type_text(qtbot, "They found us too expensive.")
    press(qtbot, Qt.Key.Key_Return, CTRL)
    assert view.guided.current_question().id == "feelings"
