"""The demo in the window: it says it is throwaway, and its settings stay its own."""

from __future__ import annotations

import argparse
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication

from coachdesk import app
from coachdesk.settings import Settings


def test_the_demo_says_it_is_throwaway_and_keeps_its_settings_to_itself(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    mine = Settings(QSettings(str(tmp_path / "mine.ini"), QSettings.Format.IniFormat))
    mine.language = "en"
    mine.text_scale = 1.0
    mine.sync()
    monkeypatch.setattr(app, "user_settings", lambda: mine)
    seen: dict[str, object] = {}

    def in_the_demo() -> None:
        window = next(w for w in QApplication.topLevelWidgets() if w.isVisible())
        view = window.journal  # type: ignore[attr-defined]
        seen["banner"] = view._banner.text() if view._banner.isVisible() else ""
        seen["rows"] = view.timeline_model.rowCount()
        seen["reminders for"] = view.window_commands.journal  # the demo's file goes on quit
        demo = view._settings
        demo.language = "nl"  # as Settings (Ctrl+,) would
        demo.text_scale = 1.5
        demo.sync()
        QTimer.singleShot(0, window.close)

    args = argparse.Namespace(journal=None, demo=True)
    assert app.run_app(args, when_ready=in_the_demo) == 0
    assert "demo" in str(seen["banner"]) and "removed when you quit" in str(seen["banner"])
    assert int(str(seen["rows"])) > 10
    assert seen["reminders for"] is None
    again = Settings(QSettings(str(tmp_path / "mine.ini"), QSettings.Format.IniFormat))
    assert again.language == "en" and again.text_scale == 1.0
