"""Nothing typed is lost: autosave after a pause, on navigation, on close; drafts resume."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from coachdesk.coaching.flows import QuestionKind
from coachdesk.storage import JournalStore, StorageUnavailable
from coachdesk.ui.journal import guided
from tests.ui.conftest import OpenWindow
from tests.ui.keyboard import on_next_dialog, press, type_text
from tests.ui.test_guided_journey import choose_first_flow_with_enter

CTRL = Qt.KeyboardModifier.ControlModifier


def start_first_flow(qtbot: QtBot) -> None:
    on_next_dialog(choose_first_flow_with_enter)
    press(qtbot, Qt.Key.Key_N, CTRL)


def stored_text(journal_path: Path) -> list[str]:
    """What a second connection reads from the file: proof it reached the disk."""
    reader = JournalStore.open(journal_path)
    try:
        return [a.text for s in reader.timeline() for a in reader.get(s.id).answers]
    finally:
        reader.close()


def test_typing_is_saved_within_a_second_of_pausing(
    qtbot: QtBot, open_window: OpenWindow, journal_path: Path
) -> None:
    assert guided.AUTOSAVE_DELAY_MS < 1000
    window = open_window()  # keep a reference: qtbot holds windows only weakly
    start_first_flow(qtbot)
    assert window.guided.isVisible()
    type_text(qtbot, "half a thought")
    assert stored_text(journal_path) == []
    qtbot.waitUntil(lambda: stored_text(journal_path) == ["half a thought"], timeout=1000)


def test_a_crashed_session_resumes_at_its_question(
    qtbot: QtBot, open_window: OpenWindow, journal_path: Path
) -> None:
    window = open_window()
    start_first_flow(qtbot)
    type_text(qtbot, "first answer")
    press(qtbot, Qt.Key.Key_Return, CTRL)
    while window.guided.current_question().kind is not QuestionKind.TEXT:  # type: ignore[union-attr]
        press(qtbot, Qt.Key.Key_Return, CTRL)  # a choice is not typed in
    type_text(qtbot, "second, unfinished")
    second = window.guided.current_question()
    qtbot.waitUntil(lambda: "second, unfinished" in stored_text(journal_path), timeout=1000)
    # A crash: no close event, no pause; the window is simply gone.
    window.hide()

    again = open_window()
    summary = again.timeline_model.summary_at(again.timeline.currentIndex().row())
    assert summary is not None and summary.is_draft  # the draft is selected on start
    press(qtbot, Qt.Key.Key_F2)
    assert again.guided.current_question() == second
    assert again.guided.text_editor().toPlainText() == "second, unfinished"


def test_closing_the_window_saves_at_once(
    qtbot: QtBot, open_window: OpenWindow, journal_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(guided, "AUTOSAVE_DELAY_MS", 60_000)
    window = open_window()
    start_first_flow(qtbot)
    type_text(qtbot, "typed right before quitting")
    press(qtbot, Qt.Key.Key_Q, CTRL)
    assert not window.window().isVisible()
    assert stored_text(journal_path) == ["typed right before quitting"]


def test_a_failing_disk_keeps_the_text_on_screen_and_says_so(
    qtbot: QtBot, open_window: OpenWindow, journal_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = open_window()
    start_first_flow(qtbot)
    first = window.guided.current_question()

    def disk_full(*_args: object) -> None:
        raise StorageUnavailable("Could not save: the disk is full.")

    monkeypatch.setattr(window._store, "save_answer", disk_full)
    type_text(qtbot, "precious words")
    press(qtbot, Qt.Key.Key_Return, CTRL)
    assert window.guided.current_question() == first  # did not move on
    assert window.guided.text_editor().toPlainText() == "precious words"
    assert "disk is full" in window.guided._status.text()

    monkeypatch.undo()
    press(qtbot, Qt.Key.Key_Return, CTRL)
    assert window.guided.current_question() != first
    assert stored_text(journal_path) == ["precious words"]
