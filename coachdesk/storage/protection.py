"""Encrypting, decrypting and re-keying a journal file, all or nothing.

The journal is copied into a new file beside it (SQLCipher's sqlcipher_export), the copy
is verified, and only then does it replace the original with one rename. Until that
rename the original is untouched and is what opens; a crash leaves at most a stray
".encrypting"/".decrypting" file, removed next time. The key file is written before the
rename, so an encrypted journal never exists without its key file; a plain journal that
has a stale key file beside it simply opens as plain (the file's header decides).
"""

from __future__ import annotations

import enum
import os
from collections.abc import Callable
from pathlib import Path

from sqlcipher3 import dbapi2 as sqlcipher

from coachdesk.storage.connection import connect, looks_plain
from coachdesk.storage.errors import DATABASE_ERRORS, JournalError
from coachdesk.storage.keyfile import (
    KeyFile,
    KeyFileError,
    key_file_of,
    new_journal_key,
    new_recovery_key,
)

# Tables whose row counts must match between a journal and its converted copy.
_COUNTED = ("reflections", "answers", "reflection_tags", "commitments", "check_ins", "revisits")


class JournalKind(enum.Enum):
    """What is at a journal path."""

    NEW = "new"
    PLAIN = "plain"
    ENCRYPTED = "encrypted"


def kind_of(path: Path) -> JournalKind:
    """Plain or encrypted by the file's own header; a new journal if nothing is there."""
    if not path.exists() or path.stat().st_size == 0:
        return JournalKind.NEW
    return JournalKind.PLAIN if looks_plain(path) else JournalKind.ENCRYPTED


def unlock(path: Path, passphrase: str) -> bytes:
    """The key of the encrypted journal at `path`; WrongPassphrase when it does not fit."""
    return KeyFile.load(key_file_of(path)).unlock(passphrase)


def recover(path: Path, recovery_key: str) -> bytes:
    """The journal key from the recovery key shown at set-up."""
    return KeyFile.load(key_file_of(path)).recover(recovery_key)


def change_passphrase(path: Path, key: bytes, new_passphrase: str) -> None:
    """Seal the journal key under a new passphrase; the journal itself is not rewritten."""
    key_file = key_file_of(path)
    KeyFile.load(key_file).with_passphrase(key, new_passphrase).save(key_file)


def _counts(conn: object) -> list[int]:
    execute = conn.execute  # type: ignore[attr-defined]
    present = {name for (name,) in execute("select name from sqlite_master where type = 'table'")}
    return [
        int(execute(f"select count(*) from {table}").fetchone()[0]) if table in present else -1
        for table in _COUNTED
    ]


def _convert(
    source: Path, source_key: bytes | None, target: Path, target_key: bytes | None
) -> None:
    """Copy `source` into a new file `target` with another key (or none), and verify it."""
    target.unlink(missing_ok=True)
    conn = sqlcipher.connect(str(source), isolation_level=None)
    try:
        if source_key is not None:
            conn.execute("PRAGMA cipher_log_level = NONE")
            conn.execute(f"PRAGMA key = \"x'{source_key.hex()}'\"")
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # what is in the WAL goes along
        before = _counts(conn)
        quoted = str(target).replace("'", "''")
        attached_key = f"x'{target_key.hex()}'" if target_key is not None else ""
        conn.execute(f"ATTACH DATABASE '{quoted}' AS converted KEY \"{attached_key}\"")
        conn.execute("SELECT sqlcipher_export('converted')")
        conn.execute("DETACH DATABASE converted")
    finally:
        conn.close()
    os.chmod(target, 0o600)
    check = connect(target, target_key)
    try:
        (verdict,) = check.execute("PRAGMA integrity_check").fetchone()
        after = _counts(check)
    finally:
        check.close()
    if verdict != "ok" or after != before:
        target.unlink(missing_ok=True)
        raise JournalError(f"The converted journal did not match the original ({verdict}).")


def _replace(staged: Path, journal: Path) -> None:
    for suffix in ("-wal", "-shm"):  # the closed original's, already checkpointed
        journal.with_name(journal.name + suffix).unlink(missing_ok=True)
    os.replace(staged, journal)
    directory = os.open(journal.parent, os.O_RDONLY)
    try:
        os.fsync(directory)
    finally:
        os.close(directory)


def encrypt(path: Path, passphrase: str, step: Callable[[str], None] = lambda _: None) -> str:
    """Encrypt the (closed) plain journal at `path`; returns the recovery key to show once.

    `step` is told each stage; tests use it to interrupt between any two of them.
    """
    if kind_of(path) is not JournalKind.PLAIN:
        raise JournalError(f"{path} is not an unencrypted journal.")
    staged = path.with_name(path.name + ".encrypting")
    key, recovery = new_journal_key(), new_recovery_key()
    try:
        step("copying")
        _convert(path, None, staged, key)
        step("sealing the key")
        KeyFile.create(key, passphrase, recovery).save(key_file_of(path))
        step("replacing")
        _replace(staged, path)
    except DATABASE_ERRORS as error:
        staged.unlink(missing_ok=True)
        raise JournalError(f"Encrypting failed; the journal is unchanged ({error}).") from None
    except BaseException:
        staged.unlink(missing_ok=True)
        raise
    return recovery


def decrypt(path: Path, key: bytes, step: Callable[[str], None] = lambda _: None) -> None:
    """Turn the (closed) encrypted journal at `path` back into a plain one."""
    if kind_of(path) is not JournalKind.ENCRYPTED:
        raise JournalError(f"{path} is not an encrypted journal.")
    staged = path.with_name(path.name + ".decrypting")
    try:
        step("copying")
        _convert(path, key, staged, None)
        step("replacing")
        _replace(staged, path)
    except DATABASE_ERRORS as error:
        staged.unlink(missing_ok=True)
        raise JournalError(f"Decrypting failed; the journal is unchanged ({error}).") from None
    except BaseException:
        staged.unlink(missing_ok=True)
        raise
    step("removing the key file")
    key_file_of(path).unlink(missing_ok=True)


def tidy(path: Path) -> None:
    """Remove what an interrupted conversion left: staged copies, a key file a plain
    journal no longer needs."""
    left = [path.with_name(path.name + suffix) for suffix in (".encrypting", ".decrypting")]
    if kind_of(path) is JournalKind.PLAIN:
        left.append(key_file_of(path))
    for file in left:
        if file.exists():  # on a read-only disk even removing nothing would fail
            file.unlink()


__all__ = [
    "JournalKind",
    "KeyFileError",
    "change_passphrase",
    "decrypt",
    "encrypt",
    "kind_of",
    "recover",
    "tidy",
    "unlock",
]
