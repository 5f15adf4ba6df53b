"""Opening a journal file safely: private permissions, version check first, then the pragmas.

A plain journal opens with Python's sqlite3; an encrypted one with SQLCipher (sqlcipher3),
keyed with its raw 256-bit key. Both are wrapped by sqlite-utils the same way.
"""

from __future__ import annotations

import os
import sqlite3
import sys
import threading
from collections.abc import Callable
from pathlib import Path, PurePath, PureWindowsPath
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

from sqlcipher3 import dbapi2 as sqlcipher

from coachdesk.storage.errors import (
    DATABASE_ERRORS,
    DamagedJournalError,
    JournalError,
    NewerJournalError,
    NotAJournalError,
    classify,
)
from coachdesk.storage.migrations import MIGRATION_SET, known_migrations, migration_set

if TYPE_CHECKING:
    from sqlite_utils import Database

# A locked journal must be reported within a second, not after SQLite's default wait.
BUSY_TIMEOUT_MS = 750
# The same page cache for plain and encrypted journals (SQLCipher's default is larger);
# 16 MiB keeps the pages a search walks decrypted in memory.
CACHE_KIB = 16 * 1024
SQLITE_MAGIC = b"SQLite format 3\x00"
# What a check that cannot even read the file raises: that is damage too.
_UNREADABLE: tuple[type[Exception], ...] = (JournalError, *DATABASE_ERRORS)

PRAGMAS = (
    "PRAGMA journal_mode=WAL",
    "PRAGMA synchronous=FULL",
    "PRAGMA foreign_keys=ON",
    "PRAGMA temp_store=MEMORY",  # no temporary files beside the journal, plain or not
    f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}",
    f"PRAGMA cache_size=-{CACHE_KIB}",
)
# A read-only connection beside the journal's own (open_reader, quick_read.py).
READER_PRAGMAS = (
    f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}",
    "PRAGMA temp_store=MEMORY",
    f"PRAGMA cache_size=-{CACHE_KIB}",
)


def looks_plain(path: Path) -> bool:
    """True when the file starts like an unencrypted SQLite database (or is empty)."""
    try:
        with path.open("rb") as file:
            head = file.read(len(SQLITE_MAGIC))
    except FileNotFoundError:
        return True
    return head in (b"", SQLITE_MAGIC)


def is_empty(path: Path) -> bool:
    """True for an empty file with nothing in its log either: it holds no journal (yet)."""
    log = Path(f"{path}-wal")
    return (
        path.is_file()
        and path.stat().st_size == 0
        and not (log.exists() and log.stat().st_size > 0)  # all it holds may be in its log
    )


def sqlite_uri(path: PurePath) -> str:
    """A `file:` URI SQLite opens for the absolute `path`, also on Windows' UNC paths.

    Path.as_uri() makes \\\\server\\share\\x into file://server/share/x, and SQLite
    refuses every URI authority but "" and "localhost" (sqlite.org/uri.html). So the
    authority stays empty and the whole path follows it: file:////server/share/x, which
    SQLite hands to Windows as //server/share/x, the same UNC path. A mapped or
    redirected drive resolves to such a path (or to \\\\?\\UNC\\server\\share\\x,
    whose prefix is dropped here); a drive letter becomes file:///C:/x. %, ? and # and
    what is not ASCII are escaped (SQLite reads the escapes back as UTF-8).
    """
    text = str(path)
    if isinstance(path, PureWindowsPath):
        if text.startswith("\\\\?\\UNC\\"):
            text = "\\\\" + text[len("\\\\?\\UNC\\") :]
        elif text.startswith("\\\\?\\"):
            text = text[len("\\\\?\\") :]
        shown = PureWindowsPath(text).as_posix()
        if not shown.startswith("/"):  # C:/x
            shown = "/" + shown
    else:
        shown = path.as_posix()
    return "file://" + quote(shown, safe="/:")


def connect(path: Path | str, key: bytes | None, read_only: bool = False) -> Any:
    """A DB-API connection to the journal; keyed through SQLCipher when `key` is given.

    Read-only means nothing is written, not even beside the file: without a write-ahead
    log to read, the file is opened as immutable, so SQLite creates no -wal or -shm.
    """
    target = str(path)
    if read_only:
        has_log = Path(f"{path}-wal").exists()
        target = f"{sqlite_uri(Path(path).resolve())}?{'mode=ro' if has_log else 'immutable=1'}"
    if key is None:
        return sqlite3.connect(target, uri=read_only, check_same_thread=not read_only)
    conn = sqlcipher.connect(target, uri=read_only, check_same_thread=not read_only)
    conn.execute("PRAGMA cipher_log_level = NONE")  # a wrong key is our message, not stderr's
    conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
    return conn


def applied_migrations(path: Path, key: bytes | None = None) -> list[str]:
    """The migrations recorded in the journal at `path`, read without writing anything."""
    try:
        conn = connect(path, key, read_only=True)
    except DATABASE_ERRORS as error:
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
    except DATABASE_ERRORS as error:
        raise NotAJournalError(path, str(error)) from None
    except UnicodeDecodeError:  # sqlcipher3 raises this where sqlite3 says "Could not decode"
        raise DamagedJournalError("The journal is damaged (its records are unreadable).") from None
    finally:
        conn.close()


