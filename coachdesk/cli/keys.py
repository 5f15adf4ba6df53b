"""The journal's encryption from a terminal: encrypt, decrypt, passwd, a new recovery key."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TextIO

from coachdesk.cli.command import Command, UserError
from coachdesk.cli.journal import journal_key, read_passphrase, writing


def _encrypt(args: argparse.Namespace, out: TextIO) -> None:
    with writing(args.journal):
        _encrypt_held(args, out)


def _show_recovery_key(recovery: str, out: TextIO) -> None:
    out.write(
        "This is the journal's recovery key, shown only now:\n\n"
        f"    {recovery}\n\n"
        "Write it down or print it and keep it apart from this laptop. With it you can\n"
        "open the journal if you forget the passphrase; without both, no one can.\n"
    )


def _encrypt_held(args: argparse.Namespace, out: TextIO) -> None:
    from coachdesk.storage import protection

    path: Path = args.journal
    kind = protection.kind_of(path)
    if kind is protection.JournalKind.ENCRYPTED:
        raise UserError(f"{path} is already encrypted; `coachdesk passwd` changes its passphrase")
    if kind is protection.JournalKind.NEW:
        raise UserError(f"no journal at {path}; nothing was encrypted")
    source = args.new_passphrase_file or args.passphrase_file
    passphrase = read_passphrase(source, "New passphrase: ", confirm=True)
    recovery = protection.encrypt(path, passphrase)
    out.write("The journal is encrypted. ")
    _show_recovery_key(recovery, out)


def _decrypt(args: argparse.Namespace, out: TextIO) -> None:
    with writing(args.journal):
        _decrypt_held(args, out)


def _decrypt_held(args: argparse.Namespace, out: TextIO) -> None:
    from coachdesk.storage import protection

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
    from coachdesk.storage import protection

    path: Path = args.journal
    key = journal_key(path, args.passphrase_file)
    if key is None:
        raise UserError(f"{path} is not encrypted; use `coachdesk encrypt`")
    new = read_passphrase(args.new_passphrase_file, "New passphrase: ", confirm=True)
    others = protection.change_passphrase(path, key, new)
    out.write("The passphrase is changed, also in every backup's key file. ")
    out.write("The recovery key still works.\n")
    if others:  # backups of an earlier encryption carry another journal key
        out.write(f"{len(others)} older key files keep the passphrase they had.\n")


def _rotate(args: argparse.Namespace, out: TextIO) -> None:
    with writing(args.journal):
        _rotate_held(args, out)


def _rotate_held(args: argparse.Namespace, out: TextIO) -> None:
    from coachdesk.storage import protection

    path: Path = args.journal
    protection.tidy(path)
    if protection.kind_of(path) is not protection.JournalKind.ENCRYPTED:
        raise UserError(f"{path} is not encrypted; it has no recovery key")
    passphrase = read_passphrase(args.passphrase_file, "Passphrase: ")
    recovery = protection.rotate_recovery_key(path, passphrase)
    out.write("The old recovery key no longer opens the journal or any backup. ")
    _show_recovery_key(recovery, out)


def _new_passphrase(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--new-passphrase-file", type=Path, metavar="F", help="the new passphrase")


COMMANDS = (
    Command("encrypt", "encrypt the journal with a passphrase", _encrypt, _new_passphrase),
    Command("decrypt", "remove the encryption (the journal becomes plain again)", _decrypt),
    Command("passwd", "change the passphrase", _passwd, _new_passphrase),
    Command("rotate-recovery-key", "replace the recovery key (the old one stops working)", _rotate),
)
