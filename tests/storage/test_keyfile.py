"""Key files that were swapped, tampered with or written by an older coachdesk."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from coachdesk.storage import JournalStore, protection
from coachdesk.storage.errors import JournalError
from coachdesk.storage.keyfile import (
    _AAD,
    FORMAT_1,
    ForeignKeyFile,
    KdfParams,
    KeyFile,
    KeyFileError,
    WrongPassphrase,
    _recovery_wrapping,
    _seal,
    key_file_of,
    new_journal_key,
    new_recovery_key,
)

PASSPHRASE = "correct horse battery staple"
CHEAP = KdfParams(salt=b"s" * 16, time_cost=1, memory_kib=8 * 1024, lanes=1)


def encrypted_journal(path: Path, passphrase: str = PASSPHRASE) -> bytes:
    JournalStore.open(path).close()
    protection.encrypt(path, passphrase)
    return protection.unlock(path, passphrase)


def test_another_journals_key_file_is_named_as_such_not_a_wrong_passphrase(
    tmp_path: Path,
) -> None:
    mine, theirs = tmp_path / "mine" / "journal.sqlite", tmp_path / "theirs" / "journal.sqlite"
    encrypted_journal(mine)
    encrypted_journal(theirs, "their own passphrase")
    shutil.copyfile(key_file_of(theirs), key_file_of(mine))
    for passphrase in (PASSPHRASE, "their own passphrase"):
        with pytest.raises(ForeignKeyFile, match="belongs to another journal"):
            protection.unlock(mine, passphrase)
    with pytest.raises(ForeignKeyFile):
        protection.recover(mine, new_recovery_key())


def edited(path: Path, change: dict[str, object]) -> None:
    document = json.loads(path.read_bytes())
    document["kdf"] |= change
    path.write_text(json.dumps(document))


@pytest.mark.parametrize(
    "change",
    [
        {"memory_kib": 1},
        {"memory_kib": 1 << 40},
        {"time_cost": 0},
        {"time_cost": 10**9},
        {"lanes": 0},
        {"lanes": 1 << 24},
        {"lanes": True},
        {"time_cost": "3"},
        {"salt": "AA=="},
        {"name": "scrypt"},
    ],
)
def test_parameters_out_of_bounds_are_a_damaged_key_file(
    journal_path: Path, change: dict[str, object]
) -> None:
    encrypted_journal(journal_path)
    edited(key_file_of(journal_path), change)
    with pytest.raises(KeyFileError, match="key file is damaged"):
        protection.unlock(journal_path, PASSPHRASE)


def test_weaker_parameters_within_bounds_no_longer_open(journal_path: Path) -> None:
    encrypted_journal(journal_path)
    edited(key_file_of(journal_path), {"time_cost": 1, "memory_kib": 8 * 1024})
    with pytest.raises(WrongPassphrase):
        protection.unlock(journal_path, PASSPHRASE)


def test_every_flipped_byte_is_refused_cleanly_or_changes_nothing(tmp_path: Path) -> None:
    key, recovery = new_journal_key(), new_recovery_key()
    good = KeyFile.create(key, PASSPHRASE, recovery, b"i" * 16, CHEAP).to_bytes()
    for at in range(len(good)):
        flipped = bytearray(good)
        flipped[at] ^= 0x01
        try:
            parsed = KeyFile.from_bytes(bytes(flipped))
            got = {parsed.unlock(PASSPHRASE), parsed.recover(recovery)}
        except JournalError:  # damaged, unknown kind, or a seal no longer opens
            continue
        # only a flip that JSON reads the same way (none here) could open both seals
        assert parsed == KeyFile.from_bytes(good) and got == {key}, at


def test_a_flipped_journal_id_no_longer_opens_either_seal() -> None:
    key, recovery = new_journal_key(), new_recovery_key()
    original = KeyFile.create(key, PASSPHRASE, recovery, b"i" * 16, CHEAP)
    moved = KeyFile(
        original.kdf, original.by_passphrase, original.by_recovery, journal_id=b"j" * 16
    )
    with pytest.raises(WrongPassphrase):
        moved.unlock(PASSPHRASE)
    with pytest.raises(WrongPassphrase):
        moved.recover(recovery)


def test_a_format_1_key_file_stays_readable_and_keeps_its_format(tmp_path: Path) -> None:
    key, recovery = new_journal_key(), new_recovery_key()
    old = KeyFile(
        CHEAP,
        _seal(CHEAP.derive(PASSPHRASE), key, _AAD),
        _seal(_recovery_wrapping(recovery), key, _AAD),
        FORMAT_1,
        None,
    )
    path = tmp_path / "journal.sqlite.key"
    old.save(path)
    assert b"journal_id" not in path.read_bytes()
    loaded = KeyFile.load(path)
    assert loaded.unlock(PASSPHRASE) == key and loaded.recover(recovery) == key
    changed = loaded.with_passphrase(key, "another passphrase")
    assert changed.format == FORMAT_1
    assert KeyFile.from_bytes(changed.to_bytes()).unlock("another passphrase") == key
    assert KeyFile.from_bytes(changed.to_bytes()).recover(recovery) == key


def test_passes_are_calibrated_to_the_target_within_bounds() -> None:
    from coachdesk.storage.keyfile import ARGON2_TIME, TIME_BOUNDS, passes_for

    # 40 ms for the first pass (it fills the memory), 20 ms for each further one
    assert passes_for(0.040, 0.020, 0.5) == 24
    assert passes_for(0.040, 0.020, 0.0) == ARGON2_TIME  # never weaker than before
    assert passes_for(0.400, 0.300, 0.5) == ARGON2_TIME  # a slow laptop: the floor
    assert passes_for(0.001, 0.0005, 0.5) == TIME_BOUNDS[1]  # never beyond what files may ask
    assert passes_for(0.040, 0.0, 0.5) == TIME_BOUNDS[1]  # an unmeasurably fast pass


def test_a_new_passphrase_gets_this_machines_cost_and_a_fresh_salt(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from coachdesk.storage import keyfile

    measured: list[int] = []

    def seconds(passes: int) -> float:
        measured.append(passes)
        return 0.040 + 0.020 * (passes - 1)

    monkeypatch.setattr(keyfile, "_seconds", seconds)
    monkeypatch.setattr(keyfile, "KDF_SECONDS", 0.5)
    keyfile._calibrated_passes.cache_clear()
    try:
        key, recovery = new_journal_key(), new_recovery_key()
        made = KeyFile.create(key, PASSPHRASE, recovery, b"i" * 16)
        again = made.with_passphrase(key, "another passphrase")
    finally:
        keyfile._calibrated_passes.cache_clear()
    assert (made.kdf.time_cost, again.kdf.time_cost) == (24, 24)
    assert made.kdf.memory_kib == 64 * 1024 and made.kdf.salt != again.kdf.salt
    assert measured.count(1) == 2 and measured.count(3) == 2  # measured once, not per file
    assert KeyFile.from_bytes(again.to_bytes()).unlock("another passphrase") == key
