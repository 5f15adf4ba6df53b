"""`coachdesk import PATH`: another app's history (or coachdesk's own export), all or none.

The whole source is read and checked before the journal is touched; then what is new is
written in one transaction, and what the journal holds already (the same moment and text)
is counted, not added again. One line per problem, then what came in.
"""

from __future__ import annotations

import argparse
import getpass
import sys
from collections import Counter
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from coachdesk.cli.command import Command, UserError
from coachdesk.cli.journal import journal_key, opened, read_passphrase

if TYPE_CHECKING:
    from coachdesk.coaching.reflections import NewReflection
    from coachdesk.imports.model import LeftOut, SourceRead

# What --from takes (as coachdesk.imports.FORMATS, without importing it to declare them).
FORMATS = (
    "jsonl",
    "jrnl",
    "dayone",
    "dayone-classic",
    "daylio",
    "journey",
    "rednotebook",
    "markdown",
)
_NAMED = 5  # left-out files named per kind; the rest counted
_KINDS = {
    "photo": ("photo", "photos"),
    "video": ("video", "videos"),
    "audio": ("audio file", "audio files"),
    "pdf": ("PDF", "PDFs"),
    "file": ("file", "files"),
}


def _counted(n: int, one: str, many: str) -> str:
    return f"{n} {one if n == 1 else many}"


def _source_passphrase(args: argparse.Namespace) -> str:
    if args.source_passphrase_file is not None:
        return read_passphrase(args.source_passphrase_file, "")
    if not sys.stdin.isatty():
        raise UserError(
            f"{args.path} is encrypted: give its passphrase with --source-passphrase-file F"
        )
    typed = getpass.getpass(f"Passphrase of {args.path.name}: ")
    if not typed:
        raise UserError("no passphrase was given; nothing was imported")
    return typed


def _read(args: argparse.Namespace) -> SourceRead:
    from coachdesk.imports import read_source
    from coachdesk.imports.model import (
        ImportProblem,
        NeedsPassphrase,
        UnknownFormat,
        WrongPassphrase,
    )

    passphrase = None if args.source_passphrase_file is None else _source_passphrase(args)
    try:
        try:
            return read_source(args.path, args.source_format, passphrase)
        except NeedsPassphrase:
            return read_source(args.path, args.source_format, _source_passphrase(args))
    except UnknownFormat as error:
        choices = "|".join(error.candidates or FORMATS)
        raise UserError(f"{error} with --from {choices}; nothing was imported") from None
    except WrongPassphrase:
        raise UserError(f"the passphrase does not open {args.path}; nothing was imported") from None
    except ImportProblem as error:
        text = str(error)
        ending = "" if text.endswith("nothing was imported") else "; nothing was imported"
        raise UserError(f"{text}{ending}") from None


def _left_out_lines(left_out: list[LeftOut]) -> list[str]:
    by_kind: dict[tuple[str, str], list[LeftOut]] = {}
    for item in left_out:
        by_kind.setdefault((item.kind, item.why), []).append(item)
    lines = []
    for (kind, why), items in by_kind.items():
        names = ", ".join(item.name for item in items[:_NAMED])
        more = f" and {len(items) - _NAMED} more" if len(items) > _NAMED else ""
        one, many = _KINDS.get(kind, (kind, kind + "s"))
        because = f" ({why})" if why else ""
        lines.append(f"left out {_counted(len(items), one, many)}{because}: {names}{more}")
    if lines:
        lines.append(
            "(coachdesk keeps pictures, PDFs, e-mails and office documents, up to"
            f" {_per_file_mb()} MB each; not videos or audio)"
        )
    return lines


def _per_file_mb() -> int:
    from coachdesk.coaching.attachments import LIMITS, MB

    return LIMITS.per_file // MB


def _report(found: SourceRead, args: argparse.Namespace, out: TextIO) -> None:
    if found.bad and not args.skip_bad:
        more = f" (and {len(found.bad) - 1} more)" if len(found.bad) > 1 else ""
        raise UserError(
            f"{args.path}: {found.bad[0]}{more}; nothing was imported (--skip-bad imports the rest)"
        )
    lines = [f"skipped {bad}" for bad in found.bad]
    lines += [f"note: {note}" for note in found.notes]
    lines += _left_out_lines(found.left_out)
    out.write("".join(f"{line}\n" for line in lines))


