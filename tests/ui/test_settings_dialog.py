"""Settings: the curtain key changes only on purpose; focus and Tab follow the screen."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QDialog, QWidget
from pytestqt.qtbot import QtBot

from coachdesk.settings import DEFAULT_CURTAIN_KEY
from coachdesk.ui.key_capture import KeyCaptureDialog, keys_in_use
from coachdesk.ui.settings_dialog import Choices, SettingsDialog
from tests.platforms import native
from tests.ui.conftest import OpenWindow
from tests.ui.keyboard import focused, on_next_dialog

Key = Qt.Key
NO = Qt.KeyboardModifier.NoModifier
CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
CURRENT = Choices(5, "F9", "light", "en")


def shown(qtbot: QtBot, parent: QWidget | None = None) -> SettingsDialog:
    dialog = SettingsDialog(CURRENT, parent)
    if parent is None:
        qtbot.addWidget(dialog)
    with qtbot.waitActive(dialog):
        dialog.show()
    return dialog


def capture(qtbot: QtBot) -> KeyCaptureDialog:
    """Listening, with the keys in use as without a window: the coach view's."""
    dialog = KeyCaptureDialog(keys_in_use(None))
    qtbot.addWidget(dialog)
    with qtbot.waitActive(dialog):
        dialog.show()
    return dialog


def tab_stops(qtbot: QtBot, dialog: QWidget) -> list[QWidget]:
    """The widgets Tab visits, from the one focused first, once round."""
    stops = [focused(qtbot)]
    for _ in range(20):
        qtbot.keyClick(stops[-1], Key.Key_Tab)
        now = focused(qtbot)
        if now is stops[0]:
            return stops
        stops.append(now)
    raise AssertionError("Tab never came round")


def test_focus_starts_on_the_first_row(qtbot: QtBot) -> None:
    dialog = shown(qtbot)
    assert focused(qtbot) is dialog.appearance


