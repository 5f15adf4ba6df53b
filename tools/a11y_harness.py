"""The harness of make a11y-check: a private desktop, an ear on AT-SPI, hands on the keys.

A throwaway X display (Xvfb) with its own D-Bus session, the AT-SPI bus and openbox, in a
fresh HOME; the app started in it with AT-SPI always on; the events a screen reader listens
to, kept in order; xdotool for the keyboard; and, if asked, Orca itself with its speech
written to a file. Needs Debian's python3 for pyatspi (python3-pyatspi).
"""

from __future__ import annotations

import os
import re
import shutil
import signal
import subprocess
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

BUS_LAUNCHERS = (
    "/usr/libexec/at-spi-bus-launcher",
    "/usr/lib/at-spi2-core/at-spi-bus-launcher",
    "/usr/lib/at-spi2/at-spi-bus-launcher",
)

# The private desktop ---------------------------------------------------------------------


class SetupError(Exception):
    """A tool is missing or would not start: not a finding about the app."""


def need(program: str, package: str) -> str:
    """The path of `program`, or a SetupError naming the Debian package."""
    found = shutil.which(program)
    if found is None:
        raise SetupError(f"{program} not found: apt-get install {package}")
    return found


def bus_launcher() -> str:
    """at-spi-bus-launcher, wherever the distribution keeps it."""
    for path in BUS_LAUNCHERS:
        if os.access(path, os.X_OK):
            return path
    raise SetupError("at-spi-bus-launcher not found: apt-get install at-spi2-core")


@dataclass
class Desktop:
    """A throwaway X display with a D-Bus session, the AT-SPI bus and a window manager."""

    home: Path
    env: dict[str, str] = field(default_factory=dict)
    processes: list[subprocess.Popen[bytes]] = field(default_factory=list)

    def start(self, program: list[str], log: str) -> subprocess.Popen[bytes]:
        """Run `program` in its own process group, its output into `log` in the home."""
        with open(self.home / log, "wb") as out:
            process = subprocess.Popen(
                program,
                env=self.env,
                cwd=self.home,
                stdout=out,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )
        self.processes.append(process)
        return process

    def stop_all(self) -> None:
        """Stop what was started, newest first: the app before the bus it talks on."""
        for process in reversed(self.processes):
            if process.poll() is None:
                os.killpg(process.pid, signal.SIGTERM)
                try:
                    process.wait(5)
                except subprocess.TimeoutExpired:
                    os.killpg(process.pid, signal.SIGKILL)
                    process.wait()


def private_env(home: Path) -> dict[str, str]:
    """An environment that touches nothing of the user's: HOME and XDG folders in `home`."""
    folders = {
        "XDG_CONFIG_HOME": "config",
        "XDG_DATA_HOME": "data",
        "XDG_CACHE_HOME": "cache",
        "XDG_STATE_HOME": "state",
        "XDG_RUNTIME_DIR": "run",
    }
    env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "HOME": str(home)}
    for name, folder in folders.items():
        (home / folder).mkdir(mode=0o700)
        env[name] = str(home / folder)
    env.update(LANG="C.UTF-8", LC_ALL="C.UTF-8")
    return env


