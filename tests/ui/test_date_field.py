"""The one date field: the locale's own date, a calendar, Up and Down a day, everywhere."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QDateEdit, QWidget
from pytestqt.qtbot import QtBot

from coachdesk.coaching.flows import FlowLibrary
from coachdesk.ui.common.date_field import DateField, medium_format
from coachdesk.ui.export.export_dialog import ExportDialog
from coachdesk.ui.journal.answer_editors import DueDate
from coachdesk.ui.journal.filter_panel import FilterPanel
from coachdesk.ui.loop.loop_dialogs import NewCommitmentDialog


@pytest.mark.parametrize(
    ("language", "shown"),
    [("en_GB", "9 Dec 2026"), ("en_US", "Dec 9, 2026"), ("nl_NL", "9 dec 2026")],
)
def test_a_date_reads_as_the_locale_writes_it_with_the_month_in_words(
    qtbot: QtBot, language: str, shown: str
) -> None:
    holder = QWidget()
    qtbot.addWidget(holder)
    holder.setLocale(QLocale(language))
    field = DateField("By when", holder, date(2026, 12, 9))
    assert field.text() == shown
    assert field.displayFormat() == medium_format(QLocale(language))
    assert field.calendarPopup()


def test_the_medium_format_is_the_long_one_without_the_weekday() -> None:
    assert medium_format(QLocale("de_DE")) == "d. MMM yyyy"
    assert medium_format(QLocale("nl_NL")) == "d MMM yyyy"
    assert medium_format(QLocale("en_US")) == "MMM d, yyyy"


def test_up_and_down_step_a_day_wherever_the_cursor_is(qtbot: QtBot) -> None:
    due = DueDate()
    qtbot.addWidget(due)
    due.show()
    field = due.findChild(DateField)
    assert field is not None and field.text() == "No date"
    field.setFocus()
    today = date.today()
    qtbot.keyClick(field, Qt.Key.Key_Up)
    qtbot.keyClick(field, Qt.Key.Key_Up)
    assert due.value() == today + timedelta(days=1)
    qtbot.keyClick(field, Qt.Key.Key_End)  # the cursor on the year
    assert field.currentSection() is QDateEdit.Section.YearSection
    qtbot.keyClick(field, Qt.Key.Key_Down)  # Qt stepped the year, to before "No date": nothing
    assert due.value() == today
    qtbot.keyClick(field, Qt.Key.Key_PageUp)
    assert due.value() == today + timedelta(days=7)
    qtbot.keyClick(field, Qt.Key.Key_Home)  # the cursor on the day
    for _ in range(7):
        qtbot.keyClick(field, Qt.Key.Key_Down)
    assert due.value() == today
    qtbot.keyClick(field, Qt.Key.Key_Down)
    assert due.value() is None and field.text() == "No date"


def test_every_date_field_is_the_same_one(
    qtbot: QtBot, library: FlowLibrary, tmp_path: Path
) -> None:
    commitment = NewCommitmentDialog(None)
    export = ExportDialog(date(2026, 12, 9), tmp_path)
    panel = FilterPanel(library.flows)
    for window in (commitment, export, panel):
        qtbot.addWidget(window)
        fields = window.findChildren(QDateEdit)
        assert fields, type(window).__name__
        for field in fields:
            assert isinstance(field, DateField), type(window).__name__
            assert field.calendarPopup() and field.accessibleName()
            assert field.displayFormat() == medium_format(QLocale())
