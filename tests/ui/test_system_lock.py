"""Locking when the laptop sleeps or the desktop locks its screen, as the system says it.

The signals come from a real dbus-send on private D-Bus daemons standing in for the system
bus (logind) and the session bus (the desktop's screensaver), as they would on a laptop.
"""

from __future__ import annotations

import ctypes
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtDBus import QDBusConnection
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from shiboken6 import isValid

from coachdesk.session import JournalSession
from coachdesk.settings import Settings
from coachdesk.storage import JournalStore, protection
from coachdesk.ui.common.secret_clipboard import SecretCopy
from coachdesk.ui.main_window import MainWindow
from coachdesk.ui.protection import system_lock
from coachdesk.ui.protection.protection_dialogs import RecoveryKeyDialog
from coachdesk.ui.protection.system_lock import SystemLockWatch
from coachdesk.ui.protection.unlock_page import UnlockPage
from tests.ui.conftest import Clock, Opened
from tests.ui.test_coach_session import (
    ON_AGENDA,
    PASSPHRASE,
    choose,
    journal,
    on_screen,
    start,
    summaries,
)
from tests.ui.test_locking import MARKER, encrypted, unlock, visible_text

__all__ = ["choose", "encrypted", "journal", "summaries"]  # fixtures, used by name

needs_dbus = pytest.mark.skipif(
    not sys.platform.startswith("linux")
    or (shutil.which("dbus-daemon") is None and not os.environ.get("CI")),
    reason="needs Linux and dbus-daemon (Debian: dbus-daemon, installed by .ci/run)",
)


class Bus:
    """A private D-Bus daemon, and our connection to it."""

    def __init__(self, name: str) -> None:
        self.daemon = subprocess.Popen(
            ["dbus-daemon", "--session", "--nofork", "--nopidfile", "--print-address=1"],
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
        )
        assert self.daemon.stdout is not None
        self.address = self.daemon.stdout.readline().strip()
        self.name = name
        self.connection = QDBusConnection.connectToBus(self.address, name)
        assert self.connection.isConnected()

    def signal(self, path: str, member: str, *arguments: str) -> None:
        """Send a signal from another process, as logind or the screensaver does."""
        subprocess.run(
            ["dbus-send", f"--bus={self.address}", "--type=signal", path, member, *arguments],
            check=True,
        )

    def close(self) -> None:
        QDBusConnection.disconnectFromBus(self.name)
        self.daemon.terminate()
        self.daemon.wait()
        assert self.daemon.stdout is not None
        self.daemon.stdout.close()


@pytest.fixture
def buses() -> Iterator[tuple[Bus, Bus]]:
    made = (Bus("test-system"), Bus("test-session"))
    yield made
    for bus in made:
        bus.close()


@pytest.fixture
def watched(qtbot: QtBot, settings: Settings, buses: tuple[Bus, Bus]):  # type: ignore[no-untyped-def]
    made: list[Opened] = []

    def open_(path: Path) -> Opened:
        window = MainWindow(settings)
        qtbot.addWidget(window)
        watch = SystemLockWatch(window, buses[0].connection, buses[1].connection)
        clock = Clock()
        session = JournalSession(window, settings, idle_clock=clock, system_lock=watch)
        with qtbot.waitActive(window):
            window.show()
            window.activateWindow()
        assert session.open(path, demo=False)
        QApplication.processEvents()
        made.append(Opened(window, session, clock))
        return made[-1]

    yield open_
    for one in made:
        one.session.close()


def wait_a_little(qtbot: QtBot) -> None:
    qtbot.wait(300)  # dbus-send has returned; the signal is on its way to us


