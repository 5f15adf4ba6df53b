"""Encrypting, decrypting and re-keying a journal file, all or nothing.

The journal is copied into a new file beside it (SQLCipher's sqlcipher_export), the copy
is verified, and only then does it replace the original with one rename. Until that
rename the original is untouched and is what opens; a crash leaves at most a stray
".encrypting"/".decrypting" file, removed next time. The key file is written before the
rename, so an encrypted journal never exists without its key file; a plain journal that
has a stale key file beside it simply opens as plain (the file's header decides).

Encrypting leaves no plain copy of the journal behind: every backup and every journal a
restore set aside (".replaced-…") is converted the same way, each beside itself, its key
file written before the rename, so a copy is always either the old plain one or the new
encrypted one. What an interruption leaves is finished at the next unlock (`_finish`).
Every copy of an encrypted journal starts with the same 16-byte SQLCipher salt, the
journal's id (VACUUM INTO keeps it; conversions here set it): that is how a key file or a
backup is known to belong to this journal, before anything is decrypted.
"""

from __future__ import annotations

import enum
import os
import re
import secrets
from collections.abc import Callable
from pathlib import Path

from sqlcipher3 import dbapi2 as sqlcipher

from coachdesk.storage.backups import folder_of
from coachdesk.storage.connection import SQLITE_MAGIC, connect, looks_plain
from coachdesk.storage.errors import DATABASE_ERRORS, JournalError
from coachdesk.storage.files import fsync_directory, replace_file
from coachdesk.storage.keyfile import (
    JOURNAL_ID_BYTES,
    ForeignKeyFile,
    KeyFile,
    KeyFileError,
    key_file_of,
    new_journal_key,
    new_recovery_key,
)

# What converting one copy may raise without it being a bug.
_COPY_ERRORS: tuple[type[Exception], ...] = (OSError, JournalError, *DATABASE_ERRORS)
# Tables whose row counts must match between a journal and its converted copy.
_COUNTED = (
    "reflections",
    "answers",
    "reflection_tags",
    "commitments",
    "check_ins",
    "revisits",
    "attachments",
)


# The shortest passphrase the window and the command line accept.
MIN_PASSPHRASE = 8


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


def _head(path: Path) -> bytes:
    try:
        with path.open("rb") as file:
            return file.read(JOURNAL_ID_BYTES)
    except OSError:
        return b""


def _key_file_for(path: Path) -> KeyFile:
    """The journal's key file, refused when it was made for another journal."""
    key_file = KeyFile.load(key_file_of(path))
    # Compared before Argon2 runs: another journal's file says so, not "wrong passphrase".
    if key_file.journal_id is not None and path.exists() and _head(path) != key_file.journal_id:
        raise ForeignKeyFile(key_file_of(path).name)
    return key_file


def unlock(path: Path, passphrase: str) -> bytes:
    """The key of the encrypted journal at `path`; WrongPassphrase when it does not fit.

    Also finishes what an interrupted encrypt or passphrase change left (see `_finish`)."""
    key = _key_file_for(path).unlock(passphrase)
    _finish(path, key)
    return key


def recover(path: Path, recovery_key: str) -> bytes:
    """The journal key from the recovery key shown at set-up."""
    key = _key_file_for(path).recover(recovery_key)
    _finish(path, key)
    return key


def change_passphrase(path: Path, key: bytes, new_passphrase: str) -> list[Path]:
    """Seal the journal key under a new passphrase, in the journal's key file and in every
    key file a copy of it carries (backups, set-aside journals), so that no key file in
    the data folder opens with the old passphrase. The journal itself is not rewritten.
    Returns the key files of older copies (another journal key) that were left as they are.
    """
    key_file = key_file_of(path)
    KeyFile.load(key_file).with_passphrase(key, new_passphrase).save(key_file)
    return _sync_key_files(path)


def rotate_recovery_key(path: Path, passphrase: str) -> str:
    """A new recovery key for the encrypted journal at `path`, returned to be shown once:
    the journal's key file and every copy's are sealed again, so the old recovery key opens
    nothing in the data folder. The passphrase proves it is the owner asking (and lets a
    key file of format 1 become format 2, bound to this journal)."""
    key = _key_file_for(path).unlock(passphrase)
    recovery = new_recovery_key()
    KeyFile.create(key, passphrase, recovery, _head(path)).save(key_file_of(path))
    _sync_key_files(path)
    return recovery


def copies_of(path: Path) -> list[Path]:
    """Every whole copy of the journal in its data folder: backups (also half-written ones),
    journals a restore set aside, and staged conversions."""
    found = [p for p in path.parent.glob(f"{path.name}.*") if p.is_file()]
    folder = folder_of(path)
    if folder.is_dir():
        # Only this journal's: "journal-work.sqlite" may keep its backups in the same folder.
        mine = re.compile(re.escape(path.stem) + r"-\d{8}-\d{6}-")
        found += [p for p in folder.glob(f"{path.stem}-*") if mine.match(p.name) and p.is_file()]
    side = ("-wal", "-shm", ".key", ".tmp", ".lock")
    return sorted(p for p in found if not p.name.endswith(side) and ".key." not in p.name)


def _is_plain_database(path: Path) -> bool:
    with path.open("rb") as file:
        return file.read(len(SQLITE_MAGIC)) == SQLITE_MAGIC


def plain_copies(path: Path) -> list[Path]:
    """The unencrypted copies lying beside an encrypted journal (none for a plain one)."""
    if kind_of(path) is not JournalKind.ENCRYPTED:
        return []
    return [copy for copy in copies_of(path) if _is_plain_database(copy)]


