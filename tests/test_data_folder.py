"""The journal's folder on Windows: AppData\\Local, and the one-off move out of Roaming
(simulated here with fake folders and a fake Windows environment)."""

from __future__ import annotations

import hashlib
import os
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QStandardPaths

from coachdesk import data_folder, environment
from coachdesk.cli import journal as cli_journal
from coachdesk.data_folder import journal_path_without_qt, move_from_roaming


def fill(folder: Path) -> dict[str, str]:
    """A roaming coachdesk folder as an older version left it; the digests of its files."""
    files = {
        "journal.sqlite": b"SQLite format 3\x00 the journal",
        "journal.sqlite-wal": b"its log",
        "journal.sqlite.key": b'{"format": 2}',
        "backups/journal-20261120-093000-daily.sqlite": b"a backup",
        "backups/journal-20261120-093000-daily.sqlite.key": b'{"format": 2}',
        "flows/nl/mine.toml": b"id = 'mine'",
    }
    for name, data in files.items():
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_bytes(data)
    return {name: hashlib.sha256(data).hexdigest() for name, data in files.items()}


def digests(folder: Path) -> dict[str, str]:
    return {
        p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in folder.rglob("*")
        if p.is_file()
    }


def test_the_journal_its_key_file_and_backups_move_out_of_roaming_whole(tmp_path: Path) -> None:
    roaming, local = tmp_path / "Roaming/coachdesk", tmp_path / "Local/coachdesk"
    roaming.mkdir(parents=True)
    before = fill(roaming)
    assert move_from_roaming(roaming, local)
    assert digests(local) == before
    assert not roaming.exists()  # no copy of the journal stays where it roams
    assert not move_from_roaming(roaming, local)  # once


def test_a_move_that_fails_half_way_leaves_roaming_as_it_was(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    roaming, local = tmp_path / "Roaming/coachdesk", tmp_path / "Local/coachdesk"
    roaming.mkdir(parents=True)
    before = fill(roaming)
    real_replace = os.replace
    calls = [0]

    def fails_on_the_second(source: object, target: object) -> None:
        calls[0] += 1
        if calls[0] == 2:
            raise PermissionError(13, "Access is denied", str(target))
        real_replace(source, target)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "replace", fails_on_the_second)
    assert not move_from_roaming(roaming, local)
    assert digests(roaming) == before
    assert not (local / "journal.sqlite").exists()
    assert not (tmp_path / "Local/coachdesk.moving").exists()
    monkeypatch.undo()
    assert move_from_roaming(roaming, local)  # the next start finishes it
    assert digests(local) == before


def test_a_local_journal_is_never_replaced_by_a_roaming_one(tmp_path: Path) -> None:
    roaming, local = tmp_path / "Roaming/coachdesk", tmp_path / "Local/coachdesk"
    roaming.mkdir(parents=True)
    local.mkdir(parents=True)
    before = fill(roaming)
    (local / "journal.sqlite").write_bytes(b"the local one")
    assert not move_from_roaming(roaming, local)
    assert (
        digests(roaming) == before and (local / "journal.sqlite").read_bytes() == b"the local one"
    )


def test_the_command_line_finds_the_journal_where_windows_keeps_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    environ = {"LOCALAPPDATA": str(tmp_path / "Local"), "APPDATA": str(tmp_path / "Roaming")}
    assert journal_path_without_qt(environ) == tmp_path / "Local/coachdesk/journal.sqlite"
    (tmp_path / "Roaming/coachdesk").mkdir(parents=True)
    (tmp_path / "Roaming/coachdesk/journal.sqlite").write_bytes(b"")
    # not moved yet (the window moves it at its next start): the command line reads it there
    assert journal_path_without_qt(environ) == tmp_path / "Roaming/coachdesk/journal.sqlite"
    assert journal_path_without_qt({}) is None
    for name, value in environ.items():
        monkeypatch.setenv(name, value)
    monkeypatch.setattr(sys, "platform", "win32")
    assert cli_journal.default_journal_path() == tmp_path / "Roaming/coachdesk/journal.sqlite"


def test_the_window_moves_a_roaming_journal_to_the_local_folder_at_start(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    roaming, local = tmp_path / "Roaming/coachdesk", tmp_path / "Local/coachdesk"
    roaming.mkdir(parents=True)
    before = fill(roaming)
    where = {
        QStandardPaths.StandardLocation.AppDataLocation: str(roaming),
        QStandardPaths.StandardLocation.AppLocalDataLocation: str(local),
    }
    monkeypatch.setattr(QStandardPaths, "writableLocation", lambda location: where[location])
    assert environment.default_journal_path() == local / "journal.sqlite"
    assert digests(local) == before and not roaming.exists()
    assert environment.user_flows_dir() == local / "flows"


@pytest.mark.skipif(sys.platform == "win32", reason="on Windows they are two folders")
def test_off_windows_the_local_and_the_roaming_folder_are_one() -> None:
    local = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppLocalDataLocation)
    roaming = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    assert local == roaming and environment.data_folder() == Path(local)
    assert data_folder.JOURNAL_FILE == cli_journal.JOURNAL_FILE == environment.JOURNAL_FILE
