"""Settings: for now, how long a quiet encrypted journal stays open."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QSpinBox, QWidget

from coachdesk.ui.theme import GRID, set_role


class SettingsDialog(QDialog):
    """Lock after N idle minutes (0 = never)."""

    def __init__(self, minutes: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        self.minutes = QSpinBox(self)
        self.minutes.setRange(0, 240)
        self.minutes.setValue(minutes)
        self.minutes.setSuffix(self.tr(" minutes"))
        self.minutes.setSpecialValueText(self.tr("never"))
        self.minutes.setAccessibleName(self.tr("Lock after idle minutes"))
        note = QLabel(self.tr("An encrypted journal locks itself after this quiet time."), self)
        note.setWordWrap(True)
        set_role(note, "soft")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.button(QDialogButtonBox.StandardButton.Save).setAccessibleName(
            self.tr("Save settings")
        )
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleName(self.tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.setContentsMargins(3 * GRID, 3 * GRID, 3 * GRID, 3 * GRID)
        form.setSpacing(2 * GRID)
        form.addRow(self.tr("Lock after"), self.minutes)
        form.addRow("", note)
        form.addRow(buttons)

    @classmethod
    def ask(cls, parent: QWidget | None, minutes: int) -> int | None:
        """The chosen minutes, or None when cancelled."""
        dialog = cls(minutes, parent)
        try:
            return dialog.minutes.value() if dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()
