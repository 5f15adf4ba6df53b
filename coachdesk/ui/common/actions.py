"""Actions as a table: text, keys, menu and when each one applies, in one place."""

from __future__ import annotations

import enum
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenuBar, QWidget


class When(enum.Enum):
    """Which screen an action belongs to (it is disabled elsewhere)."""

    ALWAYS = "always"
    NOT_GUIDED = "not guided"  # the journal, This week, insights, stories
    SELECTED = "selected"  # the journal, with a reflection on show
    GUIDED = "guided"  # answering questions
    ASIDE = "aside"  # This week, insights, stories: not the journal itself


@dataclass(frozen=True)
class ActionSpec:
    """One row of the table."""

    name: str
    text: str
    keys: tuple[str, ...]
    slot: Callable[[], object]
    menu: str
    when: When = When.NOT_GUIDED
    writes: bool = False  # off while the journal is open read-only
    # Where macOS puts it: Quit, Settings and About go to the application menu by this
    # role, never by Qt's guess from the (translated) text; everything else stays put.
    role: QAction.MenuRole = QAction.MenuRole.NoRole


class ActionTable:
    """The QActions of a window, made from specs; shortcuts work anywhere in the window."""

    def __init__(self, owner: QWidget, specs: list[ActionSpec]) -> None:
        self._specs = specs
        self.by_name: dict[str, QAction] = {}
        for spec in specs:
            action = QAction(spec.text, owner)
            action.setShortcuts([QKeySequence(k) for k in spec.keys])
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            action.setMenuRole(spec.role)
            action.triggered.connect(spec.slot)
            owner.addAction(action)
            self.by_name[spec.name] = action

    def __getitem__(self, name: str) -> QAction:
        return self.by_name[name]

    def build_menus(self, bar: QMenuBar, titles: dict[str, str]) -> None:
        """One menu per title, in order, with its actions in table order."""
        for key, title in titles.items():
            menu = bar.addMenu(title)
            for spec in self._specs:
                if spec.menu == key:
                    menu.addAction(self.by_name[spec.name])

    def update(self, guided: bool, aside: bool, selected: bool, read_only: bool = False) -> None:
        """Enable exactly the actions that apply to the screen on show (and to a journal
        that can only be read)."""
        for spec in self._specs:
            enabled = {
                When.ALWAYS: True,
                When.NOT_GUIDED: not guided,
                When.SELECTED: not guided and not aside and selected,
                When.GUIDED: guided,
                When.ASIDE: aside,
            }[spec.when]
            self.by_name[spec.name].setEnabled(enabled and not (read_only and spec.writes))
