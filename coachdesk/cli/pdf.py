"""`coachdesk export-pdf`: the summary or the coaching prep as a PDF, without a window.

QtGui only (QGuiApplication on the offscreen platform when none runs): never QtWidgets.
The window runs this same command as a child process for Ctrl+E (ui's export runner; what
the two say to each other is in export_protocol.py): laying out thousands of pages then
never holds up the window, and cancelling is a `cancel` line to the child, whose file is
written all at once at the very end or not at all.
"""

from __future__ import annotations

import argparse
import io
import os
import queue
import signal
import sys
import threading
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from types import FrameType
from typing import Any, TextIO

from coachdesk.cli.command import Command, UserError
from coachdesk.cli.export_protocol import (
    CANCEL,
    CANCELLED,
    CANCELLED_EXIT,
    key_of,
    progress_line,
    wrote_line,
)
from coachdesk.cli.journal import journal_key, say_not_encrypted


def _day(option: str, text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise UserError(f"{option} {text!r} is not a date (YYYY-MM-DD)") from None


def gui() -> Any:
    """A QGuiApplication for fonts and QPdfWriter; offscreen unless a platform is set."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    return QGuiApplication.instance() or QGuiApplication(["coachdesk"])


def speak_utf8(*streams: TextIO, protocol: bool = True) -> None:
    """The window's child writes its lines in UTF-8 whatever the console's code page (a
    Windows pipe takes the ANSI one, cp1252, where a path such as Ωmega-łódź.pdf does not
    fit and the export would fail after the PDF is written); by hand, the console's own
    encoding is kept. Either way, what does not fit is escaped, never an error."""
    for stream in streams:
        if isinstance(stream, io.TextIOWrapper):  # not a test's StringIO
            if protocol:
                stream.reconfigure(encoding="utf-8", errors="backslashreplace")
            else:
                stream.reconfigure(errors="backslashreplace")


def _key(args: argparse.Namespace, path: Path, requests: Requests | None) -> bytes | None:
    if args.key_stdin:  # the app hands over the key it holds; never on the command line
        line = requests.next() if requests is not None else sys.stdin.readline()
        try:
            return key_of(line or "")
        except ValueError:
            raise UserError("--key-stdin expects the journal key in hex") from None
    return journal_key(path, args.passphrase_file)


class Stop:
    """A clean stop at the next page, asked by the window's Cancel: a `cancel` line (see
    Requests), or SIGTERM (a user ending the command)."""

    def __init__(self) -> None:
        self.asked = False
        signal.signal(signal.SIGTERM, self._on_term)

    def _on_term(self, _signum: int, _frame: FrameType | None) -> None:
        self.asked = True


class Requests:
    """The window's lines on standard input, read on a thread: `cancel` asks `stop` at
    once, also while the export runs; every other line waits, in order, for `next`.
    A thread because Windows cannot poll a pipe: a line is seen without waiting for it."""

    def __init__(self, fd: int, stop: Stop) -> None:
        self._lines: queue.Queue[str | None] = queue.Queue()
        self._stop = stop
        threading.Thread(target=self._read, args=(fd,), name="requests", daemon=True).start()

    def _read(self, fd: int) -> None:
        # os.read, not sys.stdin: a daemon thread blocked inside a buffered reader makes
        # Python abort at exit (it cannot take the reader's lock).
        buffer = b""
        try:
            while chunk := os.read(fd, 1 << 16):
                buffer += chunk
                *lines, buffer = buffer.split(b"\n")
                for raw in lines:
                    self._take(raw)
        except OSError:  # the window went away
            pass
        if buffer:
            self._take(buffer)
        self._lines.put(None)

    def _take(self, raw: bytes) -> None:
        line = raw.decode("utf-8", "replace").rstrip("\r")
        if line == CANCEL:
            self._stop.asked = True
        else:
            self._lines.put(line)

    def next(self, wait: bool = True) -> str | None:
        """The next line; None at the end, or when not waiting and none has come yet."""
        try:
            line = self._lines.get(block=wait)
        except queue.Empty:
            return None
        if line is None:
            self._lines.put(None)  # the end stays the end for whoever asks next
        return line


@dataclass(frozen=True)
class Job:
    """One export-pdf, its arguments checked."""

    journal: Path
    request: Any  # SummaryRequest (imported late: the command line loads little)
    target: Path
    page: str | None
    language: str
    progress: bool  # print progress lines (for the window)


def job_of(args: argparse.Namespace) -> Job:
    """The export asked for; UserError when it cannot be done as asked."""
    from coachdesk.coaching.summary import Preset, Section, SummaryRequest

    preset = Preset(args.preset)
    if preset is Preset.SESSION:  # one session: no period, the day it was held
        if args.session is None:
            raise UserError("--preset session needs --session ID (coachdesk sessions lists them)")
        since = until = date.today()
    else:
        if args.since is None or args.until is None:
            raise UserError("--from and --to are needed (or --preset session --session ID)")
        since, until = _day("--from", args.since), _day("--to", args.until)
    if since > until:
        raise UserError("--from is after --to")
    path: Path = args.journal
    if not path.exists():
        raise UserError(f"no journal at {path}")
    target = Path(args.output).expanduser()
    if not target.parent.is_dir():
        raise UserError(f"no folder {target.parent} to write {target.name} in")
    try:
        sections = (
            frozenset(Section(s) for s in args.sections.split(",")) if args.sections else None
        )
    except ValueError:
        known = ", ".join(s.value for s in Section)
        raise UserError(f"--sections takes a comma-separated list of: {known}") from None
    private, session = args.include_private, args.session
    if preset is Preset.SESSION:
        private = False  # the take-away never holds a private answer
    pictures = args.pictures
    request = (
        SummaryRequest(
            since, until, preset, include_private=private, session_id=session, pictures=pictures
        )
        if sections is None
        else SummaryRequest(since, until, preset, sections, private, session, pictures)
    )
    return Job(path, request, target, args.page, args.language, args.progress)


def prepare(job: Job, store: Any, progress: Any, tick: Any = None) -> Any:
    """Read what the job shows and lay it out (pass one): a summary.export.Prepared.
    `progress` as for export_pdf; `tick(done, total)` while reading."""
    from PySide6.QtCore import QLocale

    from coachdesk.environment import load_library
    from coachdesk.i18n import install_translations, use_language
    from coachdesk.summary.export import PdfOptions, author_name, prepare_pdf
    from coachdesk.summary.gather import read_summary
    from coachdesk.summary.render import page_size_for

    install_translations(gui(), use_language(job.language))  # the PDF speaks your language
    order = [flow.id for flow in load_library().flows]
    reading = {"tick": tick} if tick is not None else {}
    try:
        data = read_summary(store, job.request, date.today(), order, **reading)
    except KeyError:  # only a session is asked for by id
        raise UserError(f"no session {job.request.session_id} in this journal") from None
    options = PdfOptions(page=job.page or page_size_for(QLocale()), author=author_name())
    return prepare_pdf(data, options, progress)


def reporter(job: Job, out: TextIO, stop: Stop) -> Any:
    """The progress function of a job: progress lines if asked, Cancelled once asked to stop."""
    from coachdesk.summary.render import Cancelled

    def progress(done: int, total: int, text: str) -> None:
        if stop.asked:
            raise Cancelled
        if job.progress:
            out.write(progress_line(done, total, text) + "\n")
            out.flush()

    return progress


def run_job(job: Job, store: Any, out: TextIO, stop: Stop, prepared: Any = None) -> None:
    """Export the job (laid out already, if `prepared`), and say what was written."""
    from coachdesk.summary.export import ExportFailed, export_prepared
    from coachdesk.summary.fonts import FontsMissing
    from coachdesk.summary.render import Cancelled

    progress = reporter(job, out, stop)
    try:
        ready = prepared if prepared is not None else prepare(job, store, progress)
        pages = export_prepared(ready, job.target, progress)
    except Cancelled:
        out.write(CANCELLED + "\n")
        sys.exit(CANCELLED_EXIT)
    except (ExportFailed, FontsMissing) as error:
        raise UserError(str(error)) from None
    out.write(wrote_line(pages, job.target) + "\n")
    out.flush()


def _export_pdf(args: argparse.Namespace, out: TextIO) -> None:
    from coachdesk.storage import JournalStore

    job = job_of(args)
    stop = Stop()
    talking = job.progress or args.key_stdin  # the window is the other end
    speak_utf8(out, args.err, protocol=talking)
    requests = Requests(sys.stdin.fileno(), stop) if talking else None
    gui()
    store = JournalStore.open(job.journal, _key(args, job.journal, requests))
    try:
        run_job(job, store, out, stop)
    finally:
        store.close()
    if store.encrypted and not job.progress:  # the window's dialog has said so already
        say_not_encrypted(job.target, args.err)


def add_options(pdf: argparse.ArgumentParser) -> None:
    """export-pdf's own options (the warm child parses its requests with them too)."""
    pdf.add_argument("--from", dest="since", metavar="DATE", help="needed but for a session")
    pdf.add_argument("--to", dest="until", metavar="DATE", help="needed but for a session")
    pdf.add_argument("--preset", choices=("summary", "prep", "session"), default="summary")
    pdf.add_argument(
        "--session", type=int, metavar="ID", help="which session (--preset session; see sessions)"
    )
    pdf.add_argument("--page", choices=("a4", "letter"), help="default: by your locale")
    pdf.add_argument(
        "--sections",
        metavar="LIST",
        help="which parts, comma-separated (overview,charts,reflections,stories,"
        "commitments,check-ins); default all",
    )
    pdf.add_argument(
        "--include-private", action="store_true", help="include answers marked private"
    )
    pdf.add_argument(
        "--no-pictures",
        dest="pictures",
        action="store_false",
        help="leave the reflections' pictures out (their other files are still named)",
    )
    pdf.add_argument("--progress", action="store_true", help="print progress lines")
    pdf.add_argument("--language", default="system", help="nl, en, … (default: the system's)")
    pdf.add_argument(
        "--key-stdin", action="store_true", help=argparse.SUPPRESS
    )  # for the app only: the journal key in hex on standard input
    pdf.add_argument("-o", "--output", required=True, metavar="FILE")


COMMANDS = (
    Command(
        "export-pdf",
        "a summary of a period, the coaching prep or a session's take-away, as PDF",
        _export_pdf,
        add_options,
    ),
)
