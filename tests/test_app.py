"""The composition root: default journal place, the demo journal, the version."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path

from coachdesk import __version__
from coachdesk.coaching.flows import FlowLibrary
from coachdesk.environment import default_journal_path
from coachdesk.session import fill_demo
from coachdesk.storage import JournalStore


def test_the_default_journal_lives_in_the_user_data_folder() -> None:
    path = default_journal_path()
    assert path.name == "journal.sqlite"
    assert path.parent == Path(os.environ["XDG_DATA_HOME"]) / "coachdesk"


def test_the_demo_journal_looks_alive(store: JournalStore, library: FlowLibrary) -> None:
    today = date(2026, 11, 25)  # a Wednesday: the demo counts back from Sunday the 22nd
    count = fill_demo(store, library, today)
    assert 35 <= count <= 45 and store.count() == count
    summaries = store.timeline(0, 100)
    days = {s.created_at.astimezone().date() for s in summaries}
    assert max(days) <= today and min(days) >= today - timedelta(days=100)
    assert max(days) - min(days) >= timedelta(days=75)  # about three months
    assert {s.flow_id for s in summaries} == {f.id for f in library.flows}
    assert sum(s.is_draft for s in summaries) == 1
    assert all(s.preview for s in summaries)


def test_version_is_printed() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "coachdesk", "--version"], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == f"coachdesk {__version__}"
