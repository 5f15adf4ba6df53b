"""The reminder times and the files that make each system's scheduler run `coachdesk remind`.

Pure: a list of times in, file contents out (the platform a parameter), so the files for
Windows and macOS are tested on Linux. Nothing here carries journal text: only times and
the command to run.
"""

from __future__ import annotations

import datetime as dt
import plistlib
import re
from collections.abc import Sequence
from dataclasses import dataclass
from html import escape  # not the sax escape: that one loads the web modules

DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
WEEKDAYS = tuple(range(5))
# The weekly reflection on Friday afternoon, due items on weekday mornings; the weekend
# stays quiet unless asked (the seed's stress begins on Saturday).
DEFAULT_TIMES = ("fri 15:00", "mon-fri 08:30")
UNIT = "coachdesk-remind"
LAUNCH_LABEL = "io.github.coachdesk.coachdesk.remind"
TASK_NAME = "coachdesk remind"

_SPEC = re.compile(r"^\s*(?:(?P<days>[a-z,\-]+)\s+)?(?P<h>\d{1,2}):(?P<m>\d{2})\s*$")


@dataclass(frozen=True)
class ReminderTime:
    """A time of day on some days of the week (0 Monday … 6 Sunday)."""

    days: tuple[int, ...]
    hour: int
    minute: int

    def __str__(self) -> str:
        return f"{_days_text(self.days)} {self.hour:02d}:{self.minute:02d}"


def _days_text(days: tuple[int, ...]) -> str:
    if days == tuple(range(7)):
        return "daily"
    parts: list[str] = []
    start = prev = days[0]
    for day in (*days[1:], None):
        if day is not None and day == prev + 1:
            prev = day
            continue
        parts.append(DAYS[start] if start == prev else f"{DAYS[start]}-{DAYS[prev]}")
        if day is not None:
            start = prev = day
    return ",".join(parts)


# Dutch abbreviations too, so the times can be typed as the Dutch Settings dialog shows them.
_DUTCH_DAYS = ("ma", "di", "wo", "do", "vr", "za", "zo")


def _day(name: str) -> int:
    for names in (DAYS, _DUTCH_DAYS):
        if name in names:
            return names.index(name)
    raise ValueError(f"unknown day {name!r}: use mon tue wed thu fri sat sun or daily")


def _parse_days(text: str) -> tuple[int, ...]:
    if text in ("daily", "dagelijks"):
        return tuple(range(7))
    days: set[int] = set()
    for part in text.split(","):
        first, _, last = part.partition("-")
        a, b = _day(first), _day(last or first)
        if b < a:
            raise ValueError(f"{part!r} runs backwards: write it as two, such as sat-sun,mon")
        days.update(range(a, b + 1))
    return tuple(sorted(days))


def parse_time(spec: str) -> ReminderTime:
    """ "fri 15:00", "mon-fri 08:30", "mon,wed 12:00", "daily 9:00"; a bare "08:30" means
    weekdays (the weekend only when asked). Dutch day names (ma … zo, dagelijks) too."""
    match = _SPEC.match(spec.lower())
    if match is None:
        raise ValueError(f'{spec!r} is not a time: write for example "mon-fri 08:30"')
    hour, minute = int(match["h"]), int(match["m"])
    if hour > 23 or minute > 59:
        raise ValueError(f"{spec!r}: no such time of day")
    days = _parse_days(match["days"]) if match["days"] else WEEKDAYS
    return ReminderTime(days, hour, minute)


def parse_times(specs: Sequence[str]) -> list[ReminderTime]:
    """Each spec parsed, in the given order, duplicates dropped; the defaults when none."""
    times: list[ReminderTime] = []
    for spec in specs or DEFAULT_TIMES:
        time = parse_time(spec)
        if time not in times:
            times.append(time)
    return times


def next_fire(times: Sequence[ReminderTime], now: dt.datetime) -> dt.datetime | None:
    """When the first of these times comes next after `now` (None for no times)."""
    candidates = []
    for offset in range(8):
        day = now.date() + dt.timedelta(days=offset)
        for time in times:
            if day.weekday() in time.days:
                at = dt.datetime.combine(day, dt.time(time.hour, time.minute), now.tzinfo)
                if at > now:
                    candidates.append(at)
    return min(candidates, default=None)


# --- Linux: a systemd user timer and service, or an XDG autostart entry -------------------

_SYSTEMD_DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")


def _systemd_quote(arg: str) -> str:
    # systemd.syntax: double quotes, C-style backslash escapes; % starts a specifier.
    body = arg.replace("\\", "\\\\").replace('"', '\\"').replace("%", "%%")
    return f'"{body}"'


def on_calendar(time: ReminderTime) -> str:
    """The OnCalendar= value for one time, as systemd.time(7) writes it."""
    days = ",".join(_SYSTEMD_DAYS[d] for d in time.days)
    return f"{days} *-*-* {time.hour:02d}:{time.minute:02d}:00"


def systemd_timer(times: Sequence[ReminderTime]) -> str:
    """The .timer unit: one OnCalendar line per time; a missed time runs at the next start."""
    calendar = "".join(f"OnCalendar={on_calendar(t)}\n" for t in times)
    return (
        "[Unit]\n"
        f"Description=coachdesk reminders ({'; '.join(str(t) for t in times)})\n"
        "\n[Timer]\n"
        f"{calendar}"
        "Persistent=true\n"
        "\n[Install]\n"
        "WantedBy=timers.target\n"
    )


