"""The take-away of a coaching hour holds exactly what the hour showed: the goal, the items
on the agenda as the coach saw them, the notes, what was agreed with its date; never a
private answer, an answer not chosen, a reflection off the agenda or a later outcome."""

from __future__ import annotations

import json
import subprocess
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from coachdesk.cli import sessions as sessions_command
from coachdesk.coaching.commitments import CommitmentState
from coachdesk.coaching.flows import FlowLibrary
from coachdesk.coaching.reflections import NewReflection
from coachdesk.coaching.sessions import AgendaItem, AgendaKind, ChartKey
from coachdesk.coaching.takeaway import look_back, matches
from coachdesk.storage import JournalStore
from coachdesk.summary.export import PdfOptions
from coachdesk.summary.takeaway import takeaway_pdf, takeaway_text
from tests.conftest import FakeClock
from tests.storage.test_loop import answer_to
from tests.test_cli import run
from tests.test_cli_start import loaded_by

pytestmark = pytest.mark.pdf_tools("pdftotext")

GOAL = "GOAL-MARKER get Brouwer to say yes"
SHOWN = "SHOWN-MARKER the buyer went quiet after the price"
PRIVATE = "PRIVATE-MARKER my manager scares me"
NOT_CHOSEN = "NOTCHOSEN-MARKER what I planned"
CHOSEN = "CHOSEN-MARKER the tone changed at the demo"
ELSEWHERE = "ELSEWHERE-MARKER a reflection not on the agenda"
NOTES = "NOTES-MARKER ask who decides\nsecond line of notes"
AGREED = "AGREED-MARKER call Brouwer"
OTHER = "OTHER-MARKER a commitment not agreed in the hour"
LATER = "LATER-MARKER what happened after the hour"
STARTED = datetime(2026, 11, 26, 11, 30, tzinfo=UTC)  # 12:30 in Amsterdam


@pytest.fixture
def held(
    journal_path: Path, library: FlowLibrary, clock: FakeClock
) -> Iterator[tuple[JournalStore, int]]:
    """A session showing a whole debrief (one answer private), one answer of another
    debrief and a chart; notes, an agreement with a date; and around it what was not shown."""
    journal_path.parent.mkdir(parents=True)
    store = JournalStore.open(journal_path, clock=clock)
    debrief = library.get("deal-debrief")
    note = library.get("free-note")
    assert debrief is not None and note is not None
    clock.now = datetime(2026, 11, 20, 17, tzinfo=UTC)
    whole = store.add(
        NewReflection(
            debrief,
            (
                answer_to(library, "deal-debrief", "happened", text=SHOWN),
                answer_to(library, "deal-debrief", "lesson", text=PRIVATE),
            ),
            clock.now,
        )
    )
    store.set_private(whole, "lesson", True)
    part = store.add(
        NewReflection(
            debrief,
            (
                answer_to(library, "deal-debrief", "planned", text=NOT_CHOSEN),
                answer_to(library, "deal-debrief", "turning-point", text=CHOSEN),
            ),
            clock.now,
        )
    )
    store.add(
        NewReflection(note, (answer_to(library, "free-note", "note", text=ELSEWHERE),), clock.now)
    )
    store.add_commitment(OTHER, date(2026, 12, 1))
    agenda = (
        AgendaItem(AgendaKind.REFLECTION, str(whole), "Deal debrief · Brouwer"),
        AgendaItem(AgendaKind.ANSWER, f"{part}/turning-point", CHOSEN[:40]),
        AgendaItem(AgendaKind.CHART, ChartKey.STAGES.value, "Where deals turned"),
    )
    clock.now = STARTED
    session = store.start_session(GOAL, agenda)
    store.save_session_notes(session.id, NOTES)
    agreed = store.add_commitment(AGREED, date(2026, 12, 18), session_id=session.id)
    clock.advance(minutes=47)
    store.end_session(session.id)
    clock.advance(days=3)
    store.close_commitment(agreed, CommitmentState.DONE, LATER)
    yield store, session.id
    store.close()


