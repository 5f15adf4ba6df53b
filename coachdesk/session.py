"""One journal in one window: opening (and unlocking), locking, protecting, closing.

app.py shows the window first and imports this module afterwards, so the first frame
does not wait for sqlite-utils, the flows and the journal widgets.
"""

from __future__ import annotations

import shutil
import tempfile
import time
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QFileSystemWatcher, QObject, Qt, Slot
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from coachdesk.coaching.flows import FlowLibrary
from coachdesk.environment import (
    JOURNAL_FILE,
    default_journal_path,
    load_library,
    ui_language,
    use_language,
    user_flows_dir,
)
from coachdesk.i18n import install_translations
from coachdesk.journal_lock import JournalLock, raise_path
from coachdesk.settings import Settings
from coachdesk.storage import (
    DamagedJournalError,
    JournalError,
    JournalStore,
    NotAJournalError,
    StorageUnavailable,
    backups,
    protection,
)
from coachdesk.storage.backups import Backup
from coachdesk.storage.files import can_write
from coachdesk.storage.keyfile import WrongPassphrase
from coachdesk.storage.protection import JournalKind
from coachdesk.ui.common import theme
from coachdesk.ui.common.messages import describe
from coachdesk.ui.common.secret_clipboard import forget_if_still
from coachdesk.ui.journal.journal_view import JournalView
from coachdesk.ui.main_window import MainWindow
from coachdesk.ui.outside_changes import OutsideChanges
from coachdesk.ui.protection.care import BackupsDialog, DailyCare, describe_loss, offer_restore
from coachdesk.ui.protection.idle_lock import IdleLock
from coachdesk.ui.protection.protection_dialogs import PassphraseDialog, RecoveryKeyDialog
from coachdesk.ui.protection.unlock_page import UnlockPage

