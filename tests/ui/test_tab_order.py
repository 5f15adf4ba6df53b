"""Without a mouse: Tab reaches every control of each main view, and comes round again."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from coachdesk.coaching.flows import FlowLibrary
from coachdesk.coaching.reflections import Answer, NewReflection
from coachdesk.storage import JournalStore
from coachdesk.ui.journal.journal_view import JournalView
from tests.ui.conftest import OpenWindow

MAX_TABS = 120
MAX_LINKS = 30  # links inside one page that Tab visits before moving on


def tab_stops(root: QWidget) -> set[QWidget]:
    """The widgets under `root` that Tab should reach: shown, enabled, taking Tab focus."""
    stops = set()
    for widget in root.findChildren(QWidget):
        if not widget.isVisible() or not widget.isEnabled():
            continue
        if not widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            continue
        if widget.focusProxy() is not None:
            continue  # its proxy is the stop
        if widget.objectName().startswith("qt_"):
            continue  # Qt's own parts (a spin box's line edit) follow their owner
        stops.add(widget)
    return stops


def tab_round(qtbot: QtBot, root: QWidget) -> set[QWidget]:
    """Press Tab until focus comes round to a widget it passed before; every widget passed.
    (A group of choices is entered at its chosen button, so the round may not end exactly
    where it began.)"""
    start = QApplication.focusWidget()
    assert start is not None, "nothing has focus to start from"
    reached = {start}
    stayed = 0
    for _ in range(MAX_TABS):
        focused = QApplication.focusWidget()
        assert focused is not None
        qtbot.keyClick(focused, Qt.Key.Key_Tab)
        now = QApplication.focusWidget()
        assert now is not None
        if now is focused:  # a page's links take Tab in turn; a stuck Tab ends here
            stayed += 1
            if stayed > MAX_LINKS:
                break
            continue
        stayed = 0
        if now in reached:
            break
        reached.add(now)
    else:
        pytest.fail("Tab never came round")
    owners = set()
    for widget in reached:  # a line edit inside a spin box counts for the spin box
        while widget is not None and widget not in tab_stops(root) and widget is not root:
            widget = widget.parentWidget()
        if widget is not None:
            owners.add(widget)
    return owners


def names(widgets: set[QWidget]) -> list[str]:
    return sorted(f"{type(w).__name__} {w.accessibleName()!r}" for w in widgets)


@pytest.fixture
def view(open_window: OpenWindow, library: FlowLibrary, journal_path: Path) -> JournalView:
    shown = open_window()
    store: JournalStore = shown.store
    flow = library.get("customer-story")
    assert flow is not None
    answers = tuple(
        replace(Answer.blank(q, i), text="Bouwmeester, twelve fitters")
        for i, q in enumerate(flow.questions)
        if q.kind.value == "text"
    )
    store.add(NewReflection(flow, answers, store.now(), customer="Bouwmeester"))
    store.add_check_in(3, 3, 3, 40)
    store.add_commitment("Call Sietske")
    shown.timeline_model.reload()
    shown.select_row(0)
    return shown


def check_page(qtbot: QtBot, view: JournalView, page: QWidget) -> None:
    QApplication.processEvents()
    missing = tab_stops(page) - tab_round(qtbot, page)
    assert not missing, names(missing)


def test_the_journal_page(qtbot: QtBot, view: JournalView) -> None:
    view.show_journal()
    check_page(qtbot, view, view._splitter)


def test_a_question(qtbot: QtBot, view: JournalView, library: FlowLibrary) -> None:
    flow = library.get("deal-debrief")
    assert flow is not None
    reflection = view.store.start(flow)
    for index, question in enumerate(flow.questions):  # every kind of answer
        view.enter_guided(reflection.id, at=index)
        check_page(qtbot, view, view.guided)
        assert question.text  # (the loop walks every question)


def test_this_week(qtbot: QtBot, view: JournalView) -> None:
    view.show_this_week()
    check_page(qtbot, view, view.this_week)


def test_insights(qtbot: QtBot, view: JournalView) -> None:
    view.show_insights()
    check_page(qtbot, view, view.insights)


def test_the_story_bank(qtbot: QtBot, view: JournalView) -> None:
    view.show_stories()
    check_page(qtbot, view, view.stories)


def _shown(qtbot: QtBot, widget: QWidget) -> QWidget:
    qtbot.addWidget(widget)
    with qtbot.waitActive(widget):
        widget.show()
        widget.activateWindow()
    widget.focusNextChild()
    QApplication.processEvents()
    return widget


def test_the_coach_view(qtbot: QtBot, view: JournalView) -> None:
    from coachdesk.coaching.sessions import AgendaItem, AgendaKind
    from coachdesk.ui.coaching_hour.coach_view import CoachView

    summary = view.store.timeline()[0]
    agenda = (AgendaItem(AgendaKind.REFLECTION, str(summary.id), "A story"),)
    coach = _shown(qtbot, CoachView(view.store, agenda, lambda key, parent: QWidget(parent), 60))
    missing = tab_stops(coach) - tab_round(qtbot, coach)
    assert not missing, names(missing)
    coach.setProperty("dismissed", True)


def test_the_unlock_page_and_the_dialogs(qtbot: QtBot, view: JournalView) -> None:
    from coachdesk.ui.coaching_hour.session_prep import SessionPrepDialog
    from coachdesk.ui.protection.unlock_page import UnlockPage
    from coachdesk.ui.settings_dialog import Choices, SettingsDialog

    for widget in (
        UnlockPage(),
        SettingsDialog(Choices(10, "F9")),
        SessionPrepDialog(view.store),
    ):
        shown = _shown(qtbot, widget)
        missing = tab_stops(shown) - tab_round(qtbot, shown)
        assert not missing, (type(widget).__name__, names(missing))
