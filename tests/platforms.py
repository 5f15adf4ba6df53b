"""What a test needs of the system it runs on, said once: the suite also runs on Windows and
macOS (.github/workflows/ci.yml), where some of what it proves here cannot be acted out."""

from __future__ import annotations

import os
import stat
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

POSIX = os.name == "posix"
LINUX = sys.platform.startswith("linux")

# SIGKILL, resource limits, another user (setuid), file modes, renaming an open file.
POSIX_ONLY = pytest.mark.skipif(
    not POSIX, reason="POSIX only: signals, resource limits, users or file modes"
)
# unshare (mount and network namespaces), strace, /proc.
LINUX_ONLY = pytest.mark.skipif(not LINUX, reason="Linux only: unshare, strace or /proc")


def assert_mode(path: Path, mode: int) -> None:
    """The file's permission bits are `mode`, where there are any: on Windows chmod sets
    only the read-only flag (docs/privacy.md says what protects the journal there)."""
    if POSIX:
        assert stat.S_IMODE(path.stat().st_mode) == mode, oct(path.stat().st_mode)


def native(key: str) -> str:
    """A key as the system on which the suite runs writes it ("Ctrl+N" here, "⌘N" on a Mac):
    what the app shows, so what a test expects to see."""
    from PySide6.QtGui import QKeySequence

    return QKeySequence(key).toString(QKeySequence.SequenceFormat.NativeText)


def key_of(name: str, index: int = 0) -> tuple[Qt.Key, Qt.KeyboardModifier]:
    """The key (and its modifiers) of a shortcut on this system, to press it in a test:
    Alt+Left here is Cmd+[ on a Mac (coachdesk/ui/common/shortcuts.py)."""
    from PySide6.QtGui import QKeySequence

    from coachdesk.ui.common.shortcuts import keys_for

    combination = QKeySequence(keys_for(name)[index])[0]  # type: ignore[index]
    return combination.key(), combination.keyboardModifiers()
