"""`coachdesk remind`: one notification of kinds and counts, never journal text, sent to a
stand-in notification service on a private session bus as a desktop would get it."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QCoreApplication, QSettings

from coachdesk.coaching.flows import FlowLibrary
from coachdesk.i18n import install_translations
from coachdesk.journal_lock import JournalLock, raise_path
from coachdesk.reminders.notify import DesktopNotification
from coachdesk.reminders.run import remind
from coachdesk.reminders.words import ReminderWords
from coachdesk.settings import Settings
from coachdesk.storage import JournalStore, protection, schedule
from tests.conftest import FakeClock
from tests.storage.test_loop import answer_to

AMSTERDAM = ZoneInfo("Europe/Amsterdam")
MARKER = "zebra-7Q"  # planted in every text: no notification may carry it
FRIDAY = datetime(2026, 11, 27, 15, tzinfo=AMSTERDAM)
SERVICE = Path(__file__).with_name("notification_service.py")

needs_dbus = pytest.mark.skipif(
    not sys.platform.startswith("linux")
    or (shutil.which("dbus-daemon") is None and not os.environ.get("CI")),
    reason="needs Linux and dbus-daemon (Debian: dbus-daemon, installed by .ci/run)",
)


# A session bus that starts no services of its own: without the stand-in, no notification
# service is there (the machine's own, such as dunst, would be started otherwise).
BUS_CONFIG = """<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <listen>unix:tmpdir=/tmp</listen>
  <auth>EXTERNAL</auth>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
