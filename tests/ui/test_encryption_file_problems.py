"""The window stays usable when the file system refuses a change of the encryption, as
Windows does for a file another program holds open (os.replace raises PermissionError)."""

from __future__ import annotations

import errno
import os
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from coachdesk.coaching.flows import FlowLibrary
from coachdesk.storage import files, protection
from coachdesk.storage.protection import JournalKind
from coachdesk.ui.protection.protection_dialogs import PassphraseDialog, RecoveryKeyDialog
from tests.ui.conftest import Opened
from tests.ui.test_locking import PASSPHRASE, unlock

HELD = PermissionError(errno.EACCES, "Access is denied")


def test_encrypting_a_journal_another_program_holds_leaves_it_open_and_says_so(
    qtbot: QtBot,
    opened: Callable[[Path], Opened],
    journal_path: Path,
    library: FlowLibrary,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    one = opened(journal_path)
    one.view.store.start(library.flows[0])
    real_replace = os.replace

    def held(source: object, target: object) -> None:
        if Path(str(target)) == journal_path:  # an indexer has the journal open
            raise PermissionError(HELD.errno, HELD.strerror, str(target))
        real_replace(source, target)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "replace", held)
    monkeypatch.setattr(files, "_pause", lambda seconds: None)
    monkeypatch.setattr(PassphraseDialog, "ask_new", lambda parent: PASSPHRASE)
    shown: list[str] = []
    monkeypatch.setattr(RecoveryKeyDialog, "show_once", lambda parent, key: shown.append(key))
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: warned.append(text))
    one.view.actions_["encrypt"].trigger()
    assert warned == ["Could not save: the journal is busy in another program."]
    assert not shown  # no recovery key for an encryption that did not happen
    assert protection.kind_of(journal_path) is JournalKind.PLAIN
    assert one.window.journal is not None and one.view.store.count() == 1


def test_a_decryption_that_fails_after_the_swap_opens_the_plain_journal(
    qtbot: QtBot,
    opened: Callable[[Path], Opened],
    journal_path: Path,
    library: FlowLibrary,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from coachdesk.storage import JournalStore

    store = JournalStore.open(journal_path)
    store.start(library.flows[0])
    store.close()
    protection.encrypt(journal_path, PASSPHRASE)
    one = opened(journal_path)
    unlock(qtbot, one)
    real_decrypt = protection.decrypt

    def decrypt_then_fail(path: Path, key: bytes) -> None:
        real_decrypt(path, key)
        raise PermissionError(HELD.errno, HELD.strerror, str(path) + ".key")

    monkeypatch.setattr(protection, "decrypt", decrypt_then_fail)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(PassphraseDialog, "ask_current", lambda *a: PASSPHRASE)
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: warned.append(text))
    one.view.actions_["decrypt"].trigger()
    assert len(warned) == 1
    assert protection.kind_of(journal_path) is JournalKind.PLAIN
    assert one.window.journal is not None and one.view.store.count() == 1
    assert not one.view.store.encrypted
