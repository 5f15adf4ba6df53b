"""The reminder times and the files each system's scheduler reads, rendered on any system."""

from __future__ import annotations

import datetime as dt
import os
import plistlib
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from coachdesk.reminders import schedule
from coachdesk.reminders.schedule import ReminderTime, parse_time, parse_times

COMMAND = ["/opt/my python/bin/python3", "-m", "coachdesk", "remind", "--journal", "/h/50% j.db"]
TASK_NS = {"t": "http://schemas.microsoft.com/windows/2004/02/mit/task"}


def test_a_time_names_its_days_and_a_bare_time_means_weekdays() -> None:
    assert parse_time("fri 15:00") == ReminderTime((4,), 15, 0)
    assert parse_time("Mon-Fri 8:30") == ReminderTime((0, 1, 2, 3, 4), 8, 30)
    assert parse_time("08:30") == ReminderTime((0, 1, 2, 3, 4), 8, 30)
    assert parse_time("mon,wed,sat-sun 12:00").days == (0, 2, 5, 6)
    assert parse_time("daily 07:00").days == tuple(range(7))
    assert str(parse_time("mon,wed,sat-sun 12:00")) == "mon,wed,sat-sun 12:00"
    assert parse_time("ma-vr 08:30") == parse_time("mon-fri 08:30")
    assert parse_time("Vr 15:00") == parse_time("fri 15:00")
    assert parse_time("dagelijks 9:00").days == tuple(range(7))


@pytest.mark.parametrize("spec", ["fri", "25:00", "fri 10:60", "fry 10:00", "sun-mon 9:00"])
def test_what_is_not_a_time_is_refused_with_a_reason(spec: str) -> None:
    with pytest.raises(ValueError, match=r"\S"):
        parse_time(spec)


def test_the_defaults_are_friday_afternoon_and_weekday_mornings_never_the_weekend() -> None:
    times = parse_times([])
    assert [str(t) for t in times] == ["fri 15:00", "mon-fri 08:30"]
    assert all(day < 5 for t in times for day in t.days)


def test_next_fire_skips_the_weekend_and_takes_the_earliest_of_several() -> None:
    times = parse_times(["fri 15:00", "mon-fri 08:30", "mon-fri 17:45"])
    saturday = dt.datetime(2026, 12, 5, 10, 0)
    assert schedule.next_fire(times, saturday) == dt.datetime(2026, 12, 7, 8, 30)
    friday_noon = dt.datetime(2026, 12, 4, 12, 0)
    assert schedule.next_fire(times, friday_noon) == dt.datetime(2026, 12, 4, 15, 0)
    assert schedule.next_fire(times, dt.datetime(2026, 12, 4, 8, 30)) == friday_noon.replace(
        hour=15
    )
    assert schedule.next_fire([], saturday) is None


def test_the_systemd_timer_has_one_calendar_line_per_time() -> None:
    timer = schedule.systemd_timer(parse_times(["fri 15:00", "mon-fri 08:30"]))
    assert "OnCalendar=Fri *-*-* 15:00:00\n" in timer
    assert "OnCalendar=Mon,Tue,Wed,Thu,Fri *-*-* 08:30:00\n" in timer
    assert "WantedBy=timers.target" in timer
    assert [str(t) for t in schedule.described_times(timer)] == ["fri 15:00", "mon-fri 08:30"]


def test_the_service_quotes_a_journal_path_with_spaces_and_percent() -> None:
    service = schedule.systemd_service(COMMAND)
    assert 'ExecStart="/opt/my python/bin/python3" "-m"' in service
    assert '"/h/50%% j.db"' in service