def _reflections(found: SourceRead) -> list[NewReflection]:
    from coachdesk.coaching.flows import FREE_NOTE_ID
    from coachdesk.environment import load_library

    free_note = load_library().get(FREE_NOTE_ID)
    if free_note is None:
        raise UserError("the Free note flow is missing from this installation")
    return [entry.as_reflection(free_note) for entry in found.entries]


def _known(args: argparse.Namespace, reflections: list[NewReflection]) -> int:
    """How many the journal holds already, read without writing a byte (a dry run)."""
    from coachdesk.storage import JournalStore

    path: Path = args.journal
    if not path.exists():
        return 0
    store = JournalStore.open_read_only(path, journal_key(path, args.passphrase_file))
    try:
        return store.count_known(reflections)
    finally:
        store.close()


def _dry_run(
    found: SourceRead, reflections: list[NewReflection], args: argparse.Namespace, out: TextIO
) -> None:
    already = _known(args, reflections)
    tags = Counter(tag for entry in found.entries for tag in entry.tags)
    if found.first is not None:
        out.write(f"from {found.first.isoformat()} to {found.last}\n")
    if tags:
        listed = ", ".join(
            f"{tag} ({n})" for tag, n in sorted(tags.items(), key=lambda t: (-t[1], t[0]))
        )
        out.write(f"tags: {listed}\n")
    out.write(
        f"Would import {_counted(len(reflections) - already, 'reflection', 'reflections')}"
        f" ({already} already in the journal); nothing was written (--dry-run).\n"
    )


def _import(args: argparse.Namespace, out: TextIO) -> None:
    found = _read(args)
    _report(found, args, out)
    reflections = _reflections(found)
    if args.dry_run:
        _dry_run(found, reflections, args, out)
        return
    from coachdesk.coaching.file_kinds import FileRefused

    # The whole source was read and checked before the journal is touched.
    with opened(args, must_exist=False, write=True) as store:
        try:
            outcome = store.import_new(reflections)
        except FileRefused as refused:  # past the journal's limit, or changed meanwhile
            raise UserError(f"{refused}; nothing was imported") from None
        files = sum(store.attachment_counts(outcome.added).values())
        room = store.attachment_limits.per_journal // (1024 * 1024)
    if outcome.no_room:
        names = ", ".join(outcome.no_room[:_NAMED])
        more = f" and {len(outcome.no_room) - _NAMED} more" if len(outcome.no_room) > _NAMED else ""
        out.write(
            f"left out {_counted(len(outcome.no_room), 'picture or file', 'pictures and files')}"
            f" (the journal keeps {room} MB of them and is full): {names}{more}\n"
        )
    brought = f" with {_counted(files, 'picture or file', 'pictures and files')}" if files else ""
    out.write(
        f"Imported {_counted(len(outcome.added), 'reflection', 'reflections')}{brought}"
        f" ({outcome.already} already in the journal).\n"
    )


def _options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "path", type=Path, metavar="PATH", help="a file or folder exported by another app"
    )
    parser.add_argument(
        "--from",
        dest="source_format",
        choices=FORMATS,
        metavar="FORMAT",
        help=f"what wrote PATH ({'|'.join(FORMATS)}); without it, recognised",
    )
    parser.add_argument(
        "--source-passphrase-file",
        type=Path,
        metavar="F",
        help="read the passphrase of an encrypted jrnl journal from F (its first line)",
    )
    parser.add_argument(
        "--skip-bad",
        action="store_true",
        help="import the rest when some files or entries cannot be read",
    )
    parser.add_argument(
        "--dry-run", action="store_true", help="show what would come in; write nothing"
    )


COMMANDS = (
    Command(
        "import",
        "bring your history from jrnl, Day One, Daylio, Journey, RedNotebook, Markdown notes"
        " or a coachdesk export",
        _import,
        _options,
    ),
)
