"""Bring your history: reading what other journaling apps export (jrnl, Day One, Daylio,
Journey, RedNotebook, Markdown daily notes) and coachdesk's own JSON Lines.

One small module per format, each a pure reader: `read(path, passphrase, watch)` hands
back a SourceRead (the entries, what was left out, what could not be read) and writes
nothing. The store writes them afterwards, all in one transaction (storage/journal_import.py);
the command line (cli/importing.py) and the window (ui/journal/import_dialog.py) both come
through `read_source` here. No Qt, no SQL.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from coachdesk.imports import daylio, dayone, journey, jrnl, jsonl, markdown, rednotebook
from coachdesk.imports.model import (
    NO_WATCH,
    ImportProblem,
    SourceRead,
    Watch,
)
from coachdesk.imports.recognise import recognise

Reader = Callable[[Path, str | None, Watch], SourceRead]

# In the order --from lists them.
READERS: dict[str, Reader] = {
    "jsonl": jsonl.read,
    "jrnl": jrnl.read,
    "dayone": dayone.read,
    "dayone-classic": dayone.read_classic,
    "daylio": daylio.read,
    "journey": journey.read,
    "rednotebook": rednotebook.read,
    "markdown": markdown.read,
}
FORMATS = tuple(READERS)


def read_source(
    path: Path, format: str | None = None, passphrase: str | None = None, watch: Watch = NO_WATCH
) -> SourceRead:
    """Everything `path` holds, read and checked; ImportProblem when it cannot be imported
    at all (unknown, unreadable, encrypted without the right passphrase, empty)."""
    chosen = format or recognise(path)
    if not path.exists():
        raise ImportProblem(f"cannot read {path}: No such file or directory")
    try:
        found = READERS[chosen](path, passphrase, watch)
    except (OSError, RecursionError, MemoryError) as error:
        raise ImportProblem(
            f"cannot read {path}: {getattr(error, 'strerror', None) or error}"
        ) from None
    if not found.entries and not found.bad:
        raise ImportProblem(f"{path} holds no reflections to import (read as {chosen})")
    return found
