"""The locked window: a passphrase field and nothing of the journal."""

from __future__ import annotations

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from coachdesk.ui.common.theme import GRID, QUESTION_SCALE, scaled_font, set_role


class UnlockPage(QWidget):
    """Passphrase (or recovery key) and Enter; a wrong one is said to be wrong, calmly."""

    unlock_requested = Signal(str, bool)  # the secret, and whether it is the recovery key

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._recovery = False
        title = QLabel(self.tr("Your journal is locked."), self)
        title.setFont(scaled_font(self, QUESTION_SCALE))
        self._prompt = QLabel(self)
        set_role(self._prompt, "soft")
        self.secret = QLineEdit(self)
        self.secret.setEchoMode(QLineEdit.EchoMode.Password)
        self.secret.returnPressed.connect(self._on_unlock_clicked)
        # Masked as it is typed, the recovery key too (the screen may be shared); shown on
        # purpose only, and masked again with every switch.
        self.show_secret = QCheckBox(self.tr("Show what I type"), self)
        self.show_secret.setAccessibleName(self.tr("Show what I type"))
        self.show_secret.toggled.connect(self._on_show_secret_toggled)
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        set_role(self.error, "warning")
        self._unlock = QPushButton(self.tr("Unlock"), self)
        self._unlock.setAccessibleName(self.tr("Unlock the journal"))
        set_role(self._unlock, "primary")
        self._unlock.clicked.connect(self._on_unlock_clicked)
        self._switch = QPushButton(self)
        set_role(self._switch, "quiet")
        self._switch.clicked.connect(self._on_switch_clicked)
        buttons = QHBoxLayout()
        buttons.addWidget(self._unlock)
        buttons.addWidget(self._switch)
        buttons.addStretch(1)
        inner = QWidget(self)
        inner.setMaximumWidth(GRID * 60)
        column = QVBoxLayout(inner)
        column.setSpacing(2 * GRID)
        column.addWidget(title)
        column.addWidget(self._prompt)
        column.addWidget(self.secret)
        column.addWidget(self.show_secret)
        column.addWidget(self.error)
        column.addLayout(buttons)
        across = QHBoxLayout()
        across.addStretch(1)
        across.addWidget(inner, 100)
        across.addStretch(1)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        outer.addLayout(across)
        outer.addStretch(2)
        self.setFocusProxy(self.secret)  # the window focuses the page: the field gets it
        self._show_mode()

    def _show_mode(self) -> None:
        if self._recovery:
            self._prompt.setText(self.tr("Type the recovery key you wrote down at set-up."))
            self.secret.setAccessibleName(self.tr("Recovery key"))
            self._switch.setText(self.tr("Use the passphrase"))
        else:
            self._prompt.setText(self.tr("Type your passphrase to open it."))
            self.secret.setAccessibleName(self.tr("Passphrase"))
            self._switch.setText(self.tr("Forgot it? Use the recovery key"))
        self._switch.setAccessibleName(self._switch.text())
        self.show_secret.setChecked(False)
        self.secret.setEchoMode(QLineEdit.EchoMode.Password)
        self.secret.clear()
        self.error.clear()
        self.secret.setFocus()

    @Slot(bool)
    def _on_show_secret_toggled(self, shown: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password
        self.secret.setEchoMode(mode)

    @Slot()
    def _on_switch_clicked(self) -> None:
        self._recovery = not self._recovery
        self._show_mode()

    @Slot()
    def _on_unlock_clicked(self) -> None:
        if self.secret.text():
            self.unlock_requested.emit(self.secret.text(), self._recovery)

    def refuse(self, message: str) -> None:
        """The secret did not open the journal: say so and let them try again."""
        self.error.setText(message)
        self.secret.selectAll()
        self.secret.setFocus()
