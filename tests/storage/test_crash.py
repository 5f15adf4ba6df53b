"""A writer killed with SIGKILL at random moments never loses an acknowledged save.

The writer (tests/storage/crash_writer.py) says "saved N" only after save_answer returned.
After every kill a fresh JournalStore.open must pass the quick check and find every
acknowledged save with its exact text, and the draft with the question it was at.
`make soak` runs the same cycle 200 times (tools/soak.py).
"""

from __future__ import annotations

import random
from pathlib import Path

from coachdesk.storage import JournalStore
from tests.platforms import POSIX_ONLY
from tests.storage.crash_writer import Ledger, kill_cycle

pytestmark = POSIX_ONLY  # SIGKILL

KILLS = 50
SEED = 20261127


def test_fifty_kills_lose_no_acknowledged_save(tmp_path: Path) -> None:
    journal = tmp_path / "journal.sqlite"
    rng = random.Random(SEED)
    ledger = Ledger()
    runs = []
    for _ in range(KILLS):
        runs.append(kill_cycle(journal, rng, tmp_path / "writer.err"))
        ledger.add(runs[-1])
        ledger.check(journal)  # the same file goes on to the next writer
    assert {run.killed_at for run in runs} == {"opening", "writing"}
    assert all(run.values("saved") for run in runs if run.killed_at == "writing")
    store = JournalStore.open(journal)
    try:
        assert store._db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        store._db.execute("insert into answers_fts(answers_fts) values ('integrity-check')")
    finally:
        store.close()


def test_a_journal_killed_while_it_is_created_opens_afterwards(tmp_path: Path) -> None:
    rng = random.Random(SEED + 1)
    for attempt in range(10):
        journal = tmp_path / f"journal-{attempt}.sqlite"
        run = kill_cycle(journal, rng, tmp_path / "writer.err", opening=1.0)
        ledger = Ledger()
        ledger.add(run)
        ledger.check(journal)
