"""One desktop notification, and whether it was clicked.

Linux: the desktop's notification service (org.freedesktop.Notifications on the session
bus), through jeepney, which writes the specification's signature out as it stands. QtDBus
cannot make this call from Python: PySide6 sends an int where Notify wants a uint32, and
the introspected interface of a service without Qt's annotations (dunst, GNOME Shell)
leaves its a{sv} hints uncallable (found against dunst on a private session bus).
Windows and macOS: the tray icon's message (QSystemTrayIcon), which Windows shows as a
toast and macOS in its Notification Center.

D-Bus here is a local socket (jeepney speaks only unix: transports): nothing leaves the
machine.
"""

from __future__ import annotations

import os
import sys
import time
from collections import deque
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEventLoop, QTimer

if sys.platform.startswith("linux") or TYPE_CHECKING:
    from jeepney import HeaderFields, MatchRule, Message
    from jeepney.bus_messages import message_bus
    from jeepney.io.blocking import DBusConnection, open_dbus_connection
    from jeepney.wrappers import DBusAddress, DBusErrorResponse, new_method_call, unwrap_msg

SERVICE = "org.freedesktop.Notifications"
PATH = "/org/freedesktop/Notifications"
DESKTOP_ENTRY = "io.github.coachdesk.coachdesk"  # the service shows our icon and name
# How long a shown notification can still be clicked: after that the run ends and takes
# its notification away, so that no click is left that does nothing.
WAIT_MINUTES = 60
CATEGORY = "x-coachdesk.reminder"
# What the bus answers when no service is there, or the one it would start cannot start
# (dunst installed on a desktop without a display, say).
_NO_SERVICE = (
    "org.freedesktop.DBus.Error.ServiceUnknown",
    "org.freedesktop.DBus.Error.NameHasNoOwner",
)
_SPAWN_FAILED = "org.freedesktop.DBus.Error.Spawn."


class Notification:
    """Shows one notification, then waits for it to be clicked or to go."""

    def show(self, title: str, body: str, action: str) -> str | None:
        """Show it; None when shown, else why not, in one line."""
        raise NotImplementedError

    def wait_for_click(self) -> bool:
        """True when the user clicked it before it went (dismissed, or waited too long)."""
        raise NotImplementedError


def session_bus_address(environ: dict[str, str] | os._Environ[str] = os.environ) -> str | None:
    """The session bus: as the desktop says, else the user manager's socket (systemd starts
    services with XDG_RUNTIME_DIR, not always with the bus address)."""
    if environ.get("DBUS_SESSION_BUS_ADDRESS"):
        return environ["DBUS_SESSION_BUS_ADDRESS"]
    runtime = environ.get("XDG_RUNTIME_DIR")
    if runtime and (Path(runtime) / "bus").exists():
        return f"unix:path={Path(runtime) / 'bus'}"
    return None


def _service() -> DBusAddress:
    return DBusAddress(PATH, bus_name=SERVICE, interface=SERVICE)


