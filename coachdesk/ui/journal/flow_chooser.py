"""Choosing what to reflect on: the flows, each with a line on when to pick it."""

from __future__ import annotations

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from coachdesk.coaching.flows import Flow
from coachdesk.ui.common.painting import SubtitleRole, TitledRowDelegate
from coachdesk.ui.common.theme import GRID, scaled_font, set_role


class FlowChooser(QDialog):
    """Pick a flow: the first is highlighted, Enter starts it, Esc goes back."""

    def __init__(
        self, flows: tuple[Flow, ...], parent: QWidget | None = None, exporting: bool = False
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(
            self.tr("Export a question set") if exporting else self.tr("New reflection")
        )
        self._flows = flows
        heading = QLabel(
            self.tr("Which question set do you want to hand over?")
            if exporting
            else self.tr("What would you like to reflect on?"),
            self,
        )
        heading.setFont(scaled_font(self, 1.3))
        hint = QLabel(self.tr("Arrow keys to choose, Enter to begin."), self)
        set_role(hint, "soft")
        self.list = QListWidget(self)
        self.list.setItemDelegate(TitledRowDelegate(self.list))
        self.list.setAccessibleName(self.tr("Flows"))
        self.list.setAccessibleDescription(self.tr("The kinds of reflection you can start"))
        for flow in flows:
            item = QListWidgetItem(flow.title, self.list)
            item.setData(SubtitleRole, flow.purpose)
            item.setData(Qt.ItemDataRole.AccessibleDescriptionRole, flow.purpose)
        self.list.setCurrentRow(0)
        self.list.itemActivated.connect(self._on_list_item_activated)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        start = buttons.button(QDialogButtonBox.StandardButton.Ok)
        start.setText(self.tr("Export…") if exporting else self.tr("Begin"))
        start.setAccessibleName(
            self.tr("Export this question set") if exporting else self.tr("Begin this reflection")
        )
        set_role(start, "primary")
        cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setAccessibleName(self.tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(3 * GRID, 3 * GRID, 3 * GRID, 3 * GRID)
        layout.setSpacing(2 * GRID)
        layout.addWidget(heading)
        layout.addWidget(hint)
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)
        self.resize(GRID * 84, GRID * 88)
        self.list.setFocus()

    @Slot(QListWidgetItem)
    def _on_list_item_activated(self, _item: QListWidgetItem) -> None:
        self.accept()

    def chosen(self) -> Flow | None:
        """The highlighted flow."""
        row = self.list.currentRow()
        return self._flows[row] if 0 <= row < len(self._flows) else None

    @classmethod
    def ask(
        cls, parent: QWidget | None, flows: tuple[Flow, ...], exporting: bool = False
    ) -> Flow | None:
        """Show the chooser; the chosen flow, or None when cancelled."""
        dialog = cls(flows, parent, exporting)
        try:
            return dialog.chosen() if dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()
