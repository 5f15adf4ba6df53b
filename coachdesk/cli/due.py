"""What is due now, from a terminal: `coachdesk due` (This week's rule, coaching/due.py)."""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from coachdesk.cli.command import Command, UserError, add_format_option
from coachdesk.cli.journal import journal_key

if TYPE_CHECKING:
    from coachdesk.coaching.due import DueItem
    from coachdesk.storage import JournalStore


def utc_now() -> datetime:
    """The clock `due` reads by (tests put theirs in its place)."""
    return datetime.now(UTC)


def open_at(
    path: Path, passphrase_file: Path | None, clock: Callable[[], datetime]
) -> JournalStore:
    """The journal at `path` for reading what is due, by `clock`; never created here."""
    from coachdesk.storage import JournalStore
    from coachdesk.storage.files import can_write

    if not path.exists():
        raise UserError(f"no journal at {path}")
    key = journal_key(path, passphrase_file)
    if can_write(path):
        return JournalStore.open(path, key, clock)
    return JournalStore.open_to_read(path, key, clock)


def record(item: DueItem) -> dict[str, object]:
    """One item as a JSON object: kind, id, title, due (ISO date or null)."""
    return {
        "kind": item.kind,
        "id": item.id,
        "title": item.title,
        "due": item.due.isoformat() if item.due else None,
    }


def _due(args: argparse.Namespace, out: TextIO) -> None:
    store = open_at(args.journal, args.passphrase_file, lambda: utc_now())
    try:
        items = store.due_items()
    finally:
        store.close()
    if args.format == "jsonl":
        out.writelines(json.dumps(record(i), ensure_ascii=False) + "\n" for i in items)
        return
    if not items:
        out.write("Nothing is due now.\n")
    for item in items:
        when = item.due.isoformat() if item.due else "no date"
        out.write(f"{when:<10}  {item.kind:<10}  {item.title}\n")


COMMANDS = (Command("due", "what is due now, as This week shows it", _due, add_format_option),)
