"""The keys of every shortcut, asked of their one place for each system: DESIGN.md's on Linux
and Windows, and on macOS none that the Mac takes for itself or gives another meaning."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest
from PySide6.QtGui import QAction, QKeySequence

from coachdesk.ui.common.shortcuts import STANDARD, key_text, shortcut_keys
from coachdesk.ui.journal.journal_actions import SessionCommands, journal_actions
from tests.ui.conftest import OpenWindow

ROOT = Path(__file__).resolve().parents[2]
PORTABLE = QKeySequence.SequenceFormat.PortableText
DESIGN_KEYS = {
    "new": "Ctrl+N",
    "next": "Ctrl+Enter",
    "previous": "Alt+Left",
    "search": "Ctrl+F",
    "check_in": "Ctrl+K",
    "insights": "Ctrl+I",
    "export_pdf": "Ctrl+E",
    "lock": "Ctrl+L",
    "coach_session": "Ctrl+Shift+S",
    "curtain": "F9",
    "shortcuts": "F1",
    "quit": "Ctrl+Q",
}
# What macOS does with these ("Ctrl" is Cmd, "Alt" is Option, "Meta" is Control).
TAKEN_ON_MACOS = {
    "Ctrl+H": "hides the app",
    "Ctrl+Alt+H": "hides the other apps",
    "Ctrl+M": "minimises the window",
    "Ctrl+Tab": "switches apps",
    "Ctrl+Space": "Spotlight",
    "Ctrl+Shift+3": "screenshot",
    "Ctrl+Shift+4": "screenshot",
    "Ctrl+Shift+5": "screenshot",
    "Ctrl+Shift+Y": "the Make New Sticky Note service",
    "Ctrl+?": "the Help menu's search",
    "Ctrl+Shift+/": "the Help menu's search",
    "Meta+Left": "switches desktops",
    "Meta+Right": "switches desktops",
    "Meta+Up": "Mission Control",
}
# On a Mac keyboard these need fn (or do not exist: PgUp, PgDown and Del are fn+arrows/⌫).
NEEDS_FN = re.compile(r"^(F\d+|Del|PgUp|PgDown|Home|End|Ins)$")


def one(key: str) -> str:
    return QKeySequence(key).toString(PORTABLE)


@pytest.mark.parametrize("platform", ["linux", "win32"])
def test_linux_and_windows_keep_the_keys_of_design_md(platform: str) -> None:
    keys = shortcut_keys(platform)
    assert keys == STANDARD
    for name, key in DESIGN_KEYS.items():
        assert keys[name][0] == key, name


@pytest.mark.parametrize("platform", ["linux", "win32", "darwin"])
def test_every_key_is_one_key_qt_can_read(platform: str) -> None:
    for name, keys in shortcut_keys(platform).items():
        assert keys, name
        for key in keys:
            sequence = QKeySequence(key)
            assert sequence.count() == 1 and one(key) == key, (name, key)


def test_on_macos_no_shortcut_is_a_key_the_system_takes() -> None:
    taken = {one(key): why for key, why in TAKEN_ON_MACOS.items()}
    for name, keys in shortcut_keys("darwin").items():
        for key in keys:
            assert one(key) not in taken, (name, key, taken.get(one(key)))


def test_on_macos_option_arrows_stay_word_jumps_in_the_answer() -> None:
    keys = shortcut_keys("darwin")
    for name in ("previous", "coach_previous_item", "coach_next_item", "coach_previous_question"):
        assert not [k for k in keys[name] if k.startswith("Alt+")], name
    assert keys["previous"][0] == "Ctrl+["  # Cmd+[: the Mac's Back


def test_on_macos_every_shortcut_works_without_fn() -> None:
    for name, keys in shortcut_keys("darwin").items():
        assert [k for k in keys if not NEEDS_FN.match(k)], (name, keys)
    assert shortcut_keys("darwin")["curtain"] == ("Ctrl+.",)


def test_macos_keeps_every_other_key() -> None:
    mac = shortcut_keys("darwin")
    changed = {name for name in STANDARD if mac[name] != STANDARD[name]}
    assert changed == {
        "open",
        "delete",
        "next",
        "coach_next_question",
        "this_week",
        "stories",
        "previous",
        "shortcuts",
        "coach_next_item",
        "coach_previous_item",
        "coach_previous_question",
        "curtain",
    }
    # next: the same two keys, Return (the Mac's main key) first for the hint.
    assert set(mac["next"]) == set(STANDARD["next"])


def test_the_macos_keys_do_not_collide_in_the_journal_window() -> None:
    mac = shortcut_keys("darwin")
    journal = [n for n in mac if not n.startswith("coach_") and n != "curtain"]
    # Esc and the previous/next pair each act on a screen of their own (When in the table).
    shared = {"Esc"}
    seen: dict[str, str] = {}
    for name in journal:
        for key in mac[name]:
            if key in shared:
                continue
            assert key not in seen, (key, name, seen.get(key))
            seen[key] = name


def test_the_window_takes_its_keys_from_the_table_for_the_system_asked(
    open_window: OpenWindow,
) -> None:
    view = open_window()
    mac = journal_actions(view, SessionCommands(), platform="darwin")
    here = view.actions_
    assert [one(s.toString(PORTABLE)) for s in mac["this_week"].shortcuts()] == ["Ctrl+Shift+H"]
    assert [s.toString(PORTABLE) for s in here["this_week"].shortcuts()] == ["Ctrl+H"]
    assert [s.toString(PORTABLE) for s in mac["previous"].shortcuts()] == ["Ctrl+["]
    for action in mac.by_name.values():
        view.removeAction(action)  # the second table only answered the question


def test_quit_settings_and_about_have_their_menu_roles_and_nothing_else_is_guessed(
    open_window: OpenWindow,
) -> None:
    view = open_window()
    roles = {name: action.menuRole() for name, action in view.actions_.by_name.items()}
    assert roles.pop("quit") == QAction.MenuRole.QuitRole
    assert roles.pop("settings") == QAction.MenuRole.PreferencesRole
    assert roles.pop("about") == QAction.MenuRole.AboutRole
    # TextHeuristicRole, Qt's default, would move any action whose (Dutch) text looks like
    # "Preferences", "About" or "Quit" into the application menu.
    assert set(roles.values()) == {QAction.MenuRole.NoRole}


def test_hints_are_written_as_the_system_writes_the_key(open_window: OpenWindow) -> None:
    view = open_window()
    native = QKeySequence.SequenceFormat.NativeText
    assert key_text("new") == QKeySequence("Ctrl+N").toString(native) == "Ctrl+N"
    assert key_text("next") == "Ctrl+Enter"  # what it said before, on Linux and Windows
    assert view.guided._keys.text() == "Ctrl+Enter next  ·  Alt+Left back  ·  Esc continue later"


def _translated_texts(path: Path) -> list[tuple[int, str]]:
    """The string literals handed to tr() or QCoreApplication.translate() in one module."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
            if node.func.attr in ("tr", "translate"):
                for arg in node.args:
                    if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                        found.append((node.lineno, arg.value))
    return found


def test_no_translated_text_spells_a_key_the_mac_writes_otherwise() -> None:
    spelled = re.compile(r"\b(Ctrl|Alt|Meta)\+|\b(F\d{1,2})\b")
    offenders = [
        f"{path.relative_to(ROOT)}:{line}: {text!r}"
        for path in sorted((ROOT / "coachdesk" / "ui").rglob("*.py"))
        for line, text in _translated_texts(path)
        if spelled.search(text)
    ]
    assert offenders == []
