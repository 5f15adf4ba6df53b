"""Writing a summary or a prep to a PDF file, all or nothing (written beside, renamed)."""

from __future__ import annotations

import getpass
import os
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path

from coachdesk.coaching.summary import Preset, SummaryData
from coachdesk.coaching.takeaway import LookBack
from coachdesk.storage.files import FileHeld, replace_file
from coachdesk.summary.fonts import load_fonts
from coachdesk.summary.pages import Flowable
from coachdesk.summary.prep import FITS, prep_flowables
from coachdesk.summary.render import (
    RESOLUTION,
    Cancelled,
    Layout,
    Metadata,
    Progress,
    lay_out,
    paint,
    render,
)
from coachdesk.summary.sections import summary_flowables
from coachdesk.summary.style import Style, long_day, short_day, tr
from coachdesk.summary.takeaway import takeaway_pdf, takeaway_text
from coachdesk.summary.tounicode import fix_emoji_text

__all__ = [
    "Cancelled",
    "ExportFailed",
    "PdfOptions",
    "Prepared",
    "author_name",
    "export_pdf",
    "export_prepared",
    "period_text",
    "prepare_pdf",
    "render_pdf",
]


class ExportFailed(Exception):
    """The PDF could not be written; the message says why, for the user."""


@dataclass(frozen=True)
class PdfOptions:
    """How the PDF looks: page size ('a4' or 'letter') and its author."""

    page: str = "a4"
    author: str = ""


def author_name() -> str:
    """The user's full name if the system knows it, else their login name."""
    try:
        import pwd

        full = pwd.getpwuid(os.getuid()).pw_gecos.split(",")[0].strip()
    except (ImportError, KeyError):
        full = ""
    return full or getpass.getuser()


def period_text(data: SummaryData, long: bool = True) -> str:
    """'1 September 2026 – 30 November 2026', or short for headers."""
    show = long_day if long else short_day
    request = data.request
    return f"{show(request.since)} – {show(request.until)}"


def _no_progress(done: int, total: int, text: str) -> None:
    pass


@dataclass
class Prepared:
    """A summary laid out and ready to paint, or a prep to be made whole (it is made again
    with shorter lists until it fits one page, so there is nothing to lay out ahead)."""

    data: SummaryData
    options: PdfOptions
    layout: Layout | None

    def finish(self, progress: Progress = _no_progress) -> tuple[bytes, int]:
        """The PDF as bytes, and its page count."""
        if self.data.session is not None:
            return takeaway_pdf(self.data.session, self.options, progress)
        if self.layout is None:
            pdf, pages = _render_prep(self.data, self.options, progress)
        else:
            pdf, pages = paint(self.layout, progress)
        return fix_emoji_text(pdf), pages


def prepare_pdf(
    data: SummaryData, options: PdfOptions, progress: Progress = _no_progress
) -> Prepared:
    """Pass one of a summary (the first half of its progress); a prep waits for finish."""
    load_fonts()
    if data.request.preset in (Preset.PREP, Preset.SESSION):
        return Prepared(data, options, None)
    items: list[Flowable] = summary_flowables(Style(RESOLUTION), data, period_text(data))
    title = tr("Summary")
    header = f"{title} · {period_text(data, long=False)}"
    meta = Metadata(f"{title}, {period_text(data)}", options.author, header, options.page)
    return Prepared(data, options, lay_out(items, meta, progress))


def _render_prep(data: SummaryData, options: PdfOptions, progress: Progress) -> tuple[bytes, int]:
    style = Style(RESOLUTION)
    title = tr("Coaching prep")
    header = f"{title} · {long_day(data.made_on)}"
    meta = Metadata(f"{title}, {long_day(data.made_on)}", options.author, header, options.page)
    for fit in range(len(FITS)):  # shorter lists until it is one page
        pdf, pages = render(prep_flowables(style, data, fit), meta, progress)
        if pages == 1:
            break
    return pdf, pages


def render_pdf(
    data: SummaryData, options: PdfOptions, progress: Progress = _no_progress
) -> tuple[bytes, int]:
    """The PDF as bytes, and its page count."""
    return prepare_pdf(data, options, progress).finish(progress)


def export_pdf(
    data: SummaryData, target: Path, options: PdfOptions, progress: Progress = _no_progress
) -> int:
    """Write the PDF to `target`, all or nothing; returns its page count.

    Raises Cancelled (from `progress`) or ExportFailed; either way a file already at
    `target` is left as it was and no partial file stays behind.
    """
    return export_prepared(prepare_pdf(data, options, progress), target, progress)


def export_prepared(prepared: Prepared, target: Path, progress: Progress = _no_progress) -> int:
    """Finish a prepared PDF and write it to `target`, all or nothing (as export_pdf)."""
    pdf, pages = prepared.finish(progress)
    save_atomically(target, pdf)
    return pages


def save_atomically(target: Path, payload: bytes) -> None:
    """`payload` to `target` through a temporary file beside it, renamed over it; a target
    another program holds open (a PDF viewer, a virus scanner on Windows) is tried again
    for a moment, then refused with the target as it was."""
    if target.is_dir():
        raise ExportFailed(tr("%1 is a folder.").replace("%1", str(target)))
    try:
        # mkstemp makes it 0600: a private journal's summary is readable by you alone.
        handle, name = tempfile.mkstemp(prefix=f".{target.name}.", dir=target.parent)
    except OSError as error:
        raise _cannot_write(target, error.strerror or str(error)) from None
    temporary = Path(name)
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(payload)
            out.flush()
            os.fsync(out.fileno())
        if target.exists():  # a file you replace keeps who may read it
            shutil.copymode(target, temporary)
        replace_file(temporary, target)
    except FileHeld:
        raise ExportFailed(
            tr(
                "%1 is open in another program (a PDF viewer?). Close it there and export again."
            ).replace("%1", str(target))
        ) from None
    except OSError as error:
        raise _cannot_write(target, error.strerror or str(error)) from None
    finally:
        temporary.unlink(missing_ok=True)


def _cannot_write(target: Path, reason: str) -> ExportFailed:
    return ExportFailed(tr("Cannot write %1: %2").replace("%1", str(target)).replace("%2", reason))


def save_takeaway(back: LookBack, target: Path, options: PdfOptions) -> int:
    """Write the take-away to `target`: plain text for a .txt file, else PDF; all or
    nothing (ExportFailed says why). Returns the page count (1 for text)."""
    if target.suffix.lower() == ".txt":
        save_atomically(target, takeaway_text(back).encode("utf-8"))
        return 1
    pdf, pages = takeaway_pdf(back, options)
    save_atomically(target, pdf)
    return pages
