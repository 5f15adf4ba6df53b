"""The command line with an encrypted journal: encrypt, decrypt, passwd, --passphrase-file."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from coachdesk.storage import protection
from coachdesk.storage.keyfile import WrongPassphrase
from coachdesk.storage.protection import JournalKind
from tests.test_cli import run, write_jsonl


@pytest.fixture
def secret(tmp_path: Path) -> Path:
    path = tmp_path / "pass.txt"
    path.write_text("horse battery staple\n", encoding="utf-8")
    return path


@pytest.fixture
def plain(tmp_path: Path, journal_path: Path) -> Path:
    notes = tmp_path / "in.jsonl"
    write_jsonl(notes, {"date": "2026-01-05", "title": "Geheim", "text": "zebra in de kantine"})
    assert run("import", str(notes), "--journal", str(journal_path))[0] == 0
    return journal_path


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_encrypt_prints_the_recovery_key_once_and_every_command_then_needs_the_passphrase(
    plain: Path, secret: Path
) -> None:
    code, out, err = run("encrypt", "--journal", str(plain), "--passphrase-file", str(secret))
    assert (code, err) == (0, "") and "recovery key" in out
    recovery = next(line.strip() for line in out.splitlines() if line.count("-") == 7)
    assert protection.kind_of(plain) is JournalKind.ENCRYPTED
    assert protection.recover(plain, recovery)
    code, _, err = run("search", "zebra", "--journal", str(plain))
    assert code == 1 and err == "coachdesk: the journal is encrypted: give --passphrase-file F\n"
    code, out, _ = run("search", "zebra", "--journal", str(plain), "--passphrase-file", str(secret))
    assert code == 0 and "Geheim" in out
    code, out, _ = run("export", "--journal", str(plain), "--passphrase-file", str(secret))
    assert json.loads(out)["title"] == "Geheim"


def test_a_wrong_passphrase_is_one_line_and_changes_nothing(
    plain: Path, secret: Path, tmp_path: Path
) -> None:
    run("encrypt", "--journal", str(plain), "--passphrase-file", str(secret))
    wrong = tmp_path / "wrong.txt"
    wrong.write_text("horse battery stable\n", encoding="utf-8")
    before = digest(plain)
    for command in (
        ["list"],
        ["search", "x"],
        ["decrypt"],
        ["passwd", "--new-passphrase-file", str(wrong)],
    ):
        code, _, err = run(*command, "--journal", str(plain), "--passphrase-file", str(wrong))
        assert code == 1 and err == "coachdesk: That passphrase does not open this journal.\n"
    assert digest(plain) == before


def test_passwd_then_decrypt(plain: Path, secret: Path, tmp_path: Path) -> None:
    run("encrypt", "--journal", str(plain), "--passphrase-file", str(secret))
    new = tmp_path / "new.txt"
    new.write_text("een nieuwe zin\n", encoding="utf-8")
    code, out, _ = run(
        "passwd",
        "--journal",
        str(plain),
        "--passphrase-file",
        str(secret),
        "--new-passphrase-file",
        str(new),
    )
    assert code == 0 and "changed" in out
    assert run("list", "--journal", str(plain), "--passphrase-file", str(secret))[0] == 1
    code, out, _ = run("decrypt", "--journal", str(plain), "--passphrase-file", str(new))
    assert code == 0 and protection.kind_of(plain) is JournalKind.PLAIN
    assert "Geheim" in run("list", "--journal", str(plain))[1]


def test_encrypting_twice_or_decrypting_a_plain_journal_says_why(plain: Path, secret: Path) -> None:
    assert run("decrypt", "--journal", str(plain))[2] == f"coachdesk: {plain} is not encrypted\n"
    run("encrypt", "--journal", str(plain), "--passphrase-file", str(secret))
    code, _, err = run("encrypt", "--journal", str(plain), "--passphrase-file", str(secret))
    assert err == (
        f"coachdesk: {plain} is already encrypted; `coachdesk passwd` changes its passphrase\n"
    )
    missing = plain.with_name("none.sqlite")
    code, _, err = run("encrypt", "--journal", str(missing), "--passphrase-file", str(secret))
    assert code == 1 and err == f"coachdesk: no journal at {missing}; nothing was encrypted\n"


def test_an_empty_passphrase_file_is_refused(plain: Path, tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("\n", encoding="utf-8")
    code, _, err = run("encrypt", "--journal", str(plain), "--passphrase-file", str(empty))
    assert code == 1 and "no passphrase" in err
    assert protection.kind_of(plain) is JournalKind.PLAIN


def test_an_export_of_an_encrypted_journal_says_the_file_is_not_encrypted(
    plain: Path, secret: Path, tmp_path: Path
) -> None:
    target = tmp_path / "out.jsonl"
    code, _, err = run("export", "--journal", str(plain), "-o", str(target))
    assert (code, err) == (0, "")  # a plain journal's export: nothing to say
    run("encrypt", "--journal", str(plain), "--passphrase-file", str(secret))
    key = ["--journal", str(plain), "--passphrase-file", str(secret)]
    code, _, err = run("export", *key, "-o", str(target))
    assert (
        code == 0
        and err == f"note: {target} is not encrypted: anyone who has the file can read it.\n"
    )
    pdf = tmp_path / "out.pdf"  # in a child: export-pdf makes a QGuiApplication
    dates = ["--from", "2026-01-01", "--to", "2026-01-31"]
    made = subprocess.run(
        [sys.executable, "-m", "coachdesk", "export-pdf", *key, *dates, "-o", str(pdf)],
        capture_output=True,
        text=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        check=False,
    )
    assert made.returncode == 0 and f"note: {pdf} is not encrypted" in made.stderr


def test_a_short_new_passphrase_is_refused_as_the_window_refuses_it(
    plain: Path, tmp_path: Path
) -> None:
    short = tmp_path / "short.txt"
    short.write_text("x\n", encoding="utf-8")
    short.chmod(0o600)
    code, _, err = run("encrypt", "--journal", str(plain), "--passphrase-file", str(short))
    assert code == 1 and "at least 8 characters" in err
    assert protection.kind_of(plain) is JournalKind.PLAIN


def test_a_passphrase_file_others_can_read_is_named_in_one_line(
    plain: Path, secret: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    secret.chmod(0o644)
    code, _, _ = run("encrypt", "--journal", str(plain), "--passphrase-file", str(secret))
    assert code == 0
    noted = [line for line in capsys.readouterr().err.splitlines() if str(secret) in line]
    assert len(noted) == 1 and "can be read by other users" in noted[0]
    secret.chmod(0o600)
    run("list", "--journal", str(plain), "--passphrase-file", str(secret))
    assert str(secret) not in capsys.readouterr().err  # kept private: nothing to say


def test_rotate_recovery_key_prints_a_new_key_and_the_old_one_stops_working(
    plain: Path, secret: Path, tmp_path: Path
) -> None:
    code, out, _ = run("encrypt", "--journal", str(plain), "--passphrase-file", str(secret))
    old = next(line.strip() for line in out.splitlines() if line.count("-") == 7)
    wrong = tmp_path / "wrong.txt"
    wrong.write_text("horse battery stable\n", encoding="utf-8")
    code, _, err = run(
        "rotate-recovery-key", "--journal", str(plain), "--passphrase-file", str(wrong)
    )
    assert (code, err) == (1, "coachdesk: That passphrase does not open this journal.\n")
    assert protection.recover(plain, old)
    code, out, err = run(
        "rotate-recovery-key", "--journal", str(plain), "--passphrase-file", str(secret)
    )
    assert (code, err) == (0, "")
    new = next(line.strip() for line in out.splitlines() if line.count("-") == 7)
    assert new != old and "no longer opens" in out
    assert protection.recover(plain, new)
    with pytest.raises(WrongPassphrase):
        protection.recover(plain, old)


def test_rotate_recovery_key_of_a_plain_journal_says_why(plain: Path, secret: Path) -> None:
    code, _, err = run(
        "rotate-recovery-key", "--journal", str(plain), "--passphrase-file", str(secret)
    )
    assert code == 1 and "is not encrypted; it has no recovery key" in err
