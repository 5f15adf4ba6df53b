"""What a click on a reminder does: coachdesk on This week.

A window that holds the journal is asked to come forward and show This week (the note
beside the journal, journal_lock.py); otherwise the window is started on the journal, and
opens on This week because something is due (JournalView.take_focus).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QProcess

from coachdesk.journal_lock import THIS_WEEK, JournalLock
from coachdesk.reminders.install import coachdesk_command


def open_this_week(journal: Path, start: bool = True) -> str:
    """Bring coachdesk up on This week; says what was done ("asked", "started", or why
    not). `start` False: only a running window is asked (tests)."""
    lock = JournalLock(journal)
    if not lock.acquire():
        if lock.held_by_another():
            lock.ask_holder_to_come_forward(THIS_WEEK)
            return "asked"
        return "cannot tell whether coachdesk is running (no lock file beside the journal)"
    lock.release()
    if not start:
        return "not running"
    program, *arguments = coachdesk_command(["--journal", str(journal)], window=True)
    started, _pid = QProcess.startDetached(program, arguments)
    return "started" if started else f"could not start {program}"
