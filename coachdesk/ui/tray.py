"""The tray icon (where the desktop has a tray, when chosen in Settings): coachdesk at hand
with its window closed — open it, write a quick note, check in, see This week, lock.

Its tooltip says how many things are due, never what; the menu is built each time it opens
from what the window holds, so a locked journal or a coaching hour offers nothing that shows
journal content (MainWindow.journal is None then): only Open and Quit.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from contextlib import suppress

from PySide6.QtCore import QObject, QTimer, Signal, Slot
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMenu, QSystemTrayIcon

from coachdesk.settings import Settings
from coachdesk.ui.common.shortcuts import keys_for
from coachdesk.ui.main_window import MainWindow

NATIVE = QKeySequence.SequenceFormat.NativeText
# How often the count of what is due is brought up to date while nothing else asks.
RECOUNT_MS = 5 * 60_000


class Tray(QObject):
    """The icon and its menu, for one window."""

    counted = Signal(object, object)  # (the store counted, how many are due or None)

    def __init__(self, window: MainWindow, settings: Settings, lock: Callable[[], None]) -> None:
        super().__init__(window)
        self._window = window
        self._settings = settings
        self._lock = lock
        self.icon = QSystemTrayIcon(window.windowIcon(), self)
        self.menu = QMenu(window)
        self.menu.setAccessibleName(self.tr("coachdesk in the tray"))
        self.menu.aboutToShow.connect(self._rebuild)
        self.icon.setContextMenu(self.menu)
        self.icon.activated.connect(self._on_icon_activated)
        self._recount = QTimer(self, interval=RECOUNT_MS)
        self._recount.timeout.connect(self.recount)
        self.counted.connect(self._show_count)  # from the counting thread: queued
        window.hidden_to_tray.connect(self._on_window_hidden_to_tray)
        self._rebuild()

    @staticmethod
    def available() -> bool:
        """True when this desktop shows tray icons."""
        return QSystemTrayIcon.isSystemTrayAvailable()

    def apply(self, on: bool) -> None:
        """Show or hide the icon; closing the window keeps coachdesk running only with it."""
        shown = on and self.available()
        self._window.keep_in_tray = shown
        self.icon.setVisible(shown)
        if shown:
            self.recount()
            self._recount.start()
        else:
            self._recount.stop()

    @Slot()
    def recount(self) -> None:
        """Bring the tooltip's count up to date: counted on a thread of its own with its own
        read connection (a journal of thirty untidied years takes ~0.2 s), shown when done."""
        journal = self._window.journal
        if journal is None:
            self._show_count(None, None)
            return
        store = journal.store

        def count() -> None:
            try:
                reader = store.reader()
                try:
                    n: int | None = len(reader.due_items())
                finally:
                    reader.close()
            except Exception:  # noqa: BLE001 — a count is a courtesy; the journal says the rest
                n = None
            with suppress(RuntimeError):  # the window went meanwhile
                self.counted.emit(store, n)

        if store.path is None:  # in memory (the demo's tests): no second connection
            self._show_count(store, len(store.due_items()))
            return
        threading.Thread(target=count, name="tray count", daemon=True).start()

    @Slot(object, object)
    def _show_count(self, store: object, n: int | None) -> None:
        journal = self._window.journal
        if store is not None and (journal is None or journal.store is not store):
            n = None  # counted for a journal locked or closed meanwhile
        if n:
            self.icon.setToolTip(self.tr("coachdesk · %n due", "", n))
        else:
            self.icon.setToolTip(self.tr("coachdesk"))

    @Slot()
    def _rebuild(self) -> None:
        self.menu.clear()
        self._add(self.tr("Open coachdesk"), self.bring_forward)
        journal = self._window.journal
        if journal is not None:
            self._add(self.tr("Quick note"), journal.reflection_commands.quick_note, True)
            self._add(self.tr("Check in…"), journal.loop_commands.check_in, True)
            self._add(self.tr("This week"), journal.show_this_week, True)
            if journal.store.encrypted:
                self._add(self.tr("Lock"), self._lock)
        self.menu.addSeparator()
        self._add(self.tr("Quit"), self._window.quit_for_real)
        self.recount()

    def _add(self, text: str, do: Callable[[], None], in_window: bool = False) -> None:
        """An item of the menu; `in_window`: the window comes forward first."""
        action = self.menu.addAction(text)
        if in_window:
            action.triggered.connect(self.bring_forward)
        action.triggered.connect(do)

    @Slot()
    def bring_forward(self) -> None:
        """The window, in front."""
        self._window.showNormal()
        self._window.raise_()
        self._window.activateWindow()

    @Slot(QSystemTrayIcon.ActivationReason)
    def _on_icon_activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason is QSystemTrayIcon.ActivationReason.Trigger:
            self.bring_forward()

    @Slot()
    def _on_window_hidden_to_tray(self) -> None:
        if self._settings.told_about_tray:
            return
        self._settings.told_about_tray = True
        self.icon.showMessage(
            self.tr("coachdesk is still here"),
            self.tr("It keeps running in the tray. Quit from the tray's menu or with %1.").replace(
                "%1", QKeySequence(keys_for("quit")[0]).toString(NATIVE)
            ),
            QSystemTrayIcon.MessageIcon.NoIcon,
        )
