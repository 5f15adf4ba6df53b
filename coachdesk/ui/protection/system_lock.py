"""The laptop going to sleep and the desktop locking its screen, as one signal: `locking`.

A lid shut in a hotel lobby must not wake with the journal open, whatever the idle
minutes say. The operating system tells it ahead:
- Linux: logind's PrepareForSleep(true) and the session's Lock on the system bus, and the
  desktop's screensaver ActiveChanged(true) on the session bus (freedesktop, GNOME,
  Cinnamon and MATE each name the interface after themselves), read through QtDBus;
- Windows: WM_POWERBROADCAST with PBT_APMSUSPEND, and WM_WTSSESSION_CHANGE with
  WTS_SESSION_LOCK once the window asked for session notifications;
- macOS: NSWorkspaceWillSleepNotification and com.apple.screenIsLocked through PyObjC
  (system_lock_macos.py; written, not yet tried on a Mac).

Only listening: coachdesk sends nothing on either bus and asks no service to start.
"""

from __future__ import annotations

import ctypes
import os
import sys

from PySide6.QtCore import SLOT, QAbstractNativeEventFilter, QByteArray, QObject, Signal, Slot
from PySide6.QtDBus import QDBusConnection
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

_LOGIN_MANAGER = "org.freedesktop.login1.Manager"
_LOGIN_SESSION = "org.freedesktop.login1.Session"
_SCREENSAVERS = (
    "org.freedesktop.ScreenSaver",  # KDE, Xfce, LXQt and most others
    "org.gnome.ScreenSaver",
    "org.cinnamon.ScreenSaver",
    "org.mate.ScreenSaver",
)

# Windows messages (winuser.h, wtsapi32.h)
WM_POWERBROADCAST = 0x0218
PBT_APMSUSPEND = 0x0004
WM_WTSSESSION_CHANGE = 0x02B1
WTS_SESSION_LOCK = 0x7
_NOTIFY_FOR_THIS_SESSION = 0


def logind_session_path(session_id: str | None) -> str:
    """Our logind session's object path (logind escapes its id as sd-bus does: every
    character but a letter, and a digit after the first, becomes _xx), or "" for any."""
    if not session_id:
        return ""
    label = "".join(
        ch if ch.isascii() and (ch.isalpha() or (ch.isdigit() and i > 0)) else f"_{ord(ch):02x}"
        for i, ch in enumerate(session_id)
    )
    return "/org/freedesktop/login1/session/" + label


def windows_lock_reason(message_type: bytes, address: int) -> str | None:
    """What a Windows message at `address` says: "suspend", "screen lock" or nothing."""
    if message_type != b"windows_generic_MSG" or not address:
        return None
    from ctypes import wintypes

    message = wintypes.MSG.from_address(address)
    if message.message == WM_POWERBROADCAST and message.wParam == PBT_APMSUSPEND:
        return "suspend"
    if message.message == WM_WTSSESSION_CHANGE and message.wParam == WTS_SESSION_LOCK:
        return "screen lock"
    return None


class _WindowsMessages(QAbstractNativeEventFilter):
    """Called by Qt's Windows event dispatcher for each message to a top-level window."""

    def __init__(self, watch: SystemLockWatch) -> None:
        super().__init__()
        self._watch = watch  # Qt keeps a bare pointer to the filter: the watch keeps it alive

    def nativeEventFilter(  # noqa: N802
        self,
        eventType: QByteArray | bytes | bytearray | memoryview,  # noqa: N803
        message: int,
    ) -> tuple[bool, int]:
        reason = windows_lock_reason(bytes(eventType), int(message))  # type: ignore[arg-type]
        if reason is not None:
            self._watch.locking.emit(reason)
        return False, 0


def _listen(
    bus: QDBusConnection, path: str, interface: str, signal: str, to: QObject, slot: str
) -> None:
    # QtDBus takes the receiving slot by its C++ signature, as SLOT() writes it (PySide's
    # stubs say bytes, but only the text is accepted); any sender, as logind may restart.
    bus.connect("", path, interface, signal, to, SLOT(slot))  # type: ignore[call-overload]


class SystemLockWatch(QObject):
    """Emits `locking(reason)` when the system is about to sleep or the screen locks."""

    locking = Signal(str)

    def __init__(
        self,
        window: QWidget,
        system_bus: QDBusConnection | None = None,
        session_bus: QDBusConnection | None = None,
    ) -> None:
        super().__init__(window)
        self._windows: _WindowsMessages | None = None
        self._macos: object | None = None  # the observer AppKit holds only weakly
        if sys.platform == "win32":
            self._listen_on_windows(window)
        elif sys.platform == "darwin":
            from coachdesk.ui.protection import system_lock_macos

            self._macos = system_lock_macos.listen(self.locking.emit)
        elif sys.platform.startswith("linux"):
            self._listen_on_dbus(
                system_bus or QDBusConnection.systemBus(),
                session_bus or QDBusConnection.sessionBus(),
            )

    def _listen_on_dbus(self, system: QDBusConnection, session: QDBusConnection) -> None:
        # Without a bus (a container, a bare X session) there is nothing to hear: the idle
        # lock still holds.
        if system.isConnected():
            _listen(system, "", _LOGIN_MANAGER, "PrepareForSleep", self, "_on_sleep(bool)")
            path = logind_session_path(os.environ.get("XDG_SESSION_ID"))
            _listen(system, path, _LOGIN_SESSION, "Lock", self, "_on_session_lock()")
        if session.isConnected():
            for interface in _SCREENSAVERS:
                _listen(session, "", interface, "ActiveChanged", self, "_on_screensaver(bool)")

    @Slot(bool)
    def _on_sleep(self, going: bool) -> None:
        if going:  # PrepareForSleep(false) is the wake-up
            self.locking.emit("suspend")

    @Slot()
    def _on_session_lock(self) -> None:
        self.locking.emit("screen lock")

    @Slot(bool)
    def _on_screensaver(self, active: bool) -> None:
        if active:
            self.locking.emit("screen lock")

    def _listen_on_windows(self, window: QWidget) -> None:
        app = QGuiApplication.instance()
        if not isinstance(app, QGuiApplication):
            return
        self._windows = _WindowsMessages(self)
        app.installNativeEventFilter(self._windows)
        # Session changes (the lock screen) reach only windows that asked for them.
        wtsapi32 = ctypes.WinDLL("wtsapi32")  # type: ignore[attr-defined,unused-ignore]
        wtsapi32.WTSRegisterSessionNotification(int(window.winId()), _NOTIFY_FOR_THIS_SESSION)
