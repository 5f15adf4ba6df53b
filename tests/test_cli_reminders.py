"""`coachdesk reminders install | status | uninstall` in a temporary HOME, as a user runs it."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QSettings

from coachdesk.settings import Settings


def reminders(tmp_path: Path, *argv: str) -> subprocess.CompletedProcess[str]:
    """A fresh `coachdesk reminders ARGV` with its own HOME; no systemctl on its PATH, so
    it never reaches the real user's session (and falls back to autostart)."""
    empty = tmp_path / "no-programs"
    empty.mkdir(exist_ok=True)
    environ = {
        **os.environ,
        "HOME": str(tmp_path / "home"),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "PATH": str(empty),
    }
    return subprocess.run(
        [sys.executable, "-m", "coachdesk", "reminders", *argv],
        capture_output=True,
        text=True,
        env=environ,
        check=False,
    )


def remembered(tmp_path: Path) -> list[str]:
    ini = tmp_path / "config" / "coachdesk" / "coachdesk.ini"
    return Settings(QSettings(str(ini), QSettings.Format.IniFormat)).reminders


def test_install_status_and_uninstall_leave_nothing_behind(tmp_path: Path) -> None:
    journal = tmp_path / "my journal.db"
    journal.touch()
    done = reminders(tmp_path, "install", "--journal", str(journal), "--at", "mon 09:15")
    assert done.returncode == 0, done.stderr
    entry = tmp_path / "config" / "autostart" / "io.github.coachdesk.coachdesk.remind.desktop"
    assert "at login" in done.stdout and str(entry) in done.stdout
    assert f'remind --journal "{journal}"' in entry.read_text()
    assert remembered(tmp_path) == ["mon 09:15"]

    status = reminders(tmp_path, "status")
    assert status.returncode == 0 and "installed (autostart)" in status.stdout

    gone = reminders(tmp_path, "uninstall")
    assert gone.returncode == 0 and "Reminders are off" in gone.stdout
    assert not (tmp_path / "config" / "autostart").exists() or not any(
        (tmp_path / "config" / "autostart").iterdir()
    )
    assert remembered(tmp_path) == []
    assert "No reminders are installed" in reminders(tmp_path, "status").stdout


def test_a_time_that_is_not_one_is_one_line_on_stderr(tmp_path: Path) -> None:
    (tmp_path / "j.db").touch()
    done = reminders(tmp_path, "install", "--journal", str(tmp_path / "j.db"), "--at", "fri at 3")
    assert done.returncode == 1
    assert done.stderr.count("\n") == 1 and "mon-fri 08:30" in done.stderr
    assert not (tmp_path / "config" / "autostart").exists()


def test_a_journal_that_is_not_there_gets_no_reminders(tmp_path: Path) -> None:
    done = reminders(tmp_path, "install", "--journal", str(tmp_path / "typo.db"))
    assert done.returncode == 1 and "no journal at" in done.stderr
    assert not (tmp_path / "config" / "autostart").exists()
