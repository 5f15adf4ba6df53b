"""A stand-in for the desktop's notification service, run as its own process on a private
session bus: `python notification_service.py ADDRESS LOG [click|close|ignore] [CAPS]`.

It owns org.freedesktop.Notifications with the specification's signatures (Notify's
replaces_id is a uint32: a call with an int32 is refused, as GNOME and KDE refuse it),
writes each notification it gets to LOG as a JSON line, and then does what a user would:
clicks it, closes it, or leaves it.
"""

from __future__ import annotations

import json
import sys

from PySide6.QtCore import ClassInfo, QCoreApplication, QObject, QTimer, Signal, Slot
from PySide6.QtDBus import QDBusConnection

app = QCoreApplication([])
address, log, then = sys.argv[1], sys.argv[2], sys.argv[3]
capabilities = sys.argv[4].split(",") if len(sys.argv) > 4 else ["actions", "body"]


@ClassInfo({"D-Bus Interface": "org.freedesktop.Notifications"})  # type: ignore[call-arg]
class Notifications(QObject):  # type: ignore[operator]
    ActionInvoked = Signal("uint", str)  # type: ignore[arg-type]
    NotificationClosed = Signal("uint", "uint")  # type: ignore[arg-type]

    def __init__(self) -> None:
        super().__init__()
        self.last = 0

    @Slot(result="QStringList")
    def GetCapabilities(self) -> list[str]:  # noqa: N802 (D-Bus names)
        return capabilities

    @Slot(str, "uint", str, str, str, "QStringList", "QVariantMap", int, result="uint")
    def Notify(  # noqa: N802, PLR0913
        self,
        app_name: str,
        replaces_id: int,
        icon: str,
        summary: str,
        body: str,
        actions: list[str],
        hints: dict[str, object],
        timeout: int,
    ) -> int:
        self.last += 1
        shown = {
            "app_name": app_name,
            "replaces_id": replaces_id,
            "icon": icon,
            "summary": summary,
            "body": body,
            "actions": actions,
            "hints": {k: str(v) for k, v in hints.items()},
            "timeout": timeout,
        }
        with open(log, "a", encoding="utf-8") as out:
            out.write(json.dumps(shown) + "\n")
        number = self.last
        if then == "click":
            QTimer.singleShot(200, lambda: self.ActionInvoked.emit(number, "default"))
        elif then == "close":
            QTimer.singleShot(200, lambda: self.NotificationClosed.emit(number, 2))
        return number

    @Slot("uint")
    def CloseNotification(self, number: int) -> None:  # noqa: N802
        with open(log, "a", encoding="utf-8") as out:
            out.write(json.dumps({"closed": number}) + "\n")
        self.NotificationClosed.emit(number, 3)


bus = QDBusConnection.connectToBus(address, "stand-in")
service = Notifications()
exported = (
    QDBusConnection.RegisterOption.ExportAllSlots | QDBusConnection.RegisterOption.ExportAllSignals
)
assert bus.registerObject("/org/freedesktop/Notifications", service, exported)
assert bus.registerService("org.freedesktop.Notifications")
print("ready", flush=True)
app.exec()
