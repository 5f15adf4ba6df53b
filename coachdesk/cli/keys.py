"""The command line's passphrases: unlocking, and encrypt / decrypt / passwd."""

from __future__ import annotations

import argparse
import getpass
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TextIO

from coachdesk.journal_lock import JournalLock
from coachdesk.storage import protection
from coachdesk.storage.protection import JournalKind


class UserError(Exception):
    """Something the user can fix; printed as one line, no traceback."""


def read_passphrase(source: Path | None, prompt: str, confirm: bool = False) -> str:
    """From the first line of a file, or typed at a terminal (twice when it is new)."""
    if source is not None:
        try:
            lines = source.read_text(encoding="utf-8").splitlines()
        except OSError as error:
            raise UserError(f"cannot read {source}: {error.strerror}") from None
        if not lines or not lines[0]:
            raise UserError(f"{source} holds no passphrase on its first line")
        return lines[0]
    if not sys.stdin.isatty():
        raise UserError("the journal is encrypted: give --passphrase-file F")
    typed = getpass.getpass(prompt)
    if confirm and getpass.getpass("Once more: ") != typed:
        raise UserError("the two passphrases differ; nothing was changed")
    if not typed:
        raise UserError("an empty passphrase protects nothing; nothing was changed")
    return typed


@contextmanager
def writing(path: Path) -> Iterator[None]:
    """Hold the journal's lock while a command writes: never beside the open app."""
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


def journal_key(path: Path, passphrase_file: Path | None) -> bytes | None:
    """The key for the journal at `path`: None when it is not encrypted."""
    protection.tidy(path)  # what an interrupted encrypt or decrypt left behind
    if protection.kind_of(path) is not JournalKind.ENCRYPTED:
        return None
    return protection.unlock(path, read_passphrase(passphrase_file, "Passphrase: "))


def _encrypt(args: argparse.Namespace, out: TextIO) -> None:
    with writing(args.journal):
        _encrypt_held(args, out)


def _encrypt_held(args: argparse.Namespace, out: TextIO) -> None:
    path: Path = args.journal
    kind = protection.kind_of(path)
    if kind is JournalKind.ENCRYPTED:
        raise UserError(f"{path} is already encrypted; `coachdesk passwd` changes its passphrase")
    if kind is JournalKind.NEW:
        raise UserError(f"no journal at {path}; nothing was encrypted")
    source = args.new_passphrase_file or args.passphrase_file
    passphrase = read_passphrase(source, "New passphrase: ", confirm=True)
    recovery = protection.encrypt(path, passphrase)
    out.write(
        "The journal is encrypted. This is its recovery key, shown only now:\n\n"
        f"    {recovery}\n\n"
        "Write it down or print it and keep it apart from this laptop. With it you can\n"
        "open the journal if you forget the passphrase; without both, no one can.\n"
    )


def _decrypt(args: argparse.Namespace, out: TextIO) -> None:
    with writing(args.journal):
        _decrypt_held(args, out)


def _decrypt_held(args: argparse.Namespace, out: TextIO) -> None:
    path: Path = args.journal
    key = journal_key(path, args.passphrase_file)
    if key is None:
        raise UserError(f"{path} is not encrypted")
    protection.decrypt(path, key)
    out.write("The journal is no longer encrypted.\n")


def _passwd(args: argparse.Namespace, out: TextIO) -> None:
    with writing(args.journal):
        _passwd_held(args, out)


def _passwd_held(args: argparse.Namespace, out: TextIO) -> None:
    path: Path = args.journal
    key = journal_key(path, args.passphrase_file)
    if key is None:
        raise UserError(f"{path} is not encrypted; use `coachdesk encrypt`")
    new = read_passphrase(args.new_passphrase_file, "New passphrase: ", confirm=True)
    protection.change_passphrase(path, key, new)
    out.write("The passphrase is changed. The recovery key still works.\n")


def add_key_commands(commands: Any, common: argparse.ArgumentParser) -> None:
    """encrypt, decrypt and passwd, each with the common options."""
    for name, run, text in (
        ("encrypt", _encrypt, "encrypt the journal with a passphrase"),
        ("decrypt", _decrypt, "remove the encryption (the journal becomes plain again)"),
        ("passwd", _passwd, "change the passphrase"),
    ):
        command = commands.add_parser(name, parents=[common], help=text)
        if name != "decrypt":
            command.add_argument(
                "--new-passphrase-file", type=Path, metavar="F", help="the new passphrase"
            )
        command.set_defaults(run=run)
