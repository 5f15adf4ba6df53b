"""Search and filters in the window: typing finds, the keyboard moves, nothing blocks."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from coachdesk.coaching.flows import FlowLibrary
from coachdesk.coaching.reflections import Answer, NewReflection
from coachdesk.ui.journal.details_dialog import Details, DetailsDialog
from coachdesk.ui.journal.journal_view import JournalView
from tests.ui.conftest import OpenWindow
from tests.ui.keyboard import press, type_text

CTRL = Qt.KeyboardModifier.ControlModifier


def fill(window: JournalView, library: FlowLibrary) -> None:
    debrief = library.get("deal-debrief")
    assert debrief is not None
    now = datetime.now().astimezone()

    def answers(**texts: str) -> tuple[Answer, ...]:
        return tuple(
            replace(Answer.blank(q, i), text=texts[q.id])
            for i, q in enumerate(debrief.questions)
            if q.id in texts
        )

    window._store.add_all(
        [
            NewReflection(
                debrief,
                answers(deal="Brouwer fleet", lesson="Vraag naar de café-deadline"),
                now - timedelta(days=3),
                customer="Brouwer",
            ),
            NewReflection(
                debrief,
                answers(deal="Visser renewal", lesson="Listen first"),
                now - timedelta(days=2),
                customer="Visser",
                tags=("renewal",),
            ),
            NewReflection(
                debrief,
                answers(deal="Old one", lesson="Listen again"),
                now.replace(year=now.year - 1),
                customer="Bos",
            ),
        ]
    )
    window.timeline_model.reload()
    window.select_row(0)


def shown_customers(window: JournalView) -> list[str]:
    model = window.timeline_model
    return [model.summary_at(r).customer for r in range(model.rowCount())]  # type: ignore[union-attr]


def test_typing_searches_and_enter_opens_at_the_matching_answer(
    qtbot: QtBot, open_window: OpenWindow, library: FlowLibrary
) -> None:
    window = open_window()
    fill(window, library)
    press(qtbot, Qt.Key.Key_F, CTRL)
    assert window.library.finder.field.hasFocus()
    type_text(qtbot, "cafe")
    qtbot.waitUntil(lambda: shown_customers(window) == ["Brouwer"], timeout=2000)
    press(qtbot, Qt.Key.Key_Down)  # into the results
    assert window.timeline.hasFocus()
    assert window.reading.reflection is not None and window.reading.reflection.customer == "Brouwer"
    assert window.timeline_model.question_at(0) == "lesson"
    press(qtbot, Qt.Key.Key_Return)
    assert window.reading.hasFocus() or window.reading.isAncestorOf(window.focusWidget())


def test_escape_clears_the_search_and_the_timeline_returns(
    qtbot: QtBot, open_window: OpenWindow, library: FlowLibrary
) -> None:
    window = open_window()
    fill(window, library)
    press(qtbot, Qt.Key.Key_F, CTRL)
    type_text(qtbot, "listen")
    qtbot.waitUntil(lambda: len(shown_customers(window)) == 2, timeout=2000)
    press(qtbot, Qt.Key.Key_Escape)
    assert window.library.finder.field.text() == ""
    assert shown_customers(window) == ["Visser", "Brouwer", "Bos"]


def test_nothing_found_says_so(qtbot: QtBot, open_window: OpenWindow, library: FlowLibrary) -> None:
    window = open_window()
    fill(window, library)
    press(qtbot, Qt.Key.Key_F, CTRL)
    type_text(qtbot, "zebra")
    qtbot.waitUntil(lambda: window.library._nothing.isVisible(), timeout=2000)
    assert "zebra" in window.library._nothing.text()


@pytest.mark.parametrize("typed", ['"', "(", "*", "-", "NEAR", ":", "🙂", "AND OR"])
def test_any_character_can_be_typed(
    qtbot: QtBot, open_window: OpenWindow, library: FlowLibrary, typed: str
) -> None:
    window = open_window()
    fill(window, library)
    press(qtbot, Qt.Key.Key_F, CTRL)
    type_text(qtbot, typed)
    qtbot.wait(50)
    assert window.library.finder.field.text() == typed


def test_filters_narrow_the_timeline(
    qtbot: QtBot, open_window: OpenWindow, library: FlowLibrary
) -> None:
    window = open_window()
    fill(window, library)
    press(qtbot, Qt.Key.Key_F, CTRL | Qt.KeyboardModifier.ShiftModifier)
    panel = window.library.finder.panel
    assert panel.isVisible() and panel.first_control().hasFocus()
    panel._customer.setCurrentIndex(panel._customer.findData("Visser"))
    assert shown_customers(window) == ["Visser"]
    assert window.library.finder._toggle.text() == "Filters · 1"
    panel._tag.setCurrentIndex(panel._tag.findData("renewal"))
    assert shown_customers(window) == ["Visser"]
    panel.clear()
    assert len(shown_customers(window)) == 3


def test_on_this_day(qtbot: QtBot, open_window: OpenWindow, library: FlowLibrary) -> None:
    window = open_window()
    fill(window, library)
    press(qtbot, Qt.Key.Key_D, CTRL)
    assert window.library.finder.panel.current().on_this_day == date.today()
    assert shown_customers(window) == ["Bos"]


def test_details_are_saved_and_offered_as_filters(
    qtbot: QtBot, open_window: OpenWindow, library: FlowLibrary, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = open_window()
    fill(window, library)
    monkeypatch.setattr(
        DetailsDialog, "ask", lambda parent, r, facets: Details("Mulder", "Q4", ("pricing",))
    )
    press(qtbot, Qt.Key.Key_T, CTRL)
    shown = window.reading.reflection
    assert shown is not None and (shown.customer, shown.deal, shown.tags) == (
        "Mulder",
        "Q4",
        ("pricing",),
    )
    assert "Mulder" in window.reading.text() and "#pricing" in window.reading.text()
    panel = window.library.finder.panel
    assert panel._customer.findData("Mulder") > 0 and panel._tag.findData("pricing") > 0


def test_the_details_dialog_reads_what_was_typed(
    qtbot: QtBot, store: object, library: FlowLibrary
) -> None:
    from coachdesk.storage import JournalStore

    assert isinstance(store, JournalStore)
    reflection = store.start(library.flows[0])
    dialog = DetailsDialog(reflection, {"customer": ["Visser"]})
    qtbot.addWidget(dialog)
    dialog.customer.setText(" Visser ")
    dialog.tags.setText("#Pricing, demo,, pricing")
    assert dialog.details() == Details("Visser", "", ("pricing", "demo"))


def test_a_long_preview_breaks_into_two_lines_between_words(qapp: object) -> None:
    from PySide6.QtGui import QFont, QStaticText

    from coachdesk.ui.common.painting import LINE_BREAK, elide_lines

    text = "Brandsma Koeltransport. Demo for Jan Brandsma, the owner, today. Not lost, not moving"
    shown = elide_lines(text, QFont(), 200)
    first, second = shown.split(LINE_BREAK)
    assert text.startswith(f"{first} {second.rstrip('…')}")  # the space is the break
    one_line = QStaticText(first)
    one_line.prepare(font=QFont())
    two = QStaticText(shown)
    two.prepare(font=QFont())
    assert two.size().height() >= 2 * one_line.size().height() - 1  # drawn as two lines


def test_a_reflection_deleted_from_the_results_leaves_the_reading_pane(
    qtbot: QtBot, open_window: OpenWindow, library: FlowLibrary, monkeypatch: pytest.MonkeyPatch
) -> None:
    from coachdesk.ui.common.dialogs import ConfirmDelete

    window = open_window()
    fill(window, library)
    press(qtbot, Qt.Key.Key_F, CTRL)
    type_text(qtbot, "cafe")
    qtbot.waitUntil(lambda: shown_customers(window) == ["Brouwer"], timeout=2000)
    press(qtbot, Qt.Key.Key_Down)
    assert window.reading.reflection is not None
    monkeypatch.setattr(ConfirmDelete, "ask", lambda parent, summary: True)
    press(qtbot, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: window.timeline_model.rowCount() == 0, timeout=2000)
    assert window.reading.reflection is None  # nothing left to edit or delete
    assert not window.actions_["delete"].isEnabled()
    assert not window.actions_["open"].isEnabled()
