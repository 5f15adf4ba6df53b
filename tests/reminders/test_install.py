"""Installing reminders into a temporary HOME, with stand-ins for systemctl, launchctl and
schtasks, and uninstalling them leaves nothing behind."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path

import pytest

from coachdesk.reminders import install, schedule
from coachdesk.reminders.install import Places

TIMES = schedule.parse_times(["fri 15:00", "mon-fri 08:30"])


class Programs:
    """A stand-in for the scheduler's programs: records each call, answers as told."""

    def __init__(self, works: bool = True) -> None:
        self.works = works
        self.calls: list[list[str]] = []

    def __call__(self, argv: Sequence[str]) -> bool:
        self.calls.append(list(argv))
        return self.works


def places(tmp_path: Path, platform: str) -> Places:
    environ = {"HOME": str(tmp_path / "home"), "XDG_CONFIG_HOME": str(tmp_path / "config")}
    environ["LOCALAPPDATA"] = str(tmp_path / "local")
    return Places.of(platform, environ)


def files_under(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*") if p.is_file())


def test_linux_with_systemd_writes_a_timer_and_service_and_enables_it(tmp_path: Path) -> None:
    where, programs = places(tmp_path, "linux"), Programs()
    done = install.install(TIMES, tmp_path / "j.db", where, programs)
    assert done.how == "systemd"
    assert files_under(tmp_path) == sorted([where.service, where.timer])
    assert where.timer.parent == tmp_path / "config" / "systemd" / "user"
    assert ["systemctl", "--user", "enable", "--now", "coachdesk-remind.timer"] in programs.calls
    assert f'"--journal" "{tmp_path / "j.db"}"' in where.service.read_text()
    found = install.installed(where)
    assert (found.how, found.times) == ("systemd", TIMES)
    assert found.next_fire(dt.datetime(2026, 12, 5, 9)) == dt.datetime(2026, 12, 7, 8, 30)

    removed = install.uninstall(where, programs)
    assert sorted(removed) == sorted([where.service, where.timer])
    assert files_under(tmp_path) == []
    assert ["systemctl", "--user", "disable", "--now", "coachdesk-remind.timer"] in programs.calls
    assert install.installed(where).how is None


def test_linux_without_systemd_falls_back_to_an_autostart_entry(tmp_path: Path) -> None:
    where = places(tmp_path, "linux")
    done = install.install(TIMES, tmp_path / "j.db", where, Programs(works=False))
    assert done.how == "autostart" and done.notes
    assert files_under(tmp_path) == [tmp_path / "config" / "autostart" / where.autostart.name]
    assert "remind --journal" in where.autostart.read_text()
    assert install.installed(where).how == "autostart"
    install.uninstall(where, Programs(works=False))
    assert files_under(tmp_path) == []


def test_installing_again_replaces_the_times(tmp_path: Path) -> None:
    where = places(tmp_path, "linux")
    install.install(TIMES, tmp_path / "j.db", where, Programs())
    install.install(schedule.parse_times(["sat 10:00"]), tmp_path / "j.db", where, Programs())
    assert [str(t) for t in install.installed(where).times] == ["sat 10:00"]
    assert "OnCalendar=Fri" not in where.timer.read_text()


def test_macos_writes_a_launch_agent_and_loads_it(tmp_path: Path) -> None:
    where, programs = places(tmp_path, "darwin"), Programs()
    done = install.install(TIMES, tmp_path / "j.db", where, programs)
    agent = (
        tmp_path
        / "home"
        / "Library"
        / "LaunchAgents"
        / "io.github.coachdesk.coachdesk.remind.plist"
    )
    assert (done.how, files_under(tmp_path)) == ("launchd", [agent])
    assert programs.calls[-1][:2] == ["launchctl", "bootstrap"]
    assert len(install.installed(where).times) == 6  # one per day: Friday twice
    install.uninstall(where, programs)
    assert programs.calls[-1][:2] == ["launchctl", "bootout"]
    assert files_under(tmp_path) == []


def test_windows_writes_the_task_xml_and_creates_the_task(tmp_path: Path) -> None:
    where, programs = places(tmp_path, "win32"), Programs()
    install.install(TIMES, tmp_path / "j.db", where, programs)
    task = tmp_path / "local" / "coachdesk" / "reminders-task.xml"
    assert files_under(tmp_path) == [task]
    assert programs.calls[-1] == [
        "schtasks",
        "/Create",
        "/TN",
        "coachdesk remind",
        "/XML",
        str(task),
        "/F",
    ]
    assert task.read_bytes()[:2] in (b"\xff\xfe", b"\xfe\xff")  # UTF-16 with its BOM
    assert install.installed(where).times == TIMES
    install.uninstall(where, programs)
    assert programs.calls[-1] == ["schtasks", "/Delete", "/TN", "coachdesk remind", "/F"]
    assert files_under(tmp_path) == []


def test_windows_leaves_nothing_when_schtasks_refuses(tmp_path: Path) -> None:
    where = places(tmp_path, "win32")
    with pytest.raises(OSError, match="schtasks"):
        install.install(TIMES, tmp_path / "j.db", where, Programs(works=False))
    assert files_under(tmp_path) == []


def test_the_command_is_this_python_or_the_bundles_own_console_program(tmp_path: Path) -> None:
    journal = tmp_path / "j.db"
    assert install.reminder_command(journal, "linux", "/venv/bin/python", frozen=False) == [
        "/venv/bin/python",
        "-m",
        "coachdesk",
        "remind",
        "--journal",
        str(journal),
    ]
    bundled = install.reminder_command(journal, "darwin", "/A/coachdesk-app", frozen=True)
    assert bundled == ["/A/coachdesk", "remind", "--journal", str(journal)]
    windows = install.reminder_command(journal, "win32", r"C:/P/coachdesk-app.exe", frozen=True)
    assert windows[0] == "C:/P/coachdesk.exe"
    (tmp_path / "python.exe").touch()
    (tmp_path / "pythonw.exe").touch()
    quiet = install.reminder_command(journal, "win32", str(tmp_path / "python.exe"), frozen=False)
    assert quiet[0] == str(tmp_path / "pythonw.exe")


def test_inside_flatpak_nothing_is_written(tmp_path: Path) -> None:
    environ = {"HOME": str(tmp_path), "FLATPAK_ID": "io.github.coachdesk.coachdesk"}
    with pytest.raises(OSError, match="Flatpak"):
        install.install(TIMES, tmp_path / "j.db", Places.of("linux", environ), Programs())
    assert files_under(tmp_path) == []
