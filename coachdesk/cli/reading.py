"""Reading the journal from a terminal: list, search, export.

list and search go through the quick reader (storage/quick_read.py) and load neither Qt
nor sqlite-utils, so that they start as a native tool does.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import TYPE_CHECKING, Protocol, TextIO

from coachdesk.cli.command import Command, UserError, add_format_option
from coachdesk.cli.journal import opened, read, say_not_encrypted
from coachdesk.coaching.reflections import MARK_END, MARK_START, ReflectionSummary

if TYPE_CHECKING:
    from coachdesk.coaching.reflections import SearchHit


class _Readable(Protocol):
    """What list and search read, from the quick reader or the store alike."""

    def count(self) -> int: ...

    def timeline(self, offset: int = 0, limit: int = 100) -> list[ReflectionSummary]: ...

    def search(self, text: str, *, best: bool = False, limit: int = 50) -> list[SearchHit]: ...


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


def _list(args: argparse.Namespace, out: TextIO) -> None:
    with read(args) as journal:
        _list_in(journal, args, out)


def _list_in(journal: _Readable, args: argparse.Namespace, out: TextIO) -> None:
    limit = args.limit if args.limit is not None else journal.count()
    rows = [_record(s, s.preview) for s in journal.timeline(0, limit)]
    _print_rows(rows, args.format, out)


def _search(args: argparse.Namespace, out: TextIO) -> None:
    with read(args) as journal:
        hits = _found(journal, args)
    _print_rows([_record(h.summary, _plain(h.snippet)) for h in hits], args.format, out)


def _found(journal: _Readable, args: argparse.Namespace) -> list[SearchHit]:
    return journal.search(args.query, limit=args.limit, best=args.best)


def _export(args: argparse.Namespace, out: TextIO) -> None:
    from coachdesk.coaching.jsonl import export_lines
    from coachdesk.storage import attachment_export
    from coachdesk.storage.files import replaced_atomically

    with opened(args) as store:
        if args.output is None:
            listed = attachment_export.listed(store)
            out.writelines(export_lines(store.every_reflection(), listed))
            if listed:
                n = sum(len(files) for files in listed.values())
                what = "1 picture or file was" if n == 1 else f"{n} pictures and files were"
                args.err.write(
                    f"note: {what} listed, not written: with -o FILE they are written beside it\n"
                )
            return
        output = Path(args.output)
        # Written beside the target and renamed: a failed export never leaves half a file;
        # the attachments' folder likewise (storage/attachment_export.py).
        try:
            with (
                attachment_export.written(store, output) as listed,
                replaced_atomically(output) as file,
            ):
                file.writelines(export_lines(store.every_reflection(), listed))
        except FileExistsError as error:
            raise UserError(
                f"{error} is in the way of the export's pictures and files; move it first"
            ) from None
        except OSError as error:  # no such folder, a read-only or full disk
            raise UserError(
                f"cannot write {output}: {error.strerror or error}; nothing was exported"
            ) from None
        if store.encrypted:
            say_not_encrypted(args.output, args.err)
            if listed:
                say_not_encrypted(attachment_export.folder_for(output), args.err)


def _list_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--limit", type=int, metavar="N")
    add_format_option(parser)


def _search_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("query")
    parser.add_argument("--limit", type=int, default=50, metavar="N")
    add_format_option(parser)
    parser.add_argument("--best", action="store_true", help="best match first")


def _export_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--format", choices=("jsonl",), default="jsonl")
    parser.add_argument("-o", "--output", metavar="FILE")


COMMANDS = (
    Command("list", "reflections, newest first", _list, _list_options),
    Command("search", "full-text search", _search, _search_options),
    Command("export", "every reflection", _export, _export_options),
)
