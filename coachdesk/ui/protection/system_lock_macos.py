"""macOS: the laptop going to sleep and the screen locking, from the notifications AppKit
posts (NSWorkspaceWillSleepNotification on the workspace's centre, com.apple.screenIsLocked
on the distributed one), read through PyObjC. Qt runs the Cocoa run loop, so they arrive on
the main thread. Imported on macOS only; without PyObjC nothing is heard and the idle lock
(which counts sleep) still holds."""

from __future__ import annotations

from collections.abc import Callable

_observer_class: type | None = None
SCREEN_LOCKED = "com.apple.screenIsLocked"


def _make_observer_class() -> type:
    from Foundation import NSObject  # type: ignore[import-not-found]

    class CoachdeskLockObserver(NSObject):  # type: ignore[misc]
        """Receives the notifications; `tell` is set right after creation."""

        def willSleep_(self, _note: object) -> None:  # noqa: N802 (an Objective-C selector)
            self.tell("suspend")

        def screenLocked_(self, _note: object) -> None:  # noqa: N802
            self.tell("screen lock")

    return CoachdeskLockObserver


def listen(tell: Callable[[str], None]) -> object | None:
    """Start listening; the observer to keep alive (None without PyObjC)."""
    global _observer_class  # an Objective-C class can be defined once per process
    try:
        from AppKit import NSWorkspace, NSWorkspaceWillSleepNotification  # type: ignore[import-not-found]
        from Foundation import NSDistributedNotificationCenter  # type: ignore[import-not-found,unused-ignore]
    except ImportError:
        return None
    if _observer_class is None:
        _observer_class = _make_observer_class()
    observer: object = _observer_class.new()  # type: ignore[attr-defined]
    setattr(observer, "tell", tell)  # noqa: B010 (an Objective-C object: no declared field)
    workspace = NSWorkspace.sharedWorkspace().notificationCenter()
    workspace.addObserver_selector_name_object_(
        observer, "willSleep:", NSWorkspaceWillSleepNotification, None
    )
    NSDistributedNotificationCenter.defaultCenter().addObserver_selector_name_object_(
        observer, "screenLocked:", SCREEN_LOCKED, None
    )
    return observer
