"""Backups through SQLite itself (VACUUM INTO, never a file copy), kept 7 daily and 4 weekly.

A backup is a complete journal in `backups/` beside the journal. An encrypted journal's
backups are encrypted with the same key; each gets a copy of the key file it needs, so a
backup still opens after its encryption was removed. Changing the passphrase re-seals
these copies too (protection.change_passphrase), so the old passphrase opens none of them.
Encrypting a journal encrypts its plain backups (protection.encrypt); restoring a plain
backup over an encrypted journal is refused unless the caller allows it.
"""

from __future__ import annotations

import functools
import os
import re
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from coachdesk.storage.connection import connect, looks_plain
from coachdesk.storage.errors import DATABASE_ERRORS, JournalError
from coachdesk.storage.files import replace_file
from coachdesk.storage.keyfile import key_file_of

if TYPE_CHECKING:  # the command line's reading commands load no sqlite-utils (quick_read.py)
    from sqlite_utils import Database

FOLDER = "backups"
KEEP_DAILY = 7
KEEP_WEEKLY = 4
KEEP_BEFORE_MIGRATION = 3
_NAME = re.compile(r"^(?P<stem>.+)-(?P<stamp>\d{8}-\d{6})-(?P<reason>[a-z0-9_-]+)\.sqlite$")


class PlainBackupRefused(JournalError):
    """A plain backup would replace an encrypted journal: its text would be readable."""

    def __init__(self, backup: Path) -> None:
        super().__init__(
            f"{backup.name} is not encrypted and the journal is: restoring it would leave "
            "the journal unencrypted. Nothing was changed."
        )


@dataclass(frozen=True)
class Backup:
    """One backup file and when and why it was made."""

    path: Path
    made_at: datetime
    reason: str  # "daily", "manual", or "before-<migration>"

    @property
    def encrypted(self) -> bool:
        """True when it needs a key: its header says so (a key file may lie beside a plain
        backup that an interrupted encrypt has not converted yet)."""
        return not looks_plain(self.path)


def folder_of(journal: Path) -> Path:
    """Where a journal's backups are kept."""
    return journal.parent / FOLDER


def backups_of(journal: Path) -> list[Backup]:
    """The journal's backups, newest first."""
    folder = folder_of(journal)
    if not folder.is_dir():
        return []
    found = []
    for path in folder.glob(f"{journal.stem}-*.sqlite"):
        match = _NAME.match(path.name)
        if match and match["stem"] == journal.stem:
            made = datetime.strptime(match["stamp"], "%Y%m%d-%H%M%S").astimezone()
            found.append(Backup(path, made, match["reason"]))
    return sorted(found, key=lambda b: b.made_at, reverse=True)


def has_daily(journal: Path, today: date) -> bool:
    """True when today's backup exists already."""
    return any(b.made_at.date() == today for b in backups_of(journal))


def make(db: Database, journal: Path, reason: str, now: datetime) -> Backup:
    """Write a backup of the journal `db` is connected to (read-only is enough)."""
    folder = folder_of(journal)
    folder.mkdir(mode=0o700, exist_ok=True)
    local = now.astimezone()
    target = folder / f"{journal.stem}-{local:%Y%m%d-%H%M%S}-{reason}.sqlite"
    partial = target.with_name(target.name + ".partial")
    partial.unlink(missing_ok=True)
    try:
        db.execute("VACUUM INTO ?", [str(partial)])
    except DATABASE_ERRORS as error:
        partial.unlink(missing_ok=True)
        raise JournalError(f"The backup could not be written ({error}).") from None
    os.chmod(partial, 0o600)
    key_file = key_file_of(journal)
    if key_file.exists() and not _looks_plain_file(partial):
        shutil.copyfile(key_file, key_file_of(target))
        os.chmod(key_file_of(target), 0o600)
    os.replace(partial, target)
    return Backup(target, local.replace(microsecond=0), reason)


def _looks_plain_file(path: Path) -> bool:
    with path.open("rb") as file:
        return file.read(16) == b"SQLite format 3\x00"


def to_keep(backups: list[Backup]) -> set[Path]:
    """Which backups the rotation keeps: the newest of each of the last 7 days with one,
    the newest of each of the last 4 weeks before those, the last 3 before migrations,
    and every manual one."""
    keep: set[Path] = set()
    days: dict[date, Backup] = {}
    weeks: dict[tuple[int, int], Backup] = {}
    migrations = [b for b in backups if b.reason.startswith("before-")]
    for backup in backups:  # newest first, so the first seen of a day or week is its newest
        if backup.reason == "manual":
            keep.add(backup.path)
        elif not backup.reason.startswith("before-"):
            days.setdefault(backup.made_at.date(), backup)
    daily = list(days.values())[:KEEP_DAILY]
    keep.update(b.path for b in daily)
    for backup in list(days.values())[KEEP_DAILY:]:
        week = backup.made_at.isocalendar()
        weeks.setdefault((week.year, week.week), backup)
    keep.update(b.path for b in list(weeks.values())[:KEEP_WEEKLY])
    keep.update(b.path for b in migrations[:KEEP_BEFORE_MIGRATION])
    return keep


def rotate(journal: Path) -> list[Path]:
    """Delete the backups the rotation no longer keeps; returns what went."""
    backups = backups_of(journal)
    keep = to_keep(backups)
    gone = []
    for backup in backups:
        if backup.path not in keep:
            backup.path.unlink(missing_ok=True)
            key_file_of(backup.path).unlink(missing_ok=True)
            gone.append(backup.path)
    return gone


