"""The window's export child, `coachdesk export-pdf-warm` (started by ui's export runner).

It starts as the export dialog opens: Qt, the fonts, the code and a read-only connection
to the journal load while the user chooses. Whenever the choice in the dialog changes, the
window sends it, and the child lays it out ahead (pass one of the PDF); then comes the
export itself, or nothing (the dialog was cancelled). When the user settles on what was
being prepared, Ctrl+E's wait is what is left of it and the painting. A newer line stops a
preparation at once. The lines both ways are written down in export_protocol.py"""

from __future__ import annotations

import argparse
import os
import sys
from typing import Any, TextIO

from coachdesk import APP_NAME
from coachdesk.cli.command import Command, UserError, add_common_options
from coachdesk.cli.export_protocol import (
    CANCELLED,
    CANCELLED_EXIT,
    PREPARED,
    key_of,
    request_of,
)
from coachdesk.cli.pdf import (
    Job,
    Requests,
    Stop,
    add_options,
    gui,
    job_of,
    prepare,
    reporter,
    run_job,
    speak_utf8,
)

# Arguments that do not change the PDF: where it goes, and how it is reported.
_FLAGS = frozenset({"--progress", "--key-stdin"})
_TARGETS = frozenset({"-o", "--output"})


class _Newer(Exception):
    """A line came while preparing something else."""

    def __init__(self, line: str) -> None:
        super().__init__(line)
        self.line = line


def settled(arguments: list[str]) -> list[str]:
    """The arguments that shape the PDF: without its file and the reporting flags."""
    kept: list[str] = []
    skip = False
    for argument in arguments:
        if skip:
            skip = False
        elif argument in _TARGETS:
            skip = True
        elif argument not in _FLAGS:
            kept.append(argument)
    return kept


def _message(line: str) -> tuple[str, list[str]]:
    """("prepare" or "export", the export-pdf arguments) of one line from the window."""
    try:
        request = request_of(line)
    except ValueError as error:
        raise UserError(str(error)) from None
    return ("prepare" if request.prepare else "export"), request.arguments


def export_pdf_warm(args: argparse.Namespace, out: TextIO) -> None:
    """See the module's docstring."""
    gui()
    from coachdesk.storage import JournalStore
    from coachdesk.summary.fonts import load_fonts

    load_fonts()
    speak_utf8(out, args.err)
    stop = Stop()
    lines = Requests(sys.stdin.fileno(), stop)
    key = None
    if args.key_stdin:
        try:
            key = key_of(lines.next() or "")
        except ValueError:
            raise UserError("--key-stdin expects the journal key in hex") from None
    store = JournalStore.open_read_only(args.journal, key)  # the window checked it at open
    try:
        ready: tuple[list[str], Any] | None = None  # (settled arguments, Prepared)
        line = lines.next()
        while line is not None and line.strip():
            kind, arguments = _message(line)
            if kind == "export":
                job = job_of(_parsed(args, arguments))
                fits = ready is not None and ready[0] == settled(arguments)
                run_job(job, store, out, stop, ready[1] if fits and ready else None)
                return
            line, ready = _prepare_ahead(args, arguments, store, lines, out, stop)
    finally:
        store.close()


def _parsed(args: argparse.Namespace, arguments: list[str]) -> argparse.Namespace:
    """A request from the window, read as `coachdesk export-pdf` reads its arguments."""
    export_pdf = argparse.ArgumentParser(prog=f"{APP_NAME} export-pdf")
    add_common_options(export_pdf)
    add_options(export_pdf)
    full = export_pdf.parse_args(["--journal", str(args.journal), *arguments])
    full.err = args.err
    return full


def _prepare_ahead(
    args: argparse.Namespace,
    arguments: list[str],
    store: Any,
    lines: Requests,
    out: TextIO,
    stop: Stop,
) -> tuple[str | None, tuple[list[str], Any] | None]:
    """Lay out what the dialog shows now, until a newer line comes: that line, and what
    was prepared (None if it was stopped). An export of just this goes on from here."""
    from coachdesk.summary.export import ExportFailed
    from coachdesk.summary.fonts import FontsMissing
    from coachdesk.summary.render import Cancelled

    wanted = settled(arguments)
    try:  # the file is the export's business: any will do to lay out
        ahead = job_of(_parsed(args, [*wanted, "-o", os.devnull]))
    except (UserError, SystemExit):  # a choice not complete yet (argparse exits)
        return lines.next(), None
    export: tuple[str, Job] | None = None
    report: Any = None

    def look(done: int = 0, total: int = 0, text: str = "") -> None:
        nonlocal export, report
        if export is None:
            line = lines.next(wait=False)
            if line is None:
                return
            if not line.strip():  # the dialog was cancelled: stop laying out
                raise _Newer(line)
            kind, newer = _message(line)
            if kind != "export" or settled(newer) != wanted:
                raise _Newer(line)
            export = (line, job_of(_parsed(args, newer)))  # what is being prepared: go on
            report = reporter(export[1], out, stop)
        if report is not None and text:
            report(done, total, text)

    try:
        prepared = prepare(ahead, store, look, tick=look)
    except _Newer as newer:
        return newer.line, None
    except Cancelled:  # asked to stop after the export came
        out.write(CANCELLED + "\n")
        sys.exit(CANCELLED_EXIT)
    except (ExportFailed, FontsMissing) as error:
        if export is not None:
            raise UserError(str(error)) from None
        return lines.next(), None
    if export is not None:
        return export[0], (wanted, prepared)
    out.write(PREPARED + "\n")  # for whoever watches (the runner ignores it)
    out.flush()
    return lines.next(), (wanted, prepared)


def _options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--key-stdin", action="store_true")


COMMANDS = (Command("export-pdf-warm", None, export_pdf_warm, _options),)  # the window's
