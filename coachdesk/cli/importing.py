"""`coachdesk import FILE.jsonl`: notes from another tool, all or none."""

from __future__ import annotations

import argparse
from collections.abc import Iterator
from typing import BinaryIO, TextIO

from coachdesk.cli.command import Command, UserError
from coachdesk.cli.journal import opened


def _lines(file: BinaryIO, longest: int) -> Iterator[bytes]:
    """Lines of at most `longest` bytes (+1, so a longer one is seen and refused)."""
    while line := file.readline(longest + 1):
        yield line


def _import(args: argparse.Namespace, out: TextIO) -> None:
    from coachdesk.coaching.flows import FREE_NOTE_ID
    from coachdesk.coaching.jsonl import MAX_LINE_BYTES, ImportFormatError, read_notes
    from coachdesk.environment import load_library

    free_note = load_library().get(FREE_NOTE_ID)
    if free_note is None:
        raise UserError("the Free note flow is missing from this installation")
    try:
        with open(args.file, "rb") as file:
            notes = read_notes(_lines(file, MAX_LINE_BYTES))
    except OSError as error:
        raise UserError(f"cannot read {args.file}: {error.strerror}") from None
    except ImportFormatError as error:
        raise UserError(f"{args.file}: {error}; nothing was imported") from None
    # The whole file was checked before the journal is touched.
    with opened(args, must_exist=False, write=True) as store:
        store.add_all([note.as_reflection(free_note) for note in notes])
    out.write(f"Imported {len(notes)} reflections.\n")


def _options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", metavar="FILE.jsonl")


COMMANDS = (Command("import", "add notes from a JSON Lines file, all or none", _import, _options),)
