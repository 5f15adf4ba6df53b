"""Ctrl+K: a check-in in a few seconds — three digits, a slider, Enter."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSlider,
    QVBoxLayout,
    QWidget,
)

from coachdesk.coaching.checkins import ATTENTION_MAX
from coachdesk.ui.common.theme import GRID, scaled_font, set_role
from coachdesk.ui.journal.answer_editors import ChoiceRow


@dataclass(frozen=True)
class CheckInValues:
    """What was chosen."""

    stress: int
    energy: int
    confidence: int
    attention: int
    note: str


class CheckInDialog(QDialog):
    """Stress, energy, confidence (1–5), attention customer … target, and a note.

    A digit picks the value on the focused row and moves on to the next, so the whole
    check-in is three digits, an arrow key or two on the slider, and Enter.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Check in"))
        heading = QLabel(self.tr("How are you, right now?"), self)
        heading.setFont(scaled_font(self, 1.3))
        hint = QLabel(self.tr("Type a digit on each row; Enter saves."), self)
        set_role(hint, "soft")
        self.rows: dict[str, ChoiceRow] = {}
        grid = QGridLayout()
        grid.setHorizontalSpacing(2 * GRID)
        grid.setVerticalSpacing(2 * GRID)
        scales = (
            ("stress", self.tr("Stress"), self.tr("calm"), self.tr("very tense")),
            ("energy", self.tr("Energy"), self.tr("empty"), self.tr("plenty")),
            ("confidence", self.tr("Confidence"), self.tr("shaky"), self.tr("sure")),
        )
        for line, (key, name, low, high) in enumerate(scales):
            options = [
                (str(n), str(n), self.tr("%1 of 5").replace("%1", str(n))) for n in range(1, 6)
            ]
            row = ChoiceRow(options, parent=self)
            for n, button in enumerate(row.buttons(), start=1):
                word = low if n == 1 else high if n == 5 else ""
                button.setAccessibleName(f"{name} {n}" + (f", {word}" if word else ""))
            row.picked.connect(self._on_row_picked)
            row.changed.connect(self._update_save)
            self.rows[key] = row
            title = QLabel(name, self)
            low_label, high_label = QLabel(low, self), QLabel(high, self)
            for label in (low_label, high_label):
                set_role(label, "soft")
            grid.addWidget(title, line, 0)
            grid.addWidget(low_label, line, 1, Qt.AlignmentFlag.AlignRight)
            grid.addWidget(row, line, 2)
            grid.addWidget(high_label, line, 3)

        attention_title = QLabel(self.tr("My attention this week"), self)
        self.attention = QSlider(Qt.Orientation.Horizontal, self)
        self.attention.setRange(0, ATTENTION_MAX)
        self.attention.setSingleStep(10)
        self.attention.setPageStep(25)
        self.attention.setValue(ATTENTION_MAX // 2)
        self.attention.setAccessibleName(self.tr("My attention this week"))
        self.attention.setAccessibleDescription(
            self.tr("Left: on the customer. Right: on the target.")
        )
        customer = QLabel(self.tr("on the customer"), self)
        target = QLabel(self.tr("on the target"), self)
        for label in (customer, target):
            set_role(label, "soft")
        slider_row = QHBoxLayout()
        slider_row.addWidget(customer)
        slider_row.addWidget(self.attention, 1)
        slider_row.addWidget(target)

        self.note = QLineEdit(self)
        self.note.setPlaceholderText(self.tr("A note, if you like"))
        self.note.setAccessibleName(self.tr("Note"))

        self._buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self._save = self._buttons.button(QDialogButtonBox.StandardButton.Save)
        self._save.setAccessibleName(self.tr("Save the check-in"))
        set_role(self._save, "primary")
        cancel = self._buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setAccessibleName(self.tr("Cancel"))
        self._buttons.accepted.connect(self.accept)
        self._buttons.rejected.connect(self.reject)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, self._accept_if_complete)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(3 * GRID, 3 * GRID, 3 * GRID, 3 * GRID)
        layout.setSpacing(2 * GRID)
        layout.addWidget(heading)
        layout.addWidget(hint)
        layout.addLayout(grid)
        layout.addWidget(attention_title)
        layout.addLayout(slider_row)
        layout.addWidget(self.note)
        layout.addWidget(self._buttons)
        self._order: list[QWidget] = [*self.rows.values(), self.attention, self.note]
        self._update_save()
        self.rows["stress"].focus_first()

    @Slot()
    def _on_row_picked(self) -> None:
        sender = self.sender()
        position = next((i for i, w in enumerate(self._order) if w is sender), -1)
        following = self._order[position + 1] if 0 <= position < len(self._order) - 1 else None
        if isinstance(following, ChoiceRow):
            following.focus_first()
        elif following is not None:
            following.setFocus()

    @Slot()
    def _update_save(self) -> None:
        self._save.setEnabled(all(row.value() for row in self.rows.values()))

    @Slot()
    def _accept_if_complete(self) -> None:
        if self._save.isEnabled():
            self.accept()

    def accept(self) -> None:
        if self._save.isEnabled():  # Enter on an incomplete check-in does nothing
            super().accept()

    def values(self) -> CheckInValues | None:
        """The check-in, once every scale has a value."""
        chosen = {key: row.value() for key, row in self.rows.items()}
        if not all(chosen.values()):
            return None
        return CheckInValues(
            stress=int(chosen["stress"] or 0),
            energy=int(chosen["energy"] or 0),
            confidence=int(chosen["confidence"] or 0),
            attention=self.attention.value(),
            note=self.note.text().strip(),
        )

    @classmethod
    def ask(cls, parent: QWidget | None) -> CheckInValues | None:
        """The check-in, or None when cancelled."""
        dialog = cls(parent)
        try:
            return dialog.values() if dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()