@needs_dbus
def test_the_laptop_going_to_sleep_locks_closes_dialogs_and_clears_the_clipboard(
    qtbot: QtBot,
    watched,  # type: ignore[no-untyped-def]
    encrypted: Path,
    buses: tuple[Bus, Bus],
) -> None:
    one = watched(encrypted)
    unlock(qtbot, one)
    assert one.window.journal is not None
    left_open = RecoveryKeyDialog("ABCD-EFGH-SECRET", one.window)
    left_open.open()
    SecretCopy("ABCD-EFGH-SECRET")  # Copy pressed a moment ago
    assert QGuiApplication.clipboard().text() == "ABCD-EFGH-SECRET"
    system, _ = buses
    system.signal(
        "/org/freedesktop/login1", "org.freedesktop.login1.Manager.PrepareForSleep", "boolean:true"
    )
    qtbot.waitUntil(lambda: isinstance(one.window.centralWidget(), UnlockPage), timeout=3000)
    assert not isValid(left_open) or not left_open.isVisible()
    assert one.session.opened is None  # the store, and the key with it, is gone
    assert QGuiApplication.clipboard().text() == ""
    assert "ABCD-EFGH-SECRET" not in visible_text(one.window)
    assert MARKER not in visible_text(one.window)


@needs_dbus
@pytest.mark.parametrize("interface", ["org.freedesktop.ScreenSaver", "org.gnome.ScreenSaver"])
def test_the_screen_locking_locks_the_journal(
    qtbot: QtBot,
    watched,  # type: ignore[no-untyped-def]
    encrypted: Path,
    buses: tuple[Bus, Bus],
    interface: str,
) -> None:
    one = watched(encrypted)
    unlock(qtbot, one)
    _, session = buses
    session.signal("/org/freedesktop/ScreenSaver", f"{interface}.ActiveChanged", "boolean:true")
    qtbot.waitUntil(lambda: isinstance(one.window.centralWidget(), UnlockPage), timeout=3000)


@needs_dbus
def test_waking_up_and_the_screen_unlocking_leave_it_as_it_is(
    qtbot: QtBot,
    watched,  # type: ignore[no-untyped-def]
    encrypted: Path,
    buses: tuple[Bus, Bus],
) -> None:
    one = watched(encrypted)
    unlock(qtbot, one)
    system, session = buses
    system.signal(
        "/org/freedesktop/login1", "org.freedesktop.login1.Manager.PrepareForSleep", "boolean:false"
    )
    session.signal(
        "/org/freedesktop/ScreenSaver", "org.freedesktop.ScreenSaver.ActiveChanged", "boolean:false"
    )
    wait_a_little(qtbot)
    assert one.window.journal is not None


