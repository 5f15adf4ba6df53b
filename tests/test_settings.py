"""The typed settings: the recent journals keep places and window state, nothing else."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

from coachdesk.settings import RECENT_JOURNALS, Settings


def settings_in(tmp_path: Path) -> Settings:
    return Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


def test_the_last_journal_opened_comes_first_and_each_only_once(tmp_path: Path) -> None:
    settings = settings_in(tmp_path)
    work, home = tmp_path / "work.sqlite", tmp_path / "home.sqlite"
    settings.remember_journal(work)
    settings.remember_journal(home)
    settings.remember_journal(tmp_path / "sub" / ".." / "work.sqlite")  # the same file
    assert [j.path for j in settings.recent_journals] == [work, home]


def test_the_list_keeps_the_last_eight(tmp_path: Path) -> None:
    settings = settings_in(tmp_path)
    for n in range(RECENT_JOURNALS + 3):
        settings.remember_journal(tmp_path / f"journal-{n}.sqlite")
    names = [j.path.name for j in settings.recent_journals]
    assert len(names) == RECENT_JOURNALS == 8
    assert names[0] == "journal-10.sqlite" and "journal-2.sqlite" not in names


def test_a_journal_keeps_its_window_when_others_come_and_go(tmp_path: Path) -> None:
    settings = settings_in(tmp_path)
    work, home = tmp_path / "work.sqlite", tmp_path / "home.sqlite"
    settings.remember_journal(work)
    settings.keep_journal_window(work, QByteArray(b"\x01\x02 size"), QByteArray(b"timeline"))
    settings.remember_journal(home)
    settings.remember_journal(work)
    settings.sync()
    again = settings_in(tmp_path)  # as the next start reads it
    kept = again.recent_journal(work)
    assert kept is not None
    assert kept.geometry == QByteArray(b"\x01\x02 size") and kept.splitter == b"timeline"
    home_kept = again.recent_journal(home)
    assert home_kept is not None and home_kept.geometry.isEmpty()
    again.keep_journal_window(tmp_path / "never-opened.sqlite", QByteArray(b"x"), QByteArray())
    assert [j.path for j in again.recent_journals] == [work, home]  # not added by that


def test_forgetting_one_or_all(tmp_path: Path) -> None:
    settings = settings_in(tmp_path)
    work, home = tmp_path / "work.sqlite", tmp_path / "home.sqlite"
    settings.remember_journal(work)
    settings.remember_journal(home)
    settings.forget_journal(work)
    assert [j.path for j in settings.recent_journals] == [home]
    settings.forget_journal()
    assert settings.recent_journals == []
    settings.sync()
    assert "home.sqlite" not in (tmp_path / "settings.ini").read_text(encoding="utf-8")
