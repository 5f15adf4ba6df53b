"""`coachdesk demo`: the demo journal into a new file, or years of one (benchmarks, trainers)."""

from __future__ import annotations

import argparse
import os
from datetime import date
from pathlib import Path
from typing import TextIO

from coachdesk.cli.command import Command, UserError

LANGUAGES = {"en": "English", "nl": "Dutch"}
MAX_YEARS = 60


def write_demo(path: Path, language: str, years: int | None, today: date) -> str:
    """Write the demo (or `years` years of one ending yesterday) into the new file `path`;
    returns what was written, in one line."""
    from coachdesk.coaching.flows import load_flows
    from coachdesk.demo_journal import fill_demo
    from coachdesk.demo_years import fill_years
    from coachdesk.resources import flows_dir
    from coachdesk.storage import JournalStore
    from coachdesk.storage.files import can_write

    if path.exists():
        raise UserError(f"{path} already exists; the demo goes into a new file")
    if not can_write(path):
        raise UserError(f"{path.parent} is read-only (a read-only or full disk?)")
    library = load_flows(flows_dir(), language)  # the shipped flows: the same demo everywhere
    # Written under another name and put in place whole: an interrupted demo leaves no
    # half-filled journal where the next try would refuse it as existing.
    partial = path.with_name(f".{path.name}.{os.getpid()}.partial")
    try:
        store = JournalStore.open(partial)  # creates the folder 0700 and the file 0600
        try:
            if years is None:
                said = f"{fill_demo(store, library, today, language)} reflections"
            else:
                made = fill_years(store, library, years, today, language)
                said = (
                    f"{years} year{'s' if years > 1 else ''}, {made.reflections:,} reflections,"
                    f" {made.check_ins:,} check-ins, {made.open_commitments:,} open commitments,"
                    f" {made.pending_returns:,} lessons waiting to come back"
                )
        finally:
            store.close()  # the last connection: the write-ahead log goes into the file
        _put_in_place(partial, path)
    finally:
        for leftover in (partial, Path(f"{partial}-wal"), Path(f"{partial}-shm")):
            leftover.unlink(missing_ok=True)
    return f"Wrote the demo journal to {path} ({LANGUAGES[language]}; {said})."


def _put_in_place(partial: Path, path: Path) -> None:
    """Never over a file that appeared meanwhile: a hard link fails where one exists."""
    try:
        os.link(partial, path)
    except FileExistsError:
        raise UserError(f"{path} already exists; the demo goes into a new file") from None
    except OSError:  # a file system without hard links
        if path.exists():
            raise UserError(f"{path} already exists; the demo goes into a new file") from None
        partial.rename(path)


def _years(text: str) -> int:
    if not text.isdigit() or not 1 <= int(text) <= MAX_YEARS:
        raise argparse.ArgumentTypeError(f"give a number of years from 1 to {MAX_YEARS}")
    return int(text)


def _demo(args: argparse.Namespace, out: TextIO) -> None:
    from coachdesk.environment import ui_language

    language = args.language or (ui_language() if ui_language() in LANGUAGES else "en")
    out.write(write_demo(args.journal, language, args.years, date.today()) + "\n")


def _options(parser: argparse.ArgumentParser) -> None:
    # No default: the demo never goes into the journal you use.
    parser.add_argument("--journal", type=Path, metavar="PATH", required=True, help="a new file")
    parser.add_argument(
        "--language", choices=tuple(LANGUAGES), help="of the demo (default: the desktop's)"
    )
    parser.add_argument(
        "--years",
        type=_years,
        metavar="N",
        help="one reflection a day for N years ending yesterday, the loop left untidy",
    )
    parser.set_defaults(passphrase_file=None)


COMMANDS = (
    Command(
        "demo",
        "write the demo journal (or N years of one) into a new file",
        _demo,
        _options,
        common=False,
    ),
)
