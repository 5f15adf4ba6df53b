"""The window's encryption commands: what they leave in the data folder, and what they say."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from coachdesk.coaching.flows import FlowLibrary
from coachdesk.coaching.reflections import Answer
from coachdesk.session.protecting import Protection
from coachdesk.storage import JournalStore, backups, protection
from coachdesk.storage.keyfile import KeyFile, WrongPassphrase
from coachdesk.ui.protection.protection_dialogs import PassphraseDialog, RecoveryKeyDialog

OLD, NEW = "the passphrase of today", "the passphrase of tomorrow"
NOW = datetime(2026, 11, 20, 9, 30).astimezone()


def commands(qtbot: QtBot, path: Path, said: list[str]) -> Protection:
    window = QWidget()
    qtbot.addWidget(window)

    def reopen(change: Callable[[], bytes | None], doing: str) -> None:
        assert doing  # what the note over the window says meanwhile
        change()  # the journal is closed here: the test never opened it

    return Protection(window, path, reopen, lambda: None, said.append)


def test_encrypt_then_change_passphrase_from_the_window_leaves_no_old_way_in(
    qtbot: QtBot, journal_path: Path, library: FlowLibrary, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = JournalStore.open(journal_path)
    flow = library.flows[0]
    reflection = store.start(flow)
    store.save_answer(
        reflection.id, replace(Answer.blank(flow.questions[0], 0), text="a QUOKKA-41 secret")
    )
    backups.make(store._db, journal_path, "manual", NOW)
    store.close()
    monkeypatch.setattr(PassphraseDialog, "ask_new", classmethod(lambda cls, parent: OLD))
    shown: list[str] = []
    monkeypatch.setattr(
        RecoveryKeyDialog, "show_once", classmethod(lambda cls, parent, key: shown.append(key))
    )
    said: list[str] = []
    window_commands = commands(qtbot, journal_path, said)
    window_commands.encrypt()
    assert len(shown) == 1
    for file in journal_path.parent.rglob("*"):
        assert not file.is_file() or b"quokka" not in file.read_bytes().lower(), file
    monkeypatch.setattr(PassphraseDialog, "ask_change", classmethod(lambda cls, parent: (OLD, NEW)))
    window_commands.change_passphrase()
    assert said == ["The passphrase is changed, also for every backup."]
    key_files = list(journal_path.parent.rglob("*.key"))
    assert len(key_files) == 2
    for key_file in key_files:
        with pytest.raises(WrongPassphrase):
            KeyFile.load(key_file).unlock(OLD)
        assert KeyFile.load(key_file).unlock(NEW) == protection.unlock(journal_path, NEW)
