"""A journal on a read-only disk or folder (a full or remounted disk, a synced folder gone
read-only): the window opens it for reading or says exactly what is wrong, never hangs, and
leaves no lock behind; the command line reads it and refuses to write in one line.

A real read-only bind mount in a private mount namespace: root ignores chmod."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest

from coachdesk.coaching.flows import FlowLibrary
from coachdesk.coaching.reflections import NewReflection
from coachdesk.storage import JournalStore

ROOT = Path(__file__).resolve().parent.parent

pytestmark = [
    pytest.mark.skipif(not sys.platform.startswith("linux"), reason="a bind mount needs Linux"),
    pytest.mark.skipif(
        (not hasattr(os, "geteuid") or os.geteuid() != 0 or shutil.which("unshare") is None)
        and not os.environ.get("CI"),
        reason="a read-only bind mount needs root and unshare (CI has both)",
    ),
]


def read_only(folder: Path, *command: str) -> subprocess.CompletedProcess[str]:
    """Run `command` with `folder` mounted read-only over itself, for it alone."""
    script = (
        f"mount --bind '{folder}' '{folder}' && mount -o remount,bind,ro '{folder}' && "
        + " ".join(f"'{part}'" for part in command)
    )
    return subprocess.run(
        ["unshare", "-m", "--propagation", "private", "sh", "-c", script],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=ROOT,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )


def window_on(folder: Path, journal: Path, tmp_path: Path) -> dict[str, object]:
    run = read_only(
        folder, sys.executable, "-m", "tests.read_only_child", str(journal), str(tmp_path / "s.ini")
    )
    assert run.returncode == 0, run.stderr
    assert "Traceback" not in run.stderr, run.stderr
    facts: dict[str, object] = json.loads(run.stdout.strip().splitlines()[-1])
    return facts


def finished_reflection(store: JournalStore, library: FlowLibrary, title: str) -> None:
    flow = library.flows[0]
    store.add_all([NewReflection(flow, (), datetime.now(UTC), title=title)])


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    made = tmp_path / "journal-folder"
    made.mkdir()
    return made


def test_the_window_opens_a_journal_on_a_read_only_disk_for_reading(
    folder: Path, tmp_path: Path, library: FlowLibrary
) -> None:
    journal = folder / "journal.sqlite"
    store = JournalStore.open(journal)
    finished_reflection(store, library, "Brouwer fleet")
    store.close()
    before = sorted(p.name for p in folder.iterdir())
    facts = window_on(folder, journal, tmp_path)
    assert facts["opened"] is True and facts["said"] == []
    assert facts["rows"] == 1
    assert "Read only" in str(facts["banner"]) and str(folder) in str(facts["banner"])
    assert facts["new_enabled"] is False and facts["search_enabled"] is True
    assert facts["edit_button"] is False
    assert facts["files"] == before  # no lock, no log, nothing
    assert sorted(p.name for p in folder.iterdir()) == before


def test_no_journal_in_a_read_only_folder_is_said_plainly(folder: Path, tmp_path: Path) -> None:
    facts = window_on(folder, folder / "journal.sqlite", tmp_path)
    assert facts["opened"] is False
    assert len(facts["said"]) == 1 and "read-only" in str(facts["said"])  # type: ignore[arg-type]
    assert facts["files"] == []


def test_the_command_line_reads_and_refuses_to_write_in_one_line(
    folder: Path, tmp_path: Path, library: FlowLibrary
) -> None:
    journal = folder / "journal.sqlite"
    store = JournalStore.open(journal)
    finished_reflection(store, library, "Visser renewal")
    store.close()
    coachdesk = [sys.executable, "-m", "coachdesk"]
    listed = read_only(folder, *coachdesk, "list", "--journal", str(journal))
    assert listed.returncode == 0 and "Visser renewal" in listed.stdout, listed.stderr
    found = read_only(folder, *coachdesk, "search", "Visser", "--journal", str(journal))
    assert found.returncode == 0 and "Visser renewal" in found.stdout, found.stderr
    notes = tmp_path / "notes.jsonl"
    notes.write_text('{"date": "2026-03-01", "text": "more"}\n')
    for command in (["import", str(notes)], ["backup"]):
        refused = read_only(folder, *coachdesk, *command, "--journal", str(journal))
        assert refused.returncode == 1
        assert refused.stderr.count("\n") == 1 and "read-only" in refused.stderr
