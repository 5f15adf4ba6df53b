"""One writer per journal: a lock file beside it (QLockFile), and a way to wake the holder.

A second window on the same journal would write alongside the first (jrnl lost entries
that way). The app holds the lock while the journal is open; a second start finds it
held, says so, and leaves a ".raise" note that the first instance answers by coming to
the front. The command line writes beside the window (SQLite keeps the two apart, the
window picks up what changed: ui/outside_changes.py); only encrypt, decrypt, passwd and
restore, which replace the file or its key, take the lock. A read-only disk gets no lock:
nothing can write there.
"""

from __future__ import annotations

from contextlib import suppress
from pathlib import Path

from PySide6.QtCore import QLockFile

# What a reminder's click asks of a running window (coachdesk remind).
THIS_WEEK = "this-week"


def lock_path(journal: Path) -> Path:
    """The lock file of a journal."""
    return journal.with_name(journal.name + ".lock")


def raise_path(journal: Path) -> Path:
    """The note a second start leaves for the running instance."""
    return journal.with_name(journal.name + ".raise")


class JournalLock:
    """Held while the journal is open for writing in this process."""

    def __init__(self, journal: Path) -> None:
        journal.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        self._lock = QLockFile(str(lock_path(journal)))
        # Held for hours: only a lock whose process is gone counts as stale, never an old one.
        self._lock.setStaleLockTime(0)
        self._journal = journal

    def acquire(self) -> bool:
        """Take the lock if no living process holds it."""
        return self._lock.tryLock(100)

    def held_by_another(self) -> bool:
        """After a failed acquire: True when another process holds the lock, False when the
        lock file could not be made at all (a read-only or full disk, no permission)."""
        return self._lock.error() == QLockFile.LockError.LockFailedError

    def holder(self) -> int | None:
        """The process id holding the lock, if known."""
        pid, _host, _app = self._lock.getLockInfo()
        return int(pid) or None

    def release(self) -> None:
        """Let another instance open the journal."""
        self._lock.unlock()

    def ask_holder_to_come_forward(self, page: str = "") -> None:
        """Leave the note the running instance watches for; `page` (THIS_WEEK) asks it to
        show that page too, when nothing is being written there."""
        with suppress(OSError):  # the folder went read-only meanwhile: it stays behind
            raise_path(self._journal).touch(mode=0o600)
            raise_path(self._journal).write_text(page, encoding="utf-8")
