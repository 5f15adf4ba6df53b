"""Ctrl+E runs `coachdesk export-pdf` as a child process: never a stalled window."""

from __future__ import annotations

import hashlib
import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import QElapsedTimer, QTimer
from pytestqt.qtbot import QtBot

from coachdesk.coaching.flows import FlowLibrary
from coachdesk.coaching.summary import ALL_SECTIONS, Preset, Section, SummaryRequest
from coachdesk.storage import JournalStore, protection
from coachdesk.summary.export import PdfOptions
from coachdesk.ui.export.export_runner import ExportRunner, export_arguments
from tests.summary.test_export import DUTCH, SINCE, UNTIL


@pytest.fixture
def on_disk(filled: JournalStore, journal_path: Path) -> Path:
    """The filled in-memory journal, written to a file the child can open."""
    journal_path.parent.mkdir(parents=True, exist_ok=True)
    filled._db.execute("VACUUM INTO ?", [str(journal_path)])
    return journal_path


def pdf_text(path: Path) -> str:
    return subprocess.run(
        ["pdftotext", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def watched(store: JournalStore) -> tuple[ExportRunner, list[object]]:
    """A runner on `store`, and the list its ending signals go into."""
    runner = ExportRunner(store)
    ended: list[object] = []
    runner.finished.connect(lambda pages, path: ended.append(("finished", pages)))
    runner.failed.connect(lambda why: ended.append(("failed", why)))
    runner.cancelled.connect(lambda: ended.append(("cancelled",)))
    return runner, ended


def export(qtbot: QtBot, store: JournalStore, target: Path) -> tuple[list[object], float]:
    """Run one export; the signals it ended with, and the longest the event loop stalled."""
    runner, ended = watched(store)
    beats = QElapsedTimer()
    gaps = [0]
    beat = QTimer()
    beat.setInterval(5)
    beat.timeout.connect(lambda: gaps.append(beats.restart()))
    beats.start()
    beat.start()
    runner.start(SummaryRequest(SINCE, UNTIL), target, PdfOptions(), [], UNTIL)
    qtbot.waitUntil(lambda: bool(ended), timeout=60_000)
    beat.stop()
    return ended, max(gaps)


def test_the_child_writes_the_pdf_and_the_window_keeps_running(
    qtbot: QtBot, on_disk: Path, tmp_path: Path
) -> None:
    store = JournalStore.open(on_disk)
    try:
        target = tmp_path / "summary.pdf"
        ended, stall = export(qtbot, store, target)
        assert ended[0][0] == "finished" and ended[0][1] > 1  # type: ignore[index]
        assert DUTCH in pdf_text(target)
        assert stall < 200  # the loop ran all along (a generous bound for a loaded CI box)
    finally:
        store.close()


def test_an_encrypted_journal_is_exported_with_the_key_on_stdin(
    qtbot: QtBot, on_disk: Path, tmp_path: Path
) -> None:
    protection.encrypt(on_disk, "a passphrase for the test")
    key = protection.unlock(on_disk, "a passphrase for the test")
    store = JournalStore.open(on_disk, key)
    try:
        target = tmp_path / "secret.pdf"
        ended, _ = export(qtbot, store, target)
        assert ended[0][0] == "finished" and DUTCH in pdf_text(target)
    finally:
        store.close()
    args = export_arguments(on_disk, SummaryRequest(SINCE, UNTIL), target, PdfOptions(), True)
    assert "--key-stdin" in args and key.hex() not in " ".join(args)


def test_cancelling_leaves_an_existing_file_as_it_was(
    qtbot: QtBot, on_disk: Path, tmp_path: Path
) -> None:
    store = JournalStore.open(on_disk)
    try:
        target = tmp_path / "old.pdf"
        target.write_bytes(b"%PDF-1.4 an older summary\n")
        before = digest(target)
        runner = ExportRunner(store)
        ended: list[str] = []
        runner.cancelled.connect(lambda: ended.append("cancelled"))
        runner.finished.connect(lambda *a: ended.append("finished"))
        runner.progressed.connect(lambda *a: runner.cancel())  # cancel at the first sign of life
        runner.start(SummaryRequest(SINCE, UNTIL), target, PdfOptions(), [], UNTIL)
        qtbot.waitUntil(lambda: bool(ended), timeout=60_000)
        assert ended == ["cancelled"]
        assert digest(target) == before
        assert [p.name for p in tmp_path.iterdir() if p.name.startswith("old.pdf")] == ["old.pdf"]
    finally:
        store.close()


def test_the_command_line_carries_every_choice(tmp_path: Path) -> None:
    request = SummaryRequest(SINCE, UNTIL, Preset.PREP, frozenset({Section.OVERVIEW}), True)
    args = export_arguments(
        tmp_path / "j.sqlite", request, tmp_path / "o.pdf", PdfOptions("letter"), False
    )
    assert args[args.index("--preset") + 1] == "prep" and args[args.index("--page") + 1] == "letter"
    assert args[args.index("--sections") + 1] == "overview" and "--include-private" in args
    whole = export_arguments(
        tmp_path / "j.sqlite", SummaryRequest(SINCE, UNTIL), tmp_path / "o.pdf", PdfOptions(), False
    )
    assert "--sections" not in whole and ALL_SECTIONS


def test_the_child_reports_a_failure_in_one_line(
    qtbot: QtBot, on_disk: Path, tmp_path: Path, library: FlowLibrary
) -> None:
    store = JournalStore.open(on_disk)
    try:
        ended, _ = export(qtbot, store, tmp_path / "missing-folder" / "x.pdf")
        assert ended[0][0] == "failed" and "no folder" in str(ended[0][1])  # type: ignore[index]
    finally:
        store.close()


@pytest.mark.parametrize("encrypted", [False, True])
def test_a_warm_child_waits_for_the_request_then_exports_it(
    qtbot: QtBot, on_disk: Path, tmp_path: Path, encrypted: bool
) -> None:
    key = None
    if encrypted:
        protection.encrypt(on_disk, "a passphrase for the test")
        key = protection.unlock(on_disk, "a passphrase for the test")
    store = JournalStore.open(on_disk, key)
    try:
        runner, ended = watched(store)
        runner.warm_up()
        assert runner.running
        qtbot.wait(300)  # the user is choosing; nothing is written meanwhile
        target = tmp_path / "warm.pdf"
        assert not target.exists() and not ended
        runner.start(SummaryRequest(SINCE, UNTIL), target, PdfOptions(), [], UNTIL)
        qtbot.waitUntil(lambda: bool(ended), timeout=60_000)
        assert ended[0][0] == "finished", ended
        assert DUTCH in pdf_text(target)
    finally:
        store.close()


def test_a_dismissed_warm_child_ends_and_says_nothing(
    qtbot: QtBot, on_disk: Path, tmp_path: Path
) -> None:
    store = JournalStore.open(on_disk)
    try:
        runner = ExportRunner(store)
        ended: list[object] = []
        for signal in (runner.finished, runner.failed, runner.cancelled):
            signal.connect(lambda *a: ended.append(a))
        runner.warm_up()
        runner.dismiss()
        assert not runner.running
        qtbot.wait(200)
        assert ended == [] and list(tmp_path.rglob("*.pdf")) == []
    finally:
        store.close()


def test_the_warm_command_with_nothing_asked_exports_nothing(on_disk: Path) -> None:
    import sys

    done = subprocess.run(
        [sys.executable, "-m", "coachdesk", "export-pdf-warm", "--journal", str(on_disk)],
        input="\n",
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert (done.returncode, done.stdout) == (0, "")
    assert "Traceback" not in done.stderr and "coachdesk:" not in done.stderr


WHOLE = ["--from", SINCE.isoformat(), "--to", UNTIL.isoformat(), "--language", "en"]
STORIES = [*WHOLE, "--sections", "stories"]
UNFINISHED = ["--from", UNTIL.isoformat(), "--to", SINCE.isoformat(), "--language", "en"]


def _line(arguments: list[str], prepare: bool = False) -> str:
    import json

    return json.dumps({"prepare": arguments} if prepare else arguments) + "\n"


@pytest.mark.parametrize(
    ("prepared", "settle", "asked"),
    [
        ([WHOLE], True, WHOLE),  # laid out ahead, then exported
        ([STORIES], True, WHOLE),  # laid out ahead, but another is exported: anew
        ([WHOLE, STORIES], False, STORIES),  # the choice changed while being laid out
        ([STORIES], False, WHOLE),  # another exported while it was being laid out
        ([UNFINISHED], False, WHOLE),  # dates the wrong way round: nothing ahead
    ],
)
def test_a_warm_child_exports_what_is_asked_whatever_it_prepared(
    on_disk: Path, tmp_path: Path, prepared: list[list[str]], settle: bool, asked: list[str]
) -> None:
    import os
    import sys

    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    coachdesk = [sys.executable, "-m", "coachdesk"]
    reference = tmp_path / "reference.pdf"
    subprocess.run(
        [*coachdesk, "export-pdf", "--journal", str(on_disk), *asked, "-o", str(reference)],
        check=True,
        capture_output=True,
        env=env,
    )
    target = tmp_path / "warm.pdf"
    child = subprocess.Popen(
        [*coachdesk, "export-pdf-warm", "--journal", str(on_disk)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env=env,
    )
    assert child.stdin is not None and child.stdout is not None
    child.stdin.write("".join(_line(p, prepare=True) for p in prepared))
    child.stdin.flush()
    if settle:  # the user takes their time: the preparation ends first
        assert child.stdout.readline() == "prepared\n"
    child.stdin.write(_line([*asked, "--progress", "-o", str(target)]))
    child.stdin.close()
    said = child.stdout.read().splitlines()
    child.stdout.close()
    assert child.wait(timeout=120) == 0
    assert said[-1].startswith("Wrote ")
    assert pdf_text(target) == pdf_text(reference)


def test_the_window_has_the_dialogs_choice_laid_out_ahead(
    qtbot: QtBot, on_disk: Path, tmp_path: Path
) -> None:
    store = JournalStore.open(on_disk)
    try:
        runner, ended = watched(store)
        runner.warm_up()
        stories = SummaryRequest(SINCE, UNTIL, sections=frozenset({Section.STORIES}))
        runner.prepare(stories, PdfOptions())
        runner.prepare(SummaryRequest(SINCE, UNTIL), PdfOptions())  # the user ticked them all
        qtbot.wait(500)
        target = tmp_path / "ahead.pdf"
        runner.start(SummaryRequest(SINCE, UNTIL), target, PdfOptions(), [], UNTIL)
        qtbot.waitUntil(lambda: bool(ended), timeout=60_000)
        assert ended[0][0] == "finished", ended
        assert DUTCH in pdf_text(target)  # the reflections are in: the last choice counted
    finally:
        store.close()
