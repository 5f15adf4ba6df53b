"""Driving windows with the keyboard only, the way a user without a mouse would."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot


def focused(qtbot: QtBot | None = None) -> QWidget:
    """The widget that has keyboard focus (after a closing dialog hands it back)."""
    if qtbot is not None:
        qtbot.waitUntil(lambda: QApplication.focusWidget() is not None, timeout=2000)
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has keyboard focus"
    return widget


def press(
    qtbot: QtBot, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
) -> None:
    """One key (with a modifier) to whatever has focus."""
    qtbot.keyClick(focused(qtbot), key, modifier)


def type_text(qtbot: QtBot, text: str) -> None:
    """Type into the focused widget. ASCII goes through QTest; other characters are sent as
    key events carrying their text, because QTest.keyClicks aborts on non-ASCII (DESIGN.md)."""
    for char in text:
        widget = focused(qtbot)
        if char.isascii() and char.isprintable():
            qtbot.keyClicks(widget, char)
        elif char == "\n":
            qtbot.keyClick(widget, Qt.Key.Key_Return)
        else:
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                event = QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char)
                QApplication.sendEvent(widget, event)


def on_next_dialog(action: Callable[[QWidget], None]) -> None:
    """Run `action` on the next modal dialog, once it is open (its exec() blocks the test)."""

    def attempt() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None or not dialog.isActiveWindow():
            QTimer.singleShot(10, attempt)
            return
        try:
            action(dialog)
        except BaseException:
            dialog.close()  # never leave the test blocked in exec()
            raise

    QTimer.singleShot(0, attempt)
