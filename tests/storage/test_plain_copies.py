"""Encrypting leaves no plain copy behind; a new passphrase is the only one any key file takes."""

from __future__ import annotations

import shutil
from dataclasses import replace
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from coachdesk.coaching.flows import FlowLibrary
from coachdesk.coaching.reflections import Answer
from coachdesk.storage import JournalStore, backups, protection
from coachdesk.storage.backups import PlainBackupRefused
from coachdesk.storage.keyfile import KeyFile, WrongPassphrase, key_file_of
from coachdesk.storage.protection import JournalKind
from tests.platforms import assert_mode

MARKER = "ZEBRA-MARKER-7319"
PASSPHRASE = "correct horse battery staple"
NEW_PASSPHRASE = "a new passphrase for a new season"
NOW = datetime(2026, 11, 20, 9, 30).astimezone()


def write(store: JournalStore, library: FlowLibrary, text: str) -> None:
    flow = library.flows[0]
    reflection = store.start(flow)
    store.save_answer(reflection.id, replace(Answer.blank(flow.questions[0], 0), text=text))


def texts(path: Path, key: bytes | None) -> list[str]:
    store = JournalStore.open(path, key)
    try:
        return sorted(a.text for s in store.timeline() for a in store.get(s.id).answers)
    finally:
        store.close()


def plain_journal_with_every_copy(path: Path, library: FlowLibrary) -> None:
    """A plain journal with the marker in it and in a backup of every kind, a journal a
    restore set aside, and the leftovers of an interrupted decrypt and backup."""
    store = JournalStore.open(path)
    write(store, library, f"the {MARKER} in a note")
    backups.make(store._db, path, "manual", NOW)
    for days in range(10):  # daily ones, the older ones weekly
        backups.make(store._db, path, "daily", NOW - timedelta(days=days, hours=1))
    backups.make(store._db, path, "before-0007", NOW - timedelta(hours=3))
    store.close()
    backups.restore(backups.backups_of(path)[0], path, None)  # sets one journal aside
    shutil.copyfile(path, path.with_name(path.name + ".decrypting"))
    shutil.copyfile(
        path, backups.folder_of(path) / f"{path.stem}-20261120-093100-daily.sqlite.partial"
    )


def data_files(path: Path) -> list[Path]:
    return [p for p in path.parent.rglob("*") if p.is_file()]


def assert_no_marker(path: Path) -> None:
    for file in data_files(path):
        data = file.read_bytes().lower()
        # the search index keeps the words apart and lower-cased: look for either form
        assert MARKER.lower().encode() not in data, file
        assert b"zebra" not in data, file


def test_encrypting_leaves_the_marker_in_no_file_and_every_copy_opens_with_the_key(
    journal_path: Path, library: FlowLibrary
) -> None:
    plain_journal_with_every_copy(journal_path, library)
    assert b"zebra" in (backups.backups_of(journal_path)[-1].path.read_bytes()).lower()
    protection.encrypt(journal_path, PASSPHRASE)
    assert_no_marker(journal_path)
    assert protection.plain_copies(journal_path) == []
    key = protection.unlock(journal_path, PASSPHRASE)
    made = backups.backups_of(journal_path)
    assert {b.reason for b in made} == {"manual", "daily", "before-0007"}
    for backup in made:
        assert backup.encrypted and backups.check(backup.path, key) == "ok"
        assert protection.unlock(backup.path, PASSPHRASE) == key  # its own key file
        assert texts(backup.path, key) == [f"the {MARKER} in a note"]
    (replaced,) = journal_path.parent.glob("journal.sqlite.replaced-*[0-9]")
    assert protection.unlock(replaced, PASSPHRASE) == key
    assert texts(replaced, key) == [f"the {MARKER} in a note"]
    kept = backups.restore(made[0], journal_path, key)  # and it restores
    assert texts(journal_path, key) == [f"the {MARKER} in a note"]
    assert protection.kind_of(kept) is JournalKind.ENCRYPTED


def test_an_interrupted_encrypt_is_reported_and_finished_at_the_next_unlock(
    journal_path: Path, library: FlowLibrary
) -> None:
    plain_journal_with_every_copy(journal_path, library)

    def crash(stage: str) -> None:
        if stage == "encrypting the copies":
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        protection.encrypt(journal_path, PASSPHRASE, step=crash)
    left = protection.plain_copies(journal_path)  # what `coachdesk check` reports
    assert len(left) == len(backups.backups_of(journal_path)) + 3
    protection.tidy(journal_path)
    key = protection.unlock(journal_path, PASSPHRASE)
    assert protection.plain_copies(journal_path) == []
    assert_no_marker(journal_path)
    assert all(texts(b.path, key) for b in backups.backups_of(journal_path))


def test_a_plain_backup_is_not_restored_over_an_encrypted_journal_unless_allowed(
    journal_path: Path, library: FlowLibrary
) -> None:
    store = JournalStore.open(journal_path)
    write(store, library, "plain words")
    plain = backups.make(store._db, journal_path, "manual", NOW)
    store.close()
    kept_aside = backups.folder_of(journal_path).parent / "aside.sqlite"
    shutil.copyfile(plain.path, kept_aside)  # as if copied back in later, by hand
    protection.encrypt(journal_path, PASSPHRASE)
    key = protection.unlock(journal_path, PASSPHRASE)
    shutil.copyfile(kept_aside, plain.path)
    key_file_of(plain.path).unlink()
    before = journal_path.read_bytes()
    with pytest.raises(PlainBackupRefused, match="not encrypted"):
        backups.restore(plain, journal_path, key)
    assert journal_path.read_bytes() == before
    backups.restore(plain, journal_path, key, allow_plain=True)
    assert protection.kind_of(journal_path) is JournalKind.PLAIN
    assert texts(journal_path, None) == ["plain words"]


