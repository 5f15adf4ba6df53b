"""The plain schedule beside the journal: kinds and due dates, never text or ids."""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from coachdesk.coaching.flows import FlowLibrary
from coachdesk.storage import JournalStore, protection, schedule
from tests.conftest import FakeClock
from tests.storage.test_loop import answer_to

AMSTERDAM = ZoneInfo("Europe/Amsterdam")
MARKER = "zebra-7Q"  # planted in every text: it must never reach the schedule


@pytest.fixture
def journal(journal_path: Path, clock: FakeClock, library: FlowLibrary) -> Iterator[JournalStore]:
    journal_path.parent.mkdir(parents=True)
    store = JournalStore.open(journal_path, clock=clock)
    debrief = library.get("deal-debrief")
    assert debrief is not None
    reflection = store.start(debrief, title=f"Deal {MARKER}")
    store.save_answer(
        reflection.id, answer_to(library, "deal-debrief", "lesson", text=f"Lesson {MARKER}")
    )
    store.finish(reflection.id)
    store.add_commitment(f"Call {MARKER}", date(2026, 11, 27))
    clock.now = datetime(2026, 11, 27, 10, tzinfo=AMSTERDAM)  # a Friday
    yield store
    store.close()


def test_the_schedule_holds_kinds_and_dates_and_no_text(
    journal: JournalStore, journal_path: Path, clock: FakeClock
) -> None:
    journal.keep_schedule()
    written = schedule.schedule_path(journal_path)
    raw = written.read_bytes()
    assert MARKER.encode() not in raw and b"Call" not in raw and b"Lesson" not in raw
    assert os.stat(written).st_mode & 0o077 == 0
    kept = schedule.read(journal_path)
    assert kept is not None
    assert kept.written == date(2026, 11, 27) and not kept.coaching_hour
    assert kept.due_at(clock()) == [
        ("commitment", date(2026, 11, 27)),
        ("lesson", date(2026, 11, 27)),
        ("weekly", date(2026, 11, 27)),
    ]
    # The same as the journal says, and as `coachdesk due` lists.
    assert kept.due_at(clock()) == [(i.kind, i.due) for i in journal.due_items()]


def test_a_coaching_hour_is_in_the_schedule_while_it_runs(
    journal: JournalStore, journal_path: Path
) -> None:
    session = journal.start_session(f"goal {MARKER}", ())
    kept = schedule.read(journal_path)
    assert kept is not None and kept.coaching_hour
    journal.end_session(session.id)
    kept = schedule.read(journal_path)
    assert kept is not None and not kept.coaching_hour
    assert MARKER.encode() not in schedule.schedule_path(journal_path).read_bytes()


def test_an_encrypted_journal_keeps_a_plain_schedule_without_text(
    journal: JournalStore, journal_path: Path, clock: FakeClock
) -> None:
    journal.close()
    protection.encrypt(journal_path, "horse battery staple")
    key = protection.unlock(journal_path, "horse battery staple")
    store = JournalStore.open(journal_path, key, clock)
    store.keep_schedule()
    store.close()
    kept = schedule.read(journal_path)
    assert kept is not None and [k for k, _ in kept.due_at(clock())] == [
        "commitment",
        "lesson",
        "weekly",
    ]
    assert MARKER.encode() not in schedule.schedule_path(journal_path).read_bytes()


def test_no_schedule_for_a_journal_in_memory_and_none_read_when_absent(
    store: JournalStore, tmp_path: Path
) -> None:
    store.keep_schedule()  # nothing to write beside
    assert schedule.read(tmp_path / "journal.sqlite") is None
    (tmp_path / ("journal.sqlite" + schedule.SUFFIX)).write_text("{broken", encoding="utf-8")
    assert schedule.read(tmp_path / "journal.sqlite") is None
