"""Enter presses a focused button in the app's windows, as Space does.

Keys are sent to the window (QTest on its QWindow), the way a keyboard delivers them.
"""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QApplication,
    QLineEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)
from pytestqt.qtbot import QtBot

from coachdesk.settings import Settings
from coachdesk.ui.loop.loop_dialogs import TextPrompt
from coachdesk.ui.main_window import MainWindow
from tests.ui.conftest import OpenWindow
from tests.ui.keyboard import focused

Key = Qt.Key


def type_key(
    widget: QWidget,
    key: Qt.Key,
    modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier,
) -> None:
    """A key pressed and released on the window holding `widget`."""
    handle = widget.window().windowHandle()
    assert handle is not None
    QTest.keyClick(handle, key, modifier)


def test_enter_on_a_focused_done_button_in_this_week_asks_what_happened(
    qtbot: QtBot, open_window: OpenWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    view = open_window()
    view.store.add_commitment("Ask Jan who signs", date.today())
    asked: list[str] = []
    monkeypatch.setattr(TextPrompt, "ask", lambda parent, title, *rest: asked.append(title))
    view.show_this_week()
    (done,) = [
        b
        for b in view.this_week.findChildren(QPushButton)
        if b.accessibleName() == "Done: Ask Jan who signs"
    ]
    done.setFocus()
    for key in (Key.Key_Space, Key.Key_Return, Key.Key_Enter):
        assert focused(qtbot) is done
        type_key(view, key)
    assert asked == ["Done", "Done", "Done"]


def window_with(qtbot: QtBot, settings: Settings, *widgets: QWidget) -> MainWindow:
    window = MainWindow(settings)
    qtbot.addWidget(window)
    page = QWidget()
    column = QVBoxLayout(page)
    for widget in widgets:
        column.addWidget(widget)
    window.setCentralWidget(page)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    return window


def test_enter_on_a_plain_button_in_the_main_window_clicks_it(
    qtbot: QtBot, settings: Settings
) -> None:
    button, tool = QPushButton("Go"), QToolButton()
    window = window_with(qtbot, settings, button, tool)
    clicks: list[str] = []
    button.clicked.connect(lambda: clicks.append("button"))
    tool.clicked.connect(lambda: clicks.append("tool"))
    for widget in (button, tool):
        widget.setFocus()
        type_key(window, Key.Key_Return)
    assert clicks == ["button", "tool"]
    window.close()


def test_enter_leaves_fields_choices_and_modified_keys_alone(
    qtbot: QtBot, settings: Settings
) -> None:
    field, choice, button = QLineEdit(), QPushButton("4"), QPushButton("Go")
    choice.setCheckable(True)
    choice.setChecked(True)
    window = window_with(qtbot, settings, field, choice, button)
    clicks: list[bool] = []
    button.clicked.connect(lambda: clicks.append(True))
    entered: list[bool] = []
    field.returnPressed.connect(lambda: entered.append(True))
    field.setFocus()
    type_key(window, Key.Key_Return)
    choice.setFocus()
    type_key(window, Key.Key_Return)  # a picked answer is not unpicked by Enter
    button.setFocus()
    type_key(window, Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert entered == [True] and choice.isChecked() and clicks == []
    window.close()


def test_a_held_enter_clicks_once(qtbot: QtBot, settings: Settings) -> None:
    button = QPushButton("Go")
    window = window_with(qtbot, settings, button)
    clicks: list[bool] = []
    button.clicked.connect(lambda: clicks.append(True))
    button.setFocus()
    for repeated in (False, True, True, True):  # what a keyboard sends while the key is held
        press = QKeyEvent(
            QEvent.Type.KeyPress, Key.Key_Return, Qt.KeyboardModifier.NoModifier, "\r", repeated
        )
        handle = window.windowHandle()
        assert handle is not None
        QApplication.sendEvent(handle, press)
    assert clicks == [True]
    window.close()


def test_enter_on_a_line_edit_that_moves_the_focus_presses_nothing(
    qtbot: QtBot, settings: Settings
) -> None:
    field, button = QLineEdit(), QPushButton("Go")
    window = window_with(qtbot, settings, field, button)
    clicks: list[bool] = []
    button.clicked.connect(lambda: clicks.append(True))
    field.returnPressed.connect(button.setFocus)  # as the unlock page hands focus on
    field.setFocus()
    type_key(window, Key.Key_Return)
    assert button.hasFocus() and clicks == []


def test_enter_on_a_focused_button_of_the_coach_view_presses_it(
    qtbot: QtBot, open_window: OpenWindow
) -> None:
    from coachdesk.ui.coaching_hour.coach_view import CoachView  # loaded when a session starts

    view = open_window()
    coach = CoachView(view.store, (), lambda key, parent: QWidget(parent), 60)
    qtbot.addWidget(coach)
    with qtbot.waitActive(coach):
        coach.show()
        coach.activateWindow()
    (reflect,) = [b for b in coach.findChildren(QPushButton) if b.text().startswith("Reflect")]
    asked: list[bool] = []
    coach.reflect_requested.connect(lambda: asked.append(True))
    reflect.setFocus()
    type_key(coach, Key.Key_Return)
    assert asked == [True]
