"""Typed settings over QSettings; every default lives here."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings


class Settings:
    """What coachdesk remembers between runs (never journal content)."""

    def __init__(self, store: QSettings) -> None:
        self._store = store

    def _bytes(self, key: str) -> QByteArray:
        value = self._store.value(key, QByteArray())
        return value if isinstance(value, QByteArray) else QByteArray()

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

    def sync(self) -> None:
        """Write to disk now."""
        self._store.sync()
