"""Journal errors in the user's language (the storage layer words them only in English)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from coachdesk.storage import (
    DamagedJournalError,
    JournalError,
    NewerJournalError,
    NotAJournalError,
    ReadOnlyJournalError,
    StorageUnavailable,
    UnstorableText,
)


def unavailable_reason(reason: str) -> str:
    """Why saving failed, as a short phrase."""
    reasons = {
        "busy": QCoreApplication.translate("messages", "the journal is busy in another program"),
        "full": QCoreApplication.translate("messages", "the disk is full"),
        "read-only": QCoreApplication.translate(
            "messages", "the journal or its folder is read-only"
        ),
        "io": QCoreApplication.translate("messages", "the disk reported an input/output error"),
        "cannot-open": QCoreApplication.translate("messages", "the journal file cannot be opened"),
        "moved": QCoreApplication.translate(
            "messages", "the journal file was moved, removed or replaced while open"
        ),
        "damaged": QCoreApplication.translate(
            "messages", "the check at opening found the journal damaged"
        ),
    }
    return reasons.get(reason, reason)


def describe(error: JournalError) -> str:
    """One or two plain sentences for the user."""
    if isinstance(error, StorageUnavailable):
        return QCoreApplication.translate("messages", "Could not save: %1.").replace(
            "%1", unavailable_reason(error.reason)
        )
    if isinstance(error, NewerJournalError):
        return QCoreApplication.translate(
            "messages",
            "%1 was written by a newer version of coachdesk. It was not opened and not "
            "changed; update coachdesk to open it.",
        ).replace("%1", str(error.path))
    if isinstance(error, ReadOnlyJournalError):
        if error.needs == "create":
            text = QCoreApplication.translate(
                "messages",
                "There is no journal at %1 yet, and none can be made there: the folder is "
                "read-only (a read-only or full disk, or a synced folder that stopped syncing).",
            )
        else:
            text = QCoreApplication.translate(
                "messages",
                "The journal at %1 must be updated for this version of coachdesk, but its "
                "folder is read-only. It was not changed. Open it once where it can be written.",
            )
        return text.replace("%1", str(error.path))
    if isinstance(error, NotAJournalError):
        return QCoreApplication.translate(
            "messages", "%1 cannot be read as a coachdesk journal. It was not changed."
        ).replace("%1", str(error.path))
    if isinstance(error, UnstorableText):
        return QCoreApplication.translate(
            "messages",
            "Could not save: the text contains a broken character that cannot be stored. "
            "Nothing was changed.",
        )
    if isinstance(error, DamagedJournalError):
        return QCoreApplication.translate(
            "messages", "The journal is damaged. Nothing more was written to it."
        )
    return str(error)


def damage_found() -> str:
    """What to say when a part of an open journal turns out to be unreadable."""
    return QCoreApplication.translate(
        "messages",
        "Part of the journal cannot be read: the file is damaged there. Journal → Backups "
        "can put a good backup back.",
    )


def read_only_notice(folder: object) -> str:
    """What the window says while a journal is open only for reading."""
    return QCoreApplication.translate(
        "messages",
        "Read only: coachdesk cannot write to %1 (a read-only or full disk, or a synced "
        "folder gone read-only). You can read, search and export; nothing new can be saved "
        "until the folder can be written again.",
    ).replace("%1", str(folder))
