"""Beside the agenda in the coach view: the notes, and what is agreed with its date."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QLineEdit, QPlainTextEdit, QVBoxLayout, QWidget

from coachdesk.ui.common.theme import GRID, scaled_font
from coachdesk.ui.journal.answer_editors import DueDate


class SessionSide(QWidget):
    """Notes, the agreement being typed with its day, and what has been agreed so far.
    Its words keep the coach view's translation context: they were part of it."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        translate = QCoreApplication.translate  # lupdate reads tr(a, b) as text a, comment b
        self.notes = QPlainTextEdit(self)
        self.notes.setPlaceholderText(
            translate("CoachView", "What you want to remember from this hour")
        )
        self.notes.setAccessibleName(translate("CoachView", "Session notes"))
        self.notes.setTabChangesFocus(True)  # Tab moves on, as everywhere else
        self.agreement = QLineEdit(self)
        self.agreement.setPlaceholderText(
            translate("CoachView", "What exactly, by when — Enter to add")
        )
        self.agreement.setAccessibleName(
            translate("CoachView", "A commitment agreed with the coach")
        )
        self.agreement_due = DueDate(self)
        self.agreed = QLabel(self)
        self.agreed.setWordWrap(True)
        column = QVBoxLayout(self)
        column.setContentsMargins(2 * GRID, 0, 0, 0)
        column.setSpacing(GRID)
        for heading, widget, stretch in (
            (translate("CoachView", "Notes"), self.notes, 1),
            (translate("CoachView", "Agreed"), self.agreement, 0),
        ):
            label = QLabel(heading, self)
            label.setFont(scaled_font(self, 1.1))
            column.addWidget(label)
            column.addWidget(widget, stretch)
        column.addWidget(self.agreement_due)
        column.addWidget(self.agreed)
