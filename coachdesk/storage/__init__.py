"""The journal on disk: sqlite-utils only, no Qt. JournalStore hands out coaching dataclasses."""

from coachdesk.storage.errors import (
    DamagedJournalError,
    JournalError,
    NewerJournalError,
    NotAJournalError,
    ReadOnlyJournalError,
    StorageUnavailable,
    UnstorableText,
)
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
