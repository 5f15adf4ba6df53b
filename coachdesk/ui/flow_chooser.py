"""Choosing what to reflect on: the flows, each with a line on when to pick it."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt, Slot
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from coachdesk.coaching.flows import Flow
from coachdesk.ui.painting import elide_lines
from coachdesk.ui.theme import GRID, scaled_font, set_role

PurposeRole = Qt.ItemDataRole.UserRole + 1


class _FlowDelegate(QStyledItemDelegate):
    """The flow's title, and beneath it, softer, what it is for."""

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        line = QFontMetrics(option.font).height()
        return QSize(GRID * 40, 3 * line + 3 * GRID)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        painter.save()
        palette = option.palette
        if option.state & QStyle.StateFlag.State_Selected:
            painter.fillRect(option.rect, palette.color(QPalette.ColorRole.Highlight))
        area = option.rect.adjusted(2 * GRID, GRID + GRID // 2, -2 * GRID, -GRID)
        line = QFontMetrics(option.font).height()
        title_font = QFont(option.font)
        title_font.setWeight(QFont.Weight.DemiBold)
        painter.setFont(title_font)
        painter.setPen(palette.color(QPalette.ColorRole.Text))
        painter.drawText(QRect(area.left(), area.top(), area.width(), line), 0, index.data())
        painter.setFont(option.font)
        painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
        purpose = elide_lines(str(index.data(PurposeRole) or ""), option.font, area.width())
        painter.drawText(QRect(area.left(), area.top() + line, area.width(), 2 * line), 0, purpose)
        painter.restore()


class FlowChooser(QDialog):
    """Pick a flow: the first is highlighted, Enter starts it, Esc goes back."""

    def __init__(self, flows: tuple[Flow, ...], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New reflection"))
        self._flows = flows
        heading = QLabel(self.tr("What would you like to reflect on?"), self)
        heading.setFont(scaled_font(self, 1.3))
        hint = QLabel(self.tr("Arrow keys to choose, Enter to begin."), self)
        set_role(hint, "soft")
        self.list = QListWidget(self)
        self.list.setItemDelegate(_FlowDelegate(self.list))
        self.list.setAccessibleName(self.tr("Flows"))
        self.list.setAccessibleDescription(self.tr("The kinds of reflection you can start"))
        for flow in flows:
            item = QListWidgetItem(flow.title, self.list)
            item.setData(PurposeRole, flow.purpose)
            item.setData(Qt.ItemDataRole.AccessibleDescriptionRole, flow.purpose)
        self.list.setCurrentRow(0)
        self.list.itemActivated.connect(self._on_list_item_activated)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        start = buttons.button(QDialogButtonBox.StandardButton.Ok)
        start.setText(self.tr("Begin"))
        start.setAccessibleName(self.tr("Begin this reflection"))
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
    def ask(cls, parent: QWidget | None, flows: tuple[Flow, ...]) -> Flow | None:
        """Show the chooser; the chosen flow, or None when cancelled."""
        dialog = cls(flows, parent)
        try:
            return dialog.chosen() if dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()
