"""The main window's library side: selecting, deleting, and telling about bad flow files."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from coachdesk.coaching.flows import FlowError, FlowLibrary
from coachdesk.settings import Settings
from coachdesk.storage import JournalStore
from coachdesk.ui.common.dialogs import ConfirmDelete
from coachdesk.ui.journal.journal_view import JournalView
from tests.platforms import native
from tests.ui.conftest import OpenWindow
from tests.ui.keyboard import press


def add_three(window: JournalView, library: FlowLibrary) -> list[int]:
    store = window._store
    ids = []
    for flow in library.flows[:3]:
        reflection = store.start(flow)
        store.finish(reflection.id)
        ids.append(reflection.id)
    window.timeline_model.reload()
    window.select_row(0)
    return ids


@pytest.mark.parametrize("confirmed", [True, False])
def test_delete_asks_first(
    qtbot: QtBot,
    open_window: OpenWindow,
    library: FlowLibrary,
    monkeypatch: pytest.MonkeyPatch,
    confirmed: bool,
) -> None:
    window = open_window()
    ids = add_three(window, library)
    asked = []
    monkeypatch.setattr(ConfirmDelete, "ask", lambda parent, s: asked.append(s.id) or confirmed)
    window.timeline.setFocus()
    press(qtbot, Qt.Key.Key_Delete)
    assert asked == [ids[-1]]  # the newest is selected
    remaining = [window.timeline_model.summary_at(r).id for r in range(3 - confirmed)]  # type: ignore[union-attr]
    assert remaining == (ids[-2::-1] if confirmed else ids[::-1])
    if confirmed:  # the next one is shown, not an empty page
        assert window.reading.reflection is not None
        assert window.reading.reflection.id == ids[-2]


def test_arrow_keys_show_each_reflection(
    qtbot: QtBot, open_window: OpenWindow, library: FlowLibrary
) -> None:
    window = open_window()
    ids = add_three(window, library)
    window.timeline.setFocus()
    press(qtbot, Qt.Key.Key_Down)
    assert window.reading.reflection is not None and window.reading.reflection.id == ids[1]
    assert library.flows[1].title in window.reading.text()


def test_bad_flow_files_are_named_in_the_window(
    qtbot: QtBot, journal_path: Path, library: FlowLibrary, settings: Settings
) -> None:
    broken = FlowLibrary(library.flows, (FlowError(Path("mine.toml"), "not valid TOML"),))
    store = JournalStore.open(journal_path)
    try:
        window = JournalView(store, broken, settings)
        qtbot.addWidget(window)
        window.show()
        assert "mine.toml: not valid TOML" in window._notice.text()
        assert window._notice.isVisible()
    finally:
        store.close()


def test_the_window_title_never_shows_journal_content(
    qtbot: QtBot, open_window: OpenWindow, library: FlowLibrary
) -> None:
    window = open_window()
    add_three(window, library)
    window.enter_guided(window.reading.reflection.id, at=0)  # type: ignore[union-attr]
    assert window.window().windowTitle() == "coachdesk"


def test_an_empty_journal_welcomes_with_one_focused_button(
    qtbot: QtBot, open_window: OpenWindow
) -> None:
    window = open_window()
    assert not window.timeline.isVisible()
    assert native("Ctrl+N") in window.reading._empty_text.text()
    assert window.window().focusWidget() is window.reading._new


def test_ctrl_q_quits_before_a_journal_is_open_and_after(
    qtbot: QtBot, settings: Settings, open_window: OpenWindow
) -> None:
    from coachdesk.ui.main_window import MainWindow

    waiting = MainWindow(settings)  # "Opening your journal…", or the unlock page
    qtbot.addWidget(waiting)
    with qtbot.waitActive(waiting):
        waiting.show()
        waiting.activateWindow()
    qtbot.keyClick(waiting, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    assert not waiting.isVisible()
    view = open_window()
    qtbot.keyClick(view, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    assert not view.window().isVisible()  # no ambiguous shortcut between the two
