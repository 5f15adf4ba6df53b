"""Schema versions: old journals are brought forward, newer ones are left alone."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from pathlib import Path

import pytest

from coachdesk.storage import JournalStore, NewerJournalError, NotAJournalError
from coachdesk.storage.migrations import MIGRATION_SET, known_migrations

FIXTURES = Path(__file__).parent.parent / "fixtures"


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_a_new_journal_has_every_migration(journal_path: Path) -> None:
    store = JournalStore.open(journal_path)
    try:
        assert store.schema_version == len(known_migrations()) >= 2
    finally:
        store.close()


def test_a_journal_from_schema_1_opens_with_its_answers_searchable(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite"
    shutil.copy(FIXTURES / "journal_schema1.sqlite", path)
    store = JournalStore.open(path)
    try:
        assert store.schema_version == len(known_migrations())
        debrief = store.get(1)
        assert debrief.answers[0].text.startswith("Bij de demo")
        assert debrief.answers[1].stage == "demo"
        assert store.get(2).is_draft and store.get(2).position == 1
        hits = store.db.execute(
            "select rowid from answers_fts where answers_fts match 'brouwer'"
        ).fetchall()
        assert hits == [(1,)]
    finally:
        store.close()


def _plant_future_migration(path: Path) -> None:
    store = JournalStore.open(path)
    store.close()
    conn = sqlite3.connect(path)
    with conn:
        conn.execute(
            "insert into _sqlite_migrations (migration_set, name, applied_at) values (?, ?, ?)",
            [MIGRATION_SET, "9999_from_the_future", "2030-01-01"],
        )
    conn.execute("pragma wal_checkpoint(truncate)")
    conn.close()


def test_a_journal_from_a_newer_version_is_refused_and_untouched(journal_path: Path) -> None:
    _plant_future_migration(journal_path)
    before = digest(journal_path)
    with pytest.raises(NewerJournalError, match="newer version of coachdesk") as caught:
        JournalStore.open(journal_path)
    assert "9999_from_the_future" in str(caught.value)
    assert digest(journal_path) == before


@pytest.mark.parametrize(
    "content",
    [b"this is a text file, not a journal\n" * 200, b"SQLite format 3\x00" + b"\xff" * 4000],
    ids=["text", "garbled-header"],
)
def test_a_file_that_is_not_a_journal_is_refused_and_untouched(
    tmp_path: Path, content: bytes
) -> None:
    path = tmp_path / "notes.sqlite"
    path.write_bytes(content)
    with pytest.raises(NotAJournalError):
        JournalStore.open(path)
    assert path.read_bytes() == content
