"""The command line cares for the journal: backup, restore, check, and one writer at a time."""

from __future__ import annotations

from pathlib import Path

import pytest

from coachdesk.journal_lock import JournalLock
from coachdesk.storage import backups
from tests.test_cli import run, write_jsonl


@pytest.fixture
def journal(tmp_path: Path, journal_path: Path) -> Path:
    notes = write_jsonl(
        tmp_path / "in.jsonl", {"date": "2026-01-05", "title": "Eerste", "text": "een"}
    )
    assert run("import", str(notes), "--journal", str(journal_path))[0] == 0
    return journal_path


def add(tmp_path: Path, journal: Path, title: str) -> None:
    notes = write_jsonl(
        tmp_path / f"{title}.jsonl", {"date": "2026-02-01", "title": title, "text": "x"}
    )
    assert run("import", str(notes), "--journal", str(journal))[0] == 0


def test_backup_then_restore_says_what_is_lost_and_keeps_the_replaced_journal(
    journal: Path, tmp_path: Path
) -> None:
    code, out, _ = run("backup", "--journal", str(journal))
    assert code == 0 and "Backed up to" in out
    add(tmp_path, journal, "Later")
    code, out, _ = run("restore", "--list", "--journal", str(journal))
    assert code == 0 and "manual" in out
    code, out, err = run("restore", "1", "--journal", str(journal))
    assert (code, err) == (0, "")
    assert "1 reflections of the journal are not in it" in out and "kept as" in out
    titles = run("list", "--journal", str(journal), "--format", "jsonl")[1]
    assert "Eerste" in titles and "Later" not in titles
    assert list(journal.parent.glob("journal.sqlite.replaced-*"))


def test_check_reports_and_fails_on_damage(journal: Path) -> None:
    run("backup", "--journal", str(journal))
    code, out, _ = run("check", "--journal", str(journal))
    assert code == 0 and "integrity:   ok" in out and "schema:      version" in out
    assert "backups:     1" in out
    data = bytearray(journal.read_bytes())
    data[4096 : 4096 + 200] = b"\xff" * 200
    journal.write_bytes(bytes(data))
    for side in journal.parent.glob("journal.sqlite-*"):
        side.unlink()
    code, out, err = run("check", "--journal", str(journal))
    assert code == 1 and "damaged" in err


def test_check_says_an_empty_file_holds_no_journal(journal_path: Path) -> None:
    # SQLite reads an empty file as an empty database, whose quick check is ok.
    journal_path.parent.mkdir()
    journal_path.write_bytes(b"")
    code, out, err = run("check", "--journal", str(journal_path))
    assert code == 1 and "integrity:   empty file" in out
    assert err == f"coachdesk: {journal_path} is empty: it holds no journal\n"
    assert journal_path.read_bytes() == b"" and list(journal_path.parent.iterdir()) == [
        journal_path
    ]


def test_check_offers_the_backups_of_an_emptied_journal(journal: Path) -> None:
    run("backup", "--journal", str(journal))
    journal.write_bytes(b"")
    code, out, err = run("check", "--journal", str(journal))
    assert code == 1 and "integrity:   empty file" in out and "backups:     1" in out
    assert "is empty" in err and "`coachdesk restore` puts a backup back" in err


def test_restore_without_backups_is_one_line(journal: Path) -> None:
    code, _, err = run("restore", "--journal", str(journal))
    assert code == 1 and err.startswith("coachdesk: there are no backups")


def test_only_encrypt_decrypt_and_restore_wait_for_the_app_to_close_the_journal(
    journal: Path, tmp_path: Path
) -> None:
    notes = write_jsonl(tmp_path / "more.jsonl", {"date": "2026-03-01", "text": "more"})
    app_lock = JournalLock(journal)
    assert app_lock.acquire()
    try:
        for command in (["encrypt"], ["decrypt"], ["restore"]):
            code, _, err = run(*command, "--journal", str(journal))
            assert code == 1 and "is open in coachdesk" in err
        # SQLite keeps the two writers apart; the window picks the import up.
        assert run("import", str(notes), "--journal", str(journal))[0] == 0
        assert run("list", "--journal", str(journal))[0] == 0
    finally:
        app_lock.release()
    assert "more" in run("list", "--journal", str(journal))[1]
    assert backups.backups_of(journal) == []
