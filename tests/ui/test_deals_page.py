"""Deals and customers: from the reading pane (the customer or the deal) or from the Deals
list (its own key, in F1), one deal's whole story, and back to a reflection from it."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QTableWidget
from pytestqt.qtbot import QtBot

from coachdesk.coaching.deals import SubjectKind
from coachdesk.coaching.flows import FlowLibrary
from coachdesk.storage import JournalStore
from coachdesk.ui.common.dialogs import ShortcutsDialog
from coachdesk.ui.common.shortcuts import keys_for
from coachdesk.ui.journal.journal_view import JournalView
from tests.conftest import FakeClock
from tests.platforms import native
from tests.storage.test_journal_deals import fill
from tests.ui.conftest import OpenWindow
from tests.ui.test_accessibility import unnamed_interactive


def filled(journal_path: Path, library: FlowLibrary) -> dict[str, int]:
    journal_path.parent.mkdir(parents=True, exist_ok=True)
    store = JournalStore.open(journal_path)
    try:
        return fill(store, FakeClock(datetime.now(UTC)), library)
    finally:
        store.close()


def press(qtbot: QtBot, view: JournalView, name: str) -> None:
    sequence = QKeySequence(keys_for(name)[0])
    combo = sequence[0]
    qtbot.keyClick(view.window(), combo.key(), combo.keyboardModifiers())


def test_the_deal_in_the_reading_pane_opens_that_deals_story(
    qtbot: QtBot, open_window: OpenWindow, journal_path: Path, library: FlowLibrary
) -> None:
    ids = filled(journal_path, library)
    view = open_window()
    view.show_journal()
    view.select_reflection(ids["lost"])
    deal = view.reading._deal
    assert deal.isVisible() and deal.text() == "Deal: dekkerhof RENEWAL  ›"
    assert deal.accessibleName() == "Everything about deal dekkerhof RENEWAL"
    qtbot.mouseClick(deal, Qt.MouseButton.LeftButton)
    assert view.current_page() is view.deals
    text = view.deals.page_text()
    for mine in ("DEKKERHOF-LESSON-1", "DEKKERHOF-LESSON-2", "DEKKERHOF-NOTE", "on hold, again"):
        assert mine in text
    for other in ("ZUIDKAMP", "Zuidkamp", "PRIVATE-PROMISE"):
        assert other not in text
    assert "Latest debrief: Lost, turned at Negotiation." in text
    assert "Stalled · turned at Proposal" in text
    assert "Let go on" in text and "Frank never answered" in text
    # Oldest first: the stalled debrief comes before the lost one.
    assert text.index("DEKKERHOF-LESSON-1") < text.index("DEKKERHOF-LESSON-2")
    assert view.deals.current() is not None
    assert view.deals.current().subject.kind is SubjectKind.DEAL  # type: ignore[union-attr]
    assert unnamed_interactive(view.deals) == []


def test_the_customer_opens_the_customers_story(
    qtbot: QtBot, open_window: OpenWindow, journal_path: Path, library: FlowLibrary
) -> None:
    ids = filled(journal_path, library)
    view = open_window()
    view.show_journal()
    view.select_reflection(ids["other"])
    qtbot.mouseClick(view.reading._customer, Qt.MouseButton.LeftButton)
    story = view.deals.story
    assert story is not None and story.subject.name == "Zuidkamp Installaties"
    assert "ZUIDKAMP-LESSON" in view.deals.page_text()
    assert "DEKKERHOF" not in view.deals.page_text()


def test_a_reflection_without_customer_or_deal_offers_neither(
    open_window: OpenWindow, journal_path: Path, library: FlowLibrary
) -> None:
    filled(journal_path, library)
    store = JournalStore.open(journal_path)
    flow = library.get("free-note")
    assert flow is not None
    plain = store.start(flow).id
    store.close()
    view = open_window()
    view.show_journal()
    view.select_reflection(plain)
    assert not view.reading._deal.isVisible() and not view.reading._customer.isVisible()


def test_the_deals_list_has_its_own_key_listed_in_f1(
    qtbot: QtBot, open_window: OpenWindow, journal_path: Path, library: FlowLibrary
) -> None:
    ids = filled(journal_path, library)
    view = open_window()
    press(qtbot, view, "deals")
    assert view.current_page() is view.deals
    assert view.deals.list.hasFocus()
    rows = [view.deals.list.item(r).text() for r in range(view.deals.list.count())]
    assert rows == [
        "dekkerhof RENEWAL",
        "Zuidkamp pilot",
        "dekkerhof logistiek",
        "Zuidkamp Installaties",
    ]
    # Down to the second deal: its story, none of the first.
    qtbot.keyClick(view.deals.list, Qt.Key.Key_Down)
    assert "ZUIDKAMP-LESSON" in view.deals.page_text()
    assert "DEKKERHOF" not in view.deals.page_text()
    # "Read it whole" opens the debrief in the journal.
    (button,) = view.deals.text.buttons()
    assert button.accessibleName().startswith("Read it whole: ")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert view.current_page() is not view.deals
    assert view.reading.reflection is not None and view.reading.reflection.id == ids["other"]

    with_keys = [a for a in view.actions() if a.shortcut()]
    dialog = ShortcutsDialog(with_keys)
    grid = dialog.findChild(QTableWidget)
    assert grid is not None
    listed = {grid.item(r, 0).text(): grid.item(r, 1).text() for r in range(grid.rowCount())}
    assert listed["Deals and customers"] == native("Ctrl+Shift+D")
    dialog.deleteLater()


def test_an_empty_journal_says_how_deals_get_here(open_window: OpenWindow) -> None:
    view = open_window()
    view.show_deals()
    assert view.current_page() is view.deals
    assert view.deals._empty.isVisible()
    assert "Customer, deal and tags" in view.deals._empty.text()


def test_the_deals_page_works_with_the_keyboard_alone(
    qtbot: QtBot, open_window: OpenWindow, journal_path: Path, library: FlowLibrary
) -> None:
    filled(journal_path, library)
    view = open_window()
    press(qtbot, view, "deals")
    assert view.deals.list.hasFocus()
    qtbot.keyClick(view.deals.list, Qt.Key.Key_Return)  # Enter: read the story
    assert view.deals.text.hasFocus()
    qtbot.keyClick(view.deals.text, Qt.Key.Key_Tab)  # then its first "Read it whole"
    first = view.deals.text.buttons()[0]
    assert first.hasFocus()
    qtbot.keyClick(first, Qt.Key.Key_Space)
    assert view.current_page() is not view.deals  # the reflection, in the journal
    press(qtbot, view, "deals")
    qtbot.keyClick(view.deals.list, Qt.Key.Key_Escape)  # Esc: back to the journal
    assert view.current_page() is not view.deals
