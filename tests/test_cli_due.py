"""`coachdesk due`: what is due now, by This week's rule, on the same journal and clock."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from coachdesk.cli import due as due_command
from coachdesk.coaching.flows import FlowLibrary
from coachdesk.coaching.summary import WEEKLY_FLOW_ID
from coachdesk.storage import JournalStore
from tests.conftest import FakeClock
from tests.storage.test_loop import answer_to
from tests.test_cli import run
from tests.test_cli_start import loaded_by

AMSTERDAM = ZoneInfo("Europe/Amsterdam")
FRIDAY = datetime(2026, 11, 27, 10, tzinfo=AMSTERDAM)
MONDAY = datetime(2026, 11, 30, 9, tzinfo=AMSTERDAM)


@pytest.fixture
def journal(
    journal_path: Path, clock: FakeClock, library: FlowLibrary, monkeypatch: pytest.MonkeyPatch
) -> Iterator[JournalStore]:
    """Made on Friday 20 November: a lesson, commitments due this week and later, and a
    coaching hour on a Saturday (so the prep is due on Fridays)."""
    journal_path.parent.mkdir(parents=True)
    store = JournalStore.open(journal_path, clock=clock)
    debrief = library.get("deal-debrief")
    assert debrief is not None
    reflection = store.start(debrief)
    lesson = answer_to(library, "deal-debrief", "lesson", text="Ask for the decider")
    store.save_answer(reflection.id, lesson)
    store.finish(reflection.id)
    store.add_commitment("Call Jansen back", date(2026, 11, 27))
    store.add_commitment("Send the offer", date(2026, 12, 20))
    clock.now = datetime(2026, 11, 21, 10, tzinfo=AMSTERDAM)  # a Saturday
    store.end_session(store.start_session("the quarter", ()).id)
    monkeypatch.setattr(due_command, "utc_now", clock)
    yield store
    store.close()


def due_lines(path: Path, *more: str) -> list[dict[str, object]]:
    code, out, err = run("due", "--journal", str(path), "--format", "jsonl", *more)
    assert (code, err) == (0, ""), err
    return [json.loads(line) for line in out.splitlines()]


def test_due_lists_what_this_week_shows_plus_the_weekly_and_the_prep(
    journal: JournalStore, journal_path: Path, clock: FakeClock
) -> None:
    clock.now = FRIDAY
    found = journal.what_is_due()  # what the This week page is built from
    items = due_lines(journal_path)
    assert all(list(i) == ["kind", "id", "title", "due"] for i in items)
    this_week = [("commitment", c.id) for c in found.due + found.still_on_list] + [
        ("lesson", r.id) for r in found.lessons
    ]
    assert [(i["kind"], i["id"]) for i in items if i["kind"] in ("commitment", "lesson")] == (
        this_week
    )
    assert [(i["kind"], i["title"], i["due"]) for i in items] == [
        ("commitment", "Call Jansen back", "2026-11-27"),
        ("lesson", "Ask for the decider", "2026-11-27"),
        ("weekly", "Weekly reflection", "2026-11-27"),
        ("prep", "Coaching prep", "2026-11-28"),
    ]


def test_a_weekly_reflection_written_since_friday_is_no_longer_due(
    journal: JournalStore, journal_path: Path, clock: FakeClock, library: FlowLibrary
) -> None:
    clock.now = FRIDAY
    weekly = library.get(WEEKLY_FLOW_ID)
    assert weekly is not None
    journal.finish(journal.start(weekly).id)
    assert "weekly" not in [i["kind"] for i in due_lines(journal_path)]


def test_monday_morning_invites_a_check_in_as_this_week_does(
    journal: JournalStore, journal_path: Path, clock: FakeClock
) -> None:
    clock.now = MONDAY
    assert journal.what_is_due().invite_check_in
    items = due_lines(journal_path)
    assert [(i["kind"], i["id"], i["due"]) for i in items][0] == (
        "checkin",
        "checkin-2026-11-30",
        "2026-11-30",
    )
    # Monday: the weekly reflection and the prep wait for Friday; the rest is as This week.
    assert [i["kind"] for i in items] == ["checkin", "commitment", "lesson"]


def test_text_output_says_when_nothing_is_due(
    journal_path: Path, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(due_command, "utc_now", clock)
    clock.now = datetime(2026, 11, 25, 12, tzinfo=AMSTERDAM)  # a Wednesday
    journal_path.parent.mkdir(parents=True)
    JournalStore.open(journal_path).close()
    code, out, err = run("due", "--journal", str(journal_path))
    assert (code, out, err) == (0, "Nothing is due now.\n", "")


def test_text_output_one_line_each(
    journal: JournalStore, journal_path: Path, clock: FakeClock
) -> None:
    clock.now = FRIDAY
    code, out, _ = run("due", "--journal", str(journal_path))
    assert code == 0
    assert out.splitlines()[0] == "2026-11-27  commitment  Call Jansen back"
    assert len(out.splitlines()) == 4


def test_an_encrypted_journal_needs_its_passphrase_file(
    journal: JournalStore, journal_path: Path, clock: FakeClock, tmp_path: Path
) -> None:
    journal.close()
    secret = tmp_path / "pass.txt"
    secret.write_text("horse battery staple\n", encoding="utf-8")
    assert run("encrypt", "--journal", str(journal_path), "--passphrase-file", str(secret))[0] == 0
    code, _, err = run("due", "--journal", str(journal_path))
    assert code == 1 and "--passphrase-file" in err
    clock.now = FRIDAY
    kinds = [i["kind"] for i in due_lines(journal_path, "--passphrase-file", str(secret))]
    assert kinds == ["commitment", "lesson", "weekly", "prep"]


def test_no_journal_is_one_line(tmp_path: Path) -> None:
    code, out, err = run("due", "--journal", str(tmp_path / "none.sqlite"))
    assert (code, out) == (1, "") and err.startswith("coachdesk: no journal at")


def test_due_loads_no_qt(journal: JournalStore, journal_path: Path) -> None:
    journal.close()
    heavy, _ = loaded_by("due", "--journal", str(journal_path))
    assert not [m for m in heavy if m.startswith("PySide6")]
