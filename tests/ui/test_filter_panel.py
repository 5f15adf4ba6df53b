"""The timeline's filter panel, and the periods it shares with the PDF export."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtWidgets import QComboBox
from pytestqt.qtbot import QtBot

from coachdesk.coaching.filters import TimelineFilter, with_period
from coachdesk.coaching.flows import FlowLibrary
from coachdesk.ui.export.export_dialog import ExportDialog
from coachdesk.ui.journal.filter_panel import FilterPanel


def periods(combo: QComboBox) -> dict[str, str]:
    return {combo.itemData(i): combo.itemText(i) for i in range(combo.count())}


def test_a_period_has_one_name_that_says_what_it_covers(
    qtbot: QtBot, library: FlowLibrary, tmp_path: Path
) -> None:
    panel = FilterPanel(library.flows)
    export = ExportDialog(date(2026, 12, 9), tmp_path)
    for widget in (panel, export):
        qtbot.addWidget(widget)
    in_panel = periods(panel._period)
    in_export = periods(export.period)
    for key in ("week", "month", "quarter", "year"):
        assert in_export[key] == in_panel[key]
    assert in_export["month"] == "Past 30 days"
    # and it is the past thirty days, today included, not the calendar month
    month = with_period(TimelineFilter(), "month", date(2026, 12, 9))
    assert (month.date_from, month.date_to) == (date(2026, 11, 10), date(2026, 12, 9))


def test_no_label_is_cut_in_a_narrow_column_whatever_the_flow_titles(
    qtbot: QtBot, library: FlowLibrary
) -> None:
    from dataclasses import replace

    from PySide6.QtWidgets import QFormLayout, QLabel

    from coachdesk.ui.common.theme import GRID

    long_titles = tuple(replace(f, title=f.title + " — " + "lang " * 12) for f in library.flows)
    panel = FilterPanel(long_titles)
    qtbot.addWidget(panel)
    panel.setFixedWidth(GRID * 36)  # the library column at its narrowest
    panel.show()
    qtbot.waitExposed(panel)
    form = panel.layout()
    assert isinstance(form, QFormLayout)
    labels = [w for w in panel.findChildren(QLabel) if w.text() and form.indexOf(w) >= 0]
    assert labels
    for label in labels:
        assert label.width() >= label.sizeHint().width(), label.text()
    # A combo box does not claim the width of its longest title, which would squeeze the
    # label beside it (in Dutch "Vragensets" was cut to "Vragens").
    for combo in panel.findChildren(QComboBox):
        assert combo.minimumSizeHint().width() < GRID * 20