def systemd_service(command: Sequence[str]) -> str:
    """The .service unit the timer starts: one run of `coachdesk remind`."""
    return (
        "[Unit]\n"
        "Description=coachdesk reminder (kinds and counts only, never journal text)\n"
        "\n[Service]\n"
        "Type=oneshot\n"
        f"ExecStart={' '.join(_systemd_quote(a) for a in command)}\n"
    )


def _desktop_quote(arg: str) -> str:
    # The desktop entry spec: quote with reserved characters escaped, and the string
    # escape of backslashes applied on top; % is a field code.
    if arg and not re.search(r"[\s\"'\\><~|&;$*?#()`%=]", arg):
        return arg
    quoted = re.sub(r'(["`$\\])', r"\\\1", arg).replace("%", "%%")
    return '"' + quoted.replace("\\", "\\\\") + '"'


def autostart_entry(command: Sequence[str]) -> str:
    """An XDG autostart entry that runs `coachdesk remind` once at login (no systemd)."""
    return (
        "[Desktop Entry]\n"
        "Type=Application\n"
        "Name=coachdesk reminders\n"
        "Comment=What is due in your journal: kinds and counts only, never text\n"
        f"Exec={' '.join(_desktop_quote(a) for a in command)}\n"
        "Terminal=false\n"
        "NoDisplay=true\n"
        "X-GNOME-Autostart-enabled=true\n"
    )


# --- macOS: a LaunchAgent ------------------------------------------------------------------


def launch_agent(times: Sequence[ReminderTime], command: Sequence[str]) -> bytes:
    """The LaunchAgent plist: one StartCalendarInterval per day and time (launchd: 0 is
    Sunday)."""
    intervals = [
        {"Weekday": (day + 1) % 7, "Hour": t.hour, "Minute": t.minute}
        for t in times
        for day in t.days
    ]
    agent = {
        "Label": LAUNCH_LABEL,
        "ProgramArguments": list(command),
        "StartCalendarInterval": intervals,
        "RunAtLoad": False,
        "ProcessType": "Background",
    }
    return plistlib.dumps(agent)


def launch_agent_times(plist: bytes) -> list[ReminderTime]:
    """The times a LaunchAgent of ours holds, one per day (for `status`)."""
    intervals = plistlib.loads(plist).get("StartCalendarInterval", [])
    return [
        ReminderTime(((int(i["Weekday"]) - 1) % 7,), int(i["Hour"]), int(i["Minute"]))
        for i in intervals
    ]


# --- Windows: a Task Scheduler task ---------------------------------------------------------

_WINDOWS_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def _windows_arguments(args: Sequence[str]) -> str:
    # CommandLineToArgvW: quote an argument with spaces; backslashes before a quote double.
    def one(arg: str) -> str:
        if arg and not re.search(r'[\s"]', arg):
            return arg
        body = re.sub(r'(\\*)"', r'\1\1\\"', arg)
        body = re.sub(r"(\\+)$", r"\1\1", body)
        return f'"{body}"'

    return " ".join(one(a) for a in args)


def task_xml(times: Sequence[ReminderTime], command: Sequence[str]) -> str:
    """The task for `schtasks /Create /TN "coachdesk remind" /XML FILE`: a weekly calendar
    trigger per time, run as the logged-on user only, a missed time run when possible."""
    triggers = "".join(
        "    <CalendarTrigger>\n"
        f"      <StartBoundary>2025-01-06T{t.hour:02d}:{t.minute:02d}:00</StartBoundary>\n"
        "      <Enabled>true</Enabled>\n"
        "      <ScheduleByWeek>\n"
        "        <DaysOfWeek>"
        + "".join(f"<{_WINDOWS_DAYS[d]} />" for d in t.days)
        + "</DaysOfWeek>\n"
        "        <WeeksInterval>1</WeeksInterval>\n"
        "      </ScheduleByWeek>\n"
        "    </CalendarTrigger>\n"
        for t in times
    )
    description = escape(f"coachdesk reminders ({'; '.join(str(t) for t in times)})")
    return (
        '<?xml version="1.0" encoding="UTF-16"?>\n'
        '<Task version="1.2" xmlns="http://schemas.microsoft.com/windows/2004/02/mit/task">\n'
        "  <RegistrationInfo>\n"
        f"    <Description>{description}</Description>\n"
        "  </RegistrationInfo>\n"
        "  <Triggers>\n"
        f"{triggers}"
        "  </Triggers>\n"
        "  <Principals>\n"
        '    <Principal id="Author">\n'
        "      <LogonType>InteractiveToken</LogonType>\n"
        "      <RunLevel>LeastPrivilege</RunLevel>\n"
        "    </Principal>\n"
        "  </Principals>\n"
        "  <Settings>\n"
        "    <MultipleInstancesPolicy>IgnoreNew</MultipleInstancesPolicy>\n"
        "    <DisallowStartIfOnBatteries>false</DisallowStartIfOnBatteries>\n"
        "    <StopIfGoingOnBatteries>false</StopIfGoingOnBatteries>\n"
        "    <StartWhenAvailable>true</StartWhenAvailable>\n"
        "    <ExecutionTimeLimit>PT5M</ExecutionTimeLimit>\n"
        "  </Settings>\n"
        '  <Actions Context="Author">\n'
        "    <Exec>\n"
        f"      <Command>{escape(command[0])}</Command>\n"
        f"      <Arguments>{escape(_windows_arguments(command[1:]))}</Arguments>\n"
        "    </Exec>\n"
        "  </Actions>\n"
        "</Task>\n"
    )


def described_times(text: str) -> list[ReminderTime]:
    """The times named in a timer's or task's description (for `status`)."""
    match = re.search(r"coachdesk reminders \(([^)]*)\)", text)
    if match is None:
        return []
    return [parse_time(spec) for spec in match[1].split("; ") if spec]
