"""Screen-capture exclusion: a real, checked call on Windows (acted out here with a fake
user32), nothing at all elsewhere; the cover page says when the window is not left out."""

from __future__ import annotations

import ctypes
import sys
from ctypes import wintypes

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from coachdesk.ui.coaching_hour import capture
from coachdesk.ui.coaching_hour.capture import Capture
from coachdesk.ui.coaching_hour.cover_page import CoverPage


def test_off_windows_it_does_nothing_and_says_so(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "platform", "linux")

    def no_user32() -> None:
        raise AssertionError("user32 must not be loaded off Windows")

    monkeypatch.setattr(capture, "_user32", no_user32)
    window = QWidget()
    qtbot.addWidget(window)

    assert capture.exclude_from_capture(window, True) is Capture.UNSUPPORTED
    # Not even a native window was made for it.
    assert not window.testAttribute(Qt.WidgetAttribute.WA_WState_Created)


class FakeFunction:
    """A ctypes function as far as the caller sees: a signature to set, a result to give."""

    def __init__(self, result: int) -> None:
        self.calls: list[tuple[int, int]] = []
        self.result = result
        self.argtypes: tuple[type, ...] | None = None
        self.restype: type | None = None

    def __call__(self, hwnd: int, affinity: int) -> int:
        self.calls.append((hwnd, affinity))
        return self.result


class FakeUser32:
    def __init__(self, result: int) -> None:
        self.SetWindowDisplayAffinity = FakeFunction(result)  # noqa: N815


def windows(monkeypatch: pytest.MonkeyPatch, user32: FakeUser32, build: int) -> None:
    monkeypatch.setattr(sys, "platform", "win32")
    monkeypatch.setattr(capture, "_user32", lambda: user32)
    monkeypatch.setattr(capture, "_windows_build", lambda: build)


@pytest.mark.parametrize(
    ("result", "build", "expected"),
    [
        (1, 22631, Capture.EXCLUDED),  # Windows 11 23H2
        (1, 19041, Capture.EXCLUDED),  # Windows 10 2004, the first that leaves it out
        (1, 18363, Capture.BLACK_BOX),  # Windows 10 1909: WDA_MONITOR instead
        (0, 22631, Capture.FAILED),  # refused: the result is checked
    ],
)
def test_on_windows_it_sets_the_display_affinity_and_says_what_it_did(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, result: int, build: int, expected: Capture
) -> None:
    user32 = FakeUser32(result)
    windows(monkeypatch, user32, build)
    window = QWidget()
    qtbot.addWidget(window)

    assert capture.exclude_from_capture(window, True) is expected
    capture.exclude_from_capture(window, False)

    handle = int(window.winId())
    assert user32.SetWindowDisplayAffinity.calls == [
        (handle, capture.WDA_EXCLUDEFROMCAPTURE),
        (handle, capture.WDA_NONE),
    ]


def test_letting_the_window_back_in_is_not_a_black_box(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    windows(monkeypatch, FakeUser32(1), 18363)
    window = QWidget()
    qtbot.addWidget(window)
    assert capture.exclude_from_capture(window, False) is Capture.EXCLUDED


def test_a_user32_without_the_function_is_a_failure_not_a_crash(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "platform", "win32")
    monkeypatch.setattr(capture, "_user32", lambda: object())
    window = QWidget()
    qtbot.addWidget(window)
    assert capture.exclude_from_capture(window, True) is Capture.FAILED


def test_user32_gets_the_real_signature(monkeypatch: pytest.MonkeyPatch) -> None:
    """A window handle is pointer-sized: passed as ctypes' default C int it could be cut."""
    loaded: list[tuple[str, bool]] = []
    fake = FakeUser32(1)

    def win_dll(name: str, use_last_error: bool = False) -> FakeUser32:
        loaded.append((name, use_last_error))
        return fake

    monkeypatch.setattr(ctypes, "WinDLL", win_dll, raising=False)
    assert capture._user32() is fake
    assert loaded == [("user32", True)]
    function = fake.SetWindowDisplayAffinity
    assert function.argtypes == (wintypes.HWND, wintypes.DWORD)
    assert function.restype is wintypes.BOOL


@pytest.mark.parametrize(
    ("told", "says"),
    [
        (Capture.FAILED, "could not keep this window out of screen sharing"),
        (Capture.BLACK_BOX, "black box"),
        (Capture.EXCLUDED, ""),
        (Capture.UNSUPPORTED, ""),
    ],
)
def test_the_cover_page_says_when_the_journal_window_is_not_left_out(
    qtbot: QtBot, told: Capture, says: str
) -> None:
    cover = CoverPage()
    qtbot.addWidget(cover)
    cover.show()
    cover.tell_capture(told)
    assert cover.capture_note.isVisible() is bool(says)
    assert says in cover.capture_note.text()
    if says:
        assert "Share only the session window" in cover.capture_note.text()
