"""This week keeps the plain schedule `coachdesk remind` reads, each time it is computed."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from pytestqt.qtbot import QtBot

from coachdesk.storage import JournalStore, schedule
from coachdesk.ui.loop.this_week import ThisWeekPage
from tests.conftest import FakeClock


def test_showing_this_week_writes_the_schedule_beside_the_journal(
    qtbot: QtBot, journal_path: Path, clock: FakeClock
) -> None:
    journal_path.parent.mkdir(parents=True)
    store = JournalStore.open(journal_path, clock=clock)
    try:
        store.add_commitment("Call back", date(2026, 11, 22))
        page = ThisWeekPage(store)
        qtbot.addWidget(page)
        assert schedule.read(journal_path) is None
        page.refresh()
        kept = schedule.read(journal_path)
        assert kept is not None and ("commitment", date(2026, 11, 22)) in kept.due_at(clock())
    finally:
        store.close()
