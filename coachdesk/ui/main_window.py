"""The one window: it opens at once, calm and empty, and fills when the journal is ready.

Kept light on purpose (no storage, no journal widgets at import): what shows the first
frame must not wait for sqlite-utils and the rest to load.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QAction, QCloseEvent, QIcon, QKeySequence, QPalette
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMainWindow, QVBoxLayout, QWidget

from coachdesk.resources import resources_dir
from coachdesk.settings import Settings
from coachdesk.ui.common.enter_key import enter_presses_buttons
from coachdesk.ui.common.shortcuts import keys_for
from coachdesk.ui.common.theme import GRID

if TYPE_CHECKING:
    from coachdesk.ui.coaching_hour.cover_page import CoverPage
    from coachdesk.ui.journal.journal_view import JournalView
    from coachdesk.ui.tray import Tray


class MainWindow(QMainWindow):
    """Title, size and place; the journal view inside once it is ready."""

    hidden_to_tray = Signal()  # closed with the tray icon on: coachdesk keeps running

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._settings = settings
        self.journal: JournalView | None = None
        self._cover: CoverPage | None = None
        self.tray: Tray | None = None  # the session's (ui/tray.py)
        self.keep_in_tray = False  # set by the tray icon while it shows
        self._quitting = False
        # The title never shows journal content: the screen may be shared.
        self.setWindowTitle("coachdesk")
        self.setWindowIcon(QIcon(str(resources_dir() / "icons" / "coachdesk.svg")))
        self.setCentralWidget(self._opening_page())
        enter_presses_buttons(self)
        # Ctrl+Q before the journal is open (or while it is locked); the journal view brings
        # its own, with the rest of its menus.
        self._quit = QAction(self.tr("Quit"), self)
        self._quit.setShortcuts([QKeySequence(k) for k in keys_for("quit")])
        self._quit.triggered.connect(self.quit_for_real)
        self.addAction(self._quit)
        if not settings.window_geometry.isEmpty():
            self.restoreGeometry(settings.window_geometry)
        else:
            self.resize(GRID * 150, GRID * 100)

    def _opening_page(self) -> QWidget:
        # Centred by stretches rather than Qt.AlignmentFlag: touching the Qt namespace
        # costs ~25 ms, and this page is what start-up waits for.
        page = QWidget(self)
        label = QLabel(self.tr("Opening your journal…"), page)
        label.setForegroundRole(QPalette.ColorRole.PlaceholderText)  # soft, without the sheet
        across = QHBoxLayout()
        across.addStretch(1)
        across.addWidget(label)
        across.addStretch(1)
        column = QVBoxLayout(page)
        column.addStretch(1)
        column.addLayout(across)
        column.addStretch(1)
        return page

    def hold(self, journal: JournalView) -> None:
        """Show the journal view; its menus become the window's."""
        self.menuBar().clear()
        self._cover = None
        self.setCentralWidget(journal)
        journal.show()  # it may come back from behind a cover, hidden
        self.journal = journal
        self._quit.setEnabled(False)  # one Ctrl+Q at a time, or neither works
        journal.build_menus(self.menuBar())
        journal.take_focus()

    def cover(self, page: CoverPage) -> JournalView | None:
        """A coaching session: the journal view leaves the window (kept, hidden, its menus
        gone) and `page` takes its place. Returns the view, to be held again afterwards."""
        self.menuBar().clear()
        journal, self.journal = self.journal, None
        if journal is not None:
            self.takeCentralWidget()
            journal.hide()
            journal.setParent(None)  # a hidden window of its own until the session ends
        self._cover = page
        self.setCentralWidget(page)
        self._quit.setEnabled(True)
        page.setFocus()
        return journal

    def show_locked(self, page: QWidget) -> None:
        """Nothing of the journal stays: its view (and menus) go, the unlock page comes."""
        self.menuBar().clear()
        self.journal = None
        self._cover = None
        self.setCentralWidget(page)  # deletes the journal view, its models and widgets
        self._quit.setEnabled(True)
        page.setFocus()

    def quit_for_real(self) -> None:
        """Ctrl+Q and the tray's Quit: close, also with the tray icon on."""
        self._quitting = True
        try:
            if self.close():
                QCoreApplication.quit()  # hidden windows of a tray app do not end it
        finally:
            self._quitting = False

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.keep_in_tray and not self._quitting:
            # The window goes; the journal stays open (and locks when idle, as ever).
            event.ignore()
            self.hide()
            self.hidden_to_tray.emit()
            return
        if self._cover is not None:
            # The coach view is open: closing ends the session first (notes kept, summary).
            event.ignore()
            self._cover.end_requested.emit()
            return
        if self.journal is not None:
            if not self.journal.can_close():
                event.ignore()
                return
            self.journal.shut_down()
        self._settings.window_geometry = self.saveGeometry()
        self._settings.sync()
        event.accept()
