"""The window's own commands: settings, text size, the shortcut list, About, Quit. They
change how the window looks (and when reminders come), never the journal."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Slot
from PySide6.QtWidgets import QWidget

from coachdesk.reminders import install, schedule
from coachdesk.settings import Settings
from coachdesk.ui.about_dialog import AboutDialog
from coachdesk.ui.common.dialogs import ShortcutsDialog
from coachdesk.ui.common.theme import TEXT_SCALES
from coachdesk.ui.main_window import MainWindow
from coachdesk.ui.settings_dialog import Choices, SettingsDialog


class WindowCommands(QObject):
    """Settings and looks; `looks_changed` is called when the window must be built again."""

    def __init__(
        self,
        view: QWidget,
        settings: Settings,
        looks_changed: Callable[[], None],
        say: Callable[[str], None],
        journal: Path | None = None,
    ) -> None:
        super().__init__(view)
        self._view = view
        self._settings = settings
        self._looks_changed = looks_changed
        self._say = say
        # What reminders look at; None (in memory, the demo): no reminders are installed.
        self.journal = journal
        # Where reminders are installed and how the scheduler is told (tests replace both).
        self.reminder_places = install.Places.of()
        self.run_program: install.Run = install.run_program

    @Slot()
    def open_settings(self) -> None:
        """Journal → Settings: the look, the language, the auto-lock time, the curtain key."""
        s = self._settings
        current = Choices(
            s.auto_lock_minutes,
            s.curtain_key,
            s.appearance,
            s.language,
            s.follow_ups,
            tuple(s.reminders),
            s.quiet_after_writing,
            s.tray,
        )
        chosen = SettingsDialog.ask(self._view, current)
        if chosen is None or chosen == current:
            return
        s.auto_lock_minutes = chosen.auto_lock_minutes
        s.curtain_key = chosen.curtain_key
        s.appearance = chosen.appearance
        s.language = chosen.language
        s.follow_ups = chosen.follow_ups  # from the next question set walked
        s.quiet_after_writing = chosen.quiet_after_writing  # read by each `coachdesk remind`
        s.tray = chosen.tray
        window = self._view.window()
        if isinstance(window, MainWindow) and window.tray is not None:
            window.tray.apply(chosen.tray)
        if chosen.reminders != current.reminders:
            self._set_reminders(chosen.reminders)
            return
        if (chosen.appearance, chosen.language) != (current.appearance, current.language):
            self._looks_changed()  # the view is built again in the new look
            return
        self._say(self.tr("Settings saved; the lock time applies from the next unlock."))

    def _set_reminders(self, times: tuple[str, ...]) -> None:
        """Install the reminders at these times, or remove them (()), and say what happened."""
        if not times:
            install.uninstall(self.reminder_places, self.run_program)
            self._settings.reminders = []
            self._say(self.tr("Settings saved; reminders are off."))
            return
        if self.journal is None:
            self._say(self.tr("Settings saved; this journal gets no reminders."))
            return
        try:
            done = install.install(
                schedule.parse_times(list(times)),
                self.journal,
                self.reminder_places,
                self.run_program,
            )
        except OSError:
            self._say(self.tr("Settings saved, but the reminders could not be set up here."))
            return
        self._settings.reminders = list(times)
        if done.how == "autostart":
            self._say(self.tr("Settings saved; you are reminded when you log in."))
        else:
            self._say(self.tr("Settings saved; reminders are on."))

    @Slot()
    def larger_text(self) -> None:
        """Ctrl+Plus: larger text everywhere (remembered)."""
        self._step_text(+1)

    @Slot()
    def smaller_text(self) -> None:
        """Ctrl+Minus: smaller text everywhere (remembered)."""
        self._step_text(-1)

    @Slot()
    def normal_text(self) -> None:
        """Ctrl+0: the desktop's text size."""
        if self._settings.text_scale != 1.0:
            self._settings.text_scale = 1.0
            self._looks_changed()

    def _step_text(self, step: int) -> None:
        scales = TEXT_SCALES
        now = min(range(len(scales)), key=lambda i: abs(scales[i] - self._settings.text_scale))
        chosen = scales[max(0, min(len(scales) - 1, now + step))]
        if chosen != self._settings.text_scale:
            self._settings.text_scale = chosen
            self._looks_changed()

    @Slot()
    def show_shortcuts(self) -> None:
        """F1: every shortcut, read from the actions themselves."""
        ShortcutsDialog.ask(self._view, [a for a in self._view.actions() if a.shortcut()])

    @Slot()
    def show_about(self) -> None:
        """Help → About: the version, the privacy promise and the licence."""
        AboutDialog.ask(self._view)

    @Slot()
    def quit_app(self) -> None:
        """Ctrl+Q: quit, also when the tray icon would keep coachdesk running."""
        window = self._view.window()
        if isinstance(window, MainWindow):
            window.quit_for_real()
        else:
            window.close()
