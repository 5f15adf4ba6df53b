"""What the main window shows while a coaching session is on: nothing of the journal."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from coachdesk.ui.coaching_hour.capture import Capture
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
        # Said only when Windows could not keep this window out of screen sharing.
        self.capture_note = QLabel(self)
        self.capture_note.setWordWrap(True)
        self.capture_note.hide()
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
        column.addWidget(self.capture_note)
        column.addSpacing(GRID)
        column.addLayout(buttons)
        column.addStretch(2)
        self.setFocusProxy(back)

    def tell_capture(self, capture: Capture) -> None:
        """Say so when the journal window is not left out of screen sharing on Windows."""
        if capture is Capture.FAILED:
            text = self.tr(
                "Windows could not keep this window out of screen sharing. Share only the "
                "session window, not your whole screen."
            )
        elif capture is Capture.BLACK_BOX:
            text = self.tr(
                "On this version of Windows, this window shows as a black box when you share "
                "your whole screen (Windows 10 version 2004 and later leave it out). Share "
                "only the session window."
            )
        else:
            text = ""
        self.capture_note.setText(text)
        self.capture_note.setVisible(bool(text))
