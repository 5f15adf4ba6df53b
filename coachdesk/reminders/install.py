"""Putting the reminder files where each system's scheduler finds them, and taking them away.

The running of programs (systemctl, launchctl, schtasks) goes through `run`, so tests
install into a temporary HOME with a stand-in and check that nothing is left afterwards.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import subprocess
import sys
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from coachdesk.reminders import schedule
from coachdesk.reminders.schedule import ReminderTime

Run = Callable[[Sequence[str]], bool]  # True when the program ran and succeeded


def run_program(argv: Sequence[str]) -> bool:
    """Run a scheduler's program quietly; False when it is missing or fails."""
    if shutil.which(argv[0]) is None:
        return False
    try:
        done = subprocess.run(list(argv), capture_output=True, timeout=30, check=False)
    except (OSError, subprocess.TimeoutExpired):
        return False
    return done.returncode == 0


def coachdesk_command(
    arguments: Sequence[str],
    window: bool = False,
    platform: str = sys.platform,
    executable: str = sys.executable,
    frozen: bool = getattr(sys, "frozen", False),
) -> list[str]:
    """`coachdesk ARGUMENTS` whatever PATH the scheduler has: this Python running the
    package (on Windows pythonw, so no console window flashes), or in a bundle
    (PyInstaller) its own program: `coachdesk` for the command line, `coachdesk-app` for
    the window (it has no console on Windows)."""
    program = Path(executable)
    if frozen:
        name = "coachdesk-app" if window else "coachdesk"
        return [str(program.with_name(name + (".exe" if platform == "win32" else ""))), *arguments]
    if platform == "win32" and program.with_name("pythonw.exe").exists():
        program = program.with_name("pythonw.exe")
    return [str(program), "-m", "coachdesk", *arguments]


def reminder_command(
    journal: Path,
    platform: str = sys.platform,
    executable: str = sys.executable,
    frozen: bool = getattr(sys, "frozen", False),
) -> list[str]:
    """The command the scheduler runs: `coachdesk remind --journal JOURNAL`."""
    arguments = ["remind", "--journal", str(journal)]
    return coachdesk_command(arguments, False, platform, executable, frozen)


@dataclass(frozen=True)
class Places:
    """Where the files go for one platform and user."""

    platform: str
    home: Path
    config: Path  # $XDG_CONFIG_HOME on Linux
    local_data: Path  # where the Windows task's XML is kept
    sandboxed: bool = False  # in a Flatpak: its own ~/.config, no systemctl of the host

    @classmethod
    def of(cls, platform: str = sys.platform, environ: Mapping[str, str] = os.environ) -> Places:
        """The places for this user, from the environment as each system sets it."""
        home = Path(environ.get("HOME") or environ.get("USERPROFILE") or Path.home())
        config = Path(environ.get("XDG_CONFIG_HOME") or home / ".config")
        local = Path(environ.get("LOCALAPPDATA") or home / "AppData" / "Local")
        return cls(platform, home, config, local / "coachdesk", "FLATPAK_ID" in environ)

    @property
    def timer(self) -> Path:
        return self.config / "systemd" / "user" / f"{schedule.UNIT}.timer"

    @property
    def service(self) -> Path:
        return self.config / "systemd" / "user" / f"{schedule.UNIT}.service"

    @property
    def autostart(self) -> Path:
        return self.config / "autostart" / "io.github.coachdesk.coachdesk.remind.desktop"

    @property
    def launch_agent(self) -> Path:
        return self.home / "Library" / "LaunchAgents" / f"{schedule.LAUNCH_LABEL}.plist"

    @property
    def task(self) -> Path:
        return self.local_data / "reminders-task.xml"

    def all_files(self) -> list[Path]:
        """Every file reminders may have written on this platform."""
        if self.platform == "darwin":
            return [self.launch_agent]
        if self.platform == "win32":
            return [self.task]
        return [self.timer, self.service, self.autostart]