def check(path: Path, key: bytes | None) -> str:
    """'ok', or what SQLite's quick check found wrong, for a journal or a backup."""
    try:
        conn = connect(path, key, read_only=True)
    except DATABASE_ERRORS as error:
        return str(error)
    try:
        return str(conn.execute("PRAGMA quick_check").fetchone()[0])
    except DATABASE_ERRORS as error:
        return str(error)
    finally:
        conn.close()


def restore(backup: Backup, journal: Path, key: bytes | None, allow_plain: bool = False) -> Path:
    """Put `backup` in the journal's place (the journal must be closed). The journal it
    replaces is kept, renamed, never deleted; returns where it went. A plain backup over
    an encrypted journal raises PlainBackupRefused unless `allow_plain`."""
    journal_encrypted = journal.exists() and not looks_plain(journal)
    if journal_encrypted and not backup.encrypted and not allow_plain:
        raise PlainBackupRefused(backup.path)
    key = key if backup.encrypted else None
    verdict = check(backup.path, key)
    if verdict != "ok":
        raise JournalError(f"That backup is damaged too ({verdict}); nothing was changed.")
    staged = journal.with_name(journal.name + ".restoring")
    staged.unlink(missing_ok=True)
    source = connect(backup.path, key, read_only=True)
    try:
        source.execute("VACUUM INTO ?", [str(staged)])
    except DATABASE_ERRORS as error:
        staged.unlink(missing_ok=True)
        raise JournalError(f"The backup could not be restored ({error}).") from None
    finally:
        source.close()
    os.chmod(staged, 0o600)
    stamp = datetime.now().astimezone().strftime("%Y%m%d-%H%M%S")
    kept = journal.with_name(f"{journal.name}.replaced-{stamp}")
    try:
        _swap_in(staged, journal, kept, key_file_of(backup.path) if backup.encrypted else None)
    except OSError as error:
        raise JournalError(
            f"The backup could not be put in place ({error.strerror or error}); "
            "the journal is as it was."
        ) from None
    finally:
        staged.unlink(missing_ok=True)
    return kept


def _swap_in(staged: Path, journal: Path, kept: Path, key_file: Path | None) -> None:
    """Put `staged` at `journal`, the journal there before kept at `kept`, so that the
    journal's path holds a whole journal at every moment: the old one is linked (or
    copied) to `kept` first and replaced in one rename at the end. A step that fails
    (Windows refuses to rename a file a virus scanner holds) undoes the ones before it."""
    undo: list[Callable[[], None]] = []
    try:
        if journal.exists():
            _keep_copy(journal, kept)
            undo.append(lambda: kept.unlink(missing_ok=True))
        for suffix in ("-wal", "-shm"):  # a log must never meet another journal
            side = journal.with_name(journal.name + suffix)
            kept_side = kept.with_name(kept.name + suffix)
            if side.exists():
                replace_file(side, kept_side)
                undo.append(functools.partial(os.replace, kept_side, side))
        old_key = key_file_of(journal)
        had_key = old_key.exists()
        if had_key:  # the key file stays with the journal it opens
            shutil.copyfile(old_key, key_file_of(kept))
            os.chmod(key_file_of(kept), 0o600)
            undo.append(key_file_of(kept).unlink)
        same_key = had_key and key_file is not None and _same_bytes(key_file, old_key)
        if key_file is not None and not same_key:  # written before the journal it opens
            _put_key_file(key_file, old_key)
            if had_key:
                undo.append(functools.partial(_put_key_file, key_file_of(kept), old_key))
            else:
                undo.append(functools.partial(old_key.unlink, missing_ok=True))
        replace_file(staged, journal)
    except BaseException:
        for step in reversed(undo):
            try:
                step()
            except (OSError, JournalError):
                pass  # the journal's path still holds a journal; the rest is tidied later
        raise
    if key_file is None:  # a plain journal now; its old key file went along to `kept`
        key_file_of(journal).unlink(missing_ok=True)


def _same_bytes(one: Path, other: Path) -> bool:
    return one.read_bytes() == other.read_bytes()


def _keep_copy(journal: Path, kept: Path) -> None:
    # A hard link costs no space and no time; where there are none (FAT, some shares), a copy.
    try:
        os.link(journal, kept)
    except OSError:
        shutil.copy2(journal, kept)
        os.chmod(kept, 0o600)


def _put_key_file(source: Path, target: Path) -> None:
    temporary = target.with_name(target.name + ".tmp")
    shutil.copyfile(source, temporary)
    os.chmod(temporary, 0o600)
    try:
        replace_file(temporary, target)
    finally:
        temporary.unlink(missing_ok=True)


def missing_from(
    backup: Backup, backup_key: bytes | None, journal: Path, key: bytes | None
) -> int | None:
    """How many of the journal's reflections the backup does not have (None: unreadable)."""

    def ids(path: Path, with_key: bytes | None) -> set[int] | None:
        try:
            conn = connect(path, with_key, read_only=True)
        except DATABASE_ERRORS:
            return None
        try:
            return {rid for (rid,) in conn.execute("select id from reflections")}
        except DATABASE_ERRORS:
            return None
        finally:
            conn.close()

    now, then = ids(journal, key), ids(backup.path, backup_key)
    return None if now is None or then is None else len(now - then)
