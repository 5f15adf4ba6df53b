"""Several journals, one at a time in the window: Journal → New journal…, Open journal…,
Recent journals.

Each journal keeps what is its own: its lock file, its encryption (an encrypted one asks
its own passphrase), its backups and key file beside it, and the window's size and place
and the timeline's width it had (in the per-user settings with its path, never anything
it holds). The window title and the coach view never show a journal's file name: the
screen may be shared. Without --journal the window opens the journal open last.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel, QMenu, QMenuBar, QMessageBox, QWidget

from coachdesk.environment import data_folder, default_journal_path
from coachdesk.journal_lock import JournalLock
from coachdesk.settings import Settings
from coachdesk.storage import JournalError, NewerJournalError, protection
from coachdesk.storage.connection import check_version
from coachdesk.storage.keyfile import key_file_of
from coachdesk.storage.protection import JournalKind
from coachdesk.ui.common.messages import describe
from coachdesk.ui.common.shortcuts import keys_for
from coachdesk.ui.journal_files import JournalFileDialog, RecentMenu, free_name
from coachdesk.ui.main_window import MainWindow

if TYPE_CHECKING:
    from coachdesk.session.journal_session import JournalSession


def same(one: Path | None, other: Path | None) -> bool:
    """True when both name the same journal file, however they were spelled."""
    if one is None or other is None:
        return False
    return one.expanduser().resolve() == other.expanduser().resolve()


class JournalSwitch(QObject):
    """Which journal the window holds, and taking another one in its place."""

    def __init__(self, window: MainWindow, settings: Settings, session: JournalSession) -> None:
        super().__init__(window)
        self._window = window
        self._settings = settings
        self._session = session
        self.current: Path | None = None  # the journal in the window (None: the demo, or none)

    # Arriving and leaving -----------------------------------------------------------------

    def start_path(self) -> Path:
        """The journal to open without --journal: the one open last, if it is still there."""
        for journal in self._settings.recent_journals[:1]:
            if journal.path.is_file():
                return journal.path
        return default_journal_path()

    def arrived(self, path: Path) -> None:
        """The journal at `path` takes the window: first in the recent list, and the window
        as it was when this journal was last open (its size and place, its timeline)."""
        self.current = path.expanduser().resolve()  # as the recent list spells it
        self._settings.remember_journal(path)
        known = self._settings.recent_journal(path)
        if known is None:
            return
        if not known.geometry.isEmpty() and known.geometry != self._window.saveGeometry():
            self._window.restoreGeometry(known.geometry)
        if not known.splitter.isEmpty():
            self._settings.splitter_state = known.splitter  # read by the view made next

    def left(self) -> None:
        """The journal in the window was closed: keep how its window was."""
        if self.current is None:
            return
        geometry = self._window.saveGeometry()
        self._settings.window_geometry = geometry
        self._settings.keep_journal_window(self.current, geometry, self._settings.splitter_state)
        self._settings.sync()
        self.current = None

    # The commands --------------------------------------------------------------------------

    @Slot()
    def new_journal(self) -> None:
        """Journal → New journal…: an empty journal in a file of the user's choosing."""
        folder = self.current.parent if self.current is not None else data_folder()
        stem = self.tr("journal", "the file name offered for a new journal")
        path = JournalFileDialog.ask_new(self._window, free_name(folder, stem))
        if path is None:
            return
        if path.exists() and path.stat().st_size > 0:
            self._tell(
                self.tr(
                    "There is already a file called %1 there, and a new journal never "
                    "replaces anything. Choose another name, or open that journal with "
                    "Journal → Open journal…."
                ).replace("%1", path.name)
            )
            return
        self.switch_to(path)

    @Slot()
    def open_journal(self) -> None:
        """Journal → Open journal…: another journal file in this window."""
        folder = self.current.parent if self.current is not None else data_folder()
        path = JournalFileDialog.ask_open(self._window, folder)
        if path is not None:
            self.switch_to(path)

    def open_recent(self, path: Path) -> None:
        """Journal → Recent journals → one of them."""
        if not path.is_file():
            self._settings.forget_journal(path)
            self._tell(
                self.tr(
                    "There is no journal at %1 any more (it was moved, renamed, or is on a "
                    "disk that is not connected). It was taken off the list."
                ).replace("%1", str(path))
            )
            return
        self.switch_to(path)

    def forget_others(self) -> None:
        """Recent journals → Clear the list: every journal but the one open now."""
        for journal in self._settings.recent_journals:
            if not same(journal.path, self.current):
                self._settings.forget_journal(journal.path)
        self._settings.sync()

    def switch_to(self, path: Path) -> bool:
        """Close the journal in the window (what is typed saved, its lock let go) and open
        the one at `path` in its place; an encrypted one asks its passphrase. When it cannot
        be opened the user is told why and the journal they were in comes back."""
        if same(path, self.current):
            self._tell(self.tr("That journal is open already."), warning=False)
            return False
        problem = self._problem_with(path)
        if problem is not None:
            self._tell(problem)
            return False
        if not self._free(path):
            return False
        opened = self._session.opened
        before, key = self.current, opened.store.key if opened is not None else None
        if not self._session.leave():
            return False  # what is typed could not be saved, and the user chose to stay
        if self._session.open(path, demo=False):
            return True
        if before is not None and self._session.open(before, demo=False, key=key):
            return False
        # Neither opens: nothing of the first stays on screen, and another can be chosen.
        empty = QLabel(self.tr("No journal is open. Choose one in the Journal menu."))
        empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._window.show_locked(empty)
        self.show_menu(self._window.menuBar())
        return False

    def _free(self, path: Path) -> bool:
        """False (and said so) when another coachdesk window has the journal at `path`."""
        lock = JournalLock(path)
        if lock.acquire():
            lock.release()
            return True
        if lock.held_by_another():
            lock.ask_holder_to_come_forward()
            self._tell(
                self.tr(
                    "That journal is open in another coachdesk window, which has been asked "
                    "to come forward."
                ),
                warning=False,
            )
            return False
        return True  # no lock can be made there (read-only): it opens to be read

    def _problem_with(self, path: Path) -> str | None:
        """Why the file at `path` is not a journal to open, or None."""
        kind = protection.kind_of(path)
        if kind is JournalKind.NEW:
            return None
        not_a_journal = self.tr("%1 is not a coachdesk journal. Nothing was changed.").replace(
            "%1", path.name
        )
        if kind is JournalKind.ENCRYPTED:
            if key_file_of(path).is_file():
                return None
            return (
                self.tr(
                    "%1 is not a coachdesk journal, or it is an encrypted one whose key file "
                    "(%2) is not beside it. Nothing was changed."
                )
                .replace("%1", path.name)
                .replace("%2", key_file_of(path).name)
            )
        try:
            # A coachdesk journal has its migrations recorded; any other SQLite file would
            # be made into one by opening it. One from a newer coachdesk is refused here
            # too, before the journal in the window is closed.
            return None if check_version(path) else not_a_journal
        except NewerJournalError as error:
            return describe(error)
        except JournalError as error:
            return f"{not_a_journal} ({describe(error)})"

    def _tell(self, text: str, warning: bool = True) -> None:
        view = self._window.journal
        if view is not None:
            view.show_notice(text, warning=warning)
        elif warning:
            QMessageBox.warning(self._window, self.tr("Not opened"), text)
        else:
            QMessageBox.information(self._window, self.tr("Not opened"), text)

    # Menus -----------------------------------------------------------------------------------

    def recent_menu(self, parent: QWidget) -> QMenu:
        """Journal → Recent journals."""
        return RecentMenu(
            parent,
            lambda: [j.path for j in self._settings.recent_journals],
            lambda: self.current,
            self.open_recent,
            self.forget_others,
        )

    def show_menu(self, bar: QMenuBar) -> None:
        """The Journal menu of a window without an open journal (the unlock page): another
        journal can be made or opened without unlocking this one."""
        menu = bar.addMenu(self.tr("&Journal"))
        menu.setAccessibleName(self.tr("Journal"))
        making = QAction(self.tr("New journ&al…"), menu)
        making.triggered.connect(self.new_journal)
        opening = QAction(self.tr("Open &journal…"), menu)
        opening.triggered.connect(self.open_journal)
        menu.addActions([making, opening])
        menu.addMenu(self.recent_menu(menu))
        menu.addSeparator()
        quitting = QAction(self.tr("&Quit"), menu)
        # Its key shown, and working in the open menu; elsewhere the window's own Ctrl+Q.
        quitting.setShortcuts([QKeySequence(k) for k in keys_for("quit")])
        quitting.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        quitting.triggered.connect(self._window.quit_for_real)
        menu.addAction(quitting)
