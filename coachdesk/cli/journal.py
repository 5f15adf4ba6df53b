"""The journal a command works on: where it is, its passphrase, opening it, holding it.

Storage, the key file's cryptography and Qt's lock file are imported inside the functions
that use them: `coachdesk list` and `search` start without any of them (cli/__init__.py).
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from coachdesk import APP_NAME
from coachdesk.cli.command import UserError

if TYPE_CHECKING:
    from coachdesk.storage import JournalStore
    from coachdesk.storage.quick_read import QuickReader

JOURNAL_FILE = "journal.sqlite"  # as environment.JOURNAL_FILE (tests/test_cli_start.py)


def default_journal_path() -> Path:
    """Where the window keeps the journal (QStandardPaths' AppLocalDataLocation; on Windows
    the roaming one until the window has moved it: data_folder.py), worked out without Qt,
    whose import alone costs more than a search; a test compares the two."""
    if sys.platform == "win32":
        from coachdesk.data_folder import journal_path_without_qt

        found = journal_path_without_qt()
        if found is None:  # never so in a Windows session; Qt asks Windows itself
            from coachdesk.environment import default_journal_path as asked_of_qt

            return asked_of_qt()
        return found
    if sys.platform == "darwin":
        base = Path.home() / "Library" / "Application Support"
    else:  # the XDG rule, as Qt reads it: a relative XDG_DATA_HOME is ignored
        data_home = Path(os.environ.get("XDG_DATA_HOME", ""))
        base = data_home if data_home.is_absolute() else Path.home() / ".local" / "share"
    return base / APP_NAME / JOURNAL_FILE


def read_passphrase(source: Path | None, prompt: str, confirm: bool = False) -> str:
    """From the first line of a file, or typed at a terminal (twice when it is new)."""
    if source is not None:
        try:
            lines = source.read_text(encoding="utf-8").splitlines()
            shared = source.stat().st_mode & 0o077
        except OSError as error:
            raise UserError(f"cannot read {source}: {error.strerror}") from None
        if not lines or not lines[0]:
            raise UserError(f"{source} holds no passphrase on its first line")
        if shared:  # a passphrase others can read protects nothing from them
            sys.stderr.write(
                f"note: {source} can be read by other users of this computer (chmod 600 {source})\n"
            )
        typed = lines[0]
    elif not sys.stdin.isatty():
        raise UserError("the journal is encrypted: give --passphrase-file F")
    else:
        typed = getpass.getpass(prompt)
        if confirm and getpass.getpass("Once more: ") != typed:
            raise UserError("the two passphrases differ; nothing was changed")
    if not typed:
        raise UserError("an empty passphrase protects nothing; nothing was changed")
    if confirm:  # a new one: as long as the window asks (loaded only here: list stays fast)
        from coachdesk.storage.protection import MIN_PASSPHRASE

        if len(typed) >= MIN_PASSPHRASE:
            return typed
        raise UserError(
            f"a passphrase needs at least {MIN_PASSPHRASE} characters; nothing was changed"
        )
    return typed


def journal_key(path: Path, passphrase_file: Path | None) -> bytes | None:
    """The key for the journal at `path`: None when it is not encrypted."""
    from coachdesk.storage import protection

    protection.tidy(path)  # what an interrupted encrypt or decrypt left behind
    if protection.kind_of(path) is not protection.JournalKind.ENCRYPTED:
        return None
    return protection.unlock(path, read_passphrase(passphrase_file, "Passphrase: "))


@contextmanager
def writing(path: Path) -> Iterator[None]:
    """Hold the journal's lock while a command writes: never beside the open app."""
    from coachdesk.journal_lock import JournalLock

    lock = JournalLock(path)
    if not lock.acquire():
        raise UserError(f"{path} is open in coachdesk (process {lock.holder()}); close it first")
    try:
        yield
    finally:
        lock.release()


def say_not_encrypted(target: object, err: TextIO) -> None:
    """An export of an encrypted journal is plain text: say so, as the window's dialog does."""
    err.write(f"note: {target} is not encrypted: anyone who has the file can read it.\n")


def _store(path: Path, key: bytes | None) -> JournalStore:
    from coachdesk.storage import JournalStore
    from coachdesk.storage.files import can_write

    if can_write(path):
        return JournalStore.open(path, key)
    return JournalStore.open_to_read(path, key)  # a read-only disk: read it as it is


@contextmanager
def opened(
    args: argparse.Namespace, must_exist: bool = True, write: bool = False
) -> Iterator[JournalStore]:
    """The journal of --journal, unlocked with --passphrase-file (or a prompt) if encrypted.
    It may be open in the window meanwhile: SQLite keeps the two apart, and the window picks
    up what was written (only encrypt, decrypt and restore wait for it to close)."""
    from coachdesk.storage.files import can_write

    path: Path = args.journal
    if must_exist and not path.exists():
        raise UserError(f"no journal at {path}")
    if write and not can_write(path):
        raise UserError(
            f"{path.parent} is read-only (a read-only or full disk?); nothing was written"
        )
    store = _store(path, journal_key(path, args.passphrase_file))
    try:
        yield store
    finally:
        store.close()


@contextmanager
def read(args: argparse.Namespace) -> Iterator[QuickReader | JournalStore]:
    """The journal of --journal for reading only: a quick read-only look when the journal
    is up to date, else opened as `opened` does (which may update it first)."""
    from coachdesk.storage.quick_read import QuickReader

    path: Path = args.journal
    if not path.exists():
        raise UserError(f"no journal at {path}")
    key = journal_key(path, args.passphrase_file)
    reader = QuickReader.open(path, key)
    found = reader if reader is not None else _store(path, key)
    try:
        yield found
    finally:
        found.close()
