"""Journal errors in the user's language (the storage layer words them only in English)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from coachdesk.storage import (
    DamagedJournalError,
    JournalError,
    NewerJournalError,
    NotAJournalError,
    StorageUnavailable,
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("messages", text)


def unavailable_reason(reason: str) -> str:
    """Why saving failed, as a short phrase."""
    reasons = {
        "busy": _tr("the journal is busy in another program"),
        "full": _tr("the disk is full"),
        "read-only": _tr("the journal or its folder is read-only"),
        "io": _tr("the disk reported an input/output error"),
        "cannot-open": _tr("the journal file cannot be opened"),
    }
    return reasons.get(reason, reason)


def describe(error: JournalError) -> str:
    """One or two plain sentences for the user."""
    if isinstance(error, StorageUnavailable):
        return _tr("Could not save: %1.").replace("%1", unavailable_reason(error.reason))
    if isinstance(error, NewerJournalError):
        return _tr(
            "%1 was written by a newer version of coachdesk. It was not opened and not "
            "changed; update coachdesk to open it."
        ).replace("%1", str(error.path))
    if isinstance(error, NotAJournalError):
        return _tr("%1 cannot be read as a coachdesk journal. It was not changed.").replace(
            "%1", str(error.path)
        )
    if isinstance(error, DamagedJournalError):
        return _tr("The journal is damaged. Nothing more was written to it.")
    return str(error)