@dataclass
class Installed:
    """What is installed: how, its files, its times, and when it fires next."""

    how: str | None  # "systemd", "autostart", "launchd", "task scheduler"; None: nothing
    files: list[Path] = field(default_factory=list)
    times: list[ReminderTime] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    def next_fire(self, now: dt.datetime) -> dt.datetime | None:
        """When it fires next (None at login only, or when nothing is installed)."""
        return schedule.next_fire(self.times, now)


def _write(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(path.name + ".tmp")
    temporary.write_bytes(data)
    os.replace(temporary, path)


def _gui_domain() -> str:
    return f"gui/{os.getuid()}" if hasattr(os, "getuid") else "gui/501"


def install(
    times: Sequence[ReminderTime], journal: Path, places: Places, run: Run = run_program
) -> Installed:
    """Write the files for these times and tell the scheduler; replaces an earlier install."""
    if places.sandboxed:
        raise OSError(
            "inside the Flatpak sandbox the system's scheduler cannot be reached; "
            "see docs/reminders.md"
        )
    uninstall(places, run)
    command = reminder_command(journal, places.platform)
    if places.platform == "darwin":
        _write(places.launch_agent, schedule.launch_agent(times, command))
        notes = []
        if not run(["launchctl", "bootstrap", _gui_domain(), str(places.launch_agent)]):
            notes.append("launchctl did not load it now; it loads at your next login")
        return Installed("launchd", [places.launch_agent], list(times), notes)
    if places.platform == "win32":
        _write(places.task, schedule.task_xml(times, command).encode("utf-16"))
        create = ["schtasks", "/Create", "/TN", schedule.TASK_NAME, "/XML", str(places.task), "/F"]
        if not run(create):
            places.task.unlink()
            raise OSError("schtasks could not create the task; nothing was installed")
        return Installed("task scheduler", [places.task], list(times))
    _write(places.timer, schedule.systemd_timer(times).encode())
    _write(places.service, schedule.systemd_service(command).encode())
    if run(["systemctl", "--user", "daemon-reload"]) and run(
        ["systemctl", "--user", "enable", "--now", places.timer.name]
    ):
        return Installed("systemd", [places.timer, places.service], list(times))
    # No systemd user manager (another init, a container, no session bus): at login instead.
    places.timer.unlink()
    places.service.unlink()
    _write(places.autostart, schedule.autostart_entry(command).encode())
    note = "no systemd user session answered: coachdesk reminds you at login instead"
    return Installed("autostart", [places.autostart], [], [note])


def uninstall(places: Places, run: Run = run_program) -> list[Path]:
    """Stop and remove whatever reminders installed; the files removed."""
    present = [path for path in places.all_files() if path.exists()]
    if places.platform == "darwin" and places.launch_agent in present:
        run(["launchctl", "bootout", _gui_domain(), str(places.launch_agent)])
    if places.platform == "win32" and places.task in present:
        run(["schtasks", "/Delete", "/TN", schedule.TASK_NAME, "/F"])
    if places.platform not in ("darwin", "win32") and places.timer in present:
        run(["systemctl", "--user", "disable", "--now", places.timer.name])
    for path in present:
        path.unlink()
    if places.platform not in ("darwin", "win32") and places.timer in present:
        run(["systemctl", "--user", "daemon-reload"])
    return present


def installed(places: Places) -> Installed:
    """What reminders are installed now, read back from their files."""
    if places.platform == "darwin":
        if places.launch_agent.exists():
            times = schedule.launch_agent_times(places.launch_agent.read_bytes())
            return Installed("launchd", [places.launch_agent], times)
    elif places.platform == "win32":
        if places.task.exists():
            text = places.task.read_bytes().decode("utf-16")
            return Installed("task scheduler", [places.task], schedule.described_times(text))
    elif places.timer.exists():
        times = schedule.described_times(places.timer.read_text())
        return Installed("systemd", [places.timer, places.service], times)
    elif places.autostart.exists():
        return Installed("autostart", [places.autostart])
    return Installed(None)
