"""`coachdesk export-pdf`: the summary or the coaching prep as a PDF, without a window.

QtGui only (QGuiApplication on the offscreen platform when none runs): never QtWidgets.
The window runs this same command as a child process for Ctrl+E (ui/export_runner.py):
laying out thousands of pages then never holds up the window, and cancelling is ending
the child, whose file is written all at once at the very end or not at all.
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import sys
from datetime import date
from pathlib import Path
from types import FrameType
from typing import Any, TextIO

from coachdesk.cli_keys import UserError, journal_key, say_not_encrypted

CANCELLED_EXIT = 3


def _day(option: str, text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise UserError(f"{option} {text!r} is not a date (YYYY-MM-DD)") from None


def _gui() -> Any:
    """A QGuiApplication for fonts and QPdfWriter; offscreen unless a platform is set."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    return QGuiApplication.instance() or QGuiApplication(["coachdesk"])


def _key(args: argparse.Namespace, path: Path) -> bytes | None:
    if args.key_stdin:  # the app hands over the key it holds; never on the command line
        try:
            return bytes.fromhex(sys.stdin.readline().strip())
        except ValueError:
            raise UserError("--key-stdin expects the journal key in hex") from None
    return journal_key(path, args.passphrase_file)


class _Stop:
    """SIGTERM asks for a clean stop at the next page (the window's Cancel)."""

    def __init__(self) -> None:
        self.asked = False
        signal.signal(signal.SIGTERM, self._on_term)

    def _on_term(self, _signum: int, _frame: FrameType | None) -> None:
        self.asked = True


def _export_pdf(args: argparse.Namespace, out: TextIO, opened: Any = None) -> None:
    """`opened`: the journal's store, when a warm child (below) has opened it already."""
    from coachdesk.coaching.summary import Preset, Section, SummaryRequest
    from coachdesk.environment import load_library
    from coachdesk.storage import JournalStore

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
    stop = _Stop()
    app = _gui()
    from coachdesk.i18n import install_translations, use_language

    install_translations(app, use_language(args.language))  # the PDF speaks the user's language
    from PySide6.QtCore import QLocale

    from coachdesk.summary.export import ExportFailed, PdfOptions, author_name, export_pdf
    from coachdesk.summary.fonts import FontsMissing
    from coachdesk.summary.gather import read_summary
    from coachdesk.summary.render import Cancelled, page_size_for

    request = SummaryRequest(
        since, until, Preset(args.preset), include_private=args.include_private
    )
    if sections is not None:
        request = SummaryRequest(
            since, until, Preset(args.preset), sections, include_private=args.include_private
        )
    order = [flow.id for flow in load_library().flows]
    store = opened if opened is not None else JournalStore.open(path, _key(args, path))
    try:
        data = read_summary(store, request, date.today(), order)
    finally:
        store.close()
    options = PdfOptions(page=args.page or page_size_for(QLocale()), author=author_name())

    def progress(done: int, total: int, text: str) -> None:
        if stop.asked:
            raise Cancelled
        if args.progress:
            out.write(f"progress {done} {total} {text}\n")
            out.flush()

    try:
        pages = export_pdf(data, target, options, progress)
    except Cancelled:
        out.write("cancelled\n")
        sys.exit(CANCELLED_EXIT)
    except (ExportFailed, FontsMissing) as error:
        raise UserError(str(error)) from None
    del app
    out.write(f"Wrote {pages} {'page' if pages == 1 else 'pages'} to {target}\n")
    if store.encrypted and not args.progress:  # the window's dialog has said so already
        say_not_encrypted(target, args.err)


def _export_pdf_warm(args: argparse.Namespace, out: TextIO) -> None:
    """Started as the export dialog opens: Qt, the fonts and the code load while the user
    chooses; then one line on standard input brings the export-pdf arguments (a JSON list),
    or nothing (the dialog was cancelled). Ctrl+E's wait is then the export alone."""
    _gui()
    from coachdesk.storage import JournalStore
    from coachdesk.summary.export import export_pdf  # noqa: F401 (loaded now, used below)
    from coachdesk.summary.fonts import load_fonts
    from coachdesk.summary.gather import read_summary  # noqa: F401

    load_fonts()
    key = _key(args, args.journal) if args.key_stdin else None
    store = JournalStore.open_read_only(args.journal, key)  # the window checked it at open
    try:
        line = sys.stdin.readline()
        if not line.strip():
            return  # nothing to export
        try:
            rest = json.loads(line)
            if not isinstance(rest, list) or not all(isinstance(a, str) for a in rest):
                raise ValueError
        except ValueError:
            raise UserError("the export request is not a JSON list of arguments") from None
        arguments = ["export-pdf", "--journal", str(args.journal), *rest]
        full: argparse.Namespace = args.reparse(arguments)
        full.err = args.err
        _export_pdf(full, out, store)
    finally:
        store.close()


def add_pdf_command(commands: Any, common: argparse.ArgumentParser) -> None:
    """The export-pdf subcommand."""
    pdf = commands.add_parser(
        "export-pdf", parents=[common], help="a summary of a period, or the coaching prep, as PDF"
    )
    pdf.add_argument("--from", dest="since", required=True, metavar="DATE")
    pdf.add_argument("--to", dest="until", required=True, metavar="DATE")
    pdf.add_argument("--preset", choices=("summary", "prep"), default="summary")
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
    pdf.add_argument("--progress", action="store_true", help="print progress lines")
    pdf.add_argument("--language", default="system", help="nl, en, … (default: the system's)")
    pdf.add_argument(
        "--key-stdin", action="store_true", help=argparse.SUPPRESS
    )  # for the app only: the journal key in hex on standard input
    pdf.add_argument("-o", "--output", required=True, metavar="FILE")
    pdf.set_defaults(run=_export_pdf)
    warm = commands.add_parser("export-pdf-warm", parents=[common])  # the app's, not listed
    warm.add_argument("--key-stdin", action="store_true")
    warm.set_defaults(run=_export_pdf_warm)
