"""Help → About: one version number (pyproject's), the privacy promise, the licence."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel, QWidget
from pytestqt.qtbot import QtBot

import coachdesk
from coachdesk.ui.about_dialog import AboutDialog
from tests.ui.conftest import OpenWindow
from tests.ui.test_accessibility import unnamed_interactive

ROOT = Path(__file__).resolve().parents[2]


def pyproject_version() -> str:
    version = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["version"]
    assert isinstance(version, str)
    return version


def shown_text(dialog: QWidget) -> str:
    return " ".join(label.text() for label in dialog.findChildren(QLabel))


def test_the_installed_version_is_the_one_in_pyproject() -> None:
    assert coachdesk.__version__ == pyproject_version()


def test_about_shows_the_version_the_promise_and_the_licence(
    qtbot: QtBot, open_window: OpenWindow
) -> None:
    window = open_window()
    dialog = AboutDialog(coachdesk.__version__, window)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.version.text() == f"Version {pyproject_version()}"
    text = shown_text(dialog)
    for promise in ("no account", "no cloud", "no telemetry", "no update checks"):
        assert promise in text
    assert "GPL-3.0-or-later" in text
    assert unnamed_interactive(dialog) == []
    assert dialog.accessibleName() == "About coachdesk"


def test_about_shows_the_window_icon(qtbot: QtBot, open_window: OpenWindow) -> None:
    window = open_window()
    assert not window.window().windowIcon().isNull()
    dialog = AboutDialog("1.2.3", window)
    qtbot.addWidget(dialog)
    icons = [label for label in dialog.findChildren(QLabel) if not label.pixmap().isNull()]
    assert len(icons) == 1 and icons[0].isVisibleTo(dialog)


def test_help_menu_opens_about(
    qtbot: QtBot, open_window: OpenWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = open_window()
    asked: list[QWidget] = []
    monkeypatch.setattr(AboutDialog, "ask", classmethod(lambda cls, parent: asked.append(parent)))
    help_menu = next(
        menu.menu()
        for menu in window.window().menuBar().actions()
        if menu.text().replace("&", "") == "Help"
    )
    about = next(a for a in help_menu.actions() if a.text().replace("&", "") == "About coachdesk")
    assert about.isEnabled()
    about.trigger()
    assert asked == [window]
