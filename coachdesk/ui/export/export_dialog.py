"""Ctrl+E: what to put in the PDF, for which period, on which paper, and where to save it."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QDate, QLocale, Signal, Slot
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from coachdesk.coaching.summary import (
    ALL_SECTIONS,
    PERIODS,
    Preset,
    Section,
    SummaryRequest,
    period_dates,
)
from coachdesk.summary.render import page_size_for
from coachdesk.ui.common.date_field import DateField
from coachdesk.ui.common.dialogs import accept_or_cancel
from coachdesk.ui.common.theme import GRID, scaled_font, set_role
from coachdesk.ui.export.export_target import target_problem


@dataclass(frozen=True)
class ExportChoice:
    """What the user chose."""

    request: SummaryRequest
    target: Path
    page: str  # "a4" or "letter"


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _date(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


class ExportDialog(QDialog):
    """Period, parts, private answers, paper and file; says plainly the PDF is not encrypted."""

    changed = Signal()  # what the PDF would hold or look like (not where it goes)

    def __init__(self, today: date, folder: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._today = today
        self._folder = folder
        self._replace_agreed: Path | None = None  # a file the user agreed to replace
        self.setWindowTitle(self.tr("Export PDF"))
        heading = QLabel(self.tr("A PDF for yourself or your coach"), self)
        heading.setFont(scaled_font(self, 1.3))

        self.kinds = self._group(self.tr("Kind"))
        self.summary = QRadioButton(self.tr("Summary of a period"), self.kinds)
        self.prep = QRadioButton(self.tr("Coaching prep (one page)"), self.kinds)
        self.summary.setChecked(True)
        for button in (self.summary, self.prep):
            button.setAccessibleName(button.text())
            button.toggled.connect(self._on_kind_toggled)
        kinds = QButtonGroup(self)
        kinds.addButton(self.summary)
        kinds.addButton(self.prep)

        self.period = QComboBox(self)
        self.period.setAccessibleName(self.tr("Period"))
        for key, text in (
            # The past N days up to today, as in the timeline's filter; not calendar months.
            ("week", self.tr("Past 7 days")),
            ("month", self.tr("Past 30 days")),
            ("quarter", self.tr("Past 3 months")),
            ("year", self.tr("Past year")),
            ("custom", self.tr("Custom…")),
        ):
            self.period.addItem(text, key)
        self.period.setCurrentIndex(2)
        self.period.currentIndexChanged.connect(self._on_period_current_index_changed)
        self.since = DateField(self.tr("From"), self, today - timedelta(days=90))
        self.until = DateField(self.tr("To"), self, today)
        dates = QHBoxLayout()
        dates.addWidget(self.since)
        dates.addWidget(QLabel("–", self))
        dates.addWidget(self.until)
        dates.addStretch(1)

        names = {
            Section.OVERVIEW: self.tr("Overview: reflections, weekly streak, commitments kept"),
            Section.CHARTS: self.tr("Insight charts"),
            Section.REFLECTIONS: self.tr("Reflections, grouped by kind, with dates"),
            Section.STORIES: self.tr("Customer stories"),
            Section.COMMITMENTS: self.tr("Commitments and what happened"),
            Section.CHECK_INS: self.tr("Check-in trends"),
        }
        self.sections: dict[Section, QCheckBox] = {}
        self.parts = self._group(self.tr("Include"))
        parts = QVBoxLayout(self.parts)
        parts.setContentsMargins(0, 0, 0, 0)
        for section in Section:
            box = QCheckBox(names[section], self.parts)
            box.setChecked(True)
            box.setAccessibleName(names[section])
            self.sections[section] = box
            parts.addWidget(box)
            if section is Section.REFLECTIONS:  # under it: its pictures, or only their names
                self.pictures = QCheckBox(self.tr("With their pictures"), self.parts)
                self.pictures.setAccessibleName(self.tr("Include the reflections' pictures"))
                self.pictures.setChecked(True)
                self.pictures.setStyleSheet(f"margin-left: {3 * GRID}px")
                box.toggled.connect(self.pictures.setEnabled)
                parts.addWidget(self.pictures)
        self.private = QCheckBox(self.tr("Include answers marked private"), self)
        self.private.setAccessibleName(self.tr("Include answers marked private"))

        self.paper = QComboBox(self)
        self.paper.setAccessibleName(self.tr("Paper size"))
        self.paper.addItem("A4", "a4")
        self.paper.addItem(self.tr("US Letter"), "letter")
        self.paper.setCurrentIndex(self.paper.findData(page_size_for(QLocale())))

        self.file = QLineEdit(str(folder / self._file_name()), self)
        self.file.setAccessibleName(self.tr("Save as"))
        choose = QPushButton(self.tr("Choose…"), self)
        choose.setAccessibleName(self.tr("Choose where to save"))
        choose.clicked.connect(self._on_choose_clicked)
        where = QHBoxLayout()
        where.addWidget(self.file, 1)
        where.addWidget(choose)
        # What stands in the way of exporting, said beneath the file, where the user looks.
        self.problem = QLabel(self)
        self.problem.setWordWrap(True)
        set_role(self.problem, "warning")
        self.problem.hide()
        target = QVBoxLayout()
        target.addLayout(where)
        target.addWidget(self.problem)

        notice = QLabel(
            self.tr(
                "The PDF is not encrypted. Anyone who has the file can read everything you"
                " include in it."
            ),
            self,
        )
        notice.setWordWrap(True)
        set_role(notice, "warning")

        form = QFormLayout()
        form.setVerticalSpacing(GRID)
        kind_row = QHBoxLayout(self.kinds)
        kind_row.setContentsMargins(0, 0, 0, 0)
        kind_row.addWidget(self.summary)
        kind_row.addWidget(self.prep)
        kind_row.addStretch(1)
        # Each group is the field of its row: the row's label is tied to it (labelled-by),
        # and a screen reader names the choices' group by it ("Kind", "Include").
        form.addRow(self.kinds.accessibleName(), self.kinds)
        form.addRow(self.tr("Period"), self.period)
        form.addRow("", dates)
        form.addRow(self.parts.accessibleName(), self.parts)
        form.addRow("", self.private)
        form.addRow(self.tr("Paper"), self.paper)
        form.addRow(self.tr("Save as"), target)

        save = QDialogButtonBox.StandardButton.Save
        buttons = accept_or_cancel(self, self.tr("Export"), self.tr("Export the PDF"), save)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(3 * GRID, 3 * GRID, 3 * GRID, 3 * GRID)
        layout.setSpacing(2 * GRID)
        layout.addWidget(heading)
        layout.addLayout(form)
        layout.addWidget(notice)
        layout.addWidget(buttons)
        self._on_period_current_index_changed()
        self.period.setFocus()
        for signal in (
            self.summary.toggled,
            self.period.currentIndexChanged,
            self.since.dateChanged,
            self.until.dateChanged,
            self.private.toggled,
            self.pictures.toggled,
            self.paper.currentIndexChanged,
            *(box.toggled for box in self.sections.values()),
        ):
            signal.connect(self.changed)
        for signal in (self.file.textChanged, self.since.dateChanged, self.until.dateChanged):
            signal.connect(self._on_target_changed)

    def _group(self, name: str) -> QWidget:
        group = QWidget(self)
        group.setAccessibleName(name)
        return group

    def _file_name(self) -> str:
        kind = "coaching-prep" if self.prep.isChecked() else "coachdesk-summary"
        return f"{kind}-{self._today.isoformat()}.pdf"

    @Slot()
    def _on_period_current_index_changed(self) -> None:
        key = self.period.currentData()
        custom = key == "custom"
        self.since.setEnabled(custom)
        self.until.setEnabled(custom)
        if not custom:
            since, until = period_dates(key, self._today)
            self.since.setDate(_qdate(since))
            self.until.setDate(_qdate(until))

    @Slot()
    def _on_kind_toggled(self) -> None:
        for box in self.sections.values():
            box.setEnabled(self.summary.isChecked())
        current = Path(self.file.text())
        if current.name.startswith(("coaching-prep-", "coachdesk-summary-")):
            self.file.setText(str(current.with_name(self._file_name())))

    @Slot()
    def _on_choose_clicked(self) -> None:
        chosen, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the PDF as"), self.file.text(), self.tr("PDF files (*.pdf)")
        )
        if chosen:
            self.file.setText(chosen if chosen.lower().endswith(".pdf") else chosen + ".pdf")
            self._replace_agreed = self._target()  # the file dialog asked already

    def _target(self) -> Path | None:
        text = self.file.text().strip()
        if not text:
            return None
        target = Path(text).expanduser()
        if not target.suffix and not target.is_dir():
            target = target.with_suffix(".pdf")
        # A bare name goes into the folder offered, not wherever coachdesk was started.
        return target if target.is_absolute() else self._folder / target

    def check(self) -> str:
        """Why the PDF cannot be exported as chosen, said calmly; empty when it can."""
        if self.since.date() > self.until.date():
            return self.tr("The period ends before it starts. Check the dates.")
        target = self._target()
        if target is None:
            return self.tr("Choose where to save the PDF.")
        return target_problem(target)

    def show_problem(self, problem: str) -> None:
        """Say what stands in the way, beside the choices (which stay as they are)."""
        self.problem.setText(problem)
        self.problem.setVisible(bool(problem))
        self.file.setAccessibleDescription(problem)

    @Slot()
    def _on_target_changed(self) -> None:
        if self.problem.text():  # said once: it goes as soon as it is put right
            self.show_problem(self.check())

    def accept(self) -> None:
        problem = self.check()
        if problem:
            self.show_problem(problem)
            reversed_dates = self.since.date() > self.until.date()
            (self.since if reversed_dates else self.file).setFocus()
            return
        target = self._target()
        if target is not None and target.exists() and target != self._replace_agreed:
            answer = QMessageBox.question(
                self,
                self.tr("Replace the PDF?"),
                self.tr("%1 exists already. Replace it?").replace("%1", str(target)),
            )
            if answer != QMessageBox.StandardButton.Yes:
                self.file.setFocus()
                return
        super().accept()

    def restore(self, earlier: ExportChoice) -> None:
        """Show the choices of an earlier export again, as they were."""
        request = earlier.request
        (self.summary if request.preset is Preset.SUMMARY else self.prep).setChecked(True)
        dates = (request.since, request.until)
        named = [k for k in PERIODS if k != "custom" and period_dates(k, self._today) == dates]
        self.period.setCurrentIndex(self.period.findData(named[0] if named else "custom"))
        if not named:
            self.since.setDate(_qdate(request.since))
            self.until.setDate(_qdate(request.until))
        if request.preset is Preset.SUMMARY:
            for section, box in self.sections.items():
                box.setChecked(section in request.sections)
        self.private.setChecked(request.include_private)
        self.pictures.setChecked(request.pictures)
        self.paper.setCurrentIndex(max(0, self.paper.findData(earlier.page)))
        self.file.setText(str(earlier.target))

    def choice(self) -> ExportChoice | None:
        """What was chosen, or None when it cannot be exported (no file, dates reversed)."""
        since, until = _date(self.since.date()), _date(self.until.date())
        target = self._target()
        if target is None or since > until:
            return None
        sections = frozenset(s for s, box in self.sections.items() if box.isChecked())
        summary = self.summary.isChecked()
        request = SummaryRequest(
            since if summary else min(since, self._today),
            until if summary else self._today,
            Preset.SUMMARY if summary else Preset.PREP,
            sections if summary else ALL_SECTIONS,
            self.private.isChecked(),
            pictures=self.pictures.isChecked(),
        )
        return ExportChoice(request, target, str(self.paper.currentData()))

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        today: date,
        folder: Path,
        meanwhile: Callable[[ExportChoice], None] | None = None,
        earlier: ExportChoice | None = None,
        problem: str = "",
    ) -> ExportChoice | None:
        """The choice, or None when cancelled; `meanwhile` hears the choice as it is at the
        start and after every change (to prepare it ahead). `earlier` and `problem`: an
        export that failed, shown again as it was chosen, with what went wrong."""
        dialog = cls(today, folder, parent)
        if earlier is not None:
            dialog.restore(earlier)
        if problem:
            dialog.show_problem(problem)
            dialog.file.setFocus()
        if meanwhile is not None:

            def tell() -> None:
                choice = dialog.choice()
                if choice is not None:
                    meanwhile(choice)

            dialog.changed.connect(tell)
            tell()
        try:
            accepted = dialog.exec() == QDialog.DialogCode.Accepted
            return dialog.choice() if accepted else None
        finally:
            dialog.deleteLater()
