"""Encryption at rest: round trips, wrong passphrases, recovery, and all-or-nothing changes."""

from __future__ import annotations

import hashlib
from dataclasses import replace
from pathlib import Path

import pytest

from coachdesk.coaching.flows import FlowLibrary
from coachdesk.coaching.reflections import Answer
from coachdesk.storage import JournalStore, protection
from coachdesk.storage.errors import NotAJournalError
from coachdesk.storage.keyfile import KeyFile, KeyFileError, WrongPassphrase, key_file_of
from coachdesk.storage.protection import JournalKind
from tests.platforms import assert_mode

MARKER = "ZEBRA-MARKER-7319"
PASSPHRASE = "correct horse battery staple"


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def write_marker(path: Path, library: FlowLibrary, key: bytes | None = None) -> None:
    store = JournalStore.open(path, key)
    try:
        flow = library.flows[0]
        reflection = store.start(flow)
        answer = replace(Answer.blank(flow.questions[0], 0), text=f"the {MARKER} and café")
        store.save_answer(reflection.id, answer)
        store.add_check_in(3, 3, 3, 50, f"note {MARKER}")
    finally:
        store.close()


def found(path: Path, key: bytes | None) -> list[str]:
    store = JournalStore.open(path, key)
    try:
        return [h.snippet for h in store.search("zebra")] + [
            h.snippet for h in store.search("cafe")
        ]
    finally:
        store.close()


def files_beside(path: Path) -> list[Path]:
    return [p for p in path.parent.iterdir() if p.is_file()]


def test_encrypt_then_decrypt_round_trip_keeps_search(
    journal_path: Path, library: FlowLibrary
) -> None:
    write_marker(journal_path, library)
    assert protection.kind_of(journal_path) is JournalKind.PLAIN
    recovery = protection.encrypt(journal_path, PASSPHRASE)
    assert protection.kind_of(journal_path) is JournalKind.ENCRYPTED
    assert len(recovery.replace("-", "")) == 32
    key = protection.unlock(journal_path, PASSPHRASE)
    assert len(found(journal_path, key)) == 2
    protection.decrypt(journal_path, key)
    assert protection.kind_of(journal_path) is JournalKind.PLAIN
    assert not key_file_of(journal_path).exists()
    assert len(found(journal_path, None)) == 2


def test_no_plaintext_in_any_file_of_an_encrypted_journal(
    journal_path: Path, library: FlowLibrary
) -> None:
    write_marker(journal_path, library)
    protection.encrypt(journal_path, PASSPHRASE)
    key = protection.unlock(journal_path, PASSPHRASE)
    store = JournalStore.open(journal_path, key)  # open: -wal and -shm exist now
    try:
        write_more = store.start(library.flows[0])
        store.save_answer(
            write_more.id, replace(Answer.blank(library.flows[0].questions[0], 0), text=MARKER * 3)
        )
        on_disk = files_beside(journal_path)
        assert {p.name for p in on_disk} >= {
            "journal.sqlite",
            "journal.sqlite-wal",
            "journal.sqlite.key",
        }
        for path in on_disk:
            data = path.read_bytes()
            assert MARKER.encode() not in data, path.name
            assert MARKER.encode("utf-16-le") not in data, path.name
    finally:
        store.close()


def test_a_wrong_passphrase_is_wrong_and_changes_nothing(
    journal_path: Path, library: FlowLibrary
) -> None:
    write_marker(journal_path, library)
    protection.encrypt(journal_path, PASSPHRASE)
    before = {p.name: digest(p) for p in files_beside(journal_path)}
    with pytest.raises(WrongPassphrase, match="does not open"):
        protection.unlock(journal_path, "correct horse battery stapler")
    with pytest.raises(WrongPassphrase):
        protection.recover(journal_path, "AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-GGGG-HHHH")
    assert {p.name: digest(p) for p in files_beside(journal_path)} == before


def test_opening_with_the_wrong_key_is_not_called_damage_and_writes_nothing(
    journal_path: Path, library: FlowLibrary
) -> None:
    write_marker(journal_path, library)
    protection.encrypt(journal_path, PASSPHRASE)
    before = digest(journal_path)
    with pytest.raises(NotAJournalError):
        JournalStore.open(journal_path, bytes(32))
    assert digest(journal_path) == before


