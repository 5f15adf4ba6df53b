"""Encrypting, changing the passphrase, decrypting and a new recovery key where a folder
cannot be opened for fsync, as on Windows (os.open of a folder raises PermissionError)."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest

from coachdesk.coaching.flows import FlowLibrary
from coachdesk.storage import JournalStore, protection
from coachdesk.storage.files import fsync_directory
from coachdesk.storage.keyfile import key_file_of
from coachdesk.storage.protection import JournalKind

PASSPHRASE = "correct horse battery staple"


@pytest.fixture
def windows_folders(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """os.open refuses folders as Windows does; returns the folders it refused."""
    refused: list[str] = []
    real_open = os.open

    def windows_open(path: object, flags: int, *args: object, **kwargs: object) -> int:
        if os.path.isdir(path):  # type: ignore[arg-type]
            refused.append(str(path))
            raise PermissionError(errno.EACCES, "Permission denied", str(path))
        return real_open(path, flags, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "open", windows_open)
    return refused


def test_every_change_of_the_encryption_works_where_folders_cannot_be_opened(
    journal_path: Path, library: FlowLibrary, windows_folders: list[str]
) -> None:
    store = JournalStore.open(journal_path)
    store.start(library.flows[0])
    store.close()
    protection.encrypt(journal_path, PASSPHRASE)
    assert protection.kind_of(journal_path) is JournalKind.ENCRYPTED
    key = protection.unlock(journal_path, PASSPHRASE)
    protection.change_passphrase(journal_path, key, "another passphrase here")
    assert protection.unlock(journal_path, "another passphrase here") == key
    protection.rotate_recovery_key(journal_path, "another passphrase here")
    protection.decrypt(journal_path, key)
    assert protection.kind_of(journal_path) is JournalKind.PLAIN
    assert not key_file_of(journal_path).exists()
    assert windows_folders  # the Windows refusal was really met, and skipped
    store = JournalStore.open(journal_path)
    try:
        assert store.count() == 1
    finally:
        store.close()


def test_a_folder_that_refuses_fsync_is_skipped_but_an_io_error_is_not(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refuse(fd: int) -> None:
        raise OSError(errno.EINVAL, "Invalid argument")

    monkeypatch.setattr(os, "fsync", refuse)
    fsync_directory(tmp_path)

    def broken(fd: int) -> None:
        raise OSError(errno.EIO, "Input/output error")

    monkeypatch.setattr(os, "fsync", broken)
    with pytest.raises(OSError, match="Input/output"):
        fsync_directory(tmp_path)
