"""One journal in one window: opening (and unlocking), locking and closing it.

Its state is explicit: `state` says where it is, and everything that exists only while a
journal is open lives in one OpenJournal (`opened`). Backups and recovery, encryption and
the coaching hour are small objects beside it (recovery.py, protecting.py, hour.py) that
the window's menus reach directly.
"""

from __future__ import annotations

import enum
import shutil
import tempfile
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer, Slot
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from coachdesk.coaching.flows import FlowLibrary
from coachdesk.environment import (
    JOURNAL_FILE,
    load_library,
    ui_language,
    use_language,
    user_flows_dir,
)
from coachdesk.i18n import install_translations
from coachdesk.session.holding import JournalHold
from coachdesk.session.hour import HourKeeper
from coachdesk.session.opened import OpenJournal
from coachdesk.session.protecting import Protection
from coachdesk.session.recovery import Recovery
from coachdesk.session.switching import JournalSwitch
from coachdesk.settings import Settings
from coachdesk.storage import (
    DamagedJournalError,
    JournalError,
    JournalStore,
    NotAJournalError,
    protection,
)
from coachdesk.storage.files import can_write
from coachdesk.storage.keyfile import WrongPassphrase
from coachdesk.storage.protection import JournalKind
from coachdesk.ui.common import theme
from coachdesk.ui.common.announce import announce
from coachdesk.ui.common.busy import run_busy
from coachdesk.ui.common.messages import describe
from coachdesk.ui.journal.journal_actions import SessionCommands
from coachdesk.ui.journal.journal_view import JournalView
from coachdesk.ui.main_window import MainWindow
from coachdesk.ui.outside_changes import OutsideChanges
from coachdesk.ui.protection.care import DailyCare
from coachdesk.ui.protection.idle_lock import IdleLock, asleep_too, close_dialogs
from coachdesk.ui.protection.system_lock import SystemLockWatch
from coachdesk.ui.protection.unlock_page import UnlockPage
from coachdesk.ui.tray import Tray

if TYPE_CHECKING:
    from coachdesk.ui.coaching_hour.coaching_hour import CoachingHour


UNLOCK_NOTE_AFTER_MS = 1500  # a note only on a laptop much slower than the one that set it


class State(enum.Enum):
    """Where the session is."""

    CLOSED = "closed"  # nothing open (before opening, after closing, or refused)
    LOCKED = "locked"  # the unlock page: the file is known, nothing of it is read
    OPEN = "open"  # the journal in the window
    COVERED = "covered"  # the coaching hour: the journal hidden behind the cover page


