"""Screen-capture exclusion: a real call on Windows, nothing at all elsewhere."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from coachdesk.ui.coaching_hour import capture


def test_off_windows_it_does_nothing_and_says_so(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "platform", "linux")

    def no_user32() -> None:
        raise AssertionError("user32 must not be loaded off Windows")

    monkeypatch.setattr(capture, "_user32", no_user32)
    window = QWidget()
    qtbot.addWidget(window)

    assert capture.exclude_from_capture(window, True) is False
    # Not even a native window was made for it.
    assert not window.testAttribute(Qt.WidgetAttribute.WA_WState_Created)


class FakeUser32:
    def __init__(self, result: int) -> None:
        self.calls: list[tuple[int, int]] = []
        self.result = result

    def SetWindowDisplayAffinity(self, hwnd: int, affinity: int) -> int:  # noqa: N802
        self.calls.append((hwnd, affinity))
        return self.result


@pytest.mark.parametrize("result", [1, 0])
def test_on_windows_it_sets_the_display_affinity_of_that_window(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, result: int
) -> None:
    monkeypatch.setattr(sys, "platform", "win32")
    user32 = FakeUser32(result)
    monkeypatch.setattr(capture, "_user32", lambda: user32)
    window = QWidget()
    qtbot.addWidget(window)

    assert capture.exclude_from_capture(window, True) is bool(result)
    capture.exclude_from_capture(window, False)

    handle = int(window.winId())
    assert user32.calls == [
        (handle, capture.WDA_EXCLUDEFROMCAPTURE),
        (handle, capture.WDA_NONE),
    ]
