"""One desktop notification, and whether it was clicked.

Linux: the desktop's notification service (org.freedesktop.Notifications on the session
bus), called through QtDBus's introspected interface. Its meta-object knows Notify's
argument types, so replaces_id goes out as the uint32 the specification asks for; a plain
QDBusMessage would send a Python int as int32, and the services of GNOME, KDE and others
refuse that call. Windows and macOS: the tray icon's message (QSystemTrayIcon), which
Windows shows as a toast and macOS in its Notification Center.

Only listening and one call: nothing here leaves the machine (D-Bus is a local socket).
"""

from __future__ import annotations

import sys

from PySide6.QtCore import (
    Q_ARG,
    Q_RETURN_ARG,
    SLOT,
    QCoreApplication,
    QMetaObject,
    QObject,
    Qt,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtDBus import QDBusConnection, QDBusInterface

SERVICE = "org.freedesktop.Notifications"
PATH = "/org/freedesktop/Notifications"
DESKTOP_ENTRY = "io.github.coachdesk.coachdesk"  # the service shows our icon and name
# How long a shown notification can still be clicked: after that the run ends and takes
# its notification away, so that no click is left that does nothing.
WAIT_MINUTES = 60


class Notification(QObject):
    """Shows one notification; `clicked` when the user chose its action, `finished` when
    it is gone (clicked, dismissed, or waited for long enough)."""

    clicked = Signal()
    finished = Signal()

    def show(self, title: str, body: str, action: str) -> str | None:
        """Show it; None when shown, else why not, in one line."""
        raise NotImplementedError


class DesktopNotification(Notification):
    """Through org.freedesktop.Notifications on `bus` (the session bus by default)."""

    def __init__(self, bus: QDBusConnection | None = None, wait_ms: int | None = None) -> None:
        super().__init__()
        self._bus = bus if bus is not None else QDBusConnection.sessionBus()
        self._id: int | None = None
        self._interface: QDBusInterface | None = None
        self._timeout = QTimer(self, singleShot=True)
        self._timeout.setInterval(wait_ms if wait_ms is not None else WAIT_MINUTES * 60_000)
        self._timeout.timeout.connect(self._give_up)

    def show(self, title: str, body: str, action: str) -> str | None:
        if not self._bus.isConnected():
            return "no desktop session bus to show a notification on"
        interface = QDBusInterface(SERVICE, PATH, SERVICE, self._bus)
        meta = interface.metaObject()
        if not interface.isValid() or meta.indexOfMethod(_NOTIFY) < 0:
            return "no notification service answers on this desktop"
        self._interface = interface
        # Listen before the call, so that a quick click is not missed.
        for signal, slot in (("ActionInvoked", _ACTION_SLOT), ("NotificationClosed", _CLOSED_SLOT)):
            self._bus.connect(SERVICE, PATH, SERVICE, signal, self, SLOT(slot))  # type: ignore[call-overload]
        capabilities = interface.call("GetCapabilities").arguments()
        can_click = bool(capabilities) and "actions" in (capabilities[0] or [])
        actions = ["default", action] if can_click else []
        hints = {"desktop-entry": DESKTOP_ENTRY, "category": "x-coachdesk.reminder"}
        sent = QMetaObject.invokeMethod(
            interface,
            "Notify",
            Qt.ConnectionType.DirectConnection,
            Q_RETURN_ARG("uint"),
            Q_ARG(str, "coachdesk"),
            Q_ARG("uint", 0),  # replaces nothing
            Q_ARG(str, DESKTOP_ENTRY),  # the icon, by the name it is installed under
            Q_ARG(str, title),
            Q_ARG(str, body),
            Q_ARG("QStringList", actions),
            Q_ARG("QVariantMap", hints),
            Q_ARG(int, -1),  # the service's own time on screen
        )
        error = interface.lastError()
        if error.isValid():
            return f"the notification service refused: {error.message() or error.name()}"
        self._id = sent if isinstance(sent, int) else None
        if can_click:
            self._timeout.start()
        else:
            QTimer.singleShot(0, self.finished.emit)  # nothing to wait for
        return None

    @Slot("uint", str)
    def _on_action(self, notification: int, key: str) -> None:
        if notification == self._id and key == "default":
            self._timeout.stop()
            self.clicked.emit()
            self.finished.emit()

    @Slot("uint", "uint")
    def _on_closed(self, notification: int, _reason: int) -> None:
        if notification == self._id and self._timeout.isActive():
            self._timeout.stop()
            self.finished.emit()

    @Slot()
    def _give_up(self) -> None:
        if self._interface is not None and self._id is not None:
            QMetaObject.invokeMethod(
                self._interface,
                "CloseNotification",
                Qt.ConnectionType.DirectConnection,
                Q_ARG("uint", self._id),
            )
        self.finished.emit()


_NOTIFY = "Notify(QString,uint,QString,QString,QString,QStringList,QVariantMap,int)"
_ACTION_SLOT = "_on_action(uint,QString)"
_CLOSED_SLOT = "_on_closed(uint,uint)"


class TrayNotification(Notification):
    """Windows and macOS: the message of a tray icon shown for the purpose."""

    def __init__(self, wait_ms: int | None = None) -> None:
        super().__init__()
        from PySide6.QtGui import QIcon
        from PySide6.QtWidgets import QApplication, QSystemTrayIcon

        from coachdesk.resources import resources_dir

        assert isinstance(QCoreApplication.instance(), QApplication)
        icon = QIcon(str(resources_dir() / "icons" / "coachdesk.svg"))
        self._tray = QSystemTrayIcon(icon, self)
        self._tray.messageClicked.connect(self._on_clicked)
        self._timeout = QTimer(self, singleShot=True)
        self._timeout.setInterval(wait_ms if wait_ms is not None else WAIT_MINUTES * 60_000)
        self._timeout.timeout.connect(self.finished.emit)

    def show(self, title: str, body: str, action: str) -> str | None:
        from PySide6.QtWidgets import QSystemTrayIcon

        if not QSystemTrayIcon.isSystemTrayAvailable():
            return "this desktop shows no notifications to coachdesk"
        self._tray.setToolTip(title)
        self._tray.show()
        self._tray.showMessage(title, f"{body}\n{action}", QSystemTrayIcon.MessageIcon.NoIcon)
        self._timeout.start()
        return None

    @Slot()
    def _on_clicked(self) -> None:
        self._timeout.stop()
        self._tray.hide()
        self.clicked.emit()
        self.finished.emit()


def for_this_system(platform: str = sys.platform) -> Notification:
    """The way this system shows a notification."""
    if platform in ("win32", "darwin"):
        return TrayNotification()
    return DesktopNotification()
