"""Opening a journal file safely: private permissions, version check first, then the pragmas."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from sqlite_utils import Database

from coachdesk.storage.errors import NewerJournalError, NotAJournalError, classify
from coachdesk.storage.migrations import MIGRATION_SET, known_migrations, migrations

# A locked journal must be reported within a second, not after SQLite's default wait.
BUSY_TIMEOUT_MS = 750

PRAGMAS = (
    "PRAGMA journal_mode=WAL",
    "PRAGMA synchronous=FULL",
    "PRAGMA foreign_keys=ON",
    "PRAGMA temp_store=MEMORY",
    f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}",
)


def applied_migrations(path: Path) -> list[str]:
    """The migrations recorded in the journal at `path`, read without writing anything."""
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error as error:
        raise NotAJournalError(path, str(error)) from None
    try:
        has_table = conn.execute(
            "select 1 from sqlite_master where type = 'table' and name = '_sqlite_migrations'"
        ).fetchone()
        if not has_table:
            return []
        rows = conn.execute(
            "select name from _sqlite_migrations where migration_set = ? order by rowid",
            [MIGRATION_SET],
        )
        return [name for (name,) in rows]
    except sqlite3.DatabaseError as error:
        raise NotAJournalError(path, str(error)) from None
    finally:
        conn.close()


def check_compatible(path: Path) -> None:
    """Refuse, before anything is written, a journal from a newer coachdesk."""
    unknown = [name for name in applied_migrations(path) if name not in known_migrations()]
    if unknown:
        raise NewerJournalError(path, unknown)


def _create_private(path: Path) -> None:
    # Created here rather than by SQLite so the file never exists with wider permissions;
    # SQLite gives the -wal and -shm files the same mode as the journal.
    path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
    os.close(fd)


def configure(db: Database) -> None:
    """Apply the pragmas every journal connection runs with."""
    for pragma in PRAGMAS:
        db.execute(pragma)


def open_database(path: Path) -> Database:
    """Open (creating if needed) the journal at `path`, migrated to this version's schema."""
    if path.exists() and path.stat().st_size > 0:
        check_compatible(path)
    elif not path.exists():
        _create_private(path)
    try:
        db = Database(sqlite3.connect(path), execute_plugins=False)
        try:
            configure(db)
            migrations.apply(db)
        except BaseException:
            db.close()
            raise
    except sqlite3.Error as error:
        raise classify(error) or NotAJournalError(path, str(error)) from None
    return db


def open_reader(path: Path) -> Database:
    """A second, read-only connection to an open journal (for work off the UI thread)."""
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, check_same_thread=False)
    db = Database(conn, execute_plugins=False)
    db.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    db.execute("PRAGMA temp_store=MEMORY")
    return db


def open_memory() -> Database:
    """A migrated journal that lives only in memory (tests, previews)."""
    db = Database(memory=True, execute_plugins=False)
    configure(db)
    migrations.apply(db)
    return db
