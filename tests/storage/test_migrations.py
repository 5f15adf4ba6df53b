"""Schema versions: old journals are brought forward, newer ones are left alone."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from pathlib import Path

import pytest

from coachdesk.storage import JournalStore, NewerJournalError, NotAJournalError, keys
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
        weekly, debrief = (store.get(s.id) for s in store.timeline())
        assert debrief.answers[0].text.startswith("Bij de demo")
        assert debrief.answers[1].stage == "demo"
        assert weekly.is_draft and weekly.position == 1 and weekly.answers[0].rating == 2
        # Ids were renumbered to follow time (keys.py), and search still finds the answer.
        assert keys.second_of_id(debrief.id) == int(debrief.created_at.timestamp())
        assert debrief.id < weekly.id
        (hit,) = store.search("brouwer")
        assert hit.summary.id == debrief.id and hit.question_id == "turning-point"
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
