"""Changes a screen reader is told about without focus moving: search results, failed
saves, the curtain, the export, the lock."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLabel, QWidget
from pytestqt.qtbot import QtBot

from coachdesk.coaching.filters import TimelineFilter
from coachdesk.coaching.flows import FlowLibrary
from coachdesk.storage import JournalStore, StorageUnavailable
from coachdesk.ui.common.announce import announce
from coachdesk.ui.journal.search_runner import SearchRequest, SearchRunner
from tests.ui.conftest import Opened, OpenWindow
from tests.ui.hearing import Heard, listen, texts
from tests.ui.keyboard import press, type_text
from tests.ui.test_nothing_lost import start_first_flow
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
    # and as the field's description, which screen readers without announcements speak
    assert window.library.finder.field.accessibleDescription() == "2 reflections"


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


def test_a_save_that_fails_is_said_at_once_and_only_once(
    qtbot: QtBot, open_window: OpenWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = open_window()
    start_first_flow(qtbot)

    def disk_full(*_args: object) -> None:
        raise StorageUnavailable("Could not save: the disk is full.")

    monkeypatch.setattr(window.store, "save_answer", disk_full)
    heard = listen(monkeypatch)
    try:
        type_text(qtbot, "precious words")
        press(qtbot, Qt.Key.Key_Return, CTRL)
        press(qtbot, Qt.Key.Key_Return, CTRL)  # tried again: not said again
    finally:
        monkeypatch.undo()  # the disk has room again: closing saves, nothing asks
    (said,) = heard
    assert "disk is full" in said.text and "What you wrote stays here" in said.text
    assert not said.polite and said.source is window.guided._status


def test_the_curtain_says_it_went_down_and_came_up(
    qtbot: QtBot, open_window: OpenWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    from coachdesk.coaching.sessions import AgendaItem, AgendaKind
    from coachdesk.ui.coaching_hour.coach_view import CoachView

    window = open_window()
    made = window.store.start(window._library.flows[0], title="A story")
    agenda = (AgendaItem(AgendaKind.REFLECTION, str(made.id), "A story"),)
    coach = CoachView(window.store, agenda, lambda key, parent: QWidget(parent), 60, "F8")
    qtbot.addWidget(coach)
    with qtbot.waitActive(coach):
        coach.show()
        coach.activateWindow()
    heard = listen(monkeypatch)
    QTest.keyClick(coach, Qt.Key.Key_F8)
    assert coach.curtain_down
    QTest.keyClick(coach, Qt.Key.Key_F8)
    assert not coach.curtain_down
    assert texts(heard) == ["Paused. F8 to continue.", "The session is on screen again."]
    assert heard[0].source is coach.curtain and heard[0].polite
    coach.setProperty("dismissed", True)


@pytest.mark.parametrize("works", [True, False])
def test_an_export_says_how_it_went(
    qtbot: QtBot,
    open_window: OpenWindow,
    store: JournalStore,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    works: bool,
) -> None:
    from coachdesk.coaching.summary import ALL_SECTIONS, Preset, SummaryRequest
    from coachdesk.ui.export import export_runner
    from coachdesk.ui.export.export_dialog import ExportChoice, ExportDialog
    from coachdesk.ui.export.pdf_export import PdfExport

    window = open_window()
    today = date(2026, 11, 20)
    request = SummaryRequest(date(2026, 1, 1), today, Preset.SUMMARY, ALL_SECTIONS, True)
    choices = [ExportChoice(request, tmp_path / "summary.pdf", "a4")]

    def ask(cls: type, *args: object) -> ExportChoice | None:
        return choices.pop() if choices else None  # asked again after a failure: let be

    def export(*args: object, **kwargs: object) -> int:
        if not works:
            raise OSError("No space left on device")
        return 3

    monkeypatch.setattr(ExportDialog, "ask", classmethod(ask))
    monkeypatch.setattr(export_runner, "export_pdf", export)
    heard = listen(monkeypatch)
    # The store in memory exports in a thread of the window's own (no export process).
    export_ = PdfExport(store, [], window.show_notice, window)
    assert export_.ask()
    qtbot.waitUntil(lambda: bool(heard), timeout=5000)
    (said,) = heard
    if works:
        assert said.text == f"Saved the PDF (3 pages) to {tmp_path / 'summary.pdf'}."
        assert said.polite
    else:
        assert said.text.startswith("The PDF was not saved:") and "No space" in said.text
        assert not said.polite


def test_unlocking_and_locking_are_said(
    qtbot: QtBot,
    opened: Callable[[Path], Opened],
    journal_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from coachdesk.storage import protection

    JournalStore.open(journal_path).close()
    protection.encrypt(journal_path, "a calm evening walk")
    one = opened(journal_path)
    heard = listen(monkeypatch)
    page = one.page()
    page.secret.setText("a calm evening walk")
    QTest.keyClick(page.secret, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: one.window.journal is not None, timeout=5000)
    assert texts(heard) == ["Your journal is open."]
    press(qtbot, Qt.Key.Key_L, CTRL)
    assert one.window.journal is None
    assert texts(heard) == ["Your journal is open.", "Your journal is locked."]
    assert all(h.polite for h in heard)
