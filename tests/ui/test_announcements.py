"""Changes a screen reader is told about without focus moving: search results, failed
saves, the curtain, the export, the lock."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from coachdesk.coaching.filters import TimelineFilter
from coachdesk.coaching.flows import FlowLibrary
from coachdesk.storage import JournalStore
from coachdesk.ui.common.announce import announce
from coachdesk.ui.journal.search_runner import SearchRequest, SearchRunner
from tests.ui.conftest import OpenWindow
from tests.ui.hearing import Heard, listen, texts
from tests.ui.keyboard import press, type_text
from tests.ui.test_search_ui import fill

CTRL = Qt.KeyboardModifier.ControlModifier


def test_announce_hands_qt_an_announcement_polite_or_not(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    heard = listen(monkeypatch)
    label = QLabel("Status")
    qtbot.addWidget(label)
    announce(label, "12 reflections")
    announce(label, "The PDF was not saved.", polite=False)
    announce(label, "  ")  # nothing to say: nothing said
    assert heard == [
        Heard("12 reflections", True, label),
        Heard("The PDF was not saved.", False, label),
    ]
    assert QAccessibleAnnouncementEvent(label, "x").type() == QAccessible.Event.Announcement


def test_a_search_says_how_many_reflections_it_found_once_typing_pauses(
    qtbot: QtBot, open_window: OpenWindow, library: FlowLibrary, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = open_window()
    fill(window, library)
    heard = listen(monkeypatch)
    press(qtbot, Qt.Key.Key_F, CTRL)
    type_text(qtbot, "listen")
    qtbot.waitUntil(lambda: bool(heard), timeout=3000)
    assert texts(heard) == ["2 reflections"]  # once, for what was typed last
    assert heard[0].polite and heard[0].source is window.library.finder.field


def test_a_search_that_finds_nothing_says_so_in_the_words_on_screen(
    qtbot: QtBot, open_window: OpenWindow, library: FlowLibrary, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = open_window()
    fill(window, library)
    heard = listen(monkeypatch)
    press(qtbot, Qt.Key.Key_F, CTRL)
    type_text(qtbot, "zebra")
    qtbot.waitUntil(lambda: bool(heard), timeout=3000)
    shown = window.library.findChildren(QLabel)
    said = "No reflection mentions “zebra”. Try fewer or shorter words."
    assert texts(heard) == [said]
    assert any(label.text() == said and label.isVisible() for label in shown)


def test_a_full_first_page_is_counted_in_all(
    qtbot: QtBot, open_window: OpenWindow, library: FlowLibrary, monkeypatch: pytest.MonkeyPatch
) -> None:
    from coachdesk.ui.journal.timeline_model import SEARCH_PAGE_SIZE

    window = open_window()
    fill(window, library)
    flow = library.get("deal-debrief")
    assert flow is not None
    store = window.store
    for n in range(SEARCH_PAGE_SIZE + 4):
        store.start(flow, title=f"Listen round {n}")
    heard = listen(monkeypatch)
    press(qtbot, Qt.Key.Key_F, CTRL)
    type_text(qtbot, "listen")
    qtbot.waitUntil(lambda: bool(heard), timeout=3000)
    assert window.timeline_model.rowCount() == SEARCH_PAGE_SIZE  # more come on scrolling
    assert texts(heard) == [f"{SEARCH_PAGE_SIZE + 6} reflections"]


def test_a_journal_in_memory_is_counted_in_place(store: JournalStore, library: FlowLibrary) -> None:
    flow = library.get("deal-debrief")
    assert flow is not None
    for n in range(3):
        store.start(flow, title=f"Listen round {n}")
    runner = SearchRunner(store)
    counted: list[tuple[str, int]] = []
    runner.counted.connect(lambda request, total: counted.append((request.text, total)))
    runner.request(SearchRequest(1, "listen", TimelineFilter(), False, 0, 2))
    runner.request(SearchRequest(1, "listen", TimelineFilter(), False, 2, 2))  # a later page
    assert counted == [("listen", 3)]
