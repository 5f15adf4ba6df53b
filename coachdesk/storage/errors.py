"""The ways a journal can fail that a user must hear about (everything else is a bug)."""

from __future__ import annotations

import sqlite3
from pathlib import Path


class JournalError(Exception):
    """A journal that cannot be used as asked; the message is for the user."""


class NewerJournalError(JournalError):
    """The journal was written by a newer coachdesk; it is left untouched."""

    def __init__(self, path: Path, unknown: list[str]) -> None:
        super().__init__(
            f"{path} was written by a newer version of coachdesk "
            f"(it has schema changes this version does not know: {', '.join(unknown)}). "
            "It was not opened and not changed; update coachdesk to open it."
        )
        self.path = path


class NotAJournalError(JournalError):
    """The file is not a SQLite database, or is too damaged to read."""

    def __init__(self, path: Path, detail: str) -> None:
        super().__init__(f"{path} cannot be read as a coachdesk journal ({detail}).")
        self.path = path


class StorageUnavailable(JournalError):
    """Saving is not possible right now (disk full, locked, read-only, I/O error).

    Nothing committed before is lost; what was being typed stays where it is.
    """


# SQLite's primary result codes that mean "the storage is in the way", not "we have a bug".
_UNAVAILABLE = {
    "SQLITE_BUSY": "the journal is busy in another program",
    "SQLITE_LOCKED": "the journal is locked by another program",
    "SQLITE_FULL": "the disk is full",
    "SQLITE_READONLY": "the journal or its folder is read-only",
    "SQLITE_IOERR": "the disk reported an input/output error",
    "SQLITE_CANTOPEN": "the journal file cannot be opened",
    "SQLITE_PERM": "permission to write the journal was denied",
}


def classify(error: sqlite3.Error) -> JournalError | None:
    """The user-facing error for a SQLite failure, or None when it is a bug."""
    name = getattr(error, "sqlite_errorname", "") or ""
    primary = next((key for key in _UNAVAILABLE if name.startswith(key)), None)
    if primary:
        return StorageUnavailable(f"Could not save: {_UNAVAILABLE[primary]}. ({error})")
    if name.startswith(("SQLITE_CORRUPT", "SQLITE_NOTADB")):
        return JournalError(f"The journal is damaged ({error}).")
    return None
