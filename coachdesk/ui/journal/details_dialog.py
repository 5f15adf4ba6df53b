"""Who and what a reflection is about: customer, deal and tags."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from coachdesk.coaching.reflections import Reflection, parse_tags
from coachdesk.ui.common.theme import GRID, set_role


@dataclass(frozen=True)
class Details:
    """What the dialog returns."""

    customer: str
    deal: str
    tags: tuple[str, ...]


class DetailsDialog(QDialog):
    """Three fields with completion from what the journal already uses."""

    def __init__(
        self, reflection: Reflection, facets: dict[str, list[str]], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Customer, deal and tags"))
        self.customer = self._field(
            reflection.customer, facets.get("customer", []), self.tr("Customer")
        )
        self.deal = self._field(reflection.deal, facets.get("deal", []), self.tr("Deal"))
        self.tags = self._field(", ".join(reflection.tags), [], self.tr("Tags"))
        self.customer.setPlaceholderText(self.tr("A name only you need to recognise"))
        self.tags.setPlaceholderText(self.tr("pricing, champion, deadline"))
        note = QLabel(self.tr("Separate tags with commas."), self)
        set_role(note, "soft")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        for standard, name in (
            (QDialogButtonBox.StandardButton.Save, self.tr("Save details")),
            (QDialogButtonBox.StandardButton.Cancel, self.tr("Cancel")),
        ):
            buttons.button(standard).setAccessibleName(name)
        set_role(buttons.button(QDialogButtonBox.StandardButton.Save), "primary")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.setContentsMargins(3 * GRID, 3 * GRID, 3 * GRID, 3 * GRID)
        form.setSpacing(2 * GRID)
        form.addRow(self.tr("Customer"), self.customer)
        form.addRow(self.tr("Deal"), self.deal)
        form.addRow(self.tr("Tags"), self.tags)
        form.addRow("", note)
        form.addRow(buttons)
        self.resize(GRID * 60, self.sizeHint().height())

    def _field(self, value: str, known: list[str], name: str) -> QLineEdit:
        field = QLineEdit(value, self)
        field.setAccessibleName(name)
        if known:
            completer = QCompleter(known, field)
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            field.setCompleter(completer)
        return field

    def details(self) -> Details:
        """What was typed."""
        return Details(
            self.customer.text().strip(), self.deal.text().strip(), parse_tags(self.tags.text())
        )

    @classmethod
    def ask(
        cls, parent: QWidget | None, reflection: Reflection, facets: dict[str, list[str]]
    ) -> Details | None:
        """The new details, or None when cancelled."""
        dialog = cls(reflection, facets, parent)
        try:
            return dialog.details() if dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()
