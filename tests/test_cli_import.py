"""`coachdesk import PATH`: other apps' history from the command line, all or none, once."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from tests.imports.conftest import FIXTURES, PASSPHRASE, jrnl_v2
from tests.test_cli import run


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def listed(journal: Path) -> list[tuple[str, str]]:
    code, out, _ = run("list", "--journal", str(journal), "--format", "jsonl", "--limit", "100")
    assert code == 0
    rows = [json.loads(line) for line in out.splitlines()]
    return [(r["date"][:16], r["title"]) for r in rows]


@pytest.mark.parametrize(
    ("source", "count", "newest"),
    [
        ("jrnl/onefile.txt", 3, ("2021-03-28T03:30", "In the hour that does not exist here. @dst")),
        ("dayone/Journal.json", 3, ("2022-01-10T07:30", "Tokyo kick-off")),
        ("dayone-classic", 2, ("2014-03-01T18:30", "Quarter closed.")),
        ("daylio/export.csv", 4, ("2023-03-26T18:50", "Big win")),
        ("journey", 2, ("2023-03-25T18:30", "Pipeline review")),
        ("rednotebook", 3, ("2019-04-01T12:00", "Free note")),
        ("markdown/vault", 2, ("2024-03-31T12:00", "Call with Jan")),
    ],
)
def test_each_format_lands_on_its_dates_in_the_timeline(
    journal_path: Path, source: str, count: int, newest: tuple[str, str]
) -> None:
    code, out, err = run("import", str(FIXTURES / source), "--journal", str(journal_path))
    assert (code, err) == (0, "")
    assert out.endswith(f"Imported {count} reflections (0 already in the journal).\n")
    rows = listed(journal_path)
    assert len(rows) == count and rows[0] == newest


def test_the_same_source_twice_adds_nothing(journal_path: Path) -> None:
    source = str(FIXTURES / "jrnl" / "onefile.txt")
    assert run("import", source, "--journal", str(journal_path))[0] == 0
    code, out, _ = run("import", source, "--journal", str(journal_path))
    assert (code, out) == (0, "Imported 0 reflections (3 already in the journal).\n")
    assert len(listed(journal_path)) == 3


def test_a_dry_run_shows_what_would_come_in_and_writes_nothing(journal_path: Path) -> None:
    source = str(FIXTURES / "dayone" / "Journal.json")
    code, out, err = run("import", source, "--dry-run", "--journal", str(journal_path))
    assert (code, err) == (0, "") and not journal_path.exists()
    assert out.splitlines() == [
        "note: Journal.json, entry 4 (2019-01-01) has no text; it was left out",
        "left out 2 photos (not in the export): 0a1b2c3d.jpeg, beef.heic",
        "left out 1 PDF (not in the export): Quote.pdf",
        "(coachdesk keeps pictures, PDFs, e-mails and office documents, up to 25 MB each;"
        " not videos or audio)",
        "from 2020-05-01 to 2022-01-10",
        "tags: distributor (1), japan (1), starred (1)",
        "Would import 3 reflections (0 already in the journal); nothing was written (--dry-run).",
    ]
    assert run("import", source, "--journal", str(journal_path))[0] == 0
    before = digest(journal_path)
    code, out, _ = run("import", source, "--dry-run", "--journal", str(journal_path))
    assert out.endswith(
        "Would import 0 reflections (3 already in the journal); nothing was written (--dry-run).\n"
    )
    assert digest(journal_path) == before


def test_a_folder_with_an_unreadable_file_is_refused_unless_skip_bad(
    tmp_path: Path, journal_path: Path
) -> None:
    folder = tmp_path / "vault"
    folder.mkdir()
    (folder / "2024-01-01.md").write_text("Fine\n", encoding="utf-8")
    (folder / "2024-01-02.md").write_bytes(b"caf\xe9\n")
    code, out, err = run("import", str(folder), "--journal", str(journal_path))
    assert (code, out) == (1, "") and not journal_path.exists()
    assert err == (
        f"coachdesk: {folder}: 2024-01-02.md: not UTF-8 text (byte 4); nothing was imported"
        " (--skip-bad imports the rest)\n"
    )
    code, out, err = run("import", str(folder), "--skip-bad", "--journal", str(journal_path))
    assert (code, err) == (0, "")
    assert out.splitlines() == [
        "skipped 2024-01-02.md: not UTF-8 text (byte 4)",
        "Imported 1 reflection (0 already in the journal).",
    ]


def test_an_encrypted_jrnl_journal_needs_its_passphrase(tmp_path: Path, journal_path: Path) -> None:
    source = tmp_path / "journal.txt"
    source.write_bytes(jrnl_v2((FIXTURES / "jrnl" / "onefile.txt").read_text()))
    wrong, right = tmp_path / "wrong", tmp_path / "right"
    wrong.write_text("not it\n")
    right.write_text(PASSPHRASE + "\n")
    wrong.chmod(0o600)
    right.chmod(0o600)
    code, out, err = run("import", str(source), "--journal", str(journal_path))
    assert code == 1 and "is encrypted: give its passphrase with --source-passphrase-file" in err
    code, out, err = run(
        "import",
        str(source),
        "--source-passphrase-file",
        str(wrong),
        "--journal",
        str(journal_path),
    )
    assert (code, out) == (1, "") and not journal_path.exists()
    assert err == f"coachdesk: the passphrase does not open {source}; nothing was imported\n"
    code, out, err = run(
        "import",
        str(source),
        "--source-passphrase-file",
        str(right),
        "--journal",
        str(journal_path),
    )
    assert (code, err) == (0, "") and "Imported 3 reflections" in out


def test_an_unknown_source_is_named_with_the_choices(tmp_path: Path, journal_path: Path) -> None:
    odd = tmp_path / "odd.bin"
    odd.write_bytes(b"\x00\x01\x02")
    code, out, err = run("import", str(odd), "--journal", str(journal_path))
    assert (code, out) == (1, "") and err.count("\n") == 1
    assert "cannot tell what" in err and (
        "--from jsonl|jrnl|dayone|dayone-classic|daylio|journey|rednotebook|markdown" in err
    )


def test_into_an_encrypted_journal(tmp_path: Path, journal_path: Path) -> None:
    secret = tmp_path / "pass"
    secret.write_text("horse battery staple\n")
    secret.chmod(0o600)
    assert run("import", str(FIXTURES / "rednotebook"), "--journal", str(journal_path))[0] == 0
    assert run("encrypt", "--journal", str(journal_path), "--passphrase-file", str(secret))[0] == 0
    code, out, err = run(
        "import",
        str(FIXTURES / "jrnl" / "legacy.txt"),
        "--journal",
        str(journal_path),
        "--passphrase-file",
        str(secret),
    )
    assert (code, err) == (0, "") and "Imported 2 reflections" in out
    assert b"Everything is alright" not in journal_path.read_bytes()
