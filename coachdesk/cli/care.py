"""The journal's care from a terminal: backup, restore, check."""

from __future__ import annotations

import argparse
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from coachdesk.cli.command import Command, UserError
from coachdesk.cli.journal import journal_key, read_passphrase, writing

if TYPE_CHECKING:
    from coachdesk.storage.backups import Backup


def _when(moment: datetime) -> str:
    return moment.astimezone().strftime("%Y-%m-%d %H:%M")


def _backup(args: argparse.Namespace, out: TextIO) -> None:
    from coachdesk.storage import JournalStore, backups
    from coachdesk.storage.files import can_write

    path: Path = args.journal
    if not path.exists():
        raise UserError(f"no journal at {path}")
    folder = backups.folder_of(path)
    if not can_write(folder):
        raise UserError(f"{folder} is read-only (a read-only or full disk?); no backup was made")
    store = JournalStore.open(path, journal_key(path, args.passphrase_file))
    try:
        made = store.back_up("manual", datetime.now().astimezone())
    finally:
        store.close()
    out.write(f"Backed up to {made.path}\n")


def _chosen(path: Path, which: str | None) -> Backup:
    from coachdesk.storage import backups

    found = backups.backups_of(path)
    if not found:
        raise UserError(f"there are no backups of {path}")
    if which is None:
        return found[0]
    if which.isdigit() and 1 <= int(which) <= len(found):
        return found[int(which) - 1]
    named = [b for b in found if b.path.name == Path(which).name]
    if not named:
        raise UserError(f"no backup {which!r}; `coachdesk restore --list` shows them")
    return named[0]


def _restore(args: argparse.Namespace, out: TextIO) -> None:
    from coachdesk.storage import backups

    path: Path = args.journal
    if args.list:
        for number, backup in enumerate(backups.backups_of(path), start=1):
            lock = "  (encrypted)" if backup.encrypted else ""
            when = _when(backup.made_at)
            out.write(f"{number:>3}  {when}  {backup.reason:<12} {backup.path.name}{lock}\n")
        return
    with writing(path):  # before anything is asked: the app may have it open
        _restore_held(args, out)


def _restore_held(args: argparse.Namespace, out: TextIO) -> None:
    from coachdesk.storage import JournalError, backups, protection

    path: Path = args.journal
    chosen = _chosen(path, args.backup)
    try:
        # First: unlocking encrypts the plain copies an interrupted encrypt left, the
        # chosen backup among them, so whether it is encrypted is known only afterwards.
        current_key = journal_key(path, args.passphrase_file)
    except (JournalError, UserError):
        current_key = None  # a journal that cannot be opened loses what it holds anyway
    key = None
    if chosen.encrypted:
        key = protection.unlock(chosen.path, _passphrase_for(args))
    lost = backups.missing_from(chosen, key, path, current_key)
    try:
        kept = backups.restore(chosen, path, key, allow_plain=args.allow_plain)
    except backups.PlainBackupRefused as error:
        raise UserError(f"{error} `--allow-plain` restores it anyway") from None
    out.write(f"Restored the backup of {_when(chosen.made_at)}.\n")
    if lost:
        out.write(f"{lost} reflections of the journal are not in it; ")
    out.write(f"the journal it replaced is kept as {kept.name}.\n")


def _passphrase_for(args: argparse.Namespace) -> str:
    return read_passphrase(args.passphrase_file, "Passphrase of the backup: ")


def _check(args: argparse.Namespace, out: TextIO) -> None:
    from coachdesk.storage import backups, protection
    from coachdesk.storage.connection import applied_migrations, is_empty
    from coachdesk.storage.keyfile import key_file_of
    from coachdesk.storage.migrations import known_migrations

    path: Path = args.journal
    if not path.exists():
        raise UserError(f"no journal at {path}")
    kind = protection.kind_of(path)
    key = journal_key(path, args.passphrase_file)
    applied = applied_migrations(path, key)
    # SQLite takes an empty file for an empty database, and its quick check says ok.
    empty = is_empty(path)
    verdict = "empty file" if empty else backups.check(path, key)
    made = backups.backups_of(path)
    out.write(f"journal:     {path} ({kind.value})\n")
    out.write(f"schema:      version {len(applied)} of {len(known_migrations())} known\n")
    if kind is protection.JournalKind.ENCRYPTED:
        out.write(f"key file:    {key_file_of(path).name} present\n")
    out.write(f"integrity:   {verdict}\n")
    if made:
        out.write(f"backups:     {len(made)}, newest {_when(made[0].made_at)} ({made[0].reason})\n")
    else:
        out.write("backups:     none yet\n")
    # After unlocking, which encrypts what it can: what is still plain could not be.
    plain = protection.plain_copies(path)
    if kind is protection.JournalKind.ENCRYPTED:
        out.write(f"plain copies: {len(plain) or 'none'}\n")
    if empty:
        restore = "; `coachdesk restore` puts a backup back" if made else ""
        raise UserError(f"{path} is empty: it holds no journal{restore}")
    if verdict != "ok":
        raise UserError(
            f"the journal is damaged ({verdict}); `coachdesk restore` puts a backup back"
        )
    if "0010_attachments" in applied:
        _check_attachments(path, key, out)
    if plain:
        names = ", ".join(str(copy) for copy in plain)
        raise UserError(
            f"{len(plain)} copies beside the encrypted journal are not encrypted and can be "
            f"read without the passphrase: {names} (delete them, or free space and run "
            "`coachdesk check` again to encrypt them)"
        )


def _check_attachments(path: Path, key: bytes | None, out: TextIO) -> None:
    """Each picture and file against its SHA-256: a line, or a UserError naming those changed."""
    from coachdesk.storage import JournalStore

    store = JournalStore.open_read_only(path, key)
    try:
        count, size = len(store.all_attachments()), store.attachments_size()
        room = store.attachment_limits.per_journal
        changed = store.changed_attachments()
    finally:
        store.close()
    mb = 1024 * 1024
    out.write(f"attachments: {count}, {size / mb:.1f} MB of {room // mb} MB\n")
    if changed:
        names = ", ".join(f"{a.name} (reflection {a.reflection_id})" for a in changed)
        what = "1 picture or file" if len(changed) == 1 else f"{len(changed)} pictures and files"
        raise UserError(
            f"{what} changed on disk since they were stored: {names};"
            " `coachdesk restore` puts a backup back"
        )


def _restore_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("backup", nargs="?", help="a number from --list, or a file name")
    parser.add_argument("--list", action="store_true", help="list the backups")
    parser.add_argument(
        "--allow-plain",
        action="store_true",
        help="restore an unencrypted backup over an encrypted journal (it becomes unencrypted)",
    )


COMMANDS = (
    Command("backup", "make a backup now", _backup),
    Command(
        "restore", "put a backup back (the newest unless told which)", _restore, _restore_options
    ),
    Command("check", "integrity, schema version and backups", _check),
)
