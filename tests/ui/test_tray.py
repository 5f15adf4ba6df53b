"""The tray icon: at hand with the window closed; counts, never text; nothing of the journal
offered while it is locked or a coaching hour runs."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from pytestqt.qtbot import QtBot

from coachdesk.coaching.flows import FREE_NOTE_ID
from coachdesk.settings import Settings
from coachdesk.storage import JournalStore
from coachdesk.ui.tray import Tray
from tests.ui.conftest import Opened
from tests.ui.test_coach_session import choose, journal, start
from tests.ui.test_locking import MARKER, encrypted, unlock

__all__ = ["choose", "encrypted", "journal"]  # fixtures, used by name

Open = Callable[[Path], Opened]


@pytest.fixture(autouse=True)
def _a_desktop_with_a_tray(monkeypatch: pytest.MonkeyPatch, settings: Settings) -> None:
    # The offscreen platform has no tray; a desktop with one is what is tested here.
    monkeypatch.setattr(Tray, "available", staticmethod(lambda: True))
    settings.tray = True


def menu(one: Opened) -> list[str]:
    tray = one.session.tray
    tray.menu.aboutToShow.emit()
    return [a.text() for a in tray.menu.actions() if not a.isSeparator()]


def pick(one: Opened, text: str) -> None:
    one.session.tray.menu.aboutToShow.emit()
    (action,) = [a for a in one.session.tray.menu.actions() if a.text() == text]
    action.trigger()


@pytest.fixture
def plain(journal_path: Path) -> Path:
    journal_path.parent.mkdir(parents=True, exist_ok=True)
    store = JournalStore.open(journal_path)
    store.add_commitment(f"Call {MARKER}", date.today())
    store.add_commitment(f"Send {MARKER}", date.today())
    store.close()
    return journal_path


def test_the_menu_offers_the_quick_ways_in_and_the_tooltip_counts_without_text(
    qtbot: QtBot, opened: Open, plain: Path
) -> None:
    one = opened(plain)
    assert one.window.keep_in_tray and one.session.tray.icon.isVisible()
    assert menu(one) == ["Open coachdesk", "Quick note", "Check in…", "This week", "Quit"]
    due = len(one.view.store.due_items())
    assert due >= 2
    qtbot.waitUntil(lambda: one.session.tray.icon.toolTip() == f"coachdesk · {due} due")
    assert MARKER not in one.session.tray.icon.toolTip()


def test_quick_note_opens_a_free_note_at_once(qtbot: QtBot, opened: Open, plain: Path) -> None:
    one = opened(plain)
    one.window.hide()
    pick(one, "Quick note")
    assert one.window.isVisible() and one.view.in_guided_mode()
    walked = one.view.guided.reflection_id
    assert walked is not None
    reflection = one.view.store.get(walked)
    assert reflection.flow_id == FREE_NOTE_ID


def test_closing_the_window_keeps_coachdesk_in_the_tray_and_says_so_once(
    qtbot: QtBot, opened: Open, plain: Path, settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    one = opened(plain)
    told: list[str] = []
    monkeypatch.setattr(one.session.tray.icon, "showMessage", lambda t, *_: told.append(t))
    one.window.close()
    assert not one.window.isVisible() and one.window.journal is not None
    assert told == ["coachdesk is still here"] and settings.told_about_tray
    pick(one, "This week")
    assert one.window.isVisible() and one.view.this_week.isVisible()
    one.window.close()
    assert len(told) == 1  # once
    quits: list[bool] = []
    monkeypatch.setattr(QCoreApplication, "quit", lambda: quits.append(True))
    pick(one, "Quit")  # Quit really quits, tray or not
    assert quits == [True] and len(told) == 1


def test_a_locked_journal_offers_nothing_of_its_content(
    qtbot: QtBot, opened: Open, encrypted: Path
) -> None:
    one = opened(encrypted)
    assert menu(one) == ["Open coachdesk", "Quit"]
    unlock(qtbot, one)
    assert "Lock" in menu(one) and "Quick note" in menu(one)
    pick(one, "Lock")
    assert one.window.journal is None
    assert menu(one) == ["Open coachdesk", "Quit"]
    qtbot.waitUntil(lambda: one.session.tray.icon.toolTip() == "coachdesk")


def test_a_coaching_hour_offers_nothing_of_the_journal(
    qtbot: QtBot, opened: Open, journal: Path, choose: object
) -> None:
    one = opened(journal)
    start(qtbot, one)
    assert menu(one) == ["Open coachdesk", "Quit"]


def test_without_the_setting_there_is_no_icon_and_closing_closes(
    qtbot: QtBot, opened: Open, plain: Path, settings: Settings
) -> None:
    settings.tray = False
    one = opened(plain)
    assert not one.session.tray.icon.isVisible() and not one.window.keep_in_tray
