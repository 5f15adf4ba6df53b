"""`coachdesk demo`: the demo, or years of one left untidy, into a new file."""

from __future__ import annotations

import io
import subprocess
import sys
from collections import Counter
from datetime import date, datetime, timedelta
from pathlib import Path

from coachdesk import cli
from coachdesk.coaching.commitments import CommitmentState
from coachdesk.coaching.flows import FlowLibrary, load_flows
from coachdesk.coaching.revisits import RevisitState
from coachdesk.demo_years import fill_years
from coachdesk.resources import flows_dir
from coachdesk.storage import JournalStore
from tests.platforms import assert_mode

TODAY = date(2026, 11, 2)


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = cli.main(list(argv), out, err)
    return code, out.getvalue(), err.getvalue()


def test_an_existing_file_is_refused_in_one_line_and_left_alone(tmp_path: Path) -> None:
    journal = tmp_path / "mine.sqlite"
    journal.write_bytes(b"my own journal")
    code, out, err = run("demo", "--journal", str(journal), "--years", "1")
    assert code == 1 and out == ""
    assert err == f"coachdesk: {journal} already exists; the demo goes into a new file\n"
    assert journal.read_bytes() == b"my own journal"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["mine.sqlite"]


def test_the_demo_goes_into_a_new_private_file_in_the_language_asked(tmp_path: Path) -> None:
    journal = tmp_path / "new" / "demo.sqlite"
    code, out, err = run("demo", "--journal", str(journal), "--language", "nl")
    assert (code, err) == (0, "")
    assert out.startswith(f"Wrote the demo journal to {journal} (Dutch; ")
    assert_mode(journal.parent, 0o700)
    assert_mode(journal, 0o600)
    assert sorted(p.name for p in journal.parent.iterdir()) == ["demo.sqlite"]  # nothing left
    store = JournalStore.open(journal)
    try:
        titles = {s.flow_title for s in store.timeline(0, 100)}
        assert "Weekreflectie" in titles and "Weekly reflection" not in titles
        assert store.check_ins() and store.commitments() and store.revisits()
    finally:
        store.close()


def test_years_make_a_reflection_a_day_with_the_loop_left_untidy(tmp_path: Path) -> None:
    journal = tmp_path / "year.sqlite"
    code, out, _ = run("demo", "--journal", str(journal), "--years", "1", "--language", "en")
    assert code == 0 and "365 reflections" in out
    store = JournalStore.open(journal)
    try:
        summaries = store.timeline(0, 1000)
        days = Counter(s.created_at.astimezone().date() for s in summaries)
        yesterday = date.today() - timedelta(days=1)
        assert len(summaries) == 365 and set(days.values()) == {1}
        assert max(days) == yesterday and min(days) == yesterday - timedelta(days=364)
        made = store.commitments()
        still_open = [c for c in made if c.state is CommitmentState.OPEN]
        # never tidied (a good day and a tough conversation end in commitments too)
        assert 100 <= sum(c.due is None for c in still_open) <= 300
        assert any(c.due is not None for c in still_open)
        assert any(c.state is CommitmentState.DONE for c in made)  # a few were kept
        returns = Counter(r.state for r in store.revisits())
        assert 60 <= returns[RevisitState.PENDING] <= 160 and returns[RevisitState.ANSWERED]
        weeks = (365 + 6) // 7
        assert weeks <= len(store.check_ins()) <= 4 * weeks  # a few a week
        assert f"{len(still_open):,} open commitments" in out
    finally:
        store.close()


def test_years_are_written_in_the_journals_language() -> None:
    texts: dict[str, list[str]] = {}
    for language in ("en", "nl"):
        store = JournalStore.in_memory()
        fill_years(store, load_flows(flows_dir(), language), 1, TODAY, language)
        texts[language] = [c.text for c in store.commitments()]
        store.close()
    assert "Call Brouwer back about the pilot" in texts["en"]
    assert "Brouwer terugbellen over de pilot" in texts["nl"]
    assert "Brouwer terugbellen over de pilot" not in texts["en"]


def _everything(store: JournalStore) -> list[object]:
    return [
        [
            (r.created_at, r.flow_id, r.answers, r.customer, r.tags)
            for r in store.every_reflection()
        ],
        store.commitments(),
        store.revisits(),
        store.check_ins(),
    ]


def test_years_are_the_same_for_the_same_seed_and_day(library: FlowLibrary) -> None:
    journals = []
    for _ in range(2):
        store = JournalStore.in_memory(lambda: datetime(2030, 1, 1).astimezone())
        fill_years(store, library, 1, TODAY, "en", seed=3)
        journals.append(_everything(store))
        store.close()
    other = JournalStore.in_memory()
    fill_years(other, library, 1, TODAY, "en", seed=4)
    assert journals[0] == journals[1] != _everything(other)
    other.close()


def test_years_end_yesterday_and_nothing_happens_after_it(library: FlowLibrary) -> None:
    store = JournalStore.in_memory()
    fill_years(store, library, 2, TODAY, "en")
    end = datetime(2026, 11, 2).astimezone()
    assert max(s.created_at for s in store.timeline(0, 1)) < end
    assert all(c.closed_at is None or c.closed_at < end for c in store.commitments())
    assert max(c.created_at for c in store.check_ins()) < end
    store.close()


def test_the_demo_command_loads_no_qt_widgets(tmp_path: Path) -> None:
    journal = tmp_path / "demo.sqlite"
    code = (
        "import sys\n"
        "from coachdesk import cli\n"
        f"assert cli.main(['demo', '--journal', {str(journal)!r}, '--years', '1']) == 0\n"
        "print(sorted(m for m in sys.modules if m.startswith('PySide6.QtWidgets')))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip().splitlines()[-1] == "[]"
    assert journal.exists()


def test_the_demo_needs_a_journal_named(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "coachdesk", "demo"], capture_output=True, text=True, cwd=tmp_path
    )
    assert result.returncode == 2 and "--journal" in result.stderr
    assert list(tmp_path.iterdir()) == []
