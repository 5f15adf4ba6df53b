"""`coachdesk attach`, `attachments` and `detach`: a reflection's pictures and files.

attach checks every file before the journal is touched and keeps all of them or none.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from coachdesk.cli.command import Command, UserError, add_format_option
from coachdesk.cli.journal import opened

if TYPE_CHECKING:
    from coachdesk.coaching.attachments import Attachment
    from coachdesk.storage import JournalStore


def size_text(size: int) -> str:
    """A size as people read it: 640 B, 45 KB, 2.4 MB."""
    if size < 1024:
        return f"{size} B"
    if size < 1024 * 1024:
        return f"{size / 1024:.0f} KB"
    return f"{size / (1024 * 1024):.1f} MB"


def record(attachment: Attachment) -> dict[str, object]:
    """One attachment as a JSON object: name, type, size, sha256, question_id."""
    return {
        "name": attachment.name,
        "type": attachment.media_type,
        "size": attachment.size,
        "sha256": attachment.sha256,
        "question_id": attachment.question_id,
    }


def _reflection(store: JournalStore, args: argparse.Namespace) -> int:
    try:
        return store.get(args.id).id
    except KeyError:
        raise UserError(f"no reflection with id {args.id} (coachdesk list shows them)") from None


def _attach(args: argparse.Namespace, out: TextIO) -> None:
    from coachdesk.coaching.file_kinds import FileRefused
    from coachdesk.storage.journal_attachments import read_file

    with opened(args, write=True) as store:
        reflection_id = _reflection(store, args)
        try:
            files = [(path.name, read_file(path, store.attachment_limits)) for path in args.files]
            kept = store.attach_many(reflection_id, files)
        except FileRefused as refused:
            raise UserError(f"{refused}; nothing was attached") from None
    for attachment in kept:
        out.write(f"attached {attachment.name} ({size_text(attachment.size)})\n")


def _attachments(args: argparse.Namespace, out: TextIO) -> None:
    with opened(args) as store:
        found = store.attachments(_reflection(store, args))
    if args.format == "jsonl":
        out.writelines(json.dumps(record(a), ensure_ascii=False) + "\n" for a in found)
        return
    for a in found:
        out.write(f"{a.name}\t{a.media_type}\t{size_text(a.size)}\t{a.sha256}\n")


def _detach(args: argparse.Namespace, out: TextIO) -> None:
    with opened(args, write=True) as store:
        reflection_id = _reflection(store, args)
        try:
            gone = store.detach(reflection_id, args.name)
        except KeyError:
            raise UserError(
                f"reflection {args.id} has no attachment called {args.name!r}"
                f" (coachdesk attachments {args.id} lists them)"
            ) from None
    out.write(f"detached {gone.name}\n")


def _attach_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("id", type=int, metavar="ID", help="the reflection, as list shows it")
    parser.add_argument("files", type=Path, nargs="+", metavar="FILE")


def _attachments_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("id", type=int, metavar="ID", help="the reflection, as list shows it")
    add_format_option(parser)


def _detach_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("id", type=int, metavar="ID", help="the reflection, as list shows it")
    parser.add_argument("name", metavar="NAME", help="the attachment's name, as listed")


COMMANDS = (
    Command(
        "attach",
        "keep pictures and files with a reflection (all of them, or none)",
        _attach,
        _attach_options,
    ),
    Command(
        "attachments",
        "a reflection's pictures and files: name, type, size, sha256",
        _attachments,
        _attachments_options,
    ),
    Command("detach", "remove a picture or file from a reflection", _detach, _detach_options),
)
