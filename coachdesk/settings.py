"""Typed settings over QSettings; every default lives here."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

from coachdesk import APP_NAME
from coachdesk.ui.common.shortcuts import keys_for

DEFAULT_AUTO_LOCK_MINUTES = 10
# F9 (macOS: Cmd+., as F9 needs fn there).
DEFAULT_CURTAIN_KEY = keys_for("curtain")[0]
RECENT_JOURNALS = 8  # how many journals Journal → Recent journals offers


@dataclass(frozen=True)
class RecentJournal:
    """A journal opened lately: where it is, and how its window was (never what it holds)."""

    path: Path
    geometry: QByteArray = QByteArray()  # the window's size and place
    splitter: QByteArray = QByteArray()  # how wide its timeline was


def _same_place(path: Path) -> Path:
    # ~ and .. spelled out, links followed: one journal is one entry however it was named.
    return path.expanduser().resolve()


class Settings:
    """What coachdesk remembers between runs (never journal content)."""

    def __init__(self, store: QSettings) -> None:
        self._store = store

    @classmethod
    def of_user(cls) -> Settings:
        """The per-user settings (e.g. ~/.config/coachdesk/coachdesk.ini), shared by the
        window and the command line."""
        scope = QSettings.Scope.UserScope
        return cls(QSettings(QSettings.Format.IniFormat, scope, APP_NAME, APP_NAME))

    def _bytes(self, key: str) -> QByteArray:
        value = self._store.value(key, QByteArray())
        return value if isinstance(value, QByteArray) else QByteArray()

    def _flag(self, key: str, default: bool) -> bool:
        # An INI file gives back "true"/"false" as text.
        return self._store.value(key, default) not in (False, "false", "0", 0)

    @property
    def window_geometry(self) -> QByteArray:
        """The main window's size and place."""
        return self._bytes("window/geometry")

    @window_geometry.setter
    def window_geometry(self, value: QByteArray) -> None:
        self._store.setValue("window/geometry", value)

    @property
    def splitter_state(self) -> QByteArray:
        """How wide the timeline is."""
        return self._bytes("window/splitter")

    @splitter_state.setter
    def splitter_state(self, value: QByteArray) -> None:
        self._store.setValue("window/splitter", value)

    @property
    def auto_lock_minutes(self) -> int:
        """Lock an encrypted journal after this many idle minutes; 0 never."""
        value = self._store.value("privacy/auto_lock_minutes", DEFAULT_AUTO_LOCK_MINUTES)
        try:
            return max(0, int(str(value)))
        except (TypeError, ValueError):
            return DEFAULT_AUTO_LOCK_MINUTES

    @auto_lock_minutes.setter
    def auto_lock_minutes(self, minutes: int) -> None:
        self._store.setValue("privacy/auto_lock_minutes", minutes)

    @property
    def curtain_key(self) -> str:
        """The one key that blanks the coach view (portable text, as QKeySequence writes it)."""
        value = self._store.value("coaching/curtain_key", DEFAULT_CURTAIN_KEY)
        return str(value) if isinstance(value, str) and value.strip() else DEFAULT_CURTAIN_KEY

    @curtain_key.setter
    def curtain_key(self, key: str) -> None:
        self._store.setValue("coaching/curtain_key", key)

    @property
    def follow_ups(self) -> bool:
        """Ask a follow-up question when an answer calls for one (coaching/listening.py)."""
        return self._flag("coaching/follow_ups", True)

    @follow_ups.setter
    def follow_ups(self, on: bool) -> None:
        self._store.setValue("coaching/follow_ups", on)

    @property
    def appearance(self) -> str:
        """ "system", "light", "dark" or "high-contrast" (ui.theme.Appearance)."""
        value = self._store.value("looks/appearance", "system")
        return str(value) if isinstance(value, str) else "system"

    @appearance.setter
    def appearance(self, value: str) -> None:
        self._store.setValue("looks/appearance", value)

    @property
    def text_scale(self) -> float:
        """How much larger than the desktop's the text is (Ctrl+Plus / Ctrl+Minus)."""
        try:
            return min(2.0, max(0.75, float(str(self._store.value("looks/text_scale", 1.0)))))
        except ValueError:
            return 1.0

    @text_scale.setter
    def text_scale(self, value: float) -> None:
        self._store.setValue("looks/text_scale", value)

    @property
    def language(self) -> str:
        """ "system" (follow the desktop) or a language code such as "nl" or "en"."""
        value = self._store.value("looks/language", "system")
        return str(value) if isinstance(value, str) and value else "system"

    @language.setter
    def language(self, value: str) -> None:
        self._store.setValue("looks/language", value)

    @property
    def reminders(self) -> list[str]:
        """The reminder times installed (`coachdesk reminders`), e.g. ["fri 15:00"]; [] off."""
        value = self._store.value("reminders/times", "")
        text = value if isinstance(value, str) else ""
        return [spec.strip() for spec in text.split(";") if spec.strip()]

    @reminders.setter
    def reminders(self, times: list[str]) -> None:
        self._store.setValue("reminders/times", "; ".join(times))

    @property
    def quiet_after_writing(self) -> bool:
        """No reminder on a day the user already wrote (off unless chosen)."""
        return self._flag("reminders/quiet-after-writing", False)

    @quiet_after_writing.setter
    def quiet_after_writing(self, on: bool) -> None:
        self._store.setValue("reminders/quiet-after-writing", on)

    @property
    def tray(self) -> bool:
        """A tray icon, and closing the window keeps coachdesk running (off unless chosen)."""
        return self._flag("tray/on", False)

    @tray.setter
    def tray(self, on: bool) -> None:
        self._store.setValue("tray/on", on)

    @property
    def told_about_tray(self) -> bool:
        """The user was told once that closing the window keeps coachdesk in the tray."""
        return self._flag("tray/told", False)

    @told_about_tray.setter
    def told_about_tray(self, told: bool) -> None:
        self._store.setValue("tray/told", told)

    # Several journals (session/switching.py) ---------------------------------------------

    @property
    def recent_journals(self) -> list[RecentJournal]:
        """The journals opened lately, the last one first: paths and window state only."""
        found: list[RecentJournal] = []
        size = self._store.beginReadArray("journals")
        for i in range(size):
            self._store.setArrayIndex(i)
            path = self._store.value("path", "")
            if isinstance(path, str) and path:
                geometry, splitter = self._bytes("geometry"), self._bytes("splitter")
                found.append(RecentJournal(Path(path), geometry, splitter))
        self._store.endArray()
        return found

    def _keep_journals(self, journals: list[RecentJournal]) -> None:
        self._store.remove("journals")
        self._store.beginWriteArray("journals", len(journals))
        for i, journal in enumerate(journals[:RECENT_JOURNALS]):
            self._store.setArrayIndex(i)
            self._store.setValue("path", str(journal.path))
            self._store.setValue("geometry", journal.geometry)
            self._store.setValue("splitter", journal.splitter)
        self._store.endArray()

    def recent_journal(self, path: Path) -> RecentJournal | None:
        """The entry of the journal at `path`, if it was opened lately."""
        place = _same_place(path)
        return next((j for j in self.recent_journals if _same_place(j.path) == place), None)

    def remember_journal(self, path: Path) -> None:
        """The journal at `path` was opened: first in the list, its window state kept."""
        place = _same_place(path)
        known = self.recent_journal(path) or RecentJournal(place)
        others = [j for j in self.recent_journals if _same_place(j.path) != place]
        self._keep_journals([RecentJournal(place, known.geometry, known.splitter), *others])

    def keep_journal_window(self, path: Path, geometry: QByteArray, splitter: QByteArray) -> None:
        """How the window of the journal at `path` was when it closed (if it is listed)."""
        place = _same_place(path)
        self._keep_journals(
            [
                RecentJournal(j.path, geometry, splitter) if _same_place(j.path) == place else j
                for j in self.recent_journals
            ]
        )

    def forget_journal(self, path: Path | None = None) -> None:
        """Take the journal at `path` off the recent list (None: every journal)."""
        place = None if path is None else _same_place(path)
        kept = [
            j for j in self.recent_journals if place is not None and _same_place(j.path) != place
        ]
        self._keep_journals(kept)

    def sync(self) -> None:
        """Write to disk now."""
        self._store.sync()

    def copied_to(self, file: Path) -> Settings:
        """These settings in another file, to be changed without touching these (the demo:
        it starts in your language and looks, and keeps its own changes to itself)."""
        copy = QSettings(str(file), QSettings.Format.IniFormat)
        for key in self._store.allKeys():
            copy.setValue(key, self._store.value(key))
        return Settings(copy)