class DesktopNotification(Notification):
    """Through org.freedesktop.Notifications on the bus at `address` (the session bus)."""

    def __init__(self, address: str | None = None, wait_s: float = WAIT_MINUTES * 60) -> None:
        self._address = address
        self._wait_s = wait_s
        self._id = 0
        self._can_click = False
        self._connection: DBusConnection | None = None
        self._signals: deque[Message] = deque()

    def _call(self, method: str, signature: str | None = None, body: tuple = ()) -> tuple:  # type: ignore[type-arg]
        assert self._connection is not None
        call = new_method_call(_service(), method, signature, body)
        return unwrap_msg(self._connection.send_and_get_reply(call, timeout=10))  # type: ignore[no-any-return]

    def show(self, title: str, body: str, action: str) -> str | None:
        address = self._address or session_bus_address()
        try:
            if address is None:
                raise OSError
            self._connection = open_dbus_connection(address)
        except (OSError, RuntimeError, ValueError):
            return "no desktop session bus to show a notification on"
        try:
            # Listen before showing, so that a quick click is not missed.
            rule = MatchRule(type="signal", interface=SERVICE, path=PATH)
            reply = self._connection.send_and_get_reply(message_bus.AddMatch(rule), timeout=10)
            unwrap_msg(reply)
            self._connection.filter(rule, queue=self._signals, bufsize=16)
            self._can_click = "actions" in self._call("GetCapabilities")[0]
            (self._id,) = self._call(
                "Notify",
                "susssasa{sv}i",
                (
                    "coachdesk",
                    0,  # replaces nothing
                    DESKTOP_ENTRY,  # the icon, by the name it is installed under
                    title,
                    body,
                    ["default", action] if self._can_click else [],
                    {"desktop-entry": ("s", DESKTOP_ENTRY), "category": ("s", CATEGORY)},
                    -1,  # the service's own time on screen
                ),
            )
        except DBusErrorResponse as error:
            self._close()
            if error.name in _NO_SERVICE or str(error.name).startswith(_SPAWN_FAILED):
                return "no notification service answers on this desktop"
            return f"the notification service refused: {error.name}"
        except (OSError, TimeoutError):
            self._close()
            return "no notification service answers on this desktop"
        return None

    def wait_for_click(self) -> bool:
        if self._connection is None:
            return False
        try:
            if not self._can_click:
                return False
            gone, clicked = self._wait()
            if not gone:  # waited long enough: no click is left that would do nothing
                self._call("CloseNotification", "u", (self._id,))
            return clicked
        except (OSError, TimeoutError, DBusErrorResponse):
            return False
        finally:
            self._close()

    def _wait(self) -> tuple[bool, bool]:
        """(gone, clicked) once the notification was clicked or closed, or time is up."""
        assert self._connection is not None
        deadline = time.monotonic() + self._wait_s
        while (left := deadline - time.monotonic()) > 0:
            try:
                signal = self._connection.recv_until_filtered(self._signals, timeout=left)
            except TimeoutError:
                break
            if not signal.body or signal.body[0] != self._id:
                continue  # another application's
            member = signal.header.fields.get(HeaderFields.member)
            if member == "ActionInvoked" and signal.body[1] == "default":
                return True, True
            if member == "NotificationClosed":
                return True, False
        return False, False

    def _close(self) -> None:
        if self._connection is not None:
            self._connection.close()
            self._connection = None


class TrayNotification(Notification):
    """Windows and macOS: the message of a tray icon shown for the purpose."""

    def __init__(self, wait_ms: int = WAIT_MINUTES * 60_000) -> None:
        from PySide6.QtGui import QIcon
        from PySide6.QtWidgets import QSystemTrayIcon

        from coachdesk.resources import resources_dir

        self._tray = QSystemTrayIcon(QIcon(str(resources_dir() / "icons" / "coachdesk.svg")))
        self._loop = QEventLoop()
        self._clicked = False
        self._tray.messageClicked.connect(self._on_clicked)
        QTimer.singleShot(wait_ms, self._loop.quit)

    def show(self, title: str, body: str, action: str) -> str | None:
        from PySide6.QtWidgets import QSystemTrayIcon

        if not QSystemTrayIcon.isSystemTrayAvailable():
            return "this desktop shows no notifications to coachdesk"
        self._tray.setToolTip(title)
        self._tray.show()
        self._tray.showMessage(title, f"{body}\n{action}", QSystemTrayIcon.MessageIcon.NoIcon)
        return None

    def wait_for_click(self) -> bool:
        self._loop.exec()
        self._tray.hide()
        return self._clicked

    def _on_clicked(self) -> None:
        self._clicked = True
        self._loop.quit()


def for_this_system(platform: str = sys.platform) -> Notification:
    """The way this system shows a notification."""
    if platform in ("win32", "darwin"):
        return TrayNotification()
    return DesktopNotification()
