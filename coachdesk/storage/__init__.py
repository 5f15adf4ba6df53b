"""The journal on disk: sqlite-utils only, no Qt. JournalStore hands out coaching dataclasses."""

from typing import TYPE_CHECKING, Any

from coachdesk.storage.errors import (
    DamagedJournalError,
    JournalError,
    NewerJournalError,
    NotAJournalError,
    ReadOnlyJournalError,
    StorageUnavailable,
    UnstorableText,
)

if TYPE_CHECKING:
    from coachdesk.storage.journal import JournalStore

__all__ = [
    "DamagedJournalError",
    "JournalError",
    "JournalStore",
    "NewerJournalError",
    "NotAJournalError",
    "ReadOnlyJournalError",
    "StorageUnavailable",
    "UnstorableText",
]


def __getattr__(name: str) -> Any:
    # JournalStore loads sqlite-utils (~100 ms): only when asked for, so that the command
    # line's reading commands, which read through quick_read.py, start without it.
    if name == "JournalStore":
        from coachdesk.storage.journal import JournalStore

        return JournalStore
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