def test_the_recovery_key_opens_it_and_a_new_passphrase_replaces_the_old(
    journal_path: Path, library: FlowLibrary
) -> None:
    write_marker(journal_path, library)
    recovery = protection.encrypt(journal_path, PASSPHRASE)
    journal_before = digest(journal_path)
    key = protection.recover(journal_path, recovery.lower().replace("-", " "))
    protection.change_passphrase(journal_path, key, "a new one")
    assert digest(journal_path) == journal_before  # the journal itself is not rewritten
    assert protection.unlock(journal_path, "a new one") == key
    with pytest.raises(WrongPassphrase):
        protection.unlock(journal_path, PASSPHRASE)
    assert protection.recover(journal_path, recovery) == key  # still works


@pytest.mark.parametrize("stage", ["copying", "sealing the key", "replacing"])
def test_an_interrupted_encryption_leaves_the_plain_journal(
    journal_path: Path, library: FlowLibrary, stage: str
) -> None:
    write_marker(journal_path, library)
    before = digest(journal_path)

    def interrupt(now: str) -> None:
        if now == stage:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        protection.encrypt(journal_path, PASSPHRASE, step=interrupt)
    assert digest(journal_path) == before and protection.kind_of(journal_path) is JournalKind.PLAIN
    protection.tidy(journal_path)
    assert [p.name for p in files_beside(journal_path)] == ["journal.sqlite"]
    assert len(found(journal_path, None)) == 2


@pytest.mark.parametrize("stage", ["copying", "replacing", "removing the key file"])
def test_an_interrupted_decryption_leaves_a_journal_that_opens(
    journal_path: Path, library: FlowLibrary, stage: str
) -> None:
    write_marker(journal_path, library)
    protection.encrypt(journal_path, PASSPHRASE)
    key = protection.unlock(journal_path, PASSPHRASE)

    def interrupt(now: str) -> None:
        if now == stage:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        protection.decrypt(journal_path, key, step=interrupt)
    protection.tidy(journal_path)
    if protection.kind_of(journal_path) is JournalKind.ENCRYPTED:
        assert len(found(journal_path, protection.unlock(journal_path, PASSPHRASE))) == 2
    else:
        assert len(found(journal_path, None)) == 2 and not key_file_of(journal_path).exists()


def test_a_missing_or_damaged_key_file_says_so(journal_path: Path, library: FlowLibrary) -> None:
    write_marker(journal_path, library)
    protection.encrypt(journal_path, PASSPHRASE)
    key_file = key_file_of(journal_path)
    saved = key_file.read_bytes()
    key_file.write_bytes(b"{not json")
    with pytest.raises(KeyFileError, match="damaged"):
        protection.unlock(journal_path, PASSPHRASE)
    key_file.unlink()
    with pytest.raises(KeyFileError, match="missing"):
        protection.unlock(journal_path, PASSPHRASE)
    key_file.write_bytes(saved)
    assert protection.unlock(journal_path, PASSPHRASE)


def test_the_key_file_is_private_and_holds_no_key_in_the_clear(
    journal_path: Path, library: FlowLibrary
) -> None:
    write_marker(journal_path, library)
    protection.encrypt(journal_path, PASSPHRASE)
    key = protection.unlock(journal_path, PASSPHRASE)
    key_file = key_file_of(journal_path)
    assert_mode(key_file, 0o600)
    text = key_file.read_bytes()
    assert key.hex().encode() not in text and key not in text
    assert KeyFile.from_bytes(text).kdf.memory_kib >= 64 * 1024


def test_encrypted_journals_work_like_plain_ones(journal_path: Path, library: FlowLibrary) -> None:
    journal_path.parent.mkdir(parents=True)
    JournalStore.open(journal_path).close()
    protection.encrypt(journal_path, PASSPHRASE)
    key = protection.unlock(journal_path, PASSPHRASE)
    write_marker(journal_path, library, key)
    store = JournalStore.open(journal_path, key)
    try:
        assert store.encrypted and store.count() == 1 and len(store.check_ins()) == 1
        reader = store.reader()
        try:
            assert len(reader.search("zebra")) == 1
        finally:
            reader.close()
    finally:
        store.close()
