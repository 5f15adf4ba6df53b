"""The export dialog's "With their pictures" (on unless turned off), passed on to the
export's child as --no-pictures, which the command line takes too."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from pytestqt.qtbot import QtBot

from coachdesk.cli.pdf import add_options
from coachdesk.coaching.summary import Section, SummaryRequest
from coachdesk.summary.export import PdfOptions
from coachdesk.ui.export.export_dialog import ExportDialog
from coachdesk.ui.export.export_runner import request_arguments

TODAY = date(2026, 11, 20)


def test_the_pictures_are_in_unless_turned_off_and_only_with_the_reflections(
    qtbot: QtBot, tmp_path: Path
) -> None:
    dialog = ExportDialog(TODAY, tmp_path)
    qtbot.addWidget(dialog)
    assert dialog.pictures.isChecked() and dialog.pictures.accessibleName()
    choice = dialog.choice()
    assert choice is not None and choice.request.pictures
    dialog.pictures.setChecked(False)
    choice = dialog.choice()
    assert choice is not None and not choice.request.pictures
    dialog.sections[Section.REFLECTIONS].setChecked(False)
    assert not dialog.pictures.isEnabled()


def test_the_child_is_told_to_leave_the_pictures_out() -> None:
    import argparse

    kept = SummaryRequest(TODAY, TODAY)
    left = SummaryRequest(TODAY, TODAY, pictures=False)
    assert "--no-pictures" not in request_arguments(kept, PdfOptions())
    arguments = request_arguments(left, PdfOptions())
    assert "--no-pictures" in arguments
    parser = argparse.ArgumentParser()
    add_options(parser)
    assert parser.parse_args([*arguments, "-o", "x.pdf"]).pictures is False
    assert parser.parse_args(["-o", "x.pdf"]).pictures is True
