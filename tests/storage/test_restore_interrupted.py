"""Restoring a backup when a rename fails half-way, as Windows refuses to rename a file a
virus scanner or the search indexer holds: the journal's path always holds a journal."""

from __future__ import annotations

import errno
import hashlib
import os
from datetime import datetime
from pathlib import Path

import pytest

from coachdesk.coaching.flows import FlowLibrary
from coachdesk.storage import JournalError, JournalStore, backups, files, protection
from coachdesk.storage.keyfile import key_file_of
from tests.storage.test_backups import texts, write

NOW = datetime(2026, 11, 20, 9, 30).astimezone()
PASSPHRASE = "a calm evening walk"


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def failing_on(monkeypatch: pytest.MonkeyPatch, calls: range, error: OSError) -> list[str]:
    """os.replace fails on the `calls` (counted from 1); returns the targets it was given."""
    real_replace = os.replace
    asked: list[str] = []

    def replace(source: object, target: object) -> None:
        asked.append(str(target))
        if len(asked) in calls:
            raise error
        real_replace(source, target)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "replace", replace)
    monkeypatch.setattr(files, "_pause", lambda seconds: None)
    return asked


@pytest.fixture
def encrypted_with_backup(journal_path: Path, library: FlowLibrary) -> tuple[bytes, backups.Backup]:
    store = JournalStore.open(journal_path)
    write(store, library, "before the backup")
    store.close()
    protection.encrypt(journal_path, PASSPHRASE)
    key = protection.unlock(journal_path, PASSPHRASE)
    store = JournalStore.open(journal_path, key)
    made = backups.make(store._db, journal_path, "manual", NOW)
    write(store, library, "after the backup")
    store.close()
    return key, made


@pytest.mark.parametrize(
    ("calls", "error"),
    [
        # held by a virus scanner through every retry, let go a moment later
        (range(2, 8), PermissionError(errno.EACCES, "Access is denied")),
        (range(2, 3), OSError(errno.EIO, "Input/output error")),
    ],
)
def test_a_restore_whose_second_rename_fails_leaves_the_journal_where_it_was(
    journal_path: Path,
    encrypted_with_backup: tuple[bytes, backups.Backup],
    monkeypatch: pytest.MonkeyPatch,
    calls: range,
    error: OSError,
) -> None:
    key, made = encrypted_with_backup
    log = journal_path.with_name(journal_path.name + "-wal")
    log.write_bytes(b"")  # what a crash with an empty log leaves: it moves first
    before = {p.name: digest(p) for p in journal_path.parent.iterdir() if p.is_file()}
    asked = failing_on(monkeypatch, calls, error)
    with pytest.raises(JournalError):
        backups.restore(made, journal_path, key)
    monkeypatch.undo()
    assert asked[0] != str(journal_path) and str(journal_path) in asked[1:]
    after = {p.name: digest(p) for p in journal_path.parent.iterdir() if p.is_file()}
    assert after == before  # the journal, its log and key file; nothing set aside or staged
    assert texts(journal_path, protection.unlock(journal_path, PASSPHRASE)) == [
        "after the backup",
        "before the backup",
    ]


def test_a_plain_journal_restored_from_a_plain_backup_when_the_last_rename_fails(
    journal_path: Path, library: FlowLibrary, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = JournalStore.open(journal_path)
    write(store, library, "before the backup")
    made = backups.make(store._db, journal_path, "manual", NOW)
    write(store, library, "after the backup")
    store.close()
    failing_on(monkeypatch, range(1, 2), OSError(errno.EIO, "Input/output error"))
    with pytest.raises(JournalError, match="the journal is as it was"):
        backups.restore(made, journal_path, None)
    monkeypatch.undo()
    assert sorted(p.name for p in journal_path.parent.iterdir() if p.is_file()) == [
        journal_path.name
    ]
    assert texts(journal_path) == ["after the backup", "before the backup"]
    assert not key_file_of(journal_path).exists()


def test_a_restore_keeps_the_replaced_journal_with_its_key_file(
    journal_path: Path, encrypted_with_backup: tuple[bytes, backups.Backup]
) -> None:
    key, made = encrypted_with_backup
    kept = backups.restore(made, journal_path, key)
    assert texts(journal_path, key) == ["before the backup"]
    assert texts(kept, protection.unlock(kept, PASSPHRASE)) == [
        "after the backup",
        "before the backup",
    ]
