"""`coachdesk reminders install | uninstall | status`: the system's scheduler runs
`coachdesk remind` at the times the user chose (coachdesk/reminders/)."""

from __future__ import annotations

import argparse
import datetime as dt
from typing import TextIO

from coachdesk.cli.command import Command, UserError


def _options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("action", choices=("install", "uninstall", "status"))
    parser.add_argument(
        "--at",
        action="append",
        default=[],
        metavar="TIMES",
        help='when to remind, e.g. "fri 15:00" or "mon-fri 08:30" (repeat for more); '
        "default: fri 15:00 and mon-fri 08:30",
    )


def _remember(times: list[str]) -> None:
    """Keep the choice in the app's settings, so its Settings can show it."""
    from coachdesk.settings import Settings

    settings = Settings.of_user()
    settings.reminders = times
    settings.sync()


def _describe(found: object, out: TextIO) -> None:
    from coachdesk.reminders.install import Installed

    assert isinstance(found, Installed)
    if found.how is None:
        out.write("No reminders are installed (`coachdesk reminders install` turns them on).\n")
        return
    out.write(f"Reminders are installed ({found.how}):\n")
    for path in found.files:
        out.write(f"  {path}\n")
    if found.times:
        out.write(f"At: {', '.join(str(t) for t in found.times)}\n")
    upcoming = found.next_fire(dt.datetime.now())
    if upcoming is not None:
        out.write(f"Next: {upcoming:%a %Y-%m-%d %H:%M}\n")
    elif found.how == "autostart":
        out.write("Next: at your next login\n")
    for note in found.notes:
        out.write(f"Note: {note}\n")


def _run(args: argparse.Namespace, out: TextIO) -> None:
    from coachdesk.reminders import install, schedule

    places = install.Places.of()
    if args.action == "status":
        if args.at:
            raise UserError("--at goes with `reminders install`")
        _describe(install.installed(places), out)
        return
    if args.action == "uninstall":
        if args.at:
            raise UserError("--at goes with `reminders install`")
        removed = install.uninstall(places)
        _remember([])
        if removed:
            out.write("Reminders are off; removed:\n")
            out.writelines(f"  {path}\n" for path in removed)
        else:
            out.write("No reminders were installed; nothing to remove.\n")
        return
    if not args.journal.exists():
        raise UserError(f"no journal at {args.journal}; name yours with --journal PATH")
    try:
        times = schedule.parse_times(args.at)
    except ValueError as error:
        raise UserError(str(error)) from None
    try:
        done = install.install(times, args.journal.resolve(), places)
    except OSError as error:
        raise UserError(str(error)) from None
    _remember([str(t) for t in times])
    _describe(done, out)
    out.write("A reminder shows only kinds and counts, never journal text. ")
    out.write("`coachdesk reminders uninstall` turns them off.\n")


def _remind_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--force", action="store_true", help="show what is due even if already shown today"
    )


def _remind(args: argparse.Namespace, out: TextIO) -> None:
    from coachdesk.reminders.run import remind

    out.write(remind(args.journal, force=args.force) + "\n")


COMMANDS = (
    Command(
        "remind",
        "show one notification of what is due (kinds and counts only); run by the scheduler",
        _remind,
        _remind_options,
    ),
    Command(
        "reminders",
        "install, remove or show the reminders the system sends at times you choose",
        _run,
        _options,
    ),
)