MISSING = (PRIVATE, NOT_CHOSEN, ELSEWHERE, OTHER, LATER)


def test_the_take_away_text_holds_what_was_shown_and_nothing_else(
    held: tuple[JournalStore, int],
) -> None:
    store, session_id = held
    text = takeaway_text(look_back(store, store.session(session_id)))
    assert "Thursday 26 November 2026 · 47 minutes" in text
    for shown in (GOAL, SHOWN, CHOSEN, "NOTES-MARKER ask who decides", "second line of notes"):
        assert shown in text
    assert "Deal debrief · Brouwer" in text and "Chart: Where deals turned" in text
    assert f"{AGREED} — by 18 Dec 2026" in text
    for absent in MISSING:
        assert absent.split()[0] not in text


def test_export_pdf_writes_the_take_away_of_one_session(
    held: tuple[JournalStore, int], journal_path: Path, tmp_path: Path, qapp: object
) -> None:  # qapp: the command's own QGuiApplication would stand in the windows' way
    _, session_id = held
    target = tmp_path / "take-away.pdf"
    code, out, err = run(
        "export-pdf", "--preset", "session", "--session", str(session_id),
        "--journal", str(journal_path), "--language", "en", "-o", str(target),
    )  # fmt: skip
    assert (code, err) == (0, ""), err
    assert "Wrote 1 page" in out
    text = subprocess.run(
        ["pdftotext", str(target), "-"], capture_output=True, text=True, check=True
    ).stdout
    for shown in (GOAL, SHOWN, CHOSEN, "NOTES-MARKER", AGREED, "18 Dec 2026", "Coaching session"):
        assert shown in text
    for absent in MISSING:
        assert absent.split()[0] not in text


def test_export_pdf_says_so_for_a_session_that_is_not_there(
    held: tuple[JournalStore, int], journal_path: Path, tmp_path: Path, qapp: object
) -> None:
    common = ["--journal", str(journal_path), "-o", str(tmp_path / "x.pdf")]
    code, _, err = run("export-pdf", "--preset", "session", "--session", "99", *common)
    assert code != 0 and err.strip() == "coachdesk: no session 99 in this journal"
    code, _, err = run("export-pdf", "--preset", "session", *common)
    assert code != 0 and "needs --session ID" in err
    code, _, err = run("export-pdf", *common)
    assert code != 0 and "--from and --to are needed" in err
    assert not (tmp_path / "x.pdf").exists()


