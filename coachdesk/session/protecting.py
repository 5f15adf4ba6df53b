"""Encrypting a journal, changing its passphrase or its recovery key, taking the encryption
off: the commands of the Journal menu. Encrypting and decrypting close the journal, change it
and open it again; the key file alone changes under an open journal."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMessageBox, QWidget

from coachdesk.session.recovery import Reopen
from coachdesk.storage import protection
from coachdesk.storage.keyfile import WrongPassphrase
from coachdesk.ui.protection.protection_dialogs import PassphraseDialog, RecoveryKeyDialog


class Protection(QObject):
    """The encryption commands for one journal; `reopen` closes, changes and reopens it."""

    def __init__(
        self,
        window: QWidget,
        path: Path,
        reopen: Reopen,
        key: Callable[[], bytes | None],
        say: Callable[[str], None],
    ) -> None:
        super().__init__(window)
        self._window = window
        self._path = path
        self._reopen = reopen
        self._key = key  # the open journal's key, asked when needed (None: plain)
        self._say = say

    def offer_encryption(self) -> None:
        """Ctrl+L on a plain journal: locking needs a passphrase first."""
        answer = QMessageBox.question(
            self._window,
            self.tr("Lock"),
            self.tr(
                "Locking needs a passphrase: your journal is not encrypted yet. Encrypt it now?"
            ),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.encrypt()

    def encrypt(self) -> None:
        """Journal → Encrypt with a passphrase; the recovery key is shown once afterwards."""
        passphrase = PassphraseDialog.ask_new(self._window)
        if passphrase is None:
            return
        path = self._path
        recovery: list[str] = []

        def change() -> bytes:
            recovery.append(protection.encrypt(path, passphrase))
            return protection.unlock(path, passphrase)

        self._reopen(change, self.tr("Encrypting the journal and its backups…"))
        if recovery:
            RecoveryKeyDialog.show_once(self._window, recovery[0])
            self._warn_plain_copies()

    def _warn_plain_copies(self) -> None:
        # Encrypting converts the backups too; one it could not convert (a full disk) is
        # still readable, and the user believes it is not: say so, and that it is retried.
        left = protection.plain_copies(self._path)
        if not left:
            return
        QMessageBox.warning(
            self._window,
            self.tr("Not every copy is encrypted"),
            self.tr(
                "These copies of your journal could not be encrypted yet and can still be "
                "read without the passphrase: %1. coachdesk tries again the next time you "
                "unlock the journal."
            ).replace("%1", ", ".join(copy.name for copy in left)),
        )

    def change_passphrase(self) -> None:
        """Journal → Change passphrase (the current one is asked first)."""
        answer = PassphraseDialog.ask_change(self._window)
        if answer is None:
            return
        current, new = answer
        try:
            key = protection.unlock(self._path, current)
            others = protection.change_passphrase(self._path, key, new)
        except WrongPassphrase:
            self._refuse_wrong_passphrase()
            return
        except OSError as error:  # the key file held by another program (Windows), a full disk
            self._refuse_file_problem(error)
            return
        if others:  # backups of an earlier encryption, under another journal key
            self._say(
                self.tr(
                    "The passphrase is changed. Backups from an earlier encryption keep the "
                    "passphrase they had."
                )
            )
        else:
            self._say(self.tr("The passphrase is changed, also for every backup."))

    def _refuse_file_problem(self, error: OSError) -> None:
        # The key file is replaced in one rename: until it succeeds, the old one is in place.
        where = f" ({error.filename})" if error.filename else ""
        QMessageBox.warning(
            self._window,
            self.tr("Not changed"),
            self.tr("The key file could not be written: %1. Nothing was changed.").replace(
                "%1", f"{error.strerror or error}{where}"
            ),
        )

    def _refuse_wrong_passphrase(self) -> None:
        QMessageBox.warning(
            self._window,
            self.tr("Not changed"),
            self.tr("That is not the current passphrase; nothing was changed."),
        )

    def rotate_recovery_key(self) -> None:
        """Journal → New recovery key: after the passphrase, a new key shown once; the old
        one (written down, or found by someone) opens nothing any more."""
        answer = QMessageBox.question(
            self._window,
            self.tr("New recovery key"),
            self.tr(
                "A new recovery key replaces the one you kept: the old one will no longer "
                "open the journal or any of its backups. Make a new one?"
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        typed = PassphraseDialog.ask_current(self._window, self.tr("New recovery key"))
        if typed is None:
            return
        try:
            recovery = protection.rotate_recovery_key(self._path, typed)
        except WrongPassphrase:
            self._refuse_wrong_passphrase()
            return
        except OSError as error:
            self._refuse_file_problem(error)
            return
        RecoveryKeyDialog.show_once(self._window, recovery)

    def remove_encryption(self) -> None:
        """Journal → Remove encryption, after saying what that means."""
        key = self._key()
        if key is None:
            return
        answer = QMessageBox.question(
            self._window,
            self.tr("Remove encryption"),
            self.tr(
                "Your journal will be stored unencrypted on this laptop, readable by anyone "
                "who gets at the file. Remove the encryption?"
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        # Whoever finds the laptop unlocked must not be able to strip the encryption.
        typed = PassphraseDialog.ask_current(self._window, self.tr("Remove encryption"))
        if typed is None:
            return
        try:
            protection.unlock(self._path, typed)
        except WrongPassphrase:
            self._refuse_wrong_passphrase()
            return
        path = self._path

        def change() -> None:
            protection.decrypt(path, key)
            return None

        self._reopen(change, self.tr("Removing the encryption…"))