class JournalSession(QObject):
    """Owns the open journal; the window only shows it."""

    def __init__(
        self,
        window: MainWindow,
        settings: Settings,
        idle_clock: Callable[[], float] = asleep_too,
        system_lock: SystemLockWatch | None = None,
    ) -> None:
        super().__init__(window)
        self._idle_clock = idle_clock
        self._window = window
        self._settings = settings
        self.state = State.CLOSED
        self.opened: OpenJournal | None = None
        self._path = Path()
        self._library: FlowLibrary | None = None
        self._demo_folder: Path | None = None
        self.hold: JournalHold | None = None  # the journal's lock, while it is in the window
        self._read_only = False  # the journal's place cannot be written
        self.recovery: Recovery | None = None
        self.protection: Protection | None = None
        self.hour = HourKeeper(window, settings)
        self.hour.ended.connect(self._on_hour_ended)
        self.system_lock = system_lock or SystemLockWatch(window)
        self.system_lock.locking.connect(self._on_system_lock_locking)
        window.tray = self.tray = Tray(window, settings, self.lock)
        self.tray.apply(settings.tray)
        self.journals = JournalSwitch(window, settings, self)
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        theme.apply_chosen(app, settings.appearance, settings.text_scale, base=False)
        hints = QGuiApplication.styleHints()
        hints.colorSchemeChanged.connect(self._on_hints_color_scheme_changed)

    # Opening -----------------------------------------------------------------------------

    def open(self, journal: Path | None, demo: bool, key: bytes | None = None) -> bool:
        """Open the journal (the one open last if none is named; a fresh demo one if asked)
        into the window, or show the unlock page for an encrypted one unless its `key` is
        given; False if the user was told it cannot be opened."""
        if demo:
            self._demo_folder = Path(tempfile.mkdtemp(prefix="coachdesk-demo-"))
            self._path = self._demo_folder / JOURNAL_FILE
        else:
            self._path = (journal or self.journals.start_path()).expanduser()
        self._library = load_library()
        for before in (self.recovery, self.protection):  # of the journal open before
            if before is not None:
                before.deleteLater()
        self.recovery = Recovery(self._window, self._path)
        self.protection = Protection(
            self._window, self._path, self.reopen_after, self._key, self._say
        )
        # A read-only disk or folder: the journal opens to be read, without a lock (which
        # could not be made) and without anything that writes.
        self._read_only = not can_write(self._path)
        if not self._read_only:
            self.hold = JournalHold(self._window, self._path)
            if not self.hold.take():
                self.hold.release()
                self.hold = None
                return False
        if not demo:
            self.journals.arrived(self._path)
        if not self._read_only:
            protection.tidy(self._path)  # what an interrupted encrypt or decrypt left behind
        if protection.kind_of(self._path) is JournalKind.ENCRYPTED and key is None:
            self._show_locked()
            return True
        if self._open_with(key):
            return True
        self._let_go()
        return False

    def _refuse(self, why: str) -> bool:
        QMessageBox.critical(self._window, self.tr("coachdesk cannot open the journal"), why)
        return False

    def _open_with(self, key: bytes | None) -> bool:
        assert self._library is not None and self.recovery is not None
        try:
            if self._read_only:
                store = JournalStore.open_to_read(self._path, key)
            else:
                # The quick check runs beside the window (DailyCare): on a ten-year encrypted
                # journal it is most of the opening. Nothing is written before it passes.
                store = JournalStore.open(self._path, key, check_later=True)
        except (DamagedJournalError, NotAJournalError) as error:
            if self._read_only:  # a backup cannot be put back in a read-only folder
                return self._refuse(describe(error))
            return self._recover(str(error), key)
        except JournalError as error:
            return self._refuse(describe(error))
        opened = OpenJournal(store)
        self.opened = opened
        if not self._read_only:  # the daily care writes a backup
            opened.care = DailyCare(store, self)
            opened.care.damaged.connect(self._on_care_damaged)
            opened.care.failed.connect(self._on_care_failed)
            opened.care.start()
            opened.outside = OutsideChanges(store, self)
            opened.outside.changed.connect(self._on_outside_changed)
        try:
            if self._demo_folder and store.count() == 0:
                from coachdesk.demo_journal import fill_demo  # only for --demo: ~35 ms

                fill_demo(store, self._library, date.today())
            opened.view = self._make_view(store)
        except (DamagedJournalError, NotAJournalError) as error:  # unreadable before the check
            self._close_journal()
            return self._recover(str(error), key)
        self._window.hold(opened.view)
        self.state = State.OPEN
        if key is not None:
            minutes = self._settings.auto_lock_minutes
            opened.idle = IdleLock(minutes, self._idle_clock, parent=self)
            opened.idle.idle.connect(self._on_idle_idle)
        return True

    def _recover(self, damage: str, key: bytes | None) -> bool:
        assert self.recovery is not None
        return self.recovery.recover_from(damage, key) and self._open_with(key)

    def _make_view(self, store: JournalStore) -> JournalView:
        assert self._library is not None and self.protection is not None
        imported = user_flows_dir() / ui_language()
        commands = SessionCommands(
            lock=self.lock,
            backups=self.show_backups,
            encrypt=self.protection.encrypt,
            change_passphrase=self.protection.change_passphrase,
            remove_encryption=self.protection.remove_encryption,
            rotate_recovery_key=self.protection.rotate_recovery_key,
            start_coaching=self.start_coaching,
            new_journal=self.journals.new_journal,
            open_journal=self.journals.open_journal,
            recent_journals=None if self._demo_folder else self.journals.recent_menu,
        )
        view = JournalView(store, self._library, self._settings, None, imported, commands)
        view.looks_changed.connect(self.apply_looks)
        if self._demo_folder is not None:
            view.window_commands.journal = None  # removed on quit: nothing to remind of
            # The demo's settings are a copy thrown away on quit: it keeps to itself.
            view.actions_["new_journal"].setVisible(False)
            view.actions_["open_journal"].setVisible(False)
            view.show_banner(
                self.tr(
                    "This is the demo journal: try anything. What you write here is removed "
                    "when you quit, and your own journal and settings are not touched."
                )
            )
        return view

    def _key(self) -> bytes | None:
        return self.opened.store.key if self.opened is not None else None

    def _say(self, text: str) -> None:
        if self.opened is not None and self.opened.view is not None:
            self.opened.view.show_notice(text, warning=False)

    @Slot()
    def _on_outside_changed(self) -> None:
        if self.opened is not None and self.opened.view is not None:
            self.opened.view.pick_up_changes()

    # Looks and language -------------------------------------------------------------------

    @Slot()
    def apply_looks(self) -> None:
        """The settings' appearance, language and text size, applied to the open window:
        the journal view is built again in them, where the user was."""
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        install_translations(app, use_language(self._settings.language))
        self._library = load_library()
        theme.apply_chosen(app, self._settings.appearance, self._settings.text_scale)
        opened = self.opened
        if opened is None or opened.view is None or not opened.view.save_for_lock():
            return
        state = opened.view.state()
        opened.view.shut_down()
        opened.view = self._make_view(opened.store)
        self._window.hold(opened.view)  # the old view goes with its menus
        opened.view.restore(state)

    @Slot(Qt.ColorScheme)
    def _on_hints_color_scheme_changed(self, scheme: Qt.ColorScheme) -> None:
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        theme.follow_system_scheme(
            app, scheme, self._settings.appearance, self._settings.text_scale
        )

    # The check beside the window and the backups -------------------------------------------

    @Slot(str)
    def _on_care_damaged(self, damage: str) -> None:
        # The check beside the window failed: nothing was written; close it all and offer
        # the newest good backup, as at opening. Declined, the window goes.
        if self.opened is None or self.sender() is not self.opened.care:
            return  # from a journal closed since (locked): it is checked again when opened
        key = self.opened.store.key
        self._close_journal()
        if not self._recover(damage, key):
            self._window.close()

    @Slot(str)
    def _on_care_failed(self, problem: str) -> None:
        if self.opened is not None and self.opened.view is not None:
            self.opened.view.show_notice(
                self.tr("Today's backup could not be made: %1").replace("%1", problem)
            )

    @Slot()
    def show_backups(self) -> None:
        """Journal → Backups: back up now, or put one back."""
        if self.opened is not None and self.recovery is not None:
            self.recovery.show_backups(self.opened.store, self.reopen_after, self._say)

    def reopen_after(self, change: Callable[[], bytes | None], doing: str) -> None:
        """Close the journal, apply `change` (a callable returning the key to reopen with)
        on a thread while `doing` says what happens, and open it again — whatever happened."""
        opened = self.opened
        if opened is None or opened.view is None or not opened.view.save_for_lock():
            return
        key = opened.store.key
        self._close_journal()
        try:
            key = run_busy(self._window, doing, change)
        except JournalError as error:
            QMessageBox.warning(self._window, self.tr("Not changed"), describe(error))
        except OSError as error:  # a file held by another program, a folder refused…
            QMessageBox.warning(self._window, self.tr("Not changed"), self._file_problem(error))
            # The change stopped somewhere: open what is at the path now, as it is now.
            kind = protection.kind_of(self._path)
            if kind is JournalKind.ENCRYPTED and key is None:
                self._show_locked()
                return
            if kind is not JournalKind.ENCRYPTED:
                key = None
        self._open_with(key)

    def _file_problem(self, error: OSError) -> str:
        where = f" ({error.filename})" if error.filename else ""
        return self.tr(
            "The journal could not be changed: %1. It opens again as it is now."
        ).replace("%1", f"{error.strerror or error}{where}")

    # Locking -----------------------------------------------------------------------------

    def _show_locked(self) -> None:
        page = UnlockPage()
        page.unlock_requested.connect(self._on_page_unlock_requested)
        self._window.show_locked(page)
        if self._demo_folder is None:
            self.journals.show_menu(self._window.menuBar())
        self.state = State.LOCKED

    @Slot(str, bool)
    def _on_page_unlock_requested(self, secret: str, recovery: bool) -> None:
        page = self._window.centralWidget()
        try:
            opening = protection.recover if recovery else protection.unlock
            # Argon2id takes about half a second by design: the window keeps painting.
            key = run_busy(
                self._window,
                self.tr("Unlocking…"),
                lambda: opening(self._path, secret),
                show_after_ms=UNLOCK_NOTE_AFTER_MS,
            )
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
        else:
            announce(self._window, self.tr("Your journal is open."))

    @Slot()
    def lock(self) -> None:
        """Ctrl+L: save what is typed, forget everything shown, close the journal."""
        opened = self.opened
        if self.state is not State.OPEN or opened is None or opened.view is None:
            return
        if not opened.store.encrypted:
            assert self.protection is not None
            self.protection.offer_encryption()
            return
        if not opened.view.save_for_lock():
            return  # the text could not be saved: better unlocked than lost (it says why)
        self._close_journal()
        self._show_locked()
        announce(self._window, self.tr("Your journal is locked."))

    @Slot()
    def _on_idle_idle(self) -> None:
        if self.state is State.OPEN:  # in a session you are at the laptop, talking
            self._lock_at_once()

    @Slot(str)
    def _on_system_lock_locking(self, _reason: str) -> None:
        # The lid shuts or the screen locks: also in the coaching hour, whose coach view
        # shows the journal too (its notes are kept, as when the app quits).
        opened = self.opened
        if opened is None or not opened.store.encrypted:
            return  # a plain journal has nothing to lock with
        if self.state is State.COVERED:
            if not self.hour.stop():
                return  # the notes could not be saved: the coach view says why
            self.state = State.OPEN
        if self.state is State.OPEN:
            self._lock_at_once()

    def _lock_at_once(self) -> None:
        # A dialog left open (the session prep, a check-in, the recovery key) shows journal
        # content too: it goes first, and the lock follows once its own loop has returned.
        if close_dialogs(self._window):
            QTimer.singleShot(0, self.lock)
        else:
            self.lock()

    # The coaching hour ----------------------------------------------------------------------

    @Slot()
    def start_coaching(self) -> None:
        """Ctrl+Shift+S: the prep, then the journal hides behind a cover."""
        opened = self.opened
        if self.state is not State.OPEN or opened is None or opened.view is None:
            return
        self.hour.start(opened.store, opened.view)
        if self.hour.running is not None:
            self.state = State.COVERED

    @property
    def coaching_hour(self) -> CoachingHour | None:
        """The coaching hour running now, if any."""
        return self.hour.running

    @Slot()
    def _on_hour_ended(self) -> None:
        opened = self.opened
        if opened is None or opened.view is None:
            return
        view = opened.view
        if opened.store.encrypted:  # the journal comes back only with the passphrase
            self._close_journal()
            view.deleteLater()
            self._show_locked()
            return
        self.state = State.OPEN
        self._window.hold(view)
        view.come_back()

    # Closing -------------------------------------------------------------------------------

    def _close_journal(self) -> None:
        if self.opened is not None:
            self.opened.close()
            self.opened = None
        self.state = State.CLOSED

    def leave(self) -> bool:
        """Save what is typed, close the journal and let go of its lock, so that another
        can take the window; False when what is typed could not be saved (and the user
        chose to stay)."""
        opened = self.opened
        if opened is not None and opened.view is not None and not opened.view.can_close():
            return False
        self.hour.stop()
        self._close_journal()
        self._let_go()
        return True

    def _let_go(self) -> None:
        """The journal is closed: its lock, its window state and a demo's folder go."""
        if self.hold is not None:
            self.hold.release()
            self.hold = None
        self.journals.left()
        if self._demo_folder is not None:
            shutil.rmtree(self._demo_folder, ignore_errors=True)
            self._demo_folder = None

    def close(self) -> None:
        """Close the journal (and remove a demo one), and let others open it."""
        self.tray.apply(False)
        self.hour.stop()
        self._close_journal()
        self._let_go()
