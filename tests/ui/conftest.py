"""Fixtures for windows: a main window over a real journal file, settings in tmp_path."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from coachdesk.coaching.flows import FlowLibrary
from coachdesk.session import JournalSession
from coachdesk.settings import Settings
from coachdesk.storage import JournalStore
from coachdesk.ui.common import theme
from coachdesk.ui.journal.journal_view import JournalView
from coachdesk.ui.main_window import MainWindow
from coachdesk.ui.protection.unlock_page import UnlockPage

OpenWindow = Callable[[], JournalView]


@pytest.fixture(autouse=True)
def styled(qapp: object) -> None:
    from PySide6.QtWidgets import QApplication

    assert isinstance(qapp, QApplication)
    theme.apply(qapp)


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def open_window(
    qtbot: QtBot, journal_path: Path, library: FlowLibrary, settings: Settings
) -> Iterator[OpenWindow]:
    """Opens a main window on the same journal file, as a restart would."""
    stores: list[JournalStore] = []
    windows: list[MainWindow] = []  # held here: the tests hold only the view inside

    def open_() -> JournalView:
        """The journal view inside its main window, shown and active."""
        store = JournalStore.open(journal_path)
        stores.append(store)
        window = MainWindow(settings)
        windows.append(window)
        qtbot.addWidget(window)
        journal = JournalView(store, library, settings)
        window.hold(journal)
        with qtbot.waitActive(window):
            window.show()
            window.activateWindow()
        journal.take_focus()
        return journal

    yield open_
    for store in stores:
        store.close()


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


class Opened:
    def __init__(self, window: MainWindow, session: JournalSession, clock: Clock) -> None:
        self.window, self.session, self.clock = window, session, clock

    @property
    def view(self) -> JournalView:
        assert self.window.journal is not None
        return self.window.journal

    def page(self) -> UnlockPage:
        page = self.window.centralWidget()
        assert isinstance(page, UnlockPage)
        return page


@pytest.fixture
def opened(qtbot: QtBot, settings: Settings):  # type: ignore[no-untyped-def]
    made: list[Opened] = []

    def open_(path: Path) -> Opened:
        window = MainWindow(settings)
        qtbot.addWidget(window)
        clock = Clock()
        session = JournalSession(window, settings, idle_clock=clock)
        with qtbot.waitActive(window):
            window.show()
            window.activateWindow()
        assert session.open(path, demo=False)
        QApplication.processEvents()
        made.append(Opened(window, session, clock))
        return made[-1]

    yield open_
    for one in made:
        one.session.close()
