"""Small dialogs; each has an ask() that tests can replace."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from coachdesk.coaching.reflections import ReflectionSummary
from coachdesk.ui.common.formatting import friendly_moment
from coachdesk.ui.common.theme import GRID, set_role


def accept_or_cancel(
    dialog: QDialog,
    label: str,
    name: str = "",
    kind: QDialogButtonBox.StandardButton = QDialogButtonBox.StandardButton.Ok,
) -> QDialogButtonBox:
    """The dialog's two buttons: `label` (the primary one, `name` for screen readers,
    `label` if empty) and Cancel, wired to accept and reject."""
    buttons = QDialogButtonBox(kind | QDialogButtonBox.StandardButton.Cancel, dialog)
    primary = buttons.button(kind)
    primary.setText(label)
    primary.setAccessibleName(name or label)
    set_role(primary, "primary")
    cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
    cancel.setAccessibleName(QCoreApplication.translate("dialogs", "Cancel"))
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons


class ConfirmDelete:
    """Ask before a reflection is removed for good."""

    @classmethod
    def ask(cls, parent: QWidget, summary: ReflectionSummary) -> bool:
        """True when the user chose Delete."""
        box = QMessageBox(parent)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(QCoreApplication.translate("ConfirmDelete", "Delete reflection"))
        box.setText(
            QCoreApplication.translate("ConfirmDelete", "Delete the reflection “%1” of %2?")
            .replace("%1", summary.flow_title)
            .replace("%2", friendly_moment(summary.created_at))
        )
        box.setInformativeText(
            QCoreApplication.translate("ConfirmDelete", "This cannot be undone.")
        )
        delete = box.addButton(
            QCoreApplication.translate("ConfirmDelete", "Delete"),
            QMessageBox.ButtonRole.DestructiveRole,
        )
        keep = box.addButton(
            QCoreApplication.translate("ConfirmDelete", "Keep it"),
            QMessageBox.ButtonRole.RejectRole,
        )
        delete.setAccessibleName(QCoreApplication.translate("ConfirmDelete", "Delete"))
        keep.setAccessibleName(QCoreApplication.translate("ConfirmDelete", "Keep it"))
        box.setDefaultButton(keep)
        box.exec()
        return box.clickedButton() is delete


class ShortcutsDialog(QDialog):
    """F1: every keyboard shortcut, taken from the window's own actions."""

    def __init__(self, actions: list[QAction], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        table = QTableWidget(len(actions), 2, self)
        table.setAccessibleName(self.tr("Keyboard shortcuts"))
        table.setHorizontalHeaderLabels([self.tr("Action"), self.tr("Keys")])
        table.verticalHeader().hide()
        table.horizontalHeader().setAccessibleName(self.tr("Columns"))
        table.setShowGrid(False)
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        for row, action in enumerate(actions):
            name = action.text().replace("&", "").rstrip("…")
            keys = ", ".join(
                s.toString(QKeySequence.SequenceFormat.NativeText) for s in action.shortcuts()
            )
            for column, text in enumerate((name, keys)):
                item = QTableWidgetItem(text)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled)
                table.setItem(row, column, item)
        table.resizeColumnsToContents()
        table.horizontalHeader().setStretchLastSection(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.button(QDialogButtonBox.StandardButton.Close).setAccessibleName(self.tr("Close"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(3 * GRID, 3 * GRID, 3 * GRID, 3 * GRID)
        layout.addWidget(table)
        layout.addWidget(buttons)
        self.resize(GRID * 60, GRID * 50)

    @classmethod
    def ask(cls, parent: QWidget, actions: list[QAction]) -> None:
        """Show the list until closed."""
        dialog = cls(actions, parent)
        dialog.exec()
        dialog.deleteLater()
