"""What the main window shows while a coaching session is on: nothing of the journal."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from coachdesk.ui.common.theme import GRID, QUESTION_SCALE, scaled_font, set_role


class CoverPage(QWidget):
    """A neutral page with the way back to the session, or out of it."""

    back_requested = Signal()
    end_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        title = QLabel(self.tr("A coaching session is on."), self)
        title.setFont(scaled_font(self, QUESTION_SCALE))
        note = QLabel(self.tr("Your journal stays hidden until the session ends."), self)
        note.setWordWrap(True)
        set_role(note, "soft")
        back = QPushButton(self.tr("Back to the session"), self)
        back.setAccessibleName(self.tr("Back to the session window"))
        set_role(back, "primary")
        back.clicked.connect(self.back_requested)
        end = QPushButton(self.tr("End the session"), self)
        end.setAccessibleName(self.tr("End the session"))
        set_role(end, "quiet")
        end.clicked.connect(self.end_requested)
        buttons = QHBoxLayout()
        buttons.addWidget(back)
        buttons.addWidget(end)
        buttons.addStretch(1)
        column = QVBoxLayout(self)
        column.setContentsMargins(8 * GRID, 8 * GRID, 8 * GRID, 8 * GRID)
        column.setSpacing(2 * GRID)
        column.addStretch(1)
        column.addWidget(title)
        column.addWidget(note)
        column.addSpacing(GRID)
        column.addLayout(buttons)
        column.addStretch(2)
        self.setFocusProxy(back)
