"""Small questions of the coaching loop: what happened, did you apply it, a new commitment."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from coachdesk.ui.common.dialogs import accept_or_cancel
from coachdesk.ui.common.theme import GRID, QUESTION_SCALE, scaled_font, set_role
from coachdesk.ui.journal.answer_editors import DueDate


class _Asking(QDialog):
    """A question in large type, what it is about in a softer one, and room to answer."""

    def __init__(
        self, title: str, question: str, about: str, accept: str, parent: QWidget | None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        asked = QLabel(question, self)
        asked.setWordWrap(True)
        asked.setFont(scaled_font(self, QUESTION_SCALE * 0.8))
        context = QLabel(about, self)
        context.setWordWrap(True)
        set_role(context, "soft")
        context.setVisible(bool(about))
        self.text = QPlainTextEdit(self)
        self.text.setObjectName("answer")
        self.text.setTabChangesFocus(True)
        self.text.setAccessibleName(question)
        self.text.setMinimumHeight(GRID * 12)
        buttons = accept_or_cancel(self, accept)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, self.accept)
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(3 * GRID, 3 * GRID, 3 * GRID, 3 * GRID)
        self.layout_.setSpacing(2 * GRID)
        self.layout_.addWidget(asked)
        self.layout_.addWidget(context)
        self.layout_.addWidget(self.text, 1)
        self.buttons = buttons
        self.layout_.addWidget(buttons)
        self.resize(GRID * 70, GRID * 40)
        self.text.setFocus()


class TextPrompt(_Asking):
    """One question, one answer (empty is allowed: nothing has to be said)."""

    @classmethod
    def ask(
        cls, parent: QWidget | None, title: str, question: str, about: str, accept: str
    ) -> str | None:
        """The answer, or None when cancelled."""
        dialog = cls(title, question, about, accept, parent)
        try:
            accepted = dialog.exec() == QDialog.DialogCode.Accepted
            return dialog.text.toPlainText().strip() if accepted else None
        finally:
            dialog.deleteLater()


@dataclass(frozen=True)
class NewCommitment:
    """A commitment typed by hand."""

    text: str
    due: date | None


class NewCommitmentDialog(_Asking):
    """What exactly will you do, and by when."""

    def __init__(self, parent: QWidget | None) -> None:
        super().__init__(
            self.tr("New commitment"),
            self.tr("What exactly will you do?"),
            self.tr("Small enough to check next week: what, with whom, by when."),
            self.tr("Add"),
            parent,
        )
        self.due = DueDate(self)
        self.layout_.insertWidget(self.layout_.indexOf(self.buttons), self.due)

    @classmethod
    def ask(cls, parent: QWidget | None) -> NewCommitment | None:
        """The commitment, or None when cancelled or left empty."""
        dialog = cls(parent)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            text = dialog.text.toPlainText().strip()
            return NewCommitment(text, dialog.due.value()) if text else None
        finally:
            dialog.deleteLater()
