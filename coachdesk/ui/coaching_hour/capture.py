"""Keeping the private main window out of screen sharing, where the system allows it.

Windows 10 2004 and later can leave a window out of every capture (screen sharing,
recording, screenshots): SetWindowDisplayAffinity with WDA_EXCLUDEFROMCAPTURE. Other
systems have no such switch; there this does nothing and says so.
"""

from __future__ import annotations

import sys
from typing import Any

from PySide6.QtWidgets import QWidget

WDA_NONE = 0x00
WDA_EXCLUDEFROMCAPTURE = 0x11


def _user32() -> Any:
    import ctypes  # only on Windows: ctypes.WinDLL exists nowhere else

    return ctypes.WinDLL("user32", use_last_error=True)  # type: ignore[attr-defined]


def exclude_from_capture(window: QWidget, excluded: bool) -> bool:
    """Ask the system to leave `window` out of screen captures (or let it back in).
    True only if the system did; False off Windows, or on a Windows too old for it."""
    if sys.platform != "win32":
        return False
    affinity = WDA_EXCLUDEFROMCAPTURE if excluded else WDA_NONE
    try:
        return bool(_user32().SetWindowDisplayAffinity(int(window.winId()), affinity))
    except (OSError, AttributeError):
        return False
