"""The headless command line: the same journal, no window (it never imports QtWidgets).

One module per group of subcommands, each declaring its commands (command.py); here they
become the one parser and the one list of names that `coachdesk` dispatches on
(__main__.py). A command's module imports at its top only what declaring its options
needs, and what the command works with when it runs: `coachdesk search` then loads nothing
of backup, the PDF, sqlite-utils or Qt (tests/test_cli_start.py)"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from typing import TextIO

from coachdesk import APP_NAME
from coachdesk.cli import (
    attachments,
    care,
    demo,
    due,
    importing,
    keys,
    pdf,
    pdf_warm,
    reading,
    reminders,
    sessions,
    walk,
)
from coachdesk.cli.command import Command, UserError, add_common_options
from coachdesk.cli.export_protocol import USER_ERROR_EXIT, error_line
from coachdesk.cli.journal import default_journal_path

# In the order `coachdesk --help` lists them.
GROUPS = (
    reading,
    attachments,
    importing,
    keys,
    care,
    pdf,
    pdf_warm,
    demo,
    walk,
    due,
    reminders,
    sessions,
)
COMMANDS: dict[str, Command] = {
    command.name: command for group in GROUPS for command in group.COMMANDS
}


def parser(only: str | None = None) -> argparse.ArgumentParser:
    """The subcommands and their options; with `only`, just that subcommand (the one about
    to run: declaring all thirteen takes longer than a search)."""
    common = argparse.ArgumentParser(add_help=False)
    add_common_options(common)
    p = argparse.ArgumentParser(prog=APP_NAME, description="coachdesk without a window.")
    commands = p.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for command in COMMANDS.values() if only is None else [COMMANDS[only]]:
        parents = [common] if command.common else []
        if command.help is None:  # not even named in the help
            sub = commands.add_parser(command.name, parents=parents)
        else:
            sub = commands.add_parser(command.name, parents=parents, help=command.help)
        command.options(sub)
        sub.set_defaults(run=command.run)
    return p


def summaries() -> list[tuple[str, str]]:
    """Each listed subcommand with its one-line help, for `coachdesk --help`."""
    return [(c.name, c.help) for c in COMMANDS.values() if c.help is not None]


def main(argv: Sequence[str], out: TextIO = sys.stdout, err: TextIO = sys.stderr) -> int:
    """Run one subcommand; 0 on success, 1 on a user error (one line on stderr)."""
    # Here, not at the top: the window's start imports this package for COMMANDS alone.
    from coachdesk.storage.errors import JournalError

    args = parser(argv[0] if argv and argv[0] in COMMANDS else None).parse_args(argv)
    args.err = err  # for notes beside the output
    args.journal = (args.journal or default_journal_path()).expanduser()
    try:
        args.run(args, out)
    except (JournalError, UserError) as error:
        err.write(error_line(str(error)) + "\n")
        return USER_ERROR_EXIT
    except BrokenPipeError:  # `coachdesk list | head`
        sys.stderr.close()
        return 0
    return 0
