"""One run of `coachdesk remind`, as the system's scheduler starts it: look at what is due,
show at most one notification (kinds and counts only), and open coachdesk on This week when
it is clicked. Everything that can go wrong ends in one line and exit 0: a reminder is a
courtesy, and a failing scheduled job only alarms.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from coachdesk.i18n import install_translations, use_language
from coachdesk.reminders import decision, notify
from coachdesk.reminders.opening import open_this_week
from coachdesk.reminders.words import ReminderWords
from coachdesk.settings import Settings
from coachdesk.storage import protection, schedule
from coachdesk.storage.errors import JournalError
from coachdesk.storage.schedule import Schedule

Clock = Callable[[], datetime]


def utc_now() -> datetime:
    """The clock a reminder runs by (tests put theirs in its place)."""
    return datetime.now(UTC)


def current_schedule(journal: Path, clock: Clock) -> Schedule | None:
    """What the rule reads: a plain journal is read as it is now; an encrypted one only
    through the plain schedule the app keeps beside it (no passphrase needed)."""
    if protection.kind_of(journal) is not protection.JournalKind.PLAIN:
        return schedule.read(journal)
    from coachdesk.storage import JournalStore

    try:
        store = JournalStore.open_to_read(journal, None, clock)
    except JournalError:  # being updated by a newer coachdesk, say: its schedule will do
        return schedule.read(journal)
    try:
        return Schedule(
            written=clock().astimezone().date(),
            facts=store.due_facts(),
            coaching_hour=store.coaching_hour_running(),
            last_written=store.last_written(),
        )
    finally:
        store.close()


def _application() -> QCoreApplication:
    found = QCoreApplication.instance()
    if found is not None:
        return found
    if sys.platform in ("win32", "darwin"):  # the tray's message needs the widgets
        from PySide6.QtWidgets import QApplication

        return QApplication(["coachdesk"])
    return QCoreApplication(["coachdesk"])


def remind(
    journal: Path,
    force: bool = False,
    clock: Clock = utc_now,
    settings: Settings | None = None,
    notification: Callable[[], notify.Notification] = notify.for_this_system,
    on_click: Callable[[Path], str] = open_this_week,
) -> str:
    """Show what is due in `journal` now, once a day; returns the line to print."""
    if not journal.exists():
        return f"No journal at {journal}: nothing to remind of."
    settings = settings if settings is not None else Settings.of_user()
    now = clock()
    today = now.astimezone().date()
    found = decision.decide(
        current_schedule(journal, clock),
        now,
        decision.sent_today(journal, today),
        settings.quiet_after_writing,
        force,
    )
    if found.quiet is not None:
        return f"No reminder: {found.quiet.value}."
    app = _application()
    install_translations(app, use_language(settings.language))
    shown = notification()
    words = ReminderWords()
    why_not = shown.show(words.headline(), words.message(found.counts), words.open_label())
    if why_not is not None:
        return f"No reminder shown: {why_not}."
    decision.remember_sent(journal, today, found.counts)
    kinds = ", ".join(f"{n} {kind}" for kind, n in found.counts.items())
    if not shown.wait_for_click():
        return f"Reminded of {kinds}."
    return f"Reminded of {kinds}; clicked: coachdesk {on_click(journal)}."
