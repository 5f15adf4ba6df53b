"""The command line beside an encrypted journal: no plain copy goes unreported or restored."""

from __future__ import annotations

from pathlib import Path

import pytest

from coachdesk.storage import backups, protection
from coachdesk.storage.protection import JournalKind
from tests.test_cli import run, write_jsonl


@pytest.fixture
def secret(tmp_path: Path) -> Path:
    path = tmp_path / "pass.txt"
    path.write_text("horse battery staple\n", encoding="utf-8")
    return path


@pytest.fixture
def journal(tmp_path: Path, journal_path: Path) -> Path:
    notes = write_jsonl(
        tmp_path / "in.jsonl", {"date": "2026-01-05", "title": "Geheim", "text": "okapi"}
    )
    assert run("import", str(notes), "--journal", str(journal_path))[0] == 0
    assert run("backup", "--journal", str(journal_path))[0] == 0
    return journal_path


def test_encrypt_encrypts_the_backups_and_check_says_there_is_no_plain_copy(
    journal: Path, secret: Path
) -> None:
    (backup,) = backups.backups_of(journal)
    assert not backup.encrypted
    code, _, err = run("encrypt", "--journal", str(journal), "--new-passphrase-file", str(secret))
    assert (code, err) == (0, "")
    assert backups.backups_of(journal)[0].encrypted
    code, out, err = run("check", "--journal", str(journal), "--passphrase-file", str(secret))
    assert (code, err) == (0, "") and "plain copies: none" in out


def test_check_names_a_plain_copy_it_could_not_encrypt(journal: Path, secret: Path) -> None:
    (backup,) = backups.backups_of(journal)
    stuck = backup.path.read_bytes()
    run("encrypt", "--journal", str(journal), "--new-passphrase-file", str(secret))
    damaged = bytearray(stuck)
    damaged[4096 : 4096 + 200] = b"\xff" * 200  # a plain copy that cannot be converted
    backup.path.write_bytes(bytes(damaged))
    code, out, err = run("check", "--journal", str(journal), "--passphrase-file", str(secret))
    assert code == 1 and backup.path.name in err and "not encrypted" in err


def test_restore_refuses_a_plain_backup_over_an_encrypted_journal_unless_allowed(
    journal: Path, secret: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    convert = protection._convert

    def full_disk_for_copies(source: Path, *args: object) -> None:
        if source != journal:  # the journal is encrypted, its backup cannot be
            raise OSError(28, "No space left on device")
        convert(source, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(protection, "_convert", full_disk_for_copies)
    run("encrypt", "--journal", str(journal), "--new-passphrase-file", str(secret))
    assert not backups.backups_of(journal)[0].encrypted
    args = ("restore", "1", "--journal", str(journal), "--passphrase-file", str(secret))
    code, _, err = run(*args)
    assert code == 1 and "--allow-plain" in err and err.count("\n") == 1
    assert protection.kind_of(journal) is JournalKind.ENCRYPTED
    code, out, err = run(*args, "--allow-plain")
    assert (code, err) == (0, "")
    assert protection.kind_of(journal) is JournalKind.PLAIN