def test_sessions_lists_each_with_what_was_agreed_and_became_of_it(
    held: tuple[JournalStore, int], journal_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store, session_id = held
    monkeypatch.setattr(sessions_command, "utc_now", lambda: STARTED)
    code, out, err = run("sessions", "--journal", str(journal_path), "--format", "jsonl")
    assert (code, err) == (0, "")
    (found,) = [json.loads(line) for line in out.splitlines()]
    assert found["id"] == session_id and found["minutes"] == 47 and found["goal"] == GOAL
    assert found["date"] == STARTED.isoformat()
    assert found["agreed"] == [
        {"text": AGREED, "due": "2026-12-18", "state": "done", "outcome": LATER}
    ]
    debrief = "Deal debrief — looking back on a deal"  # one answer: under its reflection's name
    assert found["discussed"] == ["Deal debrief · Brouwer", debrief, "Where deals turned"]
    code, out, _ = run("sessions", "--journal", str(journal_path))
    assert code == 0
    assert out.splitlines()[0].split()[:4] == [str(session_id), "2026-11-26", "12:30", "47"]
    assert f"agreed: {AGREED} (by 2026-12-18; done: {LATER})" in out


def test_sessions_on_a_journal_without_any(journal_path: Path) -> None:
    journal_path.parent.mkdir(parents=True)
    JournalStore.open(journal_path).close()
    assert run("sessions", "--journal", str(journal_path)) == (
        0,
        "No coaching sessions yet.\n",
        "",
    )


def test_a_filter_finds_a_session_by_its_notes_goal_or_agreements_accents_aside(
    held: tuple[JournalStore, int],
) -> None:
    store, session_id = held
    back = look_back(store, store.session(session_id))
    assert matches(back, "who DECIDES")
    assert matches(back, "brouwer call")  # the agreement, in any order
    assert matches(back, "")
    assert not matches(back, "decides nobody")
    assert not matches(back, "scares")  # a private answer is not searched either
    assert matches(back, "Where déals")


def test_last_times_agreements_are_taken_away_as_they_stood_in_the_hour(
    held: tuple[JournalStore, int], clock: FakeClock
) -> None:
    store, first = held  # its agreement was done three days after it, with LATER
    store.add_commitment("Send Brouwer the case", session_id=first)  # still open
    clock.advance(days=4)
    item = AgendaItem(AgendaKind.LAST_TIME, str(first), "How did it go with what we agreed?")
    second = store.start_session("", (item,))
    clock.advance(minutes=20)
    store.end_session(second.id)
    text = takeaway_text(look_back(store, store.session(second.id)))
    assert "How did it go with what we agreed?" in text
    assert f"{AGREED} — by 18 Dec 2026\n        Done: {LATER}" in text
    assert "Send Brouwer the case\n        Still open" in text
    before = store.start_session("", (item,))  # an hour held before the agreement was done
    store.end_session(before.id)
    clock.advance(days=-9)
    earlier = look_back(store, replace(store.session(before.id), ended_at=clock.now))
    assert LATER not in takeaway_text(earlier) and "Still open" in takeaway_text(earlier)


def test_what_was_answered_together_is_taken_away_without_its_private_answers(
    held: tuple[JournalStore, int], library: FlowLibrary, clock: FakeClock
) -> None:
    store, _ = held
    clock.advance(days=7)
    session = store.start_session("Together", ())
    debrief = library.get("deal-debrief")
    assert debrief is not None
    made = store.start(debrief, session_id=session.id)
    store.save_answer(made.id, answer_to(library, "deal-debrief", "happened", text="TOGETHER-1"))
    store.save_answer(made.id, answer_to(library, "deal-debrief", "lesson", text="HIDDEN-2"))
    store.set_private(made.id, "lesson", True)
    store.end_session(session.id)
    text = takeaway_text(look_back(store, store.session(session.id)))
    assert "Answered together" in text and "TOGETHER-1" in text and "HIDDEN-2" not in text


def test_a_long_session_still_takes_one_page(
    held: tuple[JournalStore, int], library: FlowLibrary, clock: FakeClock, qapp: object
) -> None:
    store, _ = held
    debrief = library.get("deal-debrief")
    assert debrief is not None
    words = "the buyer went quiet after the price and I filled the silence " * 12
    questions = ("deal", "planned", "happened", "feelings", "turning-point", "almost", "lesson")
    agenda = []
    for n in range(10):
        answers = tuple(
            answer_to(library, "deal-debrief", q, text=f"{n} {words}") for q in questions
        )
        made = store.add(NewReflection(debrief, answers, clock.now))
        agenda.append(AgendaItem(AgendaKind.REFLECTION, str(made), f"Deal debrief {n}"))
    session = store.start_session("A long goal " * 10, tuple(agenda))
    store.save_session_notes(session.id, "\n".join([words] * 6))
    for n in range(6):
        store.add_commitment(
            f"Agreement {n}: {words[:90]}", date(2026, 12, 18), session_id=session.id
        )
    store.end_session(session.id)
    back = look_back(store, store.session(session.id))
    _, pages = takeaway_pdf(back, PdfOptions())
    assert pages == 1
    assert "Agreement 5" in takeaway_text(back)


def test_sessions_loads_no_qt(held: tuple[JournalStore, int], journal_path: Path) -> None:
    store, _ = held
    store.close()
    heavy, out = loaded_by("sessions", "--journal", str(journal_path))
    assert not [m for m in heavy if m.startswith(("PySide6", "shiboken6"))]
    assert GOAL in out
