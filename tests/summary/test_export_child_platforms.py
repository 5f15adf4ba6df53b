"""The export child on Windows' terms, played on Linux: a legacy console code page
(PYTHONIOENCODING=cp1252), Cancel through the protocol instead of terminate() (which a
windowless child on Windows ignores), and no console window for the child."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from types import SimpleNamespace

import pytest
from PySide6.QtCore import QProcess, QProcessEnvironment
from pytestqt.qtbot import QtBot

from coachdesk.cli.export_protocol import CANCELLED, CANCELLED_EXIT, cancel_line
from coachdesk.coaching.summary import SummaryRequest
from coachdesk.storage import JournalStore
from coachdesk.summary.export import PdfOptions
from coachdesk.ui.export import export_runner
from coachdesk.ui.export.export_runner import (
    CREATE_NO_WINDOW,
    ExportRunner,
    child_environment,
    without_console,
)
from tests.summary.test_export import SINCE, UNTIL

ODD_NAME = "Ωmega-łódź.pdf"  # not in cp1252: Greek and Polish letters
WHOLE = ["--from", SINCE.isoformat(), "--to", UNTIL.isoformat(), "--language", "en"]


@pytest.fixture
def on_disk(filled: JournalStore, journal_path: Path) -> Path:
    journal_path.parent.mkdir(parents=True, exist_ok=True)
    filled._db.execute("VACUUM INTO ?", [str(journal_path)])
    return journal_path


def legacy_console() -> dict[str, str]:
    """The environment of a child whose streams take Windows' ANSI code page."""
    return {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONIOENCODING": "cp1252"}


@pytest.mark.parametrize("progress", [["--progress"], []])
def test_a_path_outside_the_console_code_page_is_exported_and_said(
    on_disk: Path, tmp_path: Path, progress: list[str]
) -> None:
    target = tmp_path / ODD_NAME
    done = subprocess.run(
        [sys.executable, "-m", "coachdesk", "export-pdf", "--journal", str(on_disk)]
        + [*WHOLE, *progress, "-o", str(target)],
        capture_output=True,
        env=legacy_console(),
        timeout=120,
    )
    assert done.returncode == 0, done.stderr.decode("utf-8", "replace")
    assert target.read_bytes().startswith(b"%PDF")
    last = done.stdout.splitlines()[-1]
    if progress:  # the window's protocol: UTF-8 whatever the code page
        assert last.decode("utf-8").endswith(f"to {target}")
    else:  # by hand: the console's own code page, what does not fit escaped
        assert last.decode("cp1252").startswith("Wrote ")


def test_the_warm_child_speaks_utf8_on_a_legacy_console(on_disk: Path, tmp_path: Path) -> None:
    import json

    target = tmp_path / ODD_NAME
    done = subprocess.run(
        [sys.executable, "-m", "coachdesk", "export-pdf-warm", "--journal", str(on_disk)],
        input=(json.dumps([*WHOLE, "--progress", "-o", str(target)]) + "\n").encode("utf-8"),
        capture_output=True,
        env=legacy_console(),
        timeout=120,
    )
    assert done.returncode == 0, done.stderr.decode("utf-8", "replace")
    assert done.stdout.splitlines()[-1].decode("utf-8").endswith(f"to {target}")


def test_a_cancel_line_stops_the_child_at_the_next_page(on_disk: Path, tmp_path: Path) -> None:
    target = tmp_path / "never.pdf"
    child = subprocess.Popen(
        [sys.executable, "-m", "coachdesk", "export-pdf", "--journal", str(on_disk)]
        + [*WHOLE, "--progress", "-o", str(target)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert child.stdin is not None and child.stdout is not None
    assert child.stdout.readline().startswith(b"progress ")
    child.stdin.write(cancel_line())
    child.stdin.flush()  # and the channel stays open: the line alone stops it
    said = child.stdout.read().decode("utf-8").splitlines()
    assert child.wait(timeout=60) == CANCELLED_EXIT
    child.stdin.close()
    child.stdout.close()
    assert said[-1] == CANCELLED and not target.exists()


def test_the_window_cancels_without_terminate_or_kill(
    qtbot: QtBot, on_disk: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ended_by: list[str] = []
    monkeypatch.setattr(QProcess, "terminate", lambda self: ended_by.append("terminate"))
    monkeypatch.setattr(QProcess, "kill", lambda self: ended_by.append("kill"))
    store = JournalStore.open(on_disk)
    try:
        runner = ExportRunner(store)
        ended: list[str] = []
        runner.cancelled.connect(lambda: ended.append("cancelled"))
        runner.finished.connect(lambda *a: ended.append("finished"))
        runner.progressed.connect(lambda *a: runner.cancel())
        runner.start(SummaryRequest(SINCE, UNTIL), tmp_path / "x.pdf", PdfOptions(), [], UNTIL)
        qtbot.waitUntil(lambda: bool(ended), timeout=60_000)
        assert ended == ["cancelled"] and ended_by == []
    finally:
        store.close()


def test_the_child_gets_utf8_streams_and_no_console_window(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    environment = child_environment(QProcessEnvironment())
    assert environment.value("PYTHONIOENCODING") == "utf-8"
    modifiers: list[object] = []
    process = SimpleNamespace(setCreateProcessArgumentsModifier=modifiers.append)
    monkeypatch.setattr(sys, "platform", "linux")
    without_console(process)  # type: ignore[arg-type]
    assert modifiers == []  # nothing to do off Windows
    monkeypatch.setattr(sys, "platform", "win32")
    without_console(process)  # type: ignore[arg-type]
    arguments = SimpleNamespace(flags=0x400)  # CREATE_UNICODE_ENVIRONMENT, as Qt sets it
    modifiers[0](arguments)  # type: ignore[operator]
    assert arguments.flags == 0x400 | CREATE_NO_WINDOW == 0x08000400


def test_the_child_ends_cleanly_while_the_window_keeps_its_channel_open(
    on_disk: Path, tmp_path: Path
) -> None:
    child = subprocess.Popen(
        [sys.executable, "-m", "coachdesk", "export-pdf", "--journal", str(on_disk)]
        + [*WHOLE, "--progress", "-o", str(tmp_path / "done.pdf")],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert child.stdout is not None and child.stderr is not None and child.stdin is not None
    out = child.stdout.read()  # stdin stays open meanwhile: the reader thread still waits
    assert child.wait(timeout=60) == 0  # no abort at exit for the thread reading stdin
    err = child.stderr.read()
    for stream in (child.stdin, child.stdout, child.stderr):
        stream.close()
    assert out.splitlines()[-1].startswith(b"Wrote ") and b"Fatal" not in err


def test_a_dismissed_warm_child_ends_by_itself_through_the_protocol(
    qtbot: QtBot, on_disk: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    killed: list[QProcess] = []
    monkeypatch.setattr(QProcess, "kill", lambda self: killed.append(self))
    store = JournalStore.open(on_disk)
    try:
        runner = ExportRunner(store)
        ended: list[object] = []
        for signal in (runner.finished, runner.failed, runner.cancelled):
            signal.connect(lambda *a: ended.append(a))
        runner.warm_up()
        runner.prepare(SummaryRequest(SINCE, UNTIL), PdfOptions())  # busy laying out
        runner.dismiss()
        assert not runner.running  # a new dialog may start its own at once
        runner.warm_up()
        assert runner.running
        runner.dismiss()
        qtbot.waitUntil(lambda: not export_runner._leaving, timeout=60_000)
        assert ended == [] and killed == [] and list(tmp_path.rglob("*.pdf")) == []
    finally:
        store.close()
