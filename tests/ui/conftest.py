"""Fixtures for windows: a main window over a real journal file, settings in tmp_path."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from coachdesk.coaching.flows import FlowLibrary
from coachdesk.settings import Settings
from coachdesk.storage import JournalStore
from coachdesk.ui import theme
from coachdesk.ui.main_window import MainWindow

OpenWindow = Callable[[], MainWindow]


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

    def open_() -> MainWindow:
        store = JournalStore.open(journal_path)
        stores.append(store)
        window = MainWindow(store, library, settings)
        qtbot.addWidget(window)
        with qtbot.waitActive(window):
            window.show()
            window.activateWindow()
        return window

    yield open_
    for store in stores:
        store.close()
