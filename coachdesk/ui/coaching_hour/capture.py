"""Keeping the private main window out of screen sharing, where the system allows it.

Windows 10 2004 (build 19041) and later can leave a window out of every capture (screen
sharing, recording, screenshots): SetWindowDisplayAffinity with WDA_EXCLUDEFROMCAPTURE.
Older Windows accepts the same call but acts as WDA_MONITOR: the window shows as a black
box in a capture. Other systems have no such switch; there this does nothing and says so.
"""

from __future__ import annotations

import enum
import sys
from typing import Any

from PySide6.QtWidgets import QWidget

WDA_NONE = 0x00
WDA_EXCLUDEFROMCAPTURE = 0x11
FIRST_BUILD_THAT_EXCLUDES = 19041  # Windows 10 version 2004


class Capture(enum.Enum):
    """What the system did with the request."""

    EXCLUDED = "excluded"  # left out of captures (or, when asked, let back in)
    BLACK_BOX = "black box"  # old Windows: shown as a black box instead
    FAILED = "failed"  # Windows refused
    UNSUPPORTED = "unsupported"  # not Windows: no such switch


def _user32() -> Any:
    """user32.dll with SetWindowDisplayAffinity's real signature: without argtypes ctypes
    would pass the 64-bit window handle as a C int and could cut it in half."""
    import ctypes  # only on Windows: ctypes.WinDLL exists nowhere else
    from ctypes import wintypes

    user32 = ctypes.WinDLL("user32", use_last_error=True)  # type: ignore[attr-defined]
    set_affinity = user32.SetWindowDisplayAffinity
    set_affinity.argtypes = (wintypes.HWND, wintypes.DWORD)
    set_affinity.restype = wintypes.BOOL
    return user32


def _windows_build() -> int:
    return int(sys.getwindowsversion().build)  # type: ignore[attr-defined]


def exclude_from_capture(window: QWidget, excluded: bool) -> Capture:
    """Ask the system to leave `window` out of screen captures (or let it back in), and
    say what it did: only EXCLUDED means the window is out of every capture."""
    if sys.platform != "win32":
        return Capture.UNSUPPORTED
    affinity = WDA_EXCLUDEFROMCAPTURE if excluded else WDA_NONE
    try:
        done = bool(_user32().SetWindowDisplayAffinity(int(window.winId()), affinity))
    except (OSError, AttributeError):  # no user32, or one without the function
        return Capture.FAILED
    if not done:
        return Capture.FAILED
    if excluded and _windows_build() < FIRST_BUILD_THAT_EXCLUDES:
        return Capture.BLACK_BOX
    return Capture.EXCLUDED