def test_a_new_passphrase_is_the_only_one_any_key_file_in_the_folder_takes(
    journal_path: Path, library: FlowLibrary
) -> None:
    store = JournalStore.open(journal_path)
    write(store, library, "before")
    store.close()
    protection.encrypt(journal_path, PASSPHRASE)
    key = protection.unlock(journal_path, PASSPHRASE)
    store = JournalStore.open(journal_path, key)
    backups.make(store._db, journal_path, "manual", NOW)
    backups.make(store._db, journal_path, "daily", NOW - timedelta(days=1))
    store.close()
    backups.restore(backups.backups_of(journal_path)[0], journal_path, key)  # one set aside
    key_files = [p for p in journal_path.parent.rglob("*.key")]
    assert len(key_files) == 4
    assert protection.change_passphrase(journal_path, key, NEW_PASSPHRASE) == []
    for key_file in key_files:
        with pytest.raises(WrongPassphrase):
            KeyFile.load(key_file).unlock(PASSPHRASE)
        assert KeyFile.load(key_file).unlock(NEW_PASSPHRASE) == key
        assert_mode(key_file, 0o600)
    assert not [p for p in journal_path.parent.rglob("*.tmp")]


def test_a_copy_that_cannot_be_encrypted_does_not_cost_the_recovery_key(
    journal_path: Path, library: FlowLibrary, monkeypatch: pytest.MonkeyPatch
) -> None:
    plain_journal_with_every_copy(journal_path, library)
    convert = protection._convert

    def full_disk_for_copies(source: Path, *args: object) -> None:
        if source != journal_path:
            raise OSError(28, "No space left on device")
        convert(source, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(protection, "_convert", full_disk_for_copies)
    recovery = protection.encrypt(journal_path, PASSPHRASE)
    assert protection.recover(journal_path, recovery) == protection.unlock(journal_path, PASSPHRASE)
    whole = [c for c in protection.plain_copies(journal_path) if "backups" in c.parts]
    assert len(whole) == len(backups.backups_of(journal_path))  # reported, for `check`
    monkeypatch.undo()
    protection.unlock(journal_path, PASSPHRASE)
    assert protection.plain_copies(journal_path) == []


def test_a_new_recovery_key_is_the_only_one_any_key_file_in_the_folder_takes(
    journal_path: Path, library: FlowLibrary
) -> None:
    store = JournalStore.open(journal_path)
    write(store, library, "before")
    store.close()
    old_recovery = protection.encrypt(journal_path, PASSPHRASE)
    key = protection.unlock(journal_path, PASSPHRASE)
    store = JournalStore.open(journal_path, key)
    backups.make(store._db, journal_path, "manual", NOW)
    store.close()
    with pytest.raises(WrongPassphrase):  # only the owner may: nothing changes
        protection.rotate_recovery_key(journal_path, "not the passphrase")
    assert protection.recover(journal_path, old_recovery) == key
    new_recovery = protection.rotate_recovery_key(journal_path, PASSPHRASE)
    assert new_recovery != old_recovery
    key_files = list(journal_path.parent.rglob("*.key"))
    assert len(key_files) == 2
    for key_file in key_files:
        with pytest.raises(WrongPassphrase):
            KeyFile.load(key_file).recover(old_recovery)
        assert KeyFile.load(key_file).recover(new_recovery) == key
        assert KeyFile.load(key_file).unlock(PASSPHRASE) == key  # the passphrase still opens
    assert texts(journal_path, protection.recover(journal_path, new_recovery)) == ["before"]


def test_a_format_1_key_file_becomes_format_2_with_a_new_recovery_key(
    journal_path: Path, library: FlowLibrary
) -> None:
    from coachdesk.storage.keyfile import (
        _AAD,
        FORMAT,
        FORMAT_1,
        KdfParams,
        _recovery_wrapping,
        _seal,
    )

    store = JournalStore.open(journal_path)
    write(store, library, "from an older coachdesk")
    store.close()
    protection.encrypt(journal_path, PASSPHRASE)
    key = protection.unlock(journal_path, PASSPHRASE)
    kdf = KdfParams(salt=b"s" * 16)
    old_recovery = "AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-GGGG-HHHH"
    KeyFile(  # as coachdesk wrote it before key files named their journal
        kdf,
        _seal(kdf.derive(PASSPHRASE), key, _AAD),
        _seal(_recovery_wrapping(old_recovery), key, _AAD),
        FORMAT_1,
        None,
    ).save(key_file_of(journal_path))
    new_recovery = protection.rotate_recovery_key(journal_path, PASSPHRASE)
    upgraded = KeyFile.load(key_file_of(journal_path))
    assert upgraded.format == FORMAT
    assert upgraded.journal_id == journal_path.read_bytes()[:16]
    assert upgraded.recover(new_recovery) == key
    with pytest.raises(WrongPassphrase):
        upgraded.recover(old_recovery)
