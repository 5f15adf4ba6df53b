"""A quick, read-only look into a journal, for the command line's reading commands.

`coachdesk list` and `search` should answer before a person notices a wait, as a native
tool does. The store's way in costs more than the reading: sqlite-utils and its plugins
load (~100 ms) and opening runs SQLite's quick check over every page. Here a bare DB-API
connection (sqlite3, or SQLCipher for an encrypted journal) is opened read-only, after the
same version check, and runs the store's own queries (finding.py); `coachdesk check`
remains the way to check every page. A journal that needs updating first is left to the
store (`open` returns None), which updates it as it always has.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

from coachdesk.storage.connection import (
    READER_PRAGMAS,
    check_version,
    connect,
    has_unsaved_log,
    is_empty,
)
from coachdesk.storage.journal_reading import FindingMethods
from coachdesk.storage.migrations import known_migrations


class _Rows:
    """finding.Database over a bare DB-API connection: statements, and rows as dicts."""

    def __init__(self, conn: Any) -> None:
        self.conn = conn

    def execute(self, sql: str, parameters: Any = None, /) -> Any:
        return self.conn.execute(sql, parameters or ())

    def query(self, sql: str, params: Any = None, /) -> Iterator[dict[str, Any]]:
        cursor = self.conn.execute(sql, params or ())
        names = [column[0] for column in cursor.description]
        return (dict(zip(names, row, strict=True)) for row in cursor)


class QuickReader(FindingMethods):
    """Reads a journal as the store does, and cannot write."""

    _db: _Rows

    def __init__(self, conn: Any) -> None:
        self._db = _Rows(conn)

    @classmethod
    def open(cls, path: Path, key: bytes | None = None) -> QuickReader | None:
        """A reader on the journal at `path` (its key if encrypted); None when the store
        must open it (an empty file, an older schema, a crash's log to take in);
        NewerJournalError for a journal from a newer coachdesk and NotAJournalError for
        what is not one, as the store says."""
        if not path.exists() or is_empty(path):
            return None
        if has_unsaved_log(path) and not Path(f"{path}-shm").exists():
            return None  # a crash's log, which only a writing connection can take in
        if set(known_migrations()) - set(check_version(path, key)):
            return None
        conn = connect(path, key, read_only=True)
        for pragma in READER_PRAGMAS:
            conn.execute(pragma)
        return cls(conn)

    def close(self) -> None:
        """Close the connection."""
        self._db.conn.close()
