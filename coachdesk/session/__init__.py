"""One journal in one window: opening, unlocking, locking and closing it (journal_session),
with the backups and recovery, the encryption commands and the coaching hour beside it.

app.py shows the window first and imports this package afterwards, so the first frame does
not wait for sqlite-utils, the flows and the journal widgets.
"""

from coachdesk.session.journal_session import JournalSession, State

__all__ = ["JournalSession", "State"]