def start_xvfb(desktop: Desktop) -> None:
    """Xvfb on the first free display number (it tells which through -displayfd)."""
    xvfb = need("Xvfb", "xvfb")
    read, write = os.pipe()
    process = subprocess.Popen(
        [xvfb, "-displayfd", str(write), "-screen", "0", "1280x900x24", "-nolisten", "tcp"],
        env=desktop.env,
        pass_fds=(write,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    desktop.processes.append(process)
    os.close(write)
    with os.fdopen(read) as told:
        number = told.readline().strip()
    if not number:
        raise SetupError("Xvfb did not start")
    desktop.env["DISPLAY"] = f":{number}"


def start_session_bus(desktop: Desktop) -> None:
    """A private D-Bus session bus; its address goes into the environment."""
    daemon = need("dbus-daemon", "dbus-daemon")
    process = subprocess.Popen(
        [daemon, "--session", "--nofork", "--print-address=1"],
        env=desktop.env,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    desktop.processes.append(process)
    assert process.stdout is not None
    address = process.stdout.readline().decode().strip()
    if not address:
        raise SetupError("dbus-daemon did not start")
    desktop.env["DBUS_SESSION_BUS_ADDRESS"] = address


def wait_until(ready: Callable[[], bool], what: str, seconds: float = 20) -> None:
    """Poll `ready` until it is true; a SetupError naming `what` if it never is."""
    end = time.monotonic() + seconds
    while not ready():
        if time.monotonic() > end:
            raise SetupError(f"{what} did not start within {seconds:.0f} s")
        time.sleep(0.1)


def start_accessibility_bus(desktop: Desktop) -> None:
    """The AT-SPI bus (at-spi-bus-launcher; the registry starts on it by D-Bus activation)."""
    desktop.start([bus_launcher(), "--launch-immediately"], "at-spi-bus.log")

    def owned() -> bool:
        asked = subprocess.run(
            [
                need("dbus-send", "dbus-bin"),
                "--session",
                "--print-reply=literal",
                "--dest=org.freedesktop.DBus",
                "/org/freedesktop/DBus",
                "org.freedesktop.DBus.NameHasOwner",
                "string:org.a11y.Bus",
            ],
            env=desktop.env,
            capture_output=True,
            text=True,
            check=False,
        )
        return "true" in asked.stdout

    wait_until(owned, "the AT-SPI bus (org.a11y.Bus)")


def start_window_manager(desktop: Desktop) -> None:
    """openbox: without a window manager, focus is lost when a dialog closes."""
    ready = desktop.home / "openbox-ready"
    openbox = need("openbox", "openbox")
    desktop.start([openbox, "--sm-disable", "--startup", f"touch {ready}"], "openbox.log")
    wait_until(ready.exists, "openbox")


@contextmanager
def private_desktop() -> Iterator[Desktop]:
    """Xvfb, a D-Bus session, the AT-SPI bus and openbox; all stopped and removed after."""
    with tempfile.TemporaryDirectory(prefix="coachdesk-a11y-") as folder:
        home = Path(folder)
        desktop = Desktop(home, private_env(home))
        try:
            start_xvfb(desktop)
            start_session_bus(desktop)
            start_accessibility_bus(desktop)
            start_window_manager(desktop)
            # pyatspi and xdotool in this process talk to this desktop, and to nothing else.
            os.environ.clear()
            os.environ.update(desktop.env)
            yield desktop
        finally:
            desktop.stop_all()


def start_app(desktop: Desktop, coachdesk: Path) -> subprocess.Popen[bytes]:
    """The demo journal in a new file, opened in the real app with AT-SPI always on."""
    journal = desktop.home / "journal.db"
    made = subprocess.run(
        [str(coachdesk), "demo", "--journal", str(journal), "--language", "en"],
        env=desktop.env,
        capture_output=True,
        text=True,
        check=False,
    )
    if made.returncode != 0:
        raise SetupError(f"coachdesk demo failed: {made.stderr.strip()}")
    desktop.env.update(
        QT_QPA_PLATFORM="xcb", QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1", QT_ACCESSIBILITY="1"
    )
    return desktop.start([str(coachdesk), "--journal", str(journal)], "app.log")


# Listening -------------------------------------------------------------------------------


@dataclass
class Heard:
    """One AT-SPI event as a screen reader gets it: what kind, and about which object."""

    kind: str  # focus, name, description, announcement, caret, window
    role: str
    name: str
    description: str
    source: Any  # the Atspi.Accessible, for its text
    data: str = ""  # an announcement's words, a caret's offset

    def __str__(self) -> str:
        if self.kind == "announcement":
            return f"announcement: '{self.data}'"
        said = f"{self.kind}: {self.role} '{short(self.name)}'"
        if self.description:
            said += f" desc '{short(self.description)}'"
        return said

    @property
    def spoken(self) -> str:
        """Name and description, as Orca speaks them when focus lands."""
        return f"{self.name} {self.description}"


class Ear:
    """Listens to the events Orca listens to, and keeps them in order."""

    KINDS = {
        "object:state-changed:focused": "focus",
        "object:property-change:accessible-name": "name",
        "object:property-change:accessible-description": "description",
        "object:announcement": "announcement",
        "object:text-caret-moved": "caret",
        "window:activate": "window",
    }

    def __init__(self) -> None:
        import pyatspi
        from gi.repository import GLib

        self._context = GLib.MainContext.default()
        self.heard: list[Heard] = []
        for name in self.KINDS:
            # One registration each: with several names at once libatspi 2.46 left
            # object:announcement out.
            pyatspi.Registry.registerEventListener(self._on_event, name)

    def _on_event(self, event: Any) -> None:
        kind = next(k for name, k in self.KINDS.items() if event.type.startswith(name))
        if kind == "focus" and not event.detail1:
            return  # focus leaving: nothing is said
        try:
            source = event.source
            heard = Heard(kind, source.getRoleName(), source.name or "", "", source)
            heard.description = source.description or ""
        except Exception:  # an object already gone: nothing of it is said
            return
        if kind == "announcement":
            heard.data = str(event.any_data)
        elif kind == "caret":
            heard.data = str(event.detail1)
        self.heard.append(heard)

    def pump(self, seconds: float) -> None:
        """Let events arrive for `seconds`."""
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            if not self._context.iteration(False):
                time.sleep(0.02)

    def settle(self, quiet: float = 0.7, longest: float = 8.0) -> None:
        """Wait until nothing has been heard for `quiet` seconds (at most `longest`)."""
        end = time.monotonic() + longest
        count, calm_since = len(self.heard), time.monotonic()
        while time.monotonic() < end:
            self.pump(0.05)
            if len(self.heard) != count:
                count, calm_since = len(self.heard), time.monotonic()
            elif time.monotonic() - calm_since >= quiet:
                return

    def since(self, mark: int, kind: str | None = None) -> list[Heard]:
        """What was heard after `mark` (a length of `heard`), of one kind if given."""
        return [h for h in self.heard[mark:] if kind is None or h.kind == kind]

    def focus_since(self, mark: int) -> Heard | None:
        """Where focus landed last after `mark`, if it moved (or landed again)."""
        landed = self.since(mark, "focus")
        return landed[-1] if landed else None

    def focus_twice(self, mark: int) -> bool:
        """Whether the last two focus events after `mark` were for one and the same object."""
        landed = self.since(mark, "focus")
        return len(landed) >= 2 and landed[-1].source == landed[-2].source

    def wait_for(self, mark: int, wanted: Callable[[Heard], bool], seconds: float = 8) -> bool:
        """Wait until something heard after `mark` is `wanted`."""
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            if any(wanted(h) for h in self.heard[mark:]):
                return True
            self.pump(0.05)
        return False


class Keyboard:
    """The user's hands: xdotool into the focused window, then listening until it is calm."""

    def __init__(self, ear: Ear, orca: Orca | None = None) -> None:
        self._xdotool = need("xdotool", "xdotool")
        self._ear = ear
        self._orca = orca

    def press(self, *keys: str, quiet: float = 0.7) -> int:
        """Press `keys` one after the other; returns the mark of what was heard from then."""
        mark = len(self._ear.heard)
        for key in keys:
            subprocess.run([self._xdotool, "key", key], check=True)
            self._ear.pump(0.15)
        self._calm(quiet)
        return mark

    def _calm(self, quiet: float = 0.7) -> None:
        """Wait until the app (and Orca, if it runs) has said what the keys caused."""
        self._ear.settle(quiet)
        if self._orca is not None:  # let Orca finish speaking before the next key
            self._orca.wait_quiet(0.8)
            self._ear.settle(0.3)  # and hear what came meanwhile, before names change again

    def activate(self, title: str) -> None:
        """Give the X input focus to the window called `title`, as a user would click it.

        A dialog that opens just as the window manager hands focus back to the main window
        would get no keys, and, being modal, would stop everything after it.
        """
        found = [self._xdotool, "search", "--sync", "--name", f"^{title}$"]
        try:
            subprocess.run(
                [*found, "windowactivate", "--sync"], timeout=10, check=False, capture_output=True
            )
        except subprocess.TimeoutExpired:
            pass  # no such window: the keys go where the focus is, and the check says so
        self._ear.settle()

    def type(self, text: str) -> int:
        """Type `text` (ASCII) as keystrokes."""
        mark = len(self._ear.heard)
        subprocess.run([self._xdotool, "type", "--delay", "15", text], check=True)
        self._calm()
        return mark


# Orca, with what it sends to speech also written at once to a file: its "speech" log
# (kept for its regression tests) gets a file handler. Its --debug-file is written in 8 KB
# blocks, too late to tell which key a sentence belonged to.
ORCA_WITH_SPEECH_LOG = """
import logging, runpy, sys
logging.getLogger("speech").addHandler(logging.FileHandler(sys.argv.pop(1), encoding="utf-8"))
sys.argv[0] = "orca"
runpy.run_path(sys.argv.pop(1), run_name="__main__")
"""


class Orca:
    """Orca itself, optional (--orca), and what it sends to speech.

    Without an audio device speech-dispatcher does not start; Orca then speaks to no one,
    but still logs every utterance ("SPEECH OUTPUT: '…'").
    """

    UTTERANCE = re.compile(r"SPEECH OUTPUT: '(.*)'(?: ?\{.*\})?$")

    def __init__(self, desktop: Desktop) -> None:
        self.log = desktop.home / "orca-speech.log"
        prefs = desktop.home / "orca"
        prefs.mkdir()
        orca = need("orca", "orca")
        launch = ["/usr/bin/python3", "-c", ORCA_WITH_SPEECH_LOG, str(self.log), orca]
        desktop.start([*launch, "-u", str(prefs)], "orca.log")
        self._read = 0
        wait_until(lambda: "Screen reader on" in " ".join(self._new_lines()), "Orca", 60)

    def _new_lines(self) -> list[str]:
        if not self.log.exists():
            return []
        with open(self.log, "rb") as log:
            log.seek(self._read)
            text = log.read()
        done = text.rfind(b"\n") + 1  # a line still being written waits for the next time
        self._read += done
        return text[:done].decode("utf-8", errors="replace").splitlines()

    def said(self) -> list[str]:
        """What Orca said since the last time asked, without the echo of each key."""
        found = (self.UTTERANCE.search(line) for line in self._new_lines())
        spoken = (m.group(1) for m in found if m)
        return [words for words in spoken if words.strip() and not words.endswith(" ")]

    def wait_quiet(self, quiet: float = 1.5, longest: float = 12) -> None:
        """Orca speaks after the events arrive: wait until its log stops growing."""
        end = time.monotonic() + longest
        size, calm_since = -1, time.monotonic()
        while time.monotonic() < end:
            now = self.log.stat().st_size
            if now != size:
                size, calm_since = now, time.monotonic()
            elif time.monotonic() - calm_since >= quiet:
                return
            time.sleep(0.1)


# A transcript line should fit a terminal; the whole text is in the failure lines.
SHORT = 90


def short(text: str) -> str:
    """`text` on one line, cut to fit a transcript line."""
    text = " ".join(text.split())
    return text if len(text) <= SHORT else text[: SHORT - 1] + "…"
