"""The headless command line: the same journal, no window (never imports QtWidgets)."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO, TextIO

from coachdesk.cli.care import add_care_commands
from coachdesk.cli.demo import add_demo_command
from coachdesk.cli.keys import UserError, add_key_commands, journal_key, say_not_encrypted
from coachdesk.cli.pdf import add_pdf_command
from coachdesk.cli.pdf_warm import add_warm_command
from coachdesk.coaching.flows import FREE_NOTE_ID
from coachdesk.coaching.jsonl import (
    MAX_LINE_BYTES,
    ImportFormatError,
    export_lines,
    read_notes,
)
from coachdesk.coaching.reflections import MARK_END, MARK_START, ReflectionSummary
from coachdesk.environment import APP_NAME, default_journal_path, load_library
from coachdesk.storage import JournalError, JournalStore
from coachdesk.storage.files import can_write, replaced_atomically

COMMANDS = ("list", "search", "import", "export")


def _plain(snippet: str) -> str:
    return snippet.replace(MARK_START, "").replace(MARK_END, "")


def _record(summary: ReflectionSummary, snippet: str) -> dict[str, object]:
    return {
        "id": summary.id,
        "date": summary.created_at.astimezone().isoformat(timespec="seconds"),
        "flow": summary.flow_id,
        "title": summary.title or summary.flow_title,
        "snippet": snippet,
        "customer": summary.customer,
        "draft": summary.is_draft,
    }


def _print_rows(rows: list[dict[str, object]], form: str, out: TextIO) -> None:
    for row in rows:
        if form == "jsonl":
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
        else:
            day = str(row["date"])[:16].replace("T", " ")
            out.write(f"{day}  {row['title']}\n    {row['snippet']}\n")


@contextmanager
def _journal(
    args: argparse.Namespace, must_exist: bool = True, write: bool = False
) -> Iterator[JournalStore]:
    """The journal of --journal, unlocked with --passphrase-file (or a prompt) if encrypted.
    It may be open in the window meanwhile: SQLite keeps the two apart, and the window picks
    up what was written (only encrypt, decrypt and restore wait for it to close)."""
    path: Path = args.journal
    if must_exist and not path.exists():
        raise UserError(f"no journal at {path}")
    if not can_write(path):
        if write:
            raise UserError(
                f"{path.parent} is read-only (a read-only or full disk?); nothing was written"
            )
        opened = JournalStore.open_to_read  # a read-only disk: read the journal as it is
    else:
        opened = JournalStore.open
    store = opened(path, journal_key(path, args.passphrase_file))
    try:
        yield store
    finally:
        store.close()


def _list(args: argparse.Namespace, out: TextIO) -> None:
    with _journal(args) as store:
        _list_in(store, args, out)


def _list_in(store: JournalStore, args: argparse.Namespace, out: TextIO) -> None:
    limit = args.limit if args.limit is not None else store.count()
    rows = [_record(s, s.preview) for s in store.timeline(0, limit)]
    _print_rows(rows, args.format, out)


def _search(args: argparse.Namespace, out: TextIO) -> None:
    with _journal(args) as store:
        hits = store.search(args.query, limit=args.limit, best=args.best)
    _print_rows([_record(h.summary, _plain(h.snippet)) for h in hits], args.format, out)


def _lines(file: BinaryIO) -> Iterator[bytes]:
    """Lines of at most MAX_LINE_BYTES (+1, so a longer one is seen and refused)."""
    while line := file.readline(MAX_LINE_BYTES + 1):
        yield line


def _import(args: argparse.Namespace, out: TextIO) -> None:
    free_note = load_library().get(FREE_NOTE_ID)
    if free_note is None:
        raise UserError("the Free note flow is missing from this installation")
    try:
        with open(args.file, "rb") as file:
            notes = read_notes(_lines(file))
    except OSError as error:
        raise UserError(f"cannot read {args.file}: {error.strerror}") from None
    except ImportFormatError as error:
        raise UserError(f"{args.file}: {error}; nothing was imported") from None
    # The whole file was checked before the journal is touched.
    with _journal(args, must_exist=False, write=True) as store:
        store.add_all([note.as_reflection(free_note) for note in notes])
    out.write(f"Imported {len(notes)} reflections.\n")


def _export(args: argparse.Namespace, out: TextIO) -> None:
    with _journal(args) as store:
        _export_from(store, args, out)


def _export_from(store: JournalStore, args: argparse.Namespace, out: TextIO) -> None:
    if args.output is None:
        out.writelines(export_lines(store.every_reflection()))
        return
    # Written beside the target and renamed: a failed export never leaves half a file.
    with replaced_atomically(Path(args.output)) as file:
        file.writelines(export_lines(store.every_reflection()))
    if store.encrypted:
        say_not_encrypted(args.output, args.err)


def parser() -> argparse.ArgumentParser:
    """The subcommands and their options."""
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--journal", type=Path, metavar="PATH", help="the journal file to use")
    common.add_argument(
        "--passphrase-file",
        type=Path,
        metavar="F",
        help="read the passphrase of an encrypted journal from F (its first line)",
    )
    p = argparse.ArgumentParser(prog=APP_NAME, description="coachdesk without a window.")
    commands = p.add_subparsers(dest="command", required=True, metavar="COMMAND")
    listing = commands.add_parser("list", parents=[common], help="reflections, newest first")
    listing.add_argument("--limit", type=int, metavar="N")
    listing.add_argument("--format", choices=("text", "jsonl"), default="text")
    listing.set_defaults(run=_list)
    finding = commands.add_parser("search", parents=[common], help="full-text search")
    finding.add_argument("query")
    finding.add_argument("--limit", type=int, default=50, metavar="N")
    finding.add_argument("--format", choices=("text", "jsonl"), default="text")
    finding.add_argument("--best", action="store_true", help="best match first")
    finding.set_defaults(run=_search)
    importing = commands.add_parser(
        "import", parents=[common], help="add notes from a JSON Lines file, all or none"
    )
    importing.add_argument("file", metavar="FILE.jsonl")
    importing.set_defaults(run=_import)
    exporting = commands.add_parser("export", parents=[common], help="every reflection")
    exporting.add_argument("--format", choices=("jsonl",), default="jsonl")
    exporting.add_argument("-o", "--output", metavar="FILE")
    exporting.set_defaults(run=_export)
    add_key_commands(commands, common)
    add_care_commands(commands, common)
    add_pdf_command(commands, common)
    add_warm_command(commands, common)
    add_demo_command(commands)
    return p


def summaries() -> list[tuple[str, str]]:
    """Each listed subcommand with its one-line help, for `coachdesk --help`."""
    found: list[tuple[str, str]] = []
    for action in parser()._actions:
        if isinstance(action, argparse._SubParsersAction):
            found += [(a.dest, a.help or "") for a in action._choices_actions if a.help]
    return found


def main(argv: Sequence[str], out: TextIO = sys.stdout, err: TextIO = sys.stderr) -> int:
    """Run one subcommand; 0 on success, 1 on a user error (one line on stderr)."""
    arguments = parser()
    args = arguments.parse_args(argv)
    args.reparse = arguments.parse_args  # a warm export child reads its arguments later
    args.err = err  # for notes beside the output
    run: Callable[[argparse.Namespace, TextIO], None] = args.run
    args.journal = (args.journal or default_journal_path()).expanduser()
    try:
        run(args, out)
    except (JournalError, UserError) as error:
        err.write(f"{APP_NAME}: {error}\n")
        return 1
    except BrokenPipeError:  # `coachdesk list | head`
        sys.stderr.close()
        return 0
    return 0
