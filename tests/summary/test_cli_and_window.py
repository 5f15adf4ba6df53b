"""export-pdf on the command line, and Ctrl+E in the window (worker thread, progress)."""

from __future__ import annotations

import io
import subprocess
import sys
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from coachdesk import cli
from coachdesk.coaching.summary import ALL_SECTIONS, Preset, Section, SummaryRequest
from coachdesk.storage import JournalStore
from coachdesk.ui.export.export_dialog import ExportChoice, ExportDialog
from tests.summary.test_export import SINCE, UNTIL
from tests.ui.test_accessibility import unnamed_interactive

pytestmark = pytest.mark.pdf_tools("pdftotext")


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    return cli.main(list(argv), out, err), out.getvalue(), err.getvalue()


def test_export_pdf_on_the_command_line(tmp_path: Path) -> None:
    journal = tmp_path / "j.sqlite"
    notes = tmp_path / "in.jsonl"
    notes.write_text('{"date": "2026-10-01", "title": "Klant", "text": "Eén café 🙂"}\n')
    assert run("import", str(notes), "--journal", str(journal))[0] == 0
    pdf = tmp_path / "out.pdf"
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "coachdesk",
            "export-pdf",
            "--from",
            "2026-09-01",
            "--to",
            "2026-10-31",
            "-o",
            str(pdf),
            "--journal",
            str(journal),
        ],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0 and result.stdout.startswith("Wrote "), result.stderr
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout
    assert "Eén café 🙂" in text
    prep = tmp_path / "prep.pdf"
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "coachdesk",
            "export-pdf",
            "--from",
            "2026-09-01",
            "--to",
            "2026-10-31",
            "--preset",
            "prep",
            "-o",
            str(prep),
            "--journal",
            str(journal),
        ],
        capture_output=True,
        text=True,
    )
    assert result.stdout == f"Wrote 1 page to {prep}\n", result.stderr


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--from", "2026-10-31", "--to", "2026-09-01"], "--from is after --to"),
        (["--from", "2026-9-1", "--to", "2026-10-01"], "is not a date"),
        (["--from", "2026-09-01", "--to", "2026-10-01", "-o", "/no/such/dir/x.pdf"], "no folder"),
    ],
)
def test_export_pdf_errors_are_one_line(tmp_path: Path, args: list[str], message: str) -> None:
    journal = tmp_path / "j.sqlite"
    JournalStore.open(journal).close()
    if "-o" not in args:
        args = [*args, "-o", str(tmp_path / "x.pdf")]
    code, out, err = run("export-pdf", *args, "--journal", str(journal))
    assert code == 1 and out == "" and message in err and err.count("\n") == 1
    assert not (tmp_path / "x.pdf").exists()


def test_ctrl_e_exports_off_the_ui_thread(
    qtbot: QtBot,
    filled: JournalStore,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from coachdesk.ui.export.pdf_export import PdfExport

    target = tmp_path / "window.pdf"
    choice = ExportChoice(SummaryRequest(SINCE, UNTIL, Preset.SUMMARY, ALL_SECTIONS), target, "a4")
    monkeypatch.setattr(ExportDialog, "ask", classmethod(lambda cls, *a: choice))
    notices: list[tuple[str, bool]] = []
    from PySide6.QtWidgets import QWidget

    window = QWidget()
    qtbot.addWidget(window)
    export = PdfExport(filled, [], lambda text, warning: notices.append((text, warning)), window)
    with qtbot.waitSignal(export.runner.finished, timeout=30_000):
        assert export.ask()
    assert target.exists() and notices and not notices[0][1]
    assert "Saved the PDF" in notices[0][0]


def test_the_export_dialog_is_named_and_reads_back(qtbot: QtBot, tmp_path: Path) -> None:
    dialog = ExportDialog(UNTIL, tmp_path)
    qtbot.addWidget(dialog)
    assert unnamed_interactive(dialog) == []
    dialog.period.setCurrentIndex(dialog.period.findData("month"))
    dialog.private.setChecked(True)
    choice = dialog.choice()
    assert choice is not None and choice.request.include_private
    assert choice.request.until == UNTIL and (UNTIL - choice.request.since).days == 29
    assert choice.target.parent == tmp_path and choice.target.suffix == ".pdf"
    dialog.prep.setChecked(True)
    prep = dialog.choice()
    assert prep is not None and prep.request.preset is Preset.PREP


def test_the_export_dialog_tells_what_the_pdf_would_hold_as_it_changes(
    qtbot: QtBot, tmp_path: Path
) -> None:
    dialog = ExportDialog(UNTIL, tmp_path)
    qtbot.addWidget(dialog)
    told: list[object] = []
    dialog.changed.connect(lambda: told.append(dialog.choice()))
    dialog.file.setText(str(tmp_path / "elsewhere.pdf"))  # where it goes: nothing to lay out
    assert told == []
    dialog.sections[Section.STORIES].setChecked(False)
    dialog.paper.setCurrentIndex(dialog.paper.findData("letter"))
    dialog.period.setCurrentIndex(dialog.period.findData("year"))
    last = told[-1]
    assert isinstance(last, ExportChoice) and last.page == "letter"
    assert Section.STORIES not in last.request.sections
    assert (UNTIL - last.request.since).days > 300  # the last year


def test_ctrl_e_is_in_the_journal_menu(qtbot: QtBot) -> None:
    import inspect

    from coachdesk.ui.common.shortcuts import keys_for
    from coachdesk.ui.journal import journal_actions

    source = inspect.getsource(journal_actions)
    assert 'k["export_pdf"]' in source and "view.export_pdf" in source
    assert keys_for("export_pdf", "linux") == keys_for("export_pdf", "darwin") == ("Ctrl+E",)


@pytest.mark.parametrize(("language", "heading"), [("nl", "Samenvatting"), ("en", "Summary")])
def test_the_pdf_speaks_the_language_asked_for(tmp_path: Path, language: str, heading: str) -> None:
    journal = tmp_path / "j.sqlite"
    notes = tmp_path / "in.jsonl"
    notes.write_text('{"date": "2026-10-01", "title": "Klant", "text": "Eerste gesprek"}\n')
    assert run("import", str(notes), "--journal", str(journal))[0] == 0
    pdf = tmp_path / "out.pdf"
    result = subprocess.run(
        [sys.executable, "-m", "coachdesk", "export-pdf", "--from", "2026-09-01",
         "--to", "2026-10-31", "--language", language, "-o", str(pdf), "--journal", str(journal)],
        capture_output=True,
        text=True,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout
    assert heading in text
    other = "Summary" if language == "nl" else "Samenvatting"
    assert other not in text