@pytest.mark.skipif(shutil.which("systemd-analyze") is None, reason="no systemd-analyze")
def test_systemd_analyze_verifies_the_timer_and_service(tmp_path: Path) -> None:
    times = parse_times(["fri 15:00", "mon-fri 08:30", "sat 10:00"])
    python = shutil.which("python3") or "/usr/bin/python3"
    command = [python, "-m", "coachdesk", "remind", "--journal", "/h/50% j.db"]
    (tmp_path / "coachdesk-remind.timer").write_text(schedule.systemd_timer(times))
    (tmp_path / "coachdesk-remind.service").write_text(schedule.systemd_service(command))
    for calendar in ("Fri *-*-* 15:00:00", "Mon,Tue,Wed,Thu,Fri *-*-* 08:30:00"):
        checked = subprocess.run(
            ["systemd-analyze", "calendar", calendar], capture_output=True, text=True
        )
        assert checked.returncode == 0, checked.stderr
    runtime = tmp_path / "run"
    runtime.mkdir(mode=0o700)
    verified = subprocess.run(
        ["systemd-analyze", "verify", "--user", str(tmp_path / "coachdesk-remind.timer")],
        capture_output=True,
        text=True,
        env={**os.environ, "XDG_RUNTIME_DIR": str(runtime)},
    )
    # A bad line is only a warning on stderr, with exit status 0.
    complaints = [line for line in verified.stderr.splitlines() if "coachdesk-remind" in line]
    assert (verified.returncode, complaints) == (0, [])


@pytest.mark.skipif(shutil.which("desktop-file-validate") is None, reason="no validator")
def test_the_autostart_entry_is_a_valid_desktop_entry(tmp_path: Path) -> None:
    entry = tmp_path / "io.github.coachdesk.coachdesk.remind.desktop"
    entry.write_text(schedule.autostart_entry(COMMAND))
    checked = subprocess.run(["desktop-file-validate", str(entry)], capture_output=True, text=True)
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert 'Exec="/opt/my python/bin/python3" -m coachdesk remind --journal "/h/50%% j.db"' in (
        entry.read_text()
    )


def test_the_launch_agent_has_a_calendar_interval_per_day_with_sunday_zero() -> None:
    plist = schedule.launch_agent(parse_times(["fri 15:00", "sat-sun 10:00"]), COMMAND)
    agent = plistlib.loads(plist)
    assert agent["Label"] == "io.github.coachdesk.coachdesk.remind"
    assert agent["ProgramArguments"] == COMMAND
    assert agent["StartCalendarInterval"] == [
        {"Weekday": 5, "Hour": 15, "Minute": 0},
        {"Weekday": 6, "Hour": 10, "Minute": 0},
        {"Weekday": 0, "Hour": 10, "Minute": 0},
    ]
    assert [str(t) for t in schedule.launch_agent_times(plist)] == [
        "fri 15:00",
        "sat 10:00",
        "sun 10:00",
    ]


def test_the_windows_task_triggers_weekly_on_the_chosen_days() -> None:
    xml = schedule.task_xml(parse_times(["fri 15:00", "mon-fri 08:30"]), COMMAND)
    root = ET.fromstring(xml.encode("utf-16"))
    triggers = root.findall("t:Triggers/t:CalendarTrigger", TASK_NS)
    days = [
        [d.tag.split("}")[1] for d in t.find("t:ScheduleByWeek/t:DaysOfWeek", TASK_NS) or []]
        for t in triggers
    ]
    assert days == [["Friday"], ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]]
    starts = [t.findtext("t:StartBoundary", namespaces=TASK_NS) for t in triggers]
    assert [s[-8:] for s in starts if s] == ["15:00:00", "08:30:00"]
    assert root.findtext("t:Actions/t:Exec/t:Command", namespaces=TASK_NS) == COMMAND[0]
    arguments = root.findtext("t:Actions/t:Exec/t:Arguments", namespaces=TASK_NS)
    assert arguments == '-m coachdesk remind --journal "/h/50% j.db"'
    assert root.findtext("t:Principals/t:Principal/t:LogonType", namespaces=TASK_NS) == (
        "InteractiveToken"
    )
    assert [str(t) for t in schedule.described_times(xml)] == ["fri 15:00", "mon-fri 08:30"]