@needs_dbus
def test_logind_locking_our_session_locks_but_another_users_does_not(
    qtbot: QtBot,
    watched,  # type: ignore[no-untyped-def]
    encrypted: Path,
    buses: tuple[Bus, Bus],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("XDG_SESSION_ID", "2")
    one = watched(encrypted)
    unlock(qtbot, one)
    system, _ = buses
    lock = "org.freedesktop.login1.Session.Lock"
    system.signal("/org/freedesktop/login1/session/_37", lock)  # session 7: someone else's
    wait_a_little(qtbot)
    assert one.window.journal is not None
    system.signal("/org/freedesktop/login1/session/_32", lock)  # `loginctl lock-session`
    qtbot.waitUntil(lambda: isinstance(one.window.centralWidget(), UnlockPage), timeout=3000)


@needs_dbus
def test_a_plain_journal_has_nothing_to_lock_and_asks_nothing(
    qtbot: QtBot,
    watched,  # type: ignore[no-untyped-def]
    journal_path: Path,
    buses: tuple[Bus, Bus],
) -> None:
    one = watched(journal_path)
    system, _ = buses
    system.signal(
        "/org/freedesktop/login1", "org.freedesktop.login1.Manager.PrepareForSleep", "boolean:true"
    )
    wait_a_little(qtbot)
    assert one.window.journal is not None
    assert QApplication.activeModalWidget() is None  # no "encrypt it?" over a sleeping laptop


def test_logind_session_paths_are_escaped_as_logind_does() -> None:
    assert system_lock.logind_session_path("2") == "/org/freedesktop/login1/session/_32"
    assert system_lock.logind_session_path("c1") == "/org/freedesktop/login1/session/c1"
    assert system_lock.logind_session_path("c-1") == "/org/freedesktop/login1/session/c_2d1"
    assert system_lock.logind_session_path(None) == ""


def test_windows_suspend_and_lock_messages_are_recognised() -> None:
    from ctypes import wintypes

    def reason(message: int, w_param: int, kind: bytes = b"windows_generic_MSG") -> str | None:
        msg = wintypes.MSG()
        msg.message, msg.wParam = message, w_param
        return system_lock.windows_lock_reason(kind, ctypes.addressof(msg))

    assert reason(system_lock.WM_POWERBROADCAST, system_lock.PBT_APMSUSPEND) == "suspend"
    assert reason(system_lock.WM_WTSSESSION_CHANGE, system_lock.WTS_SESSION_LOCK) == "screen lock"
    assert reason(system_lock.WM_WTSSESSION_CHANGE, 0x8) is None  # WTS_SESSION_UNLOCK
    assert reason(system_lock.WM_POWERBROADCAST, 0x12) is None  # PBT_APMRESUMEAUTOMATIC
    assert reason(0x0100, 0) is None  # WM_KEYDOWN
    assert reason(system_lock.WM_POWERBROADCAST, 4, b"xcb_generic_event_t") is None


@needs_dbus
def test_the_laptop_shut_in_the_coaching_hour_ends_it_keeping_the_notes_and_locks(
    qtbot: QtBot,
    watched,  # type: ignore[no-untyped-def]
    journal: Path,
    choose,  # type: ignore[no-untyped-def]
    summaries: list[str],
    buses: tuple[Bus, Bus],
) -> None:
    protection.encrypt(journal, PASSPHRASE)
    one = watched(journal)
    unlock(qtbot, one)
    view = start(qtbot, one)
    view.notes.setPlainText("Call Brandsma before Friday")
    system, _ = buses
    system.signal(
        "/org/freedesktop/login1", "org.freedesktop.login1.Manager.PrepareForSleep", "boolean:true"
    )
    qtbot.waitUntil(lambda: isinstance(one.window.centralWidget(), UnlockPage), timeout=3000)
    assert one.session.coaching_hour is None
    assert ON_AGENDA not in on_screen()  # the coach view went too
    assert summaries == []  # nobody is asked anything over a sleeping laptop
    store = JournalStore.open(journal, protection.unlock(journal, PASSPHRASE))
    try:
        (kept,) = store.sessions()
        assert kept.notes == "Call Brandsma before Friday"
    finally:
        store.close()


def test_macos_sleep_and_screen_lock_notifications_are_listened_for(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import types

    from coachdesk.ui.protection import system_lock_macos

    assert system_lock_macos.listen(print) is None  # no PyObjC here: nothing, no error
    observed: dict[str, tuple[object, str]] = {}

    class Centre:
        def addObserver_selector_name_object_(  # noqa: N802
            self, observer: object, selector: str, name: str, _object: object
        ) -> None:
            observed[name] = (observer, selector)

    class NSObject:
        @classmethod
        def new(cls) -> NSObject:
            return cls()

    centre = Centre()
    workspace = types.SimpleNamespace(notificationCenter=lambda: centre)
    appkit = types.ModuleType("AppKit")
    appkit.NSWorkspace = types.SimpleNamespace(sharedWorkspace=lambda: workspace)  # type: ignore[attr-defined]
    appkit.NSWorkspaceWillSleepNotification = "NSWorkspaceWillSleepNotification"  # type: ignore[attr-defined]
    foundation = types.ModuleType("Foundation")
    foundation.NSObject = NSObject  # type: ignore[attr-defined]
    foundation.NSDistributedNotificationCenter = types.SimpleNamespace(  # type: ignore[attr-defined]
        defaultCenter=lambda: centre
    )
    monkeypatch.setitem(sys.modules, "AppKit", appkit)
    monkeypatch.setitem(sys.modules, "Foundation", foundation)
    monkeypatch.setattr(system_lock_macos, "_observer_class", None)
    heard: list[str] = []
    assert system_lock_macos.listen(heard.append) is not None
    for name in ("NSWorkspaceWillSleepNotification", "com.apple.screenIsLocked"):
        observer, selector = observed[name]
        getattr(observer, selector.replace(":", "_"))(None)
    assert heard == ["suspend", "screen lock"]