if TYPE_CHECKING:
    from coachdesk.ui.coaching_hour.coaching_hour import CoachingHour


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
        self._lock: JournalLock | None = None
        self._watcher: QFileSystemWatcher | None = None
        self._care: DailyCare | None = None
        self._hour: CoachingHour | None = None
        self._read_only = False  # the journal's place cannot be written
        self._outside: OutsideChanges | None = None

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
        # A read-only disk or folder: the journal opens to be read, without a lock (which
        # could not be made) and without anything that writes.
        self._read_only = not can_write(self._path)
        if not self._read_only and not self._hold_lock(self._path):
            return False
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        theme.apply_details(app, self._colours())
        hints = QGuiApplication.styleHints()
        hints.colorSchemeChanged.connect(self._on_hints_color_scheme_changed)
        if not self._read_only:
            protection.tidy(self._path)  # what an interrupted encrypt or decrypt left behind
        if protection.kind_of(self._path) is JournalKind.ENCRYPTED:
            self._show_locked()
            return True
        return self._open_with(None)

    def _hold_lock(self, path: Path) -> bool:
        """One instance per journal: a second start says so and wakes the first."""
        try:
            self._lock = JournalLock(path)
        except OSError as error:  # its folder cannot be made
            self._lock = None
            return self._refuse(
                self.tr("coachdesk cannot make a folder for the journal: %1").replace(
                    "%1", f"{path.parent} ({error.strerror})"
                )
            )
        if self._lock.acquire():
            self._watcher = QFileSystemWatcher([str(path.parent)], self)
            self._watcher.directoryChanged.connect(self._on_watcher_directory_changed)
            return True
        if not self._lock.held_by_another():
            self._lock = None
            return self._refuse(
                self.tr(
                    "coachdesk cannot make its lock file beside the journal in %1, so it "
                    "cannot keep a second window from writing to it. Nothing was changed."
                ).replace("%1", str(path.parent))
            )
        self._lock.ask_holder_to_come_forward()
        QMessageBox.information(
            self._window,
            self.tr("Already open"),
            self.tr(
                "This journal is already open in another coachdesk window (process %1). "
                "That window has been asked to come forward."
            ).replace("%1", str(self._lock.holder())),
        )
        self._lock = None
        return False

    def _refuse(self, why: str) -> bool:
        QMessageBox.critical(self._window, self.tr("coachdesk cannot open the journal"), why)
        return False

    @Slot(str)
    def _on_watcher_directory_changed(self, _folder: str) -> None:
        if self._path is not None and raise_path(self._path).exists():
            raise_path(self._path).unlink(missing_ok=True)
            self._window.showNormal()
            self._window.raise_()
            self._window.activateWindow()

    def _open_with(self, key: bytes | None) -> bool:
        assert self._path is not None and self._library is not None
        try:
            if self._read_only:
                self._store = JournalStore.open_to_read(self._path, key)
            else:
                # The quick check runs beside the window (DailyCare): on a ten-year encrypted
                # journal it is most of the opening. Nothing is written before it passes.
                self._store = JournalStore.open(self._path, key, check_later=True)
        except (DamagedJournalError, NotAJournalError) as error:
            if self._read_only:  # a backup cannot be put back in a read-only folder
                return self._refuse(describe(error))
            return self._recover_from(str(error), key)
        except JournalError as error:
            return self._refuse(describe(error))
        if not self._read_only:  # the daily care writes a backup
            self._care = DailyCare(self._store, self)
            self._care.damaged.connect(self._on_care_damaged)
            self._care.failed.connect(self._on_care_failed)
            self._care.start()
            self._outside = OutsideChanges(self._store, self)
            self._outside.changed.connect(self._on_outside_changed)
        try:
            if self._demo_folder and self._store.count() == 0:
                from coachdesk.demo_journal import fill_demo  # only for --demo: ~35 ms

                fill_demo(self._store, self._library, date.today())
            self._view = self._make_view()
        except (DamagedJournalError, NotAJournalError) as error:  # unreadable before the check
            self._close_view()
            return self._recover_from(str(error), key)
        self._window.hold(self._view)
        if key is not None:
            minutes = self._settings.auto_lock_minutes
            self._idle = IdleLock(minutes, self._idle_clock, parent=self)
            self._idle.idle.connect(self._on_idle_idle)
        return True

    @Slot()
    def _on_outside_changed(self) -> None:
        if self._view is not None:
            self._view.pick_up_changes()

    def _make_view(self) -> JournalView:
        assert self._store is not None and self._library is not None
        imported = user_flows_dir() / ui_language()
        view = JournalView(self._store, self._library, self._settings, None, imported)
        view.lock_requested.connect(self.lock)
        view.coaching_requested.connect(self.start_coaching)
        view.protection_requested.connect(self._on_view_protection_requested)
        view.backups_requested.connect(self.show_backups)
        view.looks_changed.connect(self.apply_looks)
        if self._demo_folder is not None:
            view.show_banner(
                self.tr(
                    "This is the demo journal: try anything. What you write here is removed "
                    "when you quit, and your own journal and settings are not touched."
                )
            )
        return view

    # Looks and language -------------------------------------------------------------------

    def _colours(self) -> theme.Colours:
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        return theme.colours_for(theme.appearance_of(self._settings.appearance), app)

    @Slot()
    def apply_looks(self) -> None:
        """The settings' appearance, language and text size, applied to the open window:
        the journal view is built again in them, where the user was."""
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        install_translations(app, use_language(self._settings.language))
        self._library = load_library()
        colours = self._colours()
        theme.apply_base(app, colours, self._settings.text_scale)
        theme.apply_details(app, colours)
        view = self._view
        if view is None or self._store is None or not view.save_for_lock():
            return
        state = view.state()
        view.shut_down()
        self._view = self._make_view()
        self._window.hold(self._view)  # the old view goes with its menus
        self._view.restore(state)

    @Slot(Qt.ColorScheme)
    def _on_hints_color_scheme_changed(self, scheme: Qt.ColorScheme) -> None:
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        app.setProperty("coachdesk-system-dark", scheme == Qt.ColorScheme.Dark)
        if theme.appearance_of(self._settings.appearance) is theme.Appearance.SYSTEM:
            colours = self._colours()  # no rebuild: palette-following widgets repaint
            theme.apply_base(app, colours, self._settings.text_scale)
            theme.apply_details(app, colours)

    # A damaged journal ---------------------------------------------------------------------

    def _recover_from(self, damage: str, key: bytes | None) -> bool:
        """Offer the newest backup that checks out; the damaged file is never written to."""
        assert self._path is not None
        good = next(
            (b for b in backups.backups_of(self._path) if backups.check(b.path, key) == "ok"), None
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
        return self._open_with(key)

    @Slot(str)
    def _on_care_damaged(self, damage: str) -> None:
        # The check beside the window failed: nothing was written; close it all and offer
        # the newest good backup, as at opening. Declined, the window goes.
        if self.sender() is not self._care:
            return  # from a journal closed since (locked): it is checked again when opened
        key = self._store.key if self._store is not None else None
        self._close_view()
        if not self._recover_from(damage, key):
            self._window.close()

    @Slot(str)
    def _on_care_failed(self, problem: str) -> None:
        if self._view is not None:
            self._view.show_notice(
                self.tr("Today's backup could not be made: %1").replace("%1", problem)
            )

    @Slot()
    def show_backups(self) -> None:
        """Journal → Backups: back up now, or put one back."""
        if self._path is None or self._store is None:
            return
        dialog = BackupsDialog(self._path, self._window)
        try:
            dialog.exec()
            chosen, now = dialog.chosen, dialog.back_up_now
        finally:
            dialog.deleteLater()
        if now:
            made = self._store.back_up("manual", datetime.now().astimezone())
            if self._view is not None:
                self._view.show_notice(
                    self.tr("Backed up to %1.").replace("%1", made.path.name), warning=False
                )
        elif chosen is not None:
            self._restore(chosen)

    def _restore(self, chosen: Backup) -> None:
        assert self._path is not None and self._store is not None
        key = self._store.key
        lost = backups.missing_from(chosen, key, self._path, key)
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
            backups.restore(chosen, path, key)
            return key

        self._reopen_after(change)

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
                    self.tr("That recovery key does not open this journal.")
                    if recovery
                    else self.tr("That passphrase does not open this journal.")
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
        if self._hour is None:  # in a session you are at the laptop, talking: no lock
            self.lock()

    # A coaching session ----------------------------------------------------------------------

    @Slot()
    def start_coaching(self) -> None:
        """Ctrl+Shift+S: choose the agenda, then the journal hides and the coach view opens."""
        if self._store is None or self._view is None or self._hour is not None:
            return
        # Loaded when first used: the coaching session is not what start-up waits for.
        from coachdesk.ui.coaching_hour.capture import exclude_from_capture
        from coachdesk.ui.coaching_hour.coaching_hour import CoachingHour
        from coachdesk.ui.coaching_hour.cover_page import CoverPage
        from coachdesk.ui.coaching_hour.session_prep import SessionPrepDialog
        from coachdesk.ui.key_capture import usable_or_default

        plan = SessionPrepDialog.ask(self._window, self._store)
        if plan is None or not self._view.save_for_lock():
            return
        try:
            hour = CoachingHour(
                self._store,
                self._view.flows,
                plan,
                usable_or_default(self._settings.curtain_key),
                self._window,
            )
        except StorageUnavailable as error:
            self._view.show_notice(describe(error))
            return
        cover = CoverPage()
        cover.back_requested.connect(hour.show)
        cover.end_requested.connect(hour.end)
        hour.ended.connect(self._on_hour_ended)
        self._window.cover(cover)
        exclude_from_capture(self._window, True)
        self._hour = hour
        hour.show()

    @Slot()
    def _on_hour_ended(self) -> None:
        from coachdesk.ui.coaching_hour.capture import exclude_from_capture

        exclude_from_capture(self._window, False)
        if self._hour is not None:
            self._hour.deleteLater()
            self._hour = None
        view = self._view
        if view is None or self._store is None:
            return
        if self._store.encrypted:  # the journal comes back only with the passphrase
            self._close_view()
            view.deleteLater()
            self._show_locked()
            return
        self._window.hold(view)
        view.come_back()

    @property
    def coaching_hour(self) -> CoachingHour | None:
        """The session running now, if any."""
        return self._hour

    def _close_view(self) -> None:
        if self._outside is not None:
            self._outside.stop()
            self._outside.deleteLater()
            self._outside = None
        if self._care is not None:
            self._care.wait()
            self._care = None
        if self._idle is not None:
            self._idle.stop()
            self._idle = None
        if self._view is not None:
            forget_if_still(QGuiApplication.clipboard(), self._view.copied_text())
            self._view.shut_down()
            self._view = None
        if self._store is not None:
            self._store.close()
            self._store = None

    # Protecting ----------------------------------------------------------------------------

    def _offer_encryption(self) -> None:
        answer = QMessageBox.question(
            self._window,
            self.tr("Lock"),
            self.tr(
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
            QMessageBox.warning(self._window, self.tr("Not changed"), describe(error))
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
                self.tr("Not changed"),
                self.tr("That is not the current passphrase; nothing was changed."),
            )
            return
        protection.change_passphrase(self._path, key, new)
        if self._view is not None:
            self._view.show_notice(self.tr("The passphrase is changed."), warning=False)

    def _decrypt(self) -> None:
        if self._path is None or self._store is None:
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
        path = self._path
        key = self._store.key

        def change() -> None:
            assert key is not None
            protection.decrypt(path, key)
            return None

        self._reopen_after(change)

    # Closing -------------------------------------------------------------------------------

    def close(self) -> None:
        """Close the journal (and remove a demo one), and let others open it."""
        if self._hour is not None:
            self._hour.stop()
            self._hour = None
        self._close_view()
        if self._lock is not None:
            self._lock.release()
            self._lock = None
        if self._demo_folder is not None:
            shutil.rmtree(self._demo_folder, ignore_errors=True)
            self._demo_folder = None
