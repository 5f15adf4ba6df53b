"""Reminders from Settings: opt-in, the times typed, installed for this journal (into a
temporary HOME, with a stand-in for systemctl) and taken away again."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from coachdesk.reminders.install import Places
from coachdesk.settings import Settings
from coachdesk.ui.settings_dialog import Choices, SettingsDialog
from tests.ui.conftest import OpenWindow

CURRENT = Choices(5, "F9", "light", "en")


def dialog(qtbot: QtBot, current: Choices = CURRENT) -> SettingsDialog:
    shown = SettingsDialog(current, None, in_use={})
    qtbot.addWidget(shown)
    return shown


def test_reminders_are_off_until_asked_and_offer_the_default_times(qtbot: QtBot) -> None:
    off = dialog(qtbot)
    assert not off.reminders.isChecked() and not off.reminder_times.isEnabled()
    assert off.reminder_times.text() == "fri 15:00, mon-fri 08:30"
    assert off.reminders.accessibleName() == "Remind me of what is due"
    assert off.reminder_times.accessibleName() == "Reminder times"
    off.reminders.setChecked(True)
    assert off.reminder_times.isEnabled()
    assert off.choices().reminders == ("fri 15:00", "mon-fri 08:30")


def test_several_times_a_day_are_kept_as_typed(qtbot: QtBot) -> None:
    on = dialog(qtbot, replace(CURRENT, reminders=("fri 15:00",)))
    assert on.reminders.isChecked() and on.reminder_times.text() == "fri 15:00"
    on.reminder_times.setText("Mon-Fri 8:30, mon-fri 17:00 , sat 10:00")
    assert on.choices().reminders == ("mon-fri 08:30", "mon-fri 17:00", "sat 10:00")


def test_a_time_that_is_not_one_keeps_the_dialog_open_and_says_so(qtbot: QtBot) -> None:
    on = dialog(qtbot, replace(CURRENT, reminders=("fri 15:00",)))
    on.show()
    on.reminder_times.setText("friday at three")
    on.accept()
    assert on.isVisible() and on.reminders_problem.isVisibleTo(on)
    assert "mon-fri 08:30" in on.reminders_problem.text()
    on.reminder_times.setText("fri 15:00")
    on.accept()
    assert not on.isVisible()


class Programs:
    def __init__(self) -> None:
        self.calls: list[list[str]] = []

    def __call__(self, argv: Sequence[str]) -> bool:
        self.calls.append(list(argv))
        return True


def test_saving_installs_the_reminders_for_this_journal_and_turning_off_removes_them(
    qtbot: QtBot,
    open_window: OpenWindow,
    settings: Settings,
    journal_path: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    view = open_window()
    commands = view.window_commands
    home = tmp_path / "home"
    commands.reminder_places = Places.of("linux", {"HOME": str(home)})
    commands.run_program = programs = Programs()
    said: list[str] = []
    monkeypatch.setattr(commands, "_say", said.append)
    answers = [("fri 15:00", "mon-fri 08:30"), ()]

    def ask(_cls: type, _parent: QWidget | None, current: Choices) -> Choices:
        return replace(current, reminders=answers.pop(0))

    monkeypatch.setattr(SettingsDialog, "ask", classmethod(ask))
    commands.open_settings()
    timer = home / ".config" / "systemd" / "user" / "coachdesk-remind.timer"
    service = timer.with_suffix(".service")
    assert "OnCalendar=Fri *-*-* 15:00:00" in timer.read_text()
    assert f'"--journal" "{journal_path}"' in service.read_text()
    assert ["systemctl", "--user", "enable", "--now", timer.name] in programs.calls
    assert settings.reminders == ["fri 15:00", "mon-fri 08:30"]
    assert said == ["Settings saved; reminders are on."]

    commands.open_settings()
    assert not timer.exists() and not service.exists()
    assert settings.reminders == []
    assert said[-1] == "Settings saved; reminders are off."


def test_a_journal_without_a_file_of_its_own_gets_no_reminders(
    qtbot: QtBot, open_window: OpenWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    commands = open_window().window_commands
    commands.journal = None  # as the demo's session sets it
    commands.reminder_places = Places.of("linux", {"HOME": str(tmp_path / "home")})
    commands.run_program = Programs()
    said: list[str] = []
    monkeypatch.setattr(commands, "_say", said.append)

    def ask(_cls: type, _parent: QWidget | None, current: Choices) -> Choices:
        return replace(current, reminders=("fri 15:00",))

    monkeypatch.setattr(SettingsDialog, "ask", classmethod(ask))
    commands.open_settings()
    assert said == ["Settings saved; this journal gets no reminders."]
    assert not (tmp_path / "home").exists()


def test_quiet_on_days_already_written_is_chosen_with_the_reminders(qtbot: QtBot) -> None:
    off = dialog(qtbot)
    quiet = off.quiet_after_writing
    assert not quiet.isChecked() and not quiet.isEnabled()
    assert quiet.accessibleName() == "Not on days I have already written"
    off.reminders.setChecked(True)
    assert quiet.isEnabled()
    quiet.setChecked(True)
    assert off.choices().quiet_after_writing
    kept = dialog(qtbot, replace(CURRENT, reminders=("fri 15:00",), quiet_after_writing=True))
    assert kept.quiet_after_writing.isChecked()
