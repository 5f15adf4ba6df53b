"""The ways a journal can fail that a user must hear about (everything else is a bug)."""

from __future__ import annotations

import functools
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import ParamSpec, TypeVar

from sqlcipher3 import dbapi2 as sqlcipher

# SQLCipher's driver has its own exception classes, parallel to sqlite3's.
DATABASE_ERRORS: tuple[type[Exception], ...] = (sqlite3.Error, sqlcipher.Error)
OPERATIONAL_ERRORS: tuple[type[Exception], ...] = (
    sqlite3.OperationalError,
    sqlcipher.OperationalError,
)


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


class ReadOnlyJournalError(JournalError):
    """The journal would have to be written to open it (made, or updated), and its folder
    or disk is read-only; nothing was changed."""

    def __init__(self, path: Path, needs: str) -> None:
        # needs: "create" (there is no journal yet) or "update" (an older schema)
        doing = "made" if needs == "create" else "updated for this version of coachdesk"
        super().__init__(
            f"The journal at {path} would have to be {doing}, but its folder is read-only. "
            "Nothing was changed."
        )
        self.path = path
        self.needs = needs


class StorageUnavailable(JournalError):
    """Saving is not possible right now (disk full, locked, read-only, I/O error).

    Nothing committed before is lost; what was being typed stays where it is.
    `reason` is one of the keys of REASONS, for interfaces that word it themselves.
    """

    def __init__(self, reason: str, detail: str = "") -> None:
        super().__init__(
            f"Could not save: {REASONS.get(reason, reason)}." + (f" ({detail})" if detail else "")
        )
        self.reason = reason


class DamagedJournalError(JournalError):
    """SQLite found the journal damaged while using it."""


class UnstorableText(JournalError):
    """Text that cannot be written as UTF-8 (a lone surrogate); nothing was changed."""

    def __init__(self) -> None:
        super().__init__(
            "Could not save: the text contains a broken character (a lone surrogate) "
            "that cannot be stored. Nothing was changed."
        )


REASONS = {
    "busy": "the journal is busy in another program",
    "full": "the disk is full",
    "read-only": "the journal or its folder is read-only",
    "io": "the disk reported an input/output error",
    "cannot-open": "the journal file cannot be opened",
    "moved": "the journal file was moved, removed or replaced while open",
    "damaged": "the check at opening found the journal damaged",
}

# SQLite's primary result codes that mean "the storage is in the way", not "we have a bug".
_REASON_OF_CODE = {
    "SQLITE_BUSY": "busy",
    "SQLITE_LOCKED": "busy",
    "SQLITE_FULL": "full",
    "SQLITE_READONLY": "read-only",
    "SQLITE_PERM": "read-only",
    "SQLITE_IOERR": "io",
    "SQLITE_CANTOPEN": "cannot-open",
}
# What Python's sqlite3 (and sqlcipher3) say when stored text is not UTF-8.
_UNDECODABLE = "Could not decode to UTF-8"


def classify(error: Exception) -> JournalError | None:
    """The user-facing error for a SQLite failure, or None when it is a bug."""
    if str(error).startswith(_UNDECODABLE):
        # A changed byte inside stored text passes SQLite's quick check (it checks the
        # structure of pages), and the driver fails on it when reading. Its message quotes
        # the text, which stays out of ours.
        return DamagedJournalError("The journal is damaged (some of its text is unreadable).")
    name = getattr(error, "sqlite_errorname", "") or _name_from_message(str(error))
    code = next((code for code in _REASON_OF_CODE if name.startswith(code)), None)
    if code:
        return StorageUnavailable(_REASON_OF_CODE[code], str(error))
    if name.startswith(("SQLITE_CORRUPT", "SQLITE_NOTADB")):
        return DamagedJournalError(f"The journal is damaged ({error}).")
    return None


def _name_from_message(message: str) -> str:
    # sqlcipher3's exceptions carry no sqlite_errorname; its messages are SQLite's own.
    known = {
        "database is locked": "SQLITE_BUSY",
        "database or disk is full": "SQLITE_FULL",
        "attempt to write a readonly database": "SQLITE_READONLY",
        "disk I/O error": "SQLITE_IOERR",
        "unable to open database file": "SQLITE_CANTOPEN",
        "file is not a database": "SQLITE_NOTADB",
        "database disk image is malformed": "SQLITE_CORRUPT",
    }
    return next((code for text, code in known.items() if text in message), "")


P = ParamSpec("P")
R = TypeVar("R")


def reads(method: Callable[P, R]) -> Callable[P, R]:
    """Mark a store method that reads: damage found while reading is a DamagedJournalError,
    so the app can offer a backup (costs nothing until something fails)."""

    @functools.wraps(method)
    def reading(*args: P.args, **kwargs: P.kwargs) -> R:
        try:
            return method(*args, **kwargs)
        except DATABASE_ERRORS as error:
            damage = classify(error)
            if not isinstance(damage, DamagedJournalError):
                raise
        except UnicodeDecodeError:  # sqlcipher3's way of saying "Could not decode to UTF-8"
            damage = DamagedJournalError("The journal is damaged (some of its text is unreadable).")
        # Raised outside the handler, so SQLite's error (its traceback holds the statement
        # that failed, and its message the text) is let go at once: the store can then be
        # closed whole, leaving no -wal and -shm beside the journal.
        raise damage

    return reading