def check_version(path: Path, key: bytes | None = None) -> list[str]:
    """Refuse, before anything is written, a journal from a newer coachdesk; returns the
    migrations the journal has."""
    applied = applied_migrations(path, key)
    unknown = [name for name in applied if name not in known_migrations()]
    if unknown:
        raise NewerJournalError(path, unknown)
    return applied


def quick_check(path: Path, key: bytes | None = None) -> None:
    """SQLite's quick check through a read-only connection: DamagedJournalError unless ok.

    It reads (and for an encrypted journal decrypts) every page: a sizeable part of opening
    a large journal, which is why the app may run it beside the window (`check_later`)."""
    conn = connect(path, key, read_only=True)
    try:
        verdict = str(conn.execute("PRAGMA quick_check").fetchone()[0])
    except DATABASE_ERRORS as error:
        verdict = str(error)
    except UnicodeDecodeError:
        verdict = "unreadable text"
    finally:
        conn.close()
    if verdict != "ok":
        raise DamagedJournalError(f"The journal is damaged ({verdict}).")


class LaterCheck:
    """The quick check that opening left for later (open_database's `check_later`): run
    once, from any thread, on its own connection; what it found is kept."""

    def __init__(self, path: Path | None, key: bytes | None, pending: bool) -> None:
        self._path, self._key = path, key
        self._pending = pending and path is not None
        self._damage: str | None = None
        self._lock = threading.Lock()

    @property
    def pending(self) -> bool:
        """True until the check has run (a write now would wait for it)."""
        return self._pending

    def run(self) -> None:
        """Check now if still to do; DamagedJournalError if the journal is damaged."""
        with self._lock:
            if self._pending and self._path is not None:
                try:
                    quick_check(self._path, self._key)
                except DamagedJournalError as error:
                    self._damage = str(error)
                except _UNREADABLE as error:  # e.g. the file went away
                    self._damage = f"The journal is damaged ({error})."
                self._pending = False
        if self._damage is not None:
            raise DamagedJournalError(self._damage)

    def forget_key(self) -> None:
        """The journal closed: a check not run by now never will be, and needs no key."""
        with self._lock:
            self._key, self._pending = None, False


def has_unsaved_log(path: Path) -> bool:
    """True when a write-ahead log with content lies beside the journal (a crash left it):
    closing a connection would copy it into the file."""
    log = Path(f"{path}-wal")
    return log.exists() and log.stat().st_size > 0


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
    if sys.platform == "darwin":  # fsync leaves the data in the drive's cache on macOS
        db.execute("PRAGMA fullfsync = ON")


def open_database(
    path: Path,
    key: bytes | None = None,
    before_migrating: Callable[[Database, str], None] | None = None,
    check_later: bool = False,
) -> tuple[Database, bool]:
    """Open (creating if needed) the journal at `path`, migrated to this version's schema;
    returns the database and whether its quick check is still to be run.

    `before_migrating(db, first_pending)` runs when an existing journal is about to be
    migrated (the store makes a backup there). With `check_later`, the quick check is left
    to the caller (who must not write before it passes) when opening writes nothing: no
    migration is due and no log of a crash waits to be copied in. Otherwise it runs first.
    """
    unchecked = False
    if path.exists() and path.stat().st_size > 0:
        check_version(path, key)
        unchecked = check_later and not has_unsaved_log(path)
        if not unchecked:
            quick_check(path, key)
    elif not path.exists():
        _create_private(path)
    from sqlite_utils import Database  # here: reading commands never load it (cli/)

    try:
        db = Database(connect(path, key), execute_plugins=False)
        try:
            if unchecked and db.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
                quick_check(path, key)  # turning the log on writes to the file
                unchecked = False
            configure(db)
            pending = migration_set().pending(db)
            has_data = db.execute("select count(*) from sqlite_master").fetchone()[0] > 0
            if pending and unchecked:  # a migration writes: the check comes first after all
                quick_check(path, key)
                unchecked = False
            if pending and has_data and before_migrating is not None:
                before_migrating(db, pending[0].name)
            migration_set().apply(db)
        except BaseException:
            db.close()
            raise
    except DATABASE_ERRORS as error:
        raise classify(error) or NotAJournalError(path, str(error)) from None
    return db, unchecked


def open_reader(path: Path, key: bytes | None = None) -> Database:
    """A second, read-only connection to an open journal (for work off the UI thread)."""
    from sqlite_utils import Database

    db = Database(connect(path, key, read_only=True), execute_plugins=False)
    for pragma in READER_PRAGMAS:
        db.execute(pragma)
    return db


def open_memory() -> Database:
    """A migrated journal that lives only in memory (tests, previews)."""
    from sqlite_utils import Database

    db = Database(memory=True, execute_plugins=False)
    configure(db)
    migration_set().apply(db)
    return db
