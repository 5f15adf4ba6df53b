"""A damaged journal and the backups: offer the newest good one, back up now, put one back.
The damaged file is never written to; a restore keeps the journal as it was beside it."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMessageBox, QWidget

from coachdesk.storage import JournalError, JournalStore, backups
from coachdesk.storage.backups import Backup
from coachdesk.ui.common.messages import describe
from coachdesk.ui.protection.care import BackupsDialog, describe_loss, offer_restore

# Reopening after a change: the change returns the key to open with (None: plain).
Reopen = Callable[[Callable[[], bytes | None], str], None]  # the change, what it does


class Recovery(QObject):
    """Backups of one journal, from the window."""

    def __init__(self, window: QWidget, path: Path) -> None:
        super().__init__(window)
        self._window = window
        self._path = path

    def recover_from(self, damage: str, key: bytes | None) -> bool:
        """Offer the newest backup that checks out and put it back if the user agrees;
        True when the journal can now be opened again."""
        good = next(
            (b for b in backups.backups_of(self._path) if backups.check(b.path, key) == "ok"),
            None,
        )
        if good is None:
            QMessageBox.critical(
                self._window,
                self.tr("coachdesk cannot open the journal"),
                self.tr(
                    "The journal file is damaged and there is no backup to restore. "
                    "It was not changed. (%1)"
                ).replace("%1", damage),
            )
            return False
        lost = backups.missing_from(good, key, self._path, key)
        if not offer_restore(self._window, good, lost, damage):
            return False
        try:
            backups.restore(good, self._path, key)
        except JournalError as error:
            QMessageBox.critical(self._window, self.tr("Not restored"), describe(error))
            return False
        return True

    def show_backups(self, store: JournalStore, reopen: Reopen, say: Callable[[str], None]) -> None:
        """Journal → Backups: back up now, or put one back."""
        dialog = BackupsDialog(self._path, self._window)
        try:
            dialog.exec()
            chosen, now = dialog.chosen, dialog.back_up_now
        finally:
            dialog.deleteLater()
        if now:
            made = store.back_up("manual", datetime.now().astimezone())
            say(self.tr("Backed up to %1.").replace("%1", made.path.name))
        elif chosen is not None:
            self._restore(chosen, store.key, reopen)

    def _restore(self, chosen: Backup, key: bytes | None, reopen: Reopen) -> None:
        # A plain backup over an encrypted journal would make its text readable again:
        # possible (it may be the only good copy), but only when asked for in so many words.
        plain_over_encrypted = key is not None and not chosen.encrypted
        lost = backups.missing_from(chosen, key if chosen.encrypted else None, self._path, key)
        if plain_over_encrypted:
            if not self._restore_unencrypted(chosen, lost):
                return
        else:
            answer = QMessageBox.question(
                self._window,
                self.tr("Restore a backup"),
                describe_loss(chosen, lost)
                + "\n\n"
                + self.tr("The journal as it is now is kept beside it, renamed. Restore?"),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        path = self._path

        def change() -> bytes | None:
            backups.restore(chosen, path, key, allow_plain=plain_over_encrypted)
            return None if plain_over_encrypted else key

        reopen(change, self.tr("Restoring the backup…"))

    def _restore_unencrypted(self, chosen: Backup, lost: int | None) -> bool:
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Restore an unencrypted backup"),
            self.tr(
                "This backup was made before the journal was encrypted. Restoring it leaves "
                "your journal unencrypted, readable by anyone who gets at the file, until "
                "you encrypt it again. The encrypted journal as it is now is kept beside it."
            )
            + "\n\n"
            + describe_loss(chosen, lost),
            QMessageBox.StandardButton.Cancel,
            self._window,
        )
        restore = box.addButton(
            self.tr("Restore unencrypted"), QMessageBox.ButtonRole.DestructiveRole
        )
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        clicked = box.clickedButton()
        box.deleteLater()
        return clicked is restore
