"""Setting a passphrase, changing it, and keeping the recovery key."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Slot
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent, QFont
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from coachdesk.storage.files import replaced_atomically
from coachdesk.storage.passphrase_strength import Strength, strength_of
from coachdesk.storage.protection import MIN_PASSPHRASE
from coachdesk.ui.common.dialogs import accept_or_cancel
from coachdesk.ui.common.secret_clipboard import CLEAR_AFTER_MS, SecretCopy
from coachdesk.ui.common.theme import GRID, scaled_font, set_role


class PassphraseDialog(QDialog):
    """A new passphrase, typed twice (and the current one when changing it)."""

    def __init__(self, changing: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(
            self.tr("Change passphrase") if changing else self.tr("Encrypt journal")
        )
        intro = QLabel(
            self.tr(
                "Choose a passphrase: a few words only you would put together. coachdesk "
                "cannot recover it for you; the recovery key shown next can."
            )
            if not changing
            else self.tr("The recovery key you wrote down keeps working."),
            self,
        )
        intro.setWordWrap(True)
        set_role(intro, "soft")
        self.current = self._field(self.tr("Current passphrase"))
        self.new = self._field(self.tr("New passphrase"))
        self.again = self._field(self.tr("New passphrase, once more"))
        self.strength = QLabel(self)
        set_role(self.strength, "soft")
        self.new.textChanged.connect(self._on_new_text_changed)
        self.problem = QLabel(self)
        set_role(self.problem, "warning")
        self.problem.setWordWrap(True)
        buttons = accept_or_cancel(self, self.tr("Change") if changing else self.tr("Encrypt"))
        form = QFormLayout()
        form.setSpacing(GRID)
        if changing:
            form.addRow(self.tr("Current passphrase"), self.current)
        else:
            self.current.hide()
        form.addRow(self.tr("New passphrase"), self.new)
        form.addRow("", self.strength)
        form.addRow(self.tr("Once more"), self.again)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(3 * GRID, 3 * GRID, 3 * GRID, 3 * GRID)
        layout.setSpacing(2 * GRID)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self.resize(GRID * 64, self.sizeHint().height())
        (self.current if changing else self.new).setFocus()

    def _field(self, name: str) -> QLineEdit:
        field = QLineEdit(self)
        field.setEchoMode(QLineEdit.EchoMode.Password)
        field.setAccessibleName(name)
        return field

    @Slot(str)
    def _on_new_text_changed(self, text: str) -> None:
        feedback = self.strength_text(text)
        self.strength.setText(feedback)
        self.new.setAccessibleDescription(feedback)  # heard while typing, not only seen

    def strength_text(self, passphrase: str) -> str:
        """The feedback under the new passphrase: how hard it is to guess."""
        if not passphrase:
            return ""
        if len(passphrase) < MIN_PASSPHRASE:
            return self.tr("Too short: use at least %1 characters.").replace(
                "%1", str(MIN_PASSPHRASE)
            )
        strength = strength_of(passphrase)
        if strength is Strength.WEAK:
            return self.tr("Weak: easy to guess. Add a few words only you would put together.")
        if strength is Strength.FAIR:
            return self.tr("Fair. One more word makes it strong.")
        return self.tr("Strong.")

    def accept(self) -> None:
        problem = self.check()
        if problem:
            self.problem.setText(problem)
            return
        super().accept()

    def check(self) -> str:
        """Why the passphrase cannot be used yet; empty when it can."""
        if len(self.new.text()) < MIN_PASSPHRASE:
            return self.tr("Use at least %1 characters.").replace("%1", str(MIN_PASSPHRASE))
        if self.new.text() != self.again.text():
            return self.tr("The two new passphrases differ.")
        return ""

    @classmethod
    def ask_current(cls, parent: QWidget | None, title: str) -> str | None:
        """The passphrase the journal has now, asked again before a change only its owner
        may make (taking the encryption off, a new recovery key)."""
        dialog = QInputDialog(parent)
        dialog.setWindowTitle(title)
        translate = QCoreApplication.translate  # the context lupdate sees: this class
        dialog.setLabelText(translate("PassphraseDialog", "Type your passphrase to confirm."))
        dialog.setTextEchoMode(QLineEdit.EchoMode.Password)
        for field in dialog.findChildren(QLineEdit):
            field.setAccessibleName(translate("PassphraseDialog", "Current passphrase"))
        try:
            return dialog.textValue() if dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()

    @classmethod
    def ask_new(cls, parent: QWidget | None) -> str | None:
        """A passphrase to encrypt with, or None."""
        dialog = cls(False, parent)
        try:
            return dialog.new.text() if dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()

    @classmethod
    def ask_change(cls, parent: QWidget | None) -> tuple[str, str] | None:
        """(current, new), or None."""
        dialog = cls(True, parent)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            return dialog.current.text(), dialog.new.text()
        finally:
            dialog.deleteLater()


class RecoveryKeyDialog(QDialog):
    """The recovery key, shown once: copy it, save it, print it — then say you did.

    Enter means "I have kept it": the key reaches the clipboard only when Copy is
    clicked, and leaves it again after `clear_after_ms`.
    """

    def __init__(
        self,
        recovery: str,
        parent: QWidget | None = None,
        clear_after_ms: int = CLEAR_AFTER_MS,
    ) -> None:
        super().__init__(parent)
        self.recovery = recovery
        self._clear_after_ms = clear_after_ms
        self.copied: SecretCopy | None = None
        self.setWindowTitle(self.tr("Your recovery key"))
        heading = QLabel(self.tr("Keep this recovery key somewhere safe."), self)
        heading.setFont(scaled_font(self, 1.3))
        explain = QLabel(
            self.tr(
                "If you forget your passphrase, this key opens your journal. It is shown "
                "only now. Write it down or print it and keep it away from this laptop."
            ),
            self,
        )
        explain.setWordWrap(True)
        set_role(explain, "soft")
        key = QLabel(recovery, self)
        key.setFont(QFont("monospace", int(self.font().pointSizeF() * 1.4)))
        key.setAccessibleName(self.tr("Recovery key"))
        self.copy = QPushButton(self.tr("Copy"), self)
        self.copy.setAccessibleName(self.tr("Copy the recovery key"))
        # A dialog's buttons take Enter when focused; this one must only ever be clicked.
        self.copy.setAutoDefault(False)
        self.copy.clicked.connect(self._on_copy_clicked)
        save = QPushButton(self.tr("Save to a file…"), self)
        save.setAccessibleName(self.tr("Save the recovery key to a file"))
        save.clicked.connect(self._save)
        for button in (self.copy, save):
            set_role(button, "quiet")
        self.done_button = QPushButton(self.tr("I have kept it"), self)
        self.done_button.setAccessibleName(self.tr("I have kept the recovery key"))
        set_role(self.done_button, "primary")
        self.done_button.setDefault(True)
        self.done_button.clicked.connect(self.accept)
        self.copied_note = QLabel(self)
        self.copied_note.setWordWrap(True)
        set_role(self.copied_note, "soft")
        # Room kept for it from the start, so the note does not squeeze the text above.
        self.copied_note.setMinimumHeight(2 * self.copied_note.fontMetrics().lineSpacing())
        row = QHBoxLayout()
        row.addWidget(self.copy)
        row.addWidget(save)
        row.addStretch(1)
        row.addWidget(self.done_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(3 * GRID, 3 * GRID, 3 * GRID, 3 * GRID)
        layout.setSpacing(2 * GRID)
        layout.addWidget(heading)
        layout.addWidget(explain)
        layout.addWidget(key)
        layout.addLayout(row)
        layout.addWidget(self.copied_note)
        self.done_button.setFocus()

    @Slot()
    def _on_copy_clicked(self) -> None:
        if self.copied is not None and isValid(self.copied):
            self.copied.forget()  # a second click starts the time afresh
        self.copied = SecretCopy(self.recovery, self._clear_after_ms)
        note = self.tr(
            "Copied — it will be removed from the clipboard in %n seconds.",
            "",
            self.copied.seconds,
        )
        self.copied_note.setText(note)
        QAccessible.updateAccessibility(QAccessibleAnnouncementEvent(self.copied_note, note))

    def _save(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the recovery key"), "coachdesk-recovery-key.txt"
        )
        if name:
            # Readable by you alone (0600), written whole or not at all.
            with replaced_atomically(Path(name)) as out:
                out.write(f"coachdesk recovery key\n\n{self.recovery}\n")

    def reject(self) -> None:
        pass  # closing without confirming would lose the only chance to keep it

    @classmethod
    def show_once(cls, parent: QWidget | None, recovery: str) -> None:
        """Show until the user says it is kept."""
        dialog = cls(recovery, parent)
        dialog.exec()
        dialog.deleteLater()
