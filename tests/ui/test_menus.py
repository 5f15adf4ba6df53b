"""Every command is in a menu, reachable from the keyboard: a shortcut, or a letter of its
own (Alt+letter) in a menu that also has a letter of its own."""

from __future__ import annotations

import re

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QTableWidget

from coachdesk.ui.common.dialogs import ShortcutsDialog
from tests.platforms import native
from tests.ui.conftest import OpenWindow

_MNEMONIC = re.compile(r"&([^&])")


def mnemonic(text: str) -> str | None:
    found = _MNEMONIC.search(text)
    return found.group(1).casefold() if found else None


def test_every_menu_and_command_has_its_own_letter_or_a_shortcut(
    open_window: OpenWindow,
) -> None:
    view = open_window()
    bar = view.window().menuBar()
    menus = [a.menu() for a in bar.actions() if isinstance(a.menu(), QMenu)]
    titles = [mnemonic(a.text()) for a in bar.actions()]
    assert None not in titles and len(set(titles)) == len(titles), titles
    in_menus: set[QAction] = set()
    for menu in menus:
        assert isinstance(menu, QMenu)
        letters: dict[str, str] = {}
        for action in menu.actions():
            if action.isSeparator():
                continue
            in_menus.add(action)
            letter = mnemonic(action.text())
            if letter is None:
                assert not action.shortcut().isEmpty(), action.text()
                continue
            assert letter not in letters, (menu.title(), action.text(), letters[letter])
            letters[letter] = action.text()
    missing = [a.text() for a in view.actions() if a not in in_menus]
    assert not missing  # no command only a shortcut knows about


def test_f1_lists_every_shortcut_of_the_window(open_window: OpenWindow) -> None:
    view = open_window()
    with_keys = [a for a in view.actions() if a.shortcut()]
    dialog = ShortcutsDialog(with_keys)
    grid = dialog.findChild(QTableWidget)
    assert grid is not None and grid.rowCount() == len(with_keys) >= 20
    listed = {grid.item(r, 1).text() for r in range(grid.rowCount())}
    assert native("Ctrl+Shift+S") in listed and native("Ctrl+L") in listed
    assert f"{native('Ctrl++')}, {native('Ctrl+=')}" in listed
    dialog.deleteLater()
