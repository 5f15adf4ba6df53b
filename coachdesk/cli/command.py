"""What every subcommand module shares: how a command is declared, and the user's errors.

A module of subcommands declares each as a Command: its name, its one line of help, the
options it takes and the function that runs it. cli/__init__.py builds the one parser and
the one list of names from these declarations, so a new command is written down once.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO


class UserError(Exception):
    """Something the user can fix; printed as one line, no traceback."""


Run = Callable[[argparse.Namespace, TextIO], None]


def no_options(_parser: argparse.ArgumentParser) -> None:
    """For a command that takes only the common options."""


@dataclass(frozen=True)
class Command:
    """One subcommand. `help` None keeps it out of the help (the window's own)."""

    name: str
    help: str | None
    run: Run
    options: Callable[[argparse.ArgumentParser], None] = no_options
    common: bool = True  # takes --journal and --passphrase-file


def add_common_options(parser: argparse.ArgumentParser) -> None:
    """--journal and --passphrase-file, which every command on a journal takes."""
    parser.add_argument("--journal", type=Path, metavar="PATH", help="the journal file to use")
    parser.add_argument(
        "--passphrase-file",
        type=Path,
        metavar="F",
        help="read the passphrase of an encrypted journal from F (its first line)",
    )


def add_format_option(parser: argparse.ArgumentParser) -> None:
    """--format text|jsonl, as list and search take it."""
    parser.add_argument("--format", choices=("text", "jsonl"), default="text")