"""


class Desktop:
    """A private session bus, with or without the stand-in notification service."""

    def __init__(self, tmp: Path, then: str | None, capabilities: str = "actions,body") -> None:
        config = tmp / "session.conf"
        config.write_text(BUS_CONFIG, encoding="utf-8")
        self.daemon = subprocess.Popen(
            ["dbus-daemon", f"--config-file={config}", "--nofork", "--nopidfile"]
            + ["--print-address=1"],
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
        )
        assert self.daemon.stdout is not None
        self.address = self.daemon.stdout.readline().strip()
        self.log = tmp / "shown.jsonl"
        self.service: subprocess.Popen[str] | None = None
        if then is not None:
            self.service = subprocess.Popen(
                [sys.executable, str(SERVICE), self.address, str(self.log), then, capabilities],
                stdout=subprocess.PIPE,
                text=True,
            )
            assert self.service.stdout is not None
            assert self.service.stdout.readline().strip() == "ready"

    def shown(self) -> list[dict[str, object]]:
        if not self.log.exists():
            return []
        lines = self.log.read_text(encoding="utf-8").splitlines()
        return [json.loads(line) for line in lines]

    def notification(self, wait_s: float = 10) -> DesktopNotification:
        return DesktopNotification(self.address, wait_s)

    def close(self) -> None:
        for process in (self.service, self.daemon):
            if process is not None:
                process.terminate()
                process.wait()
                assert process.stdout is not None
                process.stdout.close()


@pytest.fixture
def desktop(tmp_path: Path, request: pytest.FixtureRequest) -> Iterator[Desktop]:
    marker = request.node.get_closest_marker("then")
    found = Desktop(tmp_path, marker.args[0] if marker else "close")
    yield found
    found.close()


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def journal(journal_path: Path, library: FlowLibrary) -> Iterator[Path]:
    """Two commitments due this week and a lesson coming back, each with the marker."""
    journal_path.parent.mkdir(parents=True)
    clock = FakeClock(datetime(2026, 11, 2, 9, tzinfo=AMSTERDAM))
    store = JournalStore.open(journal_path, clock=clock)
    debrief = library.get("deal-debrief")
    assert debrief is not None
    reflection = store.start(debrief, title=f"Deal {MARKER}")
    store.save_answer(
        reflection.id, answer_to(library, "deal-debrief", "lesson", text=f"Lesson {MARKER}")
    )
    store.finish(reflection.id)
    store.add_commitment(f"Call {MARKER}", date(2026, 11, 26))
    store.add_commitment(f"Send {MARKER}", date(2026, 11, 27))
    store.add_commitment(f"Later {MARKER}", date(2026, 12, 4))  # due the week after
    store.close()
    yield journal_path


def run(journal: Path, desktop: Desktop, settings: Settings, **options: object) -> str:
    clock = options.pop("clock", FakeClock(FRIDAY))
    clicked: list[Path] = []
    line = remind(
        journal,
        clock=clock,  # type: ignore[arg-type]
        settings=settings,
        notification=desktop.notification,
        on_click=lambda path: clicked.append(path) or "asked",  # type: ignore[func-returns-value]
        **options,  # type: ignore[arg-type]
    )
    return line + (" [clicked]" if clicked else "")


@needs_dbus
def test_one_notification_says_kinds_and_counts_and_no_journal_text(
    qapp: object, journal: Path, desktop: Desktop, settings: Settings
) -> None:
    line = run(journal, desktop, settings)
    assert line.startswith("Reminded of 2 commitment, 1 lesson, 1 weekly")
    (shown,) = desktop.shown()
    assert shown["summary"] == "Your journal"
    assert shown["body"] == (
        "2 commitments due this week · 1 lesson coming back · your weekly reflection"
    )
    assert MARKER not in json.dumps(shown) and "Call" not in json.dumps(shown)
    assert shown["replaces_id"] == 0 and shown["timeout"] == -1
    assert shown["actions"] == ["default", "Open This week"]
    assert shown["hints"] == {
        "desktop-entry": "io.github.coachdesk.coachdesk",
        "category": "x-coachdesk.reminder",
    }


@needs_dbus
def test_not_twice_a_day_for_the_same_things_unless_forced(
    qapp: object, journal: Path, desktop: Desktop, settings: Settings
) -> None:
    run(journal, desktop, settings)
    later = FakeClock(FRIDAY.replace(hour=17))
    assert run(journal, desktop, settings, clock=later) == (
        "No reminder: already reminded of these today."
    )
    assert len(desktop.shown()) == 1
    assert run(journal, desktop, settings, clock=later, force=True).startswith("Reminded")
    assert len(desktop.shown()) == 2
    # Something new the same day is news: a third commitment due today.
    store = JournalStore.open(journal, clock=later)
    store.add_commitment("Fresh one", date(2026, 11, 27))
    store.close()
    assert run(journal, desktop, settings, clock=later).startswith("Reminded of 3 commitment")
    monday = FakeClock(datetime(2026, 11, 30, 8, 30, tzinfo=AMSTERDAM))
    assert run(journal, desktop, settings, clock=monday).startswith("Reminded")


@needs_dbus
@pytest.mark.then("click")
def test_a_click_opens_coachdesk_on_this_week(
    qapp: object, journal: Path, desktop: Desktop, settings: Settings
) -> None:
    assert run(journal, desktop, settings).endswith("[clicked]")


@needs_dbus
@pytest.mark.then("click")
def test_a_click_asks_the_running_window_to_show_this_week(
    qapp: object, journal: Path, desktop: Desktop, settings: Settings
) -> None:
    window = JournalLock(journal)  # a window holds the journal (in another process, say)
    assert window.acquire()
    try:
        from coachdesk.reminders.opening import open_this_week

        line = remind(
            journal,
            clock=FakeClock(FRIDAY),
            settings=settings,
            notification=desktop.notification,
            on_click=lambda path: open_this_week(path, start=False),
        )
        assert line.endswith("clicked: coachdesk asked.")
        assert raise_path(journal).read_text(encoding="utf-8") == "this-week"
    finally:
        window.release()


@needs_dbus
@pytest.mark.then("ignore")
def test_a_notification_left_alone_is_taken_away_when_the_run_ends(
    qapp: object, journal: Path, desktop: Desktop, settings: Settings
) -> None:
    line = remind(
        journal,
        clock=FakeClock(FRIDAY),
        settings=settings,
        notification=lambda: desktop.notification(wait_s=0.3),
    )
    assert line.startswith("Reminded") and "clicked" not in line
    assert desktop.shown()[-1] == {"closed": 1}


@needs_dbus
def test_an_encrypted_journal_is_reminded_of_without_its_passphrase(
    qapp: object, journal: Path, desktop: Desktop, settings: Settings
) -> None:
    protection.encrypt(journal, "horse battery staple")
    assert (
        run(journal, desktop, settings)
        == "No reminder: no schedule yet: open the journal in coachdesk once."
    )
    key = protection.unlock(journal, "horse battery staple")
    monday = FakeClock(datetime(2026, 11, 23, 9, tzinfo=AMSTERDAM))
    store = JournalStore.open(journal, key, monday)  # the app, last opened a week before
    store.keep_schedule()
    store.close()
    assert MARKER.encode() not in schedule.schedule_path(journal).read_bytes()
    # A week on, with the app not opened since, the reminder still knows what is due now:
    # the commitment due on 4 December is this week's by then.
    next_friday = FakeClock(datetime(2026, 12, 4, 15, tzinfo=AMSTERDAM))
    line = run(journal, desktop, settings, clock=next_friday)
    assert line.startswith("Reminded of 3 commitment"), line
    assert MARKER not in json.dumps(desktop.shown())


@needs_dbus
def test_quiet_during_a_coaching_hour_and_after_writing_if_chosen(
    qapp: object, journal: Path, desktop: Desktop, settings: Settings, library: FlowLibrary
) -> None:
    clock = FakeClock(FRIDAY)
    store = JournalStore.open(journal, clock=clock)
    session = store.start_session("goal", ())
    store.close()
    assert run(journal, desktop, settings) == "No reminder: a coaching hour is running."
    store = JournalStore.open(journal, clock=clock)
    store.end_session(session.id)
    check_in = store.add_check_in(3, 3, 3, 3, "")
    assert check_in is not None
    store.close()
    settings.quiet_after_writing = True
    assert run(journal, desktop, settings) == "No reminder: you already wrote today."
    settings.quiet_after_writing = False
    assert run(journal, desktop, settings).startswith("Reminded")


@needs_dbus
@pytest.mark.then(None)
def test_no_notification_service_is_one_line_and_exit_0(
    journal: Path, desktop: Desktop, tmp_path: Path
) -> None:
    env = {**os.environ, "DBUS_SESSION_BUS_ADDRESS": desktop.address}
    done = subprocess.run(
        [sys.executable, "-m", "coachdesk", "remind", "--journal", str(journal), "--force"],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.count("\n") == 1
    assert done.stdout == "No reminder shown: no notification service answers on this desktop.\n"
    assert "Traceback" not in done.stderr


def test_the_message_is_kinds_and_counts_in_this_weeks_order(qapp: QCoreApplication) -> None:
    install_translations(qapp, "en")
    assert ReminderWords().message({"checkin": 1, "commitment": 1, "prep": 1}) == (
        "A check-in · 1 commitment due this week · your prep for tomorrow's coaching hour"
    )


def test_the_message_in_dutch(qapp: QCoreApplication) -> None:
    install_translations(qapp, "nl")
    try:
        words = ReminderWords()
        assert words.message({"commitment": 2, "weekly": 1}) == (
            "2 afspraken voor deze week · je weekreflectie"
        )
        assert words.headline() == "Je dagboek" and words.open_label() == "Open Deze week"
    finally:
        install_translations(qapp, "en")


def test_windows_and_macos_show_it_as_the_tray_icons_message(qapp: QCoreApplication) -> None:
    from coachdesk.reminders.notify import TrayNotification, for_this_system

    assert isinstance(for_this_system("win32"), TrayNotification)
    assert isinstance(for_this_system("darwin"), TrayNotification)
    assert isinstance(for_this_system("linux"), DesktopNotification)
    # Offscreen there is no tray: one line, nothing shown, nothing waited for.
    shown = TrayNotification(wait_ms=10)
    assert shown.show("Your journal", "A check-in", "Open This week") == (
        "this desktop shows no notifications to coachdesk"
    )
