"""Coaching → Past sessions: each hour with its day, length, goal, what was discussed, the
notes and what was agreed with what became of it; a filter that finds notes; and the
take-away for the coach (PDF, text, clipboard) from here and from the end of a session."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from coachdesk.coaching.flows import FlowLibrary
from coachdesk.coaching.takeaway import look_back
from coachdesk.settings import Settings
from coachdesk.storage import JournalStore
from coachdesk.summary.takeaway import takeaway_text
from coachdesk.ui.coaching_hour import past_sessions, takeaway_bar
from coachdesk.ui.coaching_hour.coaching_hour import SessionSummary
from coachdesk.ui.coaching_hour.past_sessions import PastSessions
from coachdesk.ui.common.formatting import long_date
from coachdesk.ui.journal.journal_view import JournalView
from tests.conftest import FakeClock
from tests.summary import test_takeaway
from tests.summary.test_takeaway import (
    AGREED,
    CHOSEN,
    GOAL,
    LATER,
    MISSING,
    SHOWN,
    STARTED,
)
from tests.ui.test_accessibility import unnamed_interactive

Held = tuple[JournalStore, int]
held = test_takeaway.held  # the session of the take-away's tests, as a fixture here too


def dialog_on(qtbot: QtBot, store: JournalStore) -> PastSessions:
    dialog = PastSessions(store)
    qtbot.addWidget(dialog)
    with qtbot.waitActive(dialog):
        dialog.show()
        dialog.activateWindow()
    return dialog


def second_session(store: JournalStore, clock: FakeClock) -> int:
    """A week after the first: another goal, notes of its own, nothing agreed."""
    clock.advance(days=4)
    later = store.start_session("Zuidkamp back on track", ())
    store.save_session_notes(later.id, "Thijs wants to see the security answers first")
    clock.advance(minutes=30)
    store.end_session(later.id)
    return later.id


def test_past_sessions_show_each_hour_latest_first_and_read_one_whole(
    qtbot: QtBot, held: Held, clock: FakeClock
) -> None:
    store, _ = held
    second_session(store, clock)
    dialog = dialog_on(qtbot, store)
    rows = [dialog.list.item(n).text() for n in range(dialog.list.count())]
    assert rows == [
        "Thu 3 Dec 2026 · 30 minutes\nZuidkamp back on track",
        f"Thu 26 Nov 2026 · 47 minutes\n{GOAL}",
    ]
    assert "Nothing was agreed." in dialog.reading.toPlainText()
    dialog.list.setCurrentRow(1)
    whole = dialog.reading.toPlainText()
    first = whole.splitlines()[0].replace("\u202f", " ")  # the HTML's spaces come back plain
    assert first == f"{long_date(STARTED)} · 47 minutes".replace("\u202f", " ")
    for shown in (GOAL, SHOWN, CHOSEN, "Deal debrief · Brouwer", "Chart: Where deals turned"):
        assert shown in whole
    assert "NOTES-MARKER ask who decides" in whole and "second line of notes" in whole
    assert f"{AGREED} — by 18 Dec 2026" in whole
    assert f"Done on 29 Nov 2026: {LATER}" in whole  # what became of it, in words
    for absent in ("PRIVATE-MARKER", "NOTCHOSEN-MARKER", "ELSEWHERE-MARKER", "OTHER-MARKER"):
        assert absent not in whole
    assert unnamed_interactive(dialog) == []


def test_the_filter_finds_a_session_by_its_notes_and_says_when_none_matches(
    qtbot: QtBot, held: Held, clock: FakeClock
) -> None:
    store, _ = held
    second_session(store, clock)
    dialog = dialog_on(qtbot, store)
    assert dialog.filter.hasFocus()
    qtbot.keyClicks(dialog.filter, "who decides")
    assert dialog.list.count() == 1
    assert GOAL in dialog.list.item(0).text() and GOAL in dialog.reading.toPlainText()
    qtbot.keyClick(dialog.filter, Qt.Key.Key_Down)
    assert dialog.list.hasFocus()
    dialog.filter.setText("security answers")
    assert dialog.list.count() == 1 and "Zuidkamp" in dialog.list.item(0).text()
    dialog.filter.setText("nobody wrote this")
    assert dialog.empty.isVisible() and not dialog.list.isVisible()
    assert dialog.empty.text() == "No session matches “nobody wrote this”."
    assert not dialog.bar.save.isEnabled() and not dialog.bar.copy.isEnabled()
    dialog.filter.clear()
    assert dialog.list.count() == 2


def test_without_sessions_the_page_says_how_to_start_one(qtbot: QtBot) -> None:
    store = JournalStore.in_memory()
    dialog = dialog_on(qtbot, store)
    assert dialog.empty.isVisible() and "Start a coaching session" in dialog.empty.text()
    assert not dialog.bar.save.isEnabled()
    store.close()


@pytest.mark.pdf_tools("pdftotext")
@pytest.mark.parametrize("name", ["for-annelies.pdf", "for-annelies.txt"])
def test_save_for_my_coach_writes_only_what_was_shown(
    qtbot: QtBot, held: Held, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str
) -> None:
    store, _ = held
    target = tmp_path / name
    asked: list[Path] = []

    def choose(parent: QWidget, suggested: Path) -> Path:
        asked.append(suggested)
        return target

    monkeypatch.setattr(takeaway_bar, "choose_file", choose)
    dialog = dialog_on(qtbot, store)
    qtbot.mouseClick(dialog.bar.save, Qt.MouseButton.LeftButton)
    assert asked[0].name == "coaching-session-2026-11-26.pdf"
    assert dialog.bar.said.text() == f"Saved for your coach: {target}"
    if target.suffix == ".pdf":
        read = ["pdftotext", str(target), "-"]
        text = subprocess.run(read, capture_output=True, text=True, check=True).stdout
    else:
        text = target.read_text(encoding="utf-8")
    for shown in (GOAL, SHOWN, CHOSEN, "NOTES-MARKER", AGREED, "18 Dec 2026"):
        assert shown in text
    for absent in MISSING:
        assert absent.split()[0] not in text


def test_a_take_away_that_cannot_be_written_says_why_and_nothing_is_left(
    qtbot: QtBot, held: Held, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store, _ = held
    folder = tmp_path / "taken"
    folder.mkdir()
    monkeypatch.setattr(takeaway_bar, "choose_file", lambda parent, suggested: folder)
    dialog = dialog_on(qtbot, store)
    qtbot.mouseClick(dialog.bar.save, Qt.MouseButton.LeftButton)
    assert dialog.bar.said.text() == f"{folder} is a folder."
    assert list(folder.iterdir()) == []


def test_copy_puts_the_same_take_away_on_the_clipboard(qtbot: QtBot, held: Held) -> None:
    store, session_id = held
    dialog = dialog_on(qtbot, store)
    with qtbot.waitSignal(dialog.bar.copied):
        qtbot.mouseClick(dialog.bar.copy, Qt.MouseButton.LeftButton)
    copied = QGuiApplication.clipboard().text()
    assert copied == takeaway_text(look_back(store, store.session(session_id)))
    assert GOAL in copied and "PRIVATE-MARKER" not in copied and LATER not in copied
    assert dialog.bar.said.text() == "The take-away is on the clipboard."


def test_the_end_of_a_session_offers_the_take_away_too(qtbot: QtBot, held: Held) -> None:
    store, session_id = held
    summary = SessionSummary(store, store.session(session_id), [])
    qtbot.addWidget(summary)
    summary.show()
    assert summary.bar.save.isVisible() and summary.bar.copy.isEnabled()
    qtbot.mouseClick(summary.bar.copy, Qt.MouseButton.LeftButton)
    assert GOAL in QGuiApplication.clipboard().text()
    assert unnamed_interactive(summary) == []


def test_coaching_menu_opens_past_sessions(
    qtbot: QtBot,
    held: Held,
    library: FlowLibrary,
    settings: Settings,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    store, _ = held
    opened: list[JournalStore] = []
    monkeypatch.setattr(
        past_sessions.PastSessions,
        "show_for",
        classmethod(lambda cls, p, s, copied: opened.append(s) or copied("the take-away")),
    )
    view = JournalView(store, library, settings)
    qtbot.addWidget(view)
    action = view.actions_["past_sessions"]
    assert action.text() == "&Past sessions…" and action.isEnabled()
    action.trigger()
    QApplication.processEvents()
    assert opened == [store]
    assert view.copied_text() == "the take-away"  # taken off the clipboard when it locks
