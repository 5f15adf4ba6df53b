"""One journal in one window: opening (and unlocking), locking, protecting, closing.

app.py shows the window first and imports this module afterwards, so the first frame
does not wait for sqlite-utils, the flows and the journal widgets.
"""

from __future__ import annotations

import shutil
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QObject, Slot
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from coachdesk.coaching.flows import FlowLibrary
from coachdesk.environment import JOURNAL_FILE, default_journal_path, load_library
from coachdesk.settings import Settings
from coachdesk.storage import JournalError, JournalStore, protection
from coachdesk.storage.keyfile import WrongPassphrase
from coachdesk.storage.protection import JournalKind
from coachdesk.ui import theme
from coachdesk.ui.idle_lock import IdleLock
from coachdesk.ui.journal_view import JournalView
from coachdesk.ui.main_window import MainWindow
from coachdesk.ui.messages import describe
from coachdesk.ui.protection_dialogs import PassphraseDialog, RecoveryKeyDialog
from coachdesk.ui.unlock_page import UnlockPage


class JournalSession(QObject):
    """Owns the open store and the journal view; the window only shows them."""

    def __init__(
        self,
        window: MainWindow,
        settings: Settings,
        idle_clock: Callable[[], float] = time.monotonic,
    ) -> None:
        super().__init__(window)
        self._idle_clock = idle_clock
        self._window = window
        self._settings = settings
        self._path: Path | None = None
        self._store: JournalStore | None = None
        self._library: FlowLibrary | None = None
        self._view: JournalView | None = None
        self._idle: IdleLock | None = None
        self._demo_folder: Path | None = None

    # Opening -----------------------------------------------------------------------------

    def open(self, journal: Path | None, demo: bool) -> bool:
        """Open the journal (a fresh demo one if asked) into the window, or show the unlock
        page for an encrypted one; False if the user was told it cannot be opened."""
        if demo:
            self._demo_folder = Path(tempfile.mkdtemp(prefix="coachdesk-demo-"))
            self._path = self._demo_folder / JOURNAL_FILE
        else:
            self._path = (journal or default_journal_path()).expanduser()
        self._library = load_library()
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        theme.apply_details(app)
        protection.tidy(self._path)  # what an interrupted encrypt or decrypt left behind
        if protection.kind_of(self._path) is JournalKind.ENCRYPTED:
            self._show_locked()
            return True
        return self._open_with(None)

    def _open_with(self, key: bytes | None) -> bool:
        assert self._path is not None and self._library is not None
        try:
            self._store = JournalStore.open(self._path, key)
        except JournalError as error:
            QMessageBox.critical(
                self._window, self._window.tr("coachdesk cannot open the journal"), describe(error)
            )
            return False
        if self._demo_folder and self._store.count() == 0:
            from coachdesk.demo_journal import fill_demo  # only for --demo: ~35 ms of imports

            fill_demo(self._store, self._library, date.today())
        self._view = JournalView(self._store, self._library, self._settings)
        self._view.lock_requested.connect(self.lock)
        self._view.protection_requested.connect(self._on_view_protection_requested)
        self._window.hold(self._view)
        if key is not None:
            minutes = self._settings.auto_lock_minutes
            self._idle = IdleLock(minutes, self._idle_clock, parent=self)
            self._idle.idle.connect(self._on_idle_idle)
        return True

    def _show_locked(self) -> None:
        page = UnlockPage()
        page.unlock_requested.connect(self._on_page_unlock_requested)
        self._window.show_locked(page)

    @Slot(str, bool)
    def _on_page_unlock_requested(self, secret: str, recovery: bool) -> None:
        assert self._path is not None
        page = self._window.centralWidget()
        try:
            key = (protection.recover if recovery else protection.unlock)(self._path, secret)
        except WrongPassphrase:
            if isinstance(page, UnlockPage):
                page.refuse(
                    page.tr("That recovery key does not open this journal.")
                    if recovery
                    else page.tr("That passphrase does not open this journal.")
                )
            return
        except JournalError as error:
            if isinstance(page, UnlockPage):
                page.refuse(describe(error))
            return
        if not self._open_with(key):
            self._show_locked()

    # Locking -----------------------------------------------------------------------------

    @Slot()
    def lock(self) -> None:
        """Ctrl+L: save what is typed, forget everything shown, close the journal."""
        if self._store is None or self._view is None:
            return
        if not self._store.encrypted:
            self._offer_encryption()
            return
        if not self._view.save_for_lock():
            return  # the text could not be saved: better unlocked than lost (it says why)
        self._close_view()
        self._show_locked()

    @Slot()
    def _on_idle_idle(self) -> None:
        self.lock()

    def _close_view(self) -> None:
        if self._idle is not None:
            self._idle.stop()
            self._idle = None
        if self._view is not None:
            copied = self._view.copied_text()
            clipboard = QGuiApplication.clipboard()
            if copied and clipboard.text() == copied:
                clipboard.clear()  # what we put there, and only that
            self._view.shut_down()
            self._view = None
        if self._store is not None:
            self._store.close()
            self._store = None

    # Protecting ----------------------------------------------------------------------------

    def _offer_encryption(self) -> None:
        answer = QMessageBox.question(
            self._window,
            self._window.tr("Lock"),
            self._window.tr(
                "Locking needs a passphrase: your journal is not encrypted yet. Encrypt it now?"
            ),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self._encrypt()

    @Slot(str)
    def _on_view_protection_requested(self, what: str) -> None:
        {"encrypt": self._encrypt, "passwd": self._change_passphrase, "decrypt": self._decrypt}[
            what
        ]()

    def _reopen_after(self, change: Callable[[], bytes | None]) -> None:
        """Close the journal, apply `change` (a callable returning the key to reopen with),
        and open it again — whatever happened."""
        assert self._path is not None and self._view is not None
        if not self._view.save_for_lock():
            return
        key = self._store.key if self._store is not None else None
        self._close_view()
        try:
            key = change()
        except JournalError as error:
            QMessageBox.warning(self._window, self._window.tr("Not changed"), describe(error))
        self._open_with(key)

    def _encrypt(self) -> None:
        passphrase = PassphraseDialog.ask_new(self._window)
        if passphrase is None or self._path is None:
            return
        path = self._path
        recovery: list[str] = []

        def change() -> bytes:
            recovery.append(protection.encrypt(path, passphrase))
            return protection.unlock(path, passphrase)

        self._reopen_after(change)
        if recovery:
            RecoveryKeyDialog.show_once(self._window, recovery[0])

    def _change_passphrase(self) -> None:
        answer = PassphraseDialog.ask_change(self._window)
        if answer is None or self._path is None or self._store is None:
            return
        current, new = answer
        try:
            key = protection.unlock(self._path, current)
        except WrongPassphrase:
            QMessageBox.warning(
                self._window,
                self._window.tr("Not changed"),
                self._window.tr("That is not the current passphrase; nothing was changed."),
            )
            return
        protection.change_passphrase(self._path, key, new)
        if self._view is not None:
            self._view.show_notice(self._window.tr("The passphrase is changed."), warning=False)

    def _decrypt(self) -> None:
        if self._path is None or self._store is None:
            return
        answer = QMessageBox.question(
            self._window,
            self._window.tr("Remove encryption"),
            self._window.tr(
                "Your journal will be stored unencrypted on this laptop, readable by anyone "
                "who gets at the file. Remove the encryption?"
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        path = self._path
        key = self._store.key

        def change() -> None:
            assert key is not None
            protection.decrypt(path, key)
            return None

        self._reopen_after(change)

    # Closing -------------------------------------------------------------------------------

    def close(self) -> None:
        """Close the journal (and remove a demo one)."""
        self._close_view()
        if self._demo_folder is not None:
            shutil.rmtree(self._demo_folder, ignore_errors=True)
            self._demo_folder = None