def test_tab_follows_the_screen_top_to_bottom(qtbot: QtBot) -> None:
    dialog = shown(qtbot)
    stops = tab_stops(qtbot, dialog)
    places = [
        (w.mapTo(dialog, w.rect().center()).y(), w.mapTo(dialog, w.rect().topLeft()).x())
        for w in stops
    ]
    rows = [(y // 16, x) for y, x in places]  # one row: a few pixels either way
    assert rows == sorted(rows), [w.accessibleName() for w in stops]
    names = [w.accessibleName() for w in stops]
    assert names[:5] == [
        "Appearance",
        "Language",
        "Lock after",
        "Change the curtain key",
        "Ask a follow-up question when an answer calls for one",
    ]


def test_follow_ups_can_be_switched_off_and_the_journal_walks_without_them(
    qtbot: QtBot,
) -> None:
    dialog = shown(qtbot)
    assert dialog.follow_ups.isChecked()  # on unless switched off
    assert "too expensive" in dialog.follow_ups.accessibleDescription()
    qtbot.keyClick(dialog.follow_ups, Key.Key_Space)
    assert dialog.choices() == replace(CURRENT, follow_ups=False)


@pytest.mark.parametrize(
    ("key", "modifier"),
    [
        (Key.Key_Down, NO),
        (Key.Key_Up, NO),
        (Key.Key_Right, NO),
        (Key.Key_Comma, CTRL),  # the key that opened Settings, still held
        (Key.Key_F8, NO),
        (Key.Key_Backspace, NO),
    ],
)
def test_keys_pressed_while_moving_through_settings_leave_the_curtain_key(
    qtbot: QtBot, key: Qt.Key, modifier: Qt.KeyboardModifier
) -> None:
    dialog = shown(qtbot)
    for stop in tab_stops(qtbot, dialog):
        stop.setFocus()
        qtbot.keyClick(stop, key, modifier)
    assert dialog.choices().curtain_key == "F9"


def test_esc_closes_settings_wherever_the_focus_is(qtbot: QtBot) -> None:
    count = len(tab_stops(qtbot, shown(qtbot)))
    for tabs in range(count):
        dialog = shown(qtbot)
        for _ in range(tabs):
            qtbot.keyClick(focused(qtbot), Key.Key_Tab)
        qtbot.keyClick(focused(qtbot), Key.Key_Escape)
        assert dialog.result() == QDialog.DialogCode.Rejected and not dialog.isVisible(), tabs
        assert dialog.choices().curtain_key == "F9"


def test_the_key_changes_only_through_change(qtbot: QtBot) -> None:
    dialog = shown(qtbot)
    assert dialog.curtain.text() == "F9"

    def press_down_then_f8(capturing: QWidget) -> None:
        assert isinstance(capturing, KeyCaptureDialog)
        qtbot.keyClick(capturing, Key.Key_Down)
        assert capturing.isVisible() and "Down" in capturing.problem.text()  # still listening
        qtbot.keyClick(capturing, Key.Key_F8)

    on_next_dialog(press_down_then_f8)
    qtbot.mouseClick(dialog.change_key, Qt.MouseButton.LeftButton)
    assert dialog.curtain.text() == "F8"
    assert dialog.change_key.accessibleDescription() == "The curtain key is now F8."
    assert dialog.choices().curtain_key == "F8"


def test_esc_while_listening_keeps_the_key_and_settings_open(qtbot: QtBot) -> None:
    dialog = shown(qtbot)
    on_next_dialog(lambda capturing: qtbot.keyClick(capturing, Key.Key_Escape))
    dialog.change_key.click()
    assert dialog.isVisible()
    assert dialog.choices().curtain_key == "F9"


@pytest.mark.parametrize(
    ("key", "modifier", "why"),
    [
        (Key.Key_Down, NO, "Down moves around in lists and text."),
        (Key.Key_Left, Qt.KeyboardModifier.AltModifier, "moves around"),
        (Key.Key_Tab, NO, "Tab moves between fields."),
        (Key.Key_Backtab, SHIFT, "moves between fields."),
        (Key.Key_Return, NO, "Return presses buttons and confirms."),
        (Key.Key_Enter, Qt.KeyboardModifier.KeypadModifier, "Enter presses buttons"),
        (Key.Key_Return, CTRL, "presses buttons"),
        (Key.Key_Space, NO, "Space types a space"),
        (Key.Key_Escape, SHIFT, "kept for closing"),
        (Key.Key_A, NO, "A is needed for typing."),
        (Key.Key_C, CTRL, f"{native('Ctrl+C')} is needed for editing text."),
        (Key.Key_PageDown, NO, "moves around"),
        (Key.Key_Delete, NO, "editing text"),
        (
            Key.Key_H,
            CTRL | SHIFT,
            f"{native('Ctrl+Shift+H')} already has another use in coachdesk.",
        ),
    ],
)
def test_a_refused_key_says_why_and_keeps_listening(
    qtbot: QtBot, key: Qt.Key, modifier: Qt.KeyboardModifier, why: str
) -> None:
    dialog = capture(qtbot)
    qtbot.keyClick(dialog, key, modifier)
    assert dialog.isVisible() and dialog.result() != QDialog.DialogCode.Accepted
    assert why in dialog.problem.text()
    assert dialog.problem.text().endswith("Press another key.")
    assert dialog.key == ""


def test_a_bare_modifier_waits_for_the_rest_of_the_combination(qtbot: QtBot) -> None:
    dialog = capture(qtbot)
    for modifier in (Key.Key_Shift, Key.Key_Control, Key.Key_Alt, Key.Key_Meta):
        qtbot.keyClick(dialog, modifier)
    assert dialog.isVisible() and dialog.problem.text() == ""
    qtbot.keyClick(dialog, Key.Key_P, CTRL | SHIFT)
    assert dialog.result() == QDialog.DialogCode.Accepted and dialog.key == "Ctrl+Shift+P"


@pytest.mark.parametrize(
    ("key", "spelled"), [(Key.Key_F8, "F8"), (Key.Key_F9, "F9"), (Key.Key_F12, "F12")]
)
def test_a_free_key_is_taken_and_the_current_one_kept(
    qtbot: QtBot, key: Qt.Key, spelled: str
) -> None:
    dialog = capture(qtbot)
    qtbot.keyClick(dialog, key)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.key == spelled


def test_esc_cancels_listening(qtbot: QtBot) -> None:
    dialog = capture(qtbot)
    qtbot.keyClick(dialog, Key.Key_Escape)
    assert dialog.result() == QDialog.DialogCode.Rejected and dialog.key == ""


def test_the_windows_own_shortcuts_are_refused_by_name(
    qtbot: QtBot, open_window: OpenWindow
) -> None:
    view = open_window()
    dialog = shown(qtbot, view)
    refused: list[str] = []

    def press(keys: list[tuple[Qt.Key, Qt.KeyboardModifier]]) -> Callable[[QWidget], None]:
        def run(capturing: QWidget) -> None:
            assert isinstance(capturing, KeyCaptureDialog)
            for key, modifier in keys:
                qtbot.keyClick(capturing, key, modifier)
                refused.append(capturing.problem.text())
            qtbot.keyClick(capturing, Key.Key_Escape)

        return run

    on_next_dialog(
        press([(Key.Key_Comma, CTRL), (Key.Key_N, CTRL), (Key.Key_F1, NO), (Key.Key_F2, NO)])
    )
    dialog.change_key.click()
    assert refused == [
        f"{native('Ctrl+,')} is already the key for “Settings”. Press another key.",
        f"{native('Ctrl+N')} is already the key for “New reflection”. Press another key.",
        "F1 is already the key for “Keyboard shortcuts”. Press another key.",
        "F2 is already the key for “Continue or edit”. Press another key.",
    ]
    assert dialog.choices().curtain_key == DEFAULT_CURTAIN_KEY  # F9; Cmd+. on a Mac
    dialog.reject()


def test_settings_from_the_journal_window_open_on_the_first_row(
    qtbot: QtBot, open_window: OpenWindow
) -> None:
    view = open_window()
    seen: list[QWidget | None] = []

    def look(dialog: QWidget) -> None:
        seen.append(QApplication.focusWidget())
        dialog.close()

    on_next_dialog(look)
    view.window_commands.open_settings()
    (first,) = seen
    assert isinstance(first, QComboBox) and first.accessibleName() == "Appearance"


@pytest.mark.parametrize("saved", ["Down", "Tab", "Return", "Space", "a", "", "Ctrl+K, Ctrl+L"])
def test_a_curtain_key_recorded_by_the_old_bug_falls_back_to_f9(saved: str) -> None:
    from coachdesk.ui.key_capture import usable_or_default

    assert usable_or_default(saved) == DEFAULT_CURTAIN_KEY


@pytest.mark.parametrize("saved", ["F9", "F8", "Ctrl+Shift+B"])
def test_a_curtain_key_chosen_on_purpose_is_kept(saved: str) -> None:
    from coachdesk.ui.key_capture import usable_or_default

    assert usable_or_default(saved) == saved


def test_the_lock_time_says_minute_or_minutes_as_the_number_wants(
    qtbot: QtBot, qapp: QApplication, tmp_path: object
) -> None:
    from pathlib import Path

    from coachdesk.i18n import install_translations

    assert install_translations(qapp, "en")  # English plural forms, as the app loads them
    try:
        dialog = SettingsDialog(Choices(1, "F9", "system", "system"))
        qtbot.addWidget(dialog)
        assert dialog.minutes.text() == "1 minute"
        dialog.minutes.setValue(10)
        assert dialog.minutes.text() == "10 minutes"
    finally:
        install_translations(qapp, "en", Path(str(tmp_path)) / "none")  # none, as before