_STAGED = (".encrypting", ".decrypting", ".restoring", ".partial")


def _is_kept(copy: Path, path: Path) -> bool:
    # A backup or a set-aside journal is kept; staged files are only halves of a change.
    in_backups = copy.parent != path.parent
    return (in_backups or ".replaced-" in copy.name) and not copy.name.endswith(_STAGED)


def _finish(path: Path, key: bytes) -> list[Path]:
    """Encrypt the plain copies beside the encrypted journal with its key (removing plain
    staged files), and give every copy the journal's current key file. Returns what could
    not be done: `check` reports it; opening must not fail for it (a read-only disk)."""
    left: list[Path] = []
    journal_id = _head(path)
    try:
        found = plain_copies(path)
    except OSError:  # a copy that cannot even be read is not one this unlock can fix
        return left
    for copy in found:
        try:
            if not _is_kept(copy, path):
                copy.unlink()
                continue
            staged = copy.with_name(copy.name + ".encrypting")
            try:
                _convert(copy, None, staged, key, journal_id)
                KeyFile.load(key_file_of(path)).save(key_file_of(copy))
                _replace(staged, copy)
            finally:
                staged.unlink(missing_ok=True)
        except _COPY_ERRORS:
            left.append(copy)
    try:
        _sync_key_files(path)
    except (OSError, JournalError):
        pass  # what is left is found again at the next unlock
    return left


def _sync_key_files(path: Path) -> list[Path]:
    """Give each encrypted copy of this journal (same id) the journal's key file, written
    atomically; returns the key files left alone (a copy under another journal key, or
    one that could not be read or written)."""
    current = KeyFile.load(key_file_of(path))
    journal_id, wanted = _head(path), current.to_bytes()
    others = []
    for copy in copies_of(path):
        key_file = key_file_of(copy)
        try:
            if not _is_kept(copy, path) or _is_plain_database(copy):
                continue
            if _head(copy) != journal_id:
                if key_file.exists():
                    others.append(key_file)
                continue
            if not key_file.exists() or key_file.read_bytes() != wanted:
                current.save(key_file)
        except OSError:  # unreadable, or a read-only folder: this copy keeps what it has
            others.append(key_file)
    return others


def _counts(conn: object) -> list[int]:
    execute = conn.execute  # type: ignore[attr-defined]
    present = {name for (name,) in execute("select name from sqlite_master where type = 'table'")}
    return [
        int(execute(f"select count(*) from {table}").fetchone()[0]) if table in present else -1
        for table in _COUNTED
    ]


def _convert(
    source: Path,
    source_key: bytes | None,
    target: Path,
    target_key: bytes | None,
    journal_id: bytes = b"",
) -> None:
    """Copy `source` into a new file `target` with another key (or none), and verify it;
    an encrypted target starts with `journal_id` as its salt when one is given."""
    target.unlink(missing_ok=True)
    conn = sqlcipher.connect(str(source), isolation_level=None)
    try:
        if source_key is not None:
            conn.execute("PRAGMA cipher_log_level = NONE")
            conn.execute(f"PRAGMA key = \"x'{source_key.hex()}'\"")
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # what is in the WAL goes along
        before = _counts(conn)
        quoted = str(target).replace("'", "''")
        # A raw key followed by 16 bytes sets the new file's salt (SQLCipher's raw key form).
        attached_key = f"x'{target_key.hex()}{journal_id.hex()}'" if target_key is not None else ""
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
    replace_file(staged, journal)
    fsync_directory(journal.parent)


def encrypt(path: Path, passphrase: str, step: Callable[[str], None] = lambda _: None) -> str:
    """Encrypt the (closed) plain journal at `path`; returns the recovery key to show once.

    `step` is told each stage; tests use it to interrupt between any two of them.
    """
    if kind_of(path) is not JournalKind.PLAIN:
        raise JournalError(f"{path} is not an unencrypted journal.")
    staged = path.with_name(path.name + ".encrypting")
    key, recovery = new_journal_key(), new_recovery_key()
    journal_id = secrets.token_bytes(JOURNAL_ID_BYTES)
    try:
        step("copying")
        _convert(path, None, staged, key, journal_id)
        step("sealing the key")
        KeyFile.create(key, passphrase, recovery, journal_id).save(key_file_of(path))
        step("replacing")
        _replace(staged, path)
    except DATABASE_ERRORS as error:
        staged.unlink(missing_ok=True)
        raise JournalError(f"Encrypting failed; the journal is unchanged ({error}).") from None
    except BaseException:
        staged.unlink(missing_ok=True)
        raise
    step("encrypting the copies")
    # The journal is encrypted now: a copy that fails must not cost the recovery key (it
    # is shown once, by the caller); `plain_copies` finds it and the next unlock retries.
    _finish(path, key)
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
    left += [copy for copy in copies_of(path) if copy.name.endswith(".encrypting")]
    if kind_of(path) is JournalKind.PLAIN:
        left.append(key_file_of(path))
    for file in left:
        if file.exists():  # on a read-only disk even removing nothing would fail
            file.unlink()


__all__ = [
    "MIN_PASSPHRASE",
    "JournalKind",
    "KeyFileError",
    "change_passphrase",
    "copies_of",
    "decrypt",
    "encrypt",
    "kind_of",
    "plain_copies",
    "recover",
    "rotate_recovery_key",
    "tidy",
    "unlock",
]
