"""Ctrl+E's dialog: a folder that exists is offered, a target that cannot be written keeps the
dialog open with every choice as it was, and an export that fails later asks again."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QWidget
from pytestqt.qtbot import QtBot

from coachdesk.coaching.summary import ALL_SECTIONS, Preset, Section, SummaryRequest
from coachdesk.storage import JournalStore
from coachdesk.ui.export import export_runner
from coachdesk.ui.export.export_dialog import ExportChoice, ExportDialog
from coachdesk.ui.export.export_target import documents_folder

TODAY = date(2026, 11, 20)
LEFT = Qt.MouseButton.LeftButton


def test_a_missing_documents_folder_is_not_offered(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))  # no Documents in it, as on a fresh account
    assert documents_folder() == home
    (home / "Documents").mkdir()
    assert documents_folder() == home / "Documents"


def test_the_dialog_offers_a_folder_that_exists(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    dialog = ExportDialog(TODAY, documents_folder())
    qtbot.addWidget(dialog)
    offered = Path(dialog.file.text())
    assert offered.parent.is_dir() and dialog.check() == ""


def _choose_much(dialog: ExportDialog, target: str) -> None:
    dialog.prep.setChecked(False)
    dialog.period.setCurrentIndex(dialog.period.findData("year"))
    dialog.sections[Section.STORIES].setChecked(False)
    dialog.private.setChecked(True)
    dialog.paper.setCurrentIndex(dialog.paper.findData("letter"))
    dialog.file.setText(target)


def _export_button(dialog: ExportDialog) -> QWidget:
    buttons = dialog.findChild(QDialogButtonBox)
    assert buttons is not None
    return buttons.button(QDialogButtonBox.StandardButton.Save)


@pytest.mark.parametrize(
    ("where", "says"),
    [
        ("file.txt/x.pdf", "is a file, not a folder"),  # cannot be written, even as root
        ("no-such-folder/x.pdf", "There is no folder"),
        ("a-folder", "is a folder"),
        ("", "Choose where to save"),
    ],
)
def test_a_target_that_cannot_be_written_keeps_the_dialog_open_as_it_was(
    qtbot: QtBot, tmp_path: Path, where: str, says: str
) -> None:
    (tmp_path / "file.txt").write_text("not a folder")
    (tmp_path / "a-folder").mkdir()
    dialog = ExportDialog(TODAY, tmp_path)
    qtbot.addWidget(dialog)
    dialog.show()
    target = str(tmp_path / where) if where else ""
    _choose_much(dialog, target)
    before = dialog.choice()
    qtbot.mouseClick(_export_button(dialog), LEFT)
    assert dialog.isVisible() and dialog.result() == 0
    assert says in dialog.problem.text() and not dialog.problem.isHidden()
    assert dialog.file.text() == target and dialog.choice() == before
    assert dialog.period.currentData() == "year" and dialog.private.isChecked()
    assert not dialog.sections[Section.STORIES].isChecked()
    assert dialog.paper.currentData() == "letter" and dialog.focusWidget() is dialog.file
    dialog.file.setText(str(tmp_path / "x.pdf"))  # put right: the message goes
    assert dialog.problem.isHidden()
    qtbot.mouseClick(_export_button(dialog), LEFT)
    assert not dialog.isVisible() and dialog.result() == 1


def test_reversed_dates_keep_the_dialog_open(qtbot: QtBot, tmp_path: Path) -> None:
    dialog = ExportDialog(TODAY, tmp_path)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.period.setCurrentIndex(dialog.period.findData("custom"))
    dialog.since.setDate(dialog.until.date().addDays(3))
    qtbot.mouseClick(_export_button(dialog), LEFT)
    assert dialog.isVisible() and "ends before it starts" in dialog.problem.text()


def test_a_bare_name_goes_into_the_offered_folder_as_a_pdf(qtbot: QtBot, tmp_path: Path) -> None:
    dialog = ExportDialog(TODAY, tmp_path)
    qtbot.addWidget(dialog)
    dialog.file.setText("for the coach")
    choice = dialog.choice()
    assert choice is not None and choice.target == tmp_path / "for the coach.pdf"


@pytest.mark.parametrize("preset", [Preset.SUMMARY, Preset.PREP])
@pytest.mark.parametrize("period", ["month", "custom"])
def test_an_earlier_choice_comes_back_as_it_was(
    qtbot: QtBot, tmp_path: Path, preset: Preset, period: str
) -> None:
    first = ExportDialog(TODAY, tmp_path)
    qtbot.addWidget(first)
    _choose_much(first, str(tmp_path / "mine.pdf"))
    first.period.setCurrentIndex(first.period.findData(period))
    if period == "custom":
        first.since.setDate(first.since.date().addDays(-40))
    first.prep.setChecked(preset is Preset.PREP)
    earlier = first.choice()
    assert earlier is not None
    again = ExportDialog(TODAY, tmp_path / "elsewhere")
    qtbot.addWidget(again)
    again.restore(earlier)
    assert again.choice() == earlier
    assert again.period.currentData() == period


def test_an_export_that_fails_later_asks_again_with_every_choice(
    qtbot: QtBot,
    store: JournalStore,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from coachdesk.ui.export.pdf_export import PdfExport

    sections = ALL_SECTIONS - {Section.CHARTS}
    request = SummaryRequest(date(2026, 1, 1), TODAY, Preset.SUMMARY, sections, True)
    choice = ExportChoice(request, tmp_path / "later.pdf", "letter")
    asked: list[tuple[object, ...]] = []

    def ask(cls: type, *args: object) -> ExportChoice | None:
        asked.append(args)
        return choice if len(asked) == 1 else None  # then the user lets it be

    def disk_full(*args: object, **kwargs: object) -> int:
        raise OSError("No space left on device")

    monkeypatch.setattr(ExportDialog, "ask", classmethod(ask))
    monkeypatch.setattr(export_runner, "export_pdf", disk_full)
    notices: list[tuple[str, bool]] = []
    window = QWidget()
    qtbot.addWidget(window)
    export = PdfExport(store, [], lambda text, warning: notices.append((text, warning)), window)
    assert export.ask()
    qtbot.waitUntil(lambda: len(asked) == 2)
    earlier, problem = asked[1][4:6]
    assert earlier == choice
    assert isinstance(problem, str) and "No space left on device" in problem
    assert notices and notices[-1][1] and "not saved" in notices[-1][0]


def test_a_typed_name_of_an_existing_pdf_is_replaced_only_after_asking(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QDialog, QMessageBox

    existing = tmp_path / "summary.pdf"
    existing.write_bytes(b"%PDF-1.4 an earlier one")
    dialog = ExportDialog(TODAY, tmp_path)
    qtbot.addWidget(dialog)
    dialog.file.setText(str(existing))
    asked: list[str] = []

    def answer(reply: QMessageBox.StandardButton):  # type: ignore[no-untyped-def]
        def ask(parent: object, title: str, text: str) -> QMessageBox.StandardButton:
            asked.append(text)
            return reply

        return ask

    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.No))
    dialog.accept()
    assert asked and str(existing) in asked[0]
    assert dialog.result() != QDialog.DialogCode.Accepted  # kept open, choices as they were
    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.Yes))
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
