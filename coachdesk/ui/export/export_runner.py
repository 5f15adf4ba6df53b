"""Exporting a PDF without holding up the window: `coachdesk export-pdf` as a child process.

Laying out and painting thousands of pages is long work in Qt's own code; in a thread it
would still hold Python's lock and stall the window, and Qt's fonts are not meant to be
shared across threads. A child process has neither problem: the window only reads its
progress lines. Cancel asks the child to stop at the next page with a `cancel` line on its
standard input (terminate() would be ignored by a windowless child on Windows) and ends it
only if it has not stopped after GRACE_MS; the child writes the file all at once at the
very end (QSaveFile), so a cancelled or failed export leaves the target as it was. The
journal key of an encrypted journal goes to the child on its standard input, never on the
command line.

A journal that only lives in memory (tests) has no file for a child to open: it is
exported in this process.
"""

from __future__ import annotations

import atexit
import sys
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QProcess, QProcessEnvironment, QTimer, Signal, Slot
from shiboken6 import isValid

from coachdesk.cli.export_protocol import (
    CANCELLED_EXIT,
    cancel_line,
    error_of,
    export_line,
    key_line,
    pages_written,
    prepare_line,
    progress_of,
)
from coachdesk.coaching.summary import ALL_SECTIONS, SummaryRequest
from coachdesk.i18n import ui_language
from coachdesk.storage import JournalError, JournalStore
from coachdesk.summary.export import ExportFailed, PdfOptions, export_pdf
from coachdesk.summary.fonts import FontsMissing
from coachdesk.summary.gather import read_summary

GRACE_MS = 2000
# Children done with their file, still exiting; not the runner's, which may go first.
_leaving: set[QProcess] = set()


@atexit.register
def _let_them_finish() -> None:
    # The app may end within the tenth of a second a child takes to exit after writing.
    for process in list(_leaving):
        if isValid(process):
            process.waitForFinished(2000)


def coachdesk_command() -> list[str]:
    """How to run coachdesk again: the bundle's own executable, or this Python."""
    if getattr(sys, "frozen", False):
        return [sys.executable]
    return [sys.executable, "-m", "coachdesk"]


def request_arguments(request: SummaryRequest, options: PdfOptions) -> list[str]:
    """The export-pdf arguments that shape the PDF (not where it goes)."""
    args = [
        "--from", request.since.isoformat(),
        "--to", request.until.isoformat(),
        "--preset", request.preset.value,
        "--page", options.page,
        "--language", ui_language(),  # the window's, which Settings may have changed
    ]  # fmt: skip
    if request.sections != ALL_SECTIONS:
        args += ["--sections", ",".join(sorted(s.value for s in request.sections))]
    if request.include_private:
        args.append("--include-private")
    if not request.pictures:
        args.append("--no-pictures")
    return args


def export_arguments(
    journal: Path, request: SummaryRequest, target: Path, options: PdfOptions, key: bool
) -> list[str]:
    """The export-pdf command line for one export from the window."""
    args = ["export-pdf", "--journal", str(journal), *request_arguments(request, options)]
    args += ["--progress", "-o", str(target)]
    if key:
        args.append("--key-stdin")
    return args


# Windows' CREATE_NO_WINDOW: the child is a console program, and a window with no console
# of its own would otherwise give it one, flashing on the screen.
CREATE_NO_WINDOW = 0x08000000


def child_environment(environment: QProcessEnvironment) -> QProcessEnvironment:
    """The child's environment: this one, with its standard streams in UTF-8 (a Windows pipe
    takes the ANSI code page, where a path such as Ωmega-łódź.pdf does not fit)."""
    environment.insert("PYTHONIOENCODING", "utf-8")
    return environment


def without_console(process: QProcess) -> None:
    """On Windows, start the child without a console window (elsewhere: nothing to do)."""
    if sys.platform != "win32":
        return
    modify = getattr(process, "setCreateProcessArgumentsModifier", None)
    if modify is None:  # an older binding: Qt already passes the flag when we have no console
        return

    def no_window(arguments: Any) -> None:  # QProcess.CreateProcessArguments
        arguments.flags |= CREATE_NO_WINDOW

    modify(no_window)


def _kill_if_running(process: QProcess) -> None:
    if isValid(process) and process.state() != QProcess.ProcessState.NotRunning:
        process.kill()


def _let_go(process: QProcess) -> None:
    _leaving.discard(process)
    if isValid(process):  # not when Qt has already gone (the end of the app)
        process.deleteLater()


class ExportRunner(QObject):
    """One export at a time; progressed, then exactly one of finished, failed, cancelled."""

    progressed = Signal(int, int, str)  # done, total, what is happening
    finished = Signal(int, str)  # pages, path
    failed = Signal(str)  # why, for the user
    cancelled = Signal()

    def __init__(self, store: JournalStore, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._process: QProcess | None = None
        self._target: Path | None = None
        self._cancelling = False
        self._buffer = b""
        self._said: list[str] = []  # what the child printed besides progress
        self._warm = False  # a child waiting for its request
        self._preparing: list[str] = []  # what the warm child was last asked to lay out

    @property
    def running(self) -> bool:
        """True while an export is under way."""
        return self._process is not None

    def warm_up(self) -> None:
        """Start the export child now (Qt, fonts and code load while the dialog is open);
        `start` then hands it the request, `dismiss` lets it go."""
        if self.running or self._store.path is None:
            return
        key = self._store.key
        arguments = ["export-pdf-warm", "--journal", str(self._store.path)]
        self._launch(arguments + (["--key-stdin"] if key is not None else []), key)
        self._warm = True

    def prepare(self, request: SummaryRequest, options: PdfOptions) -> None:
        """The dialog's choice now: the warm child lays it out ahead, so that Export, if
        this is what the user settles on, has only the rest to do (cli/pdf_warm.py)."""
        if self._process is None or not self._warm:
            return
        arguments = request_arguments(request, options)
        if arguments != self._preparing:
            self._preparing = arguments
            self._process.write(prepare_line(arguments))

    def dismiss(self) -> None:
        """The dialog was cancelled: the warm child ends without exporting anything."""
        if self._process is None or not self._warm:
            return
        process, self._process = self._process, None
        self._warm = False
        # The protocol's "the dialog was cancelled": an empty line, then the end of input.
        # The child is let go at once (a new dialog starts its own) and ends by itself; it
        # has only read (a read-only connection), so killing it if it lingers is safe.
        process.finished.disconnect(self._on_process_finished)
        process.errorOccurred.disconnect(self._on_process_error_occurred)
        process.readyReadStandardOutput.disconnect(self._on_process_ready_read_standard_output)
        process.setParent(None)
        _leaving.add(process)
        process.finished.connect(lambda: _let_go(process))
        process.write(b"\n")
        process.closeWriteChannel()
        QTimer.singleShot(GRACE_MS, lambda: _kill_if_running(process))

    def start(
        self,
        request: SummaryRequest,
        target: Path,
        options: PdfOptions,
        flow_order: Sequence[str],
        today: date,
    ) -> None:
        """Begin exporting; the window only hands the request over."""
        if self._store.path is None:
            self._export_here(request, target, options, flow_order, today)
            return
        self._target, self._cancelling, self._said = target, False, []
        key = self._store.key
        arguments = export_arguments(self._store.path, request, target, options, key is not None)
        if self._warm and self._process is not None:
            self._warm = False
            # After export-pdf --journal PATH; the channel stays open for a `cancel` line.
            self._process.write(export_line(arguments[3:]))
            return
        if self.running:
            raise RuntimeError("an export is already running")
        self._launch(arguments, key)

    def _launch(self, arguments: list[str], key: bytes | None) -> None:
        self._buffer, self._preparing = b"", []
        process = QProcess(self)
        process.setProgram(coachdesk_command()[0])
        process.setArguments(coachdesk_command()[1:] + arguments)
        process.setProcessEnvironment(child_environment(QProcessEnvironment.systemEnvironment()))
        without_console(process)
        process.readyReadStandardOutput.connect(self._on_process_ready_read_standard_output)
        process.finished.connect(self._on_process_finished)
        process.errorOccurred.connect(self._on_process_error_occurred)
        self._process = process
        process.start()
        if key is not None:
            process.write(key_line(key))

    def _export_here(
        self,
        request: SummaryRequest,
        target: Path,
        options: PdfOptions,
        flow_order: Sequence[str],
        today: date,
    ) -> None:
        try:
            data = read_summary(self._store, request, today, flow_order)
            pages = export_pdf(data, target, options, self.progressed.emit)
        except (ExportFailed, FontsMissing, JournalError, OSError) as error:
            self.failed.emit(str(error))
        else:
            self.finished.emit(pages, str(target))

    def cancel(self) -> None:
        """Stop at the next page; the target file stays as it was."""
        if self._process is None:
            return
        self._cancelling = True
        self._process.write(cancel_line())
        QTimer.singleShot(GRACE_MS, self._kill_if_still_running)  # only if it did not stop

    @Slot()
    def _kill_if_still_running(self) -> None:
        if self._process is not None:
            self._process.kill()

    def wait(self, seconds: float = 30) -> None:
        """Wait for the child (on closing the window, and in tests)."""
        for process in [self._process, *_leaving]:
            if process is not None:
                process.waitForFinished(int(seconds * 1000))

    @Slot()
    def _on_process_ready_read_standard_output(self) -> None:
        assert self._process is not None
        self._buffer += bytes(self._process.readAllStandardOutput().data())
        *lines, self._buffer = self._buffer.split(b"\n")
        for raw in lines:
            line = raw.decode("utf-8", "replace")
            progress = progress_of(line)
            if progress is not None:
                self.progressed.emit(progress.done, progress.total, progress.text)
            elif (pages := pages_written(line)) is not None and not self._cancelling:
                self._on_wrote(pages)
                return
            else:
                self._said.append(line)

    def _on_wrote(self, pages: int) -> None:
        # The file is complete and in place: the user need not wait while the child tidies
        # up Qt and Python (a tenth of a second) to exit.
        process, self._process = self._process, None
        assert process is not None and self._target is not None
        process.finished.disconnect(self._on_process_finished)
        process.errorOccurred.disconnect(self._on_process_error_occurred)
        process.readyReadStandardOutput.disconnect(self._on_process_ready_read_standard_output)
        process.setParent(None)
        _leaving.add(process)
        process.finished.connect(lambda: _let_go(process))
        self.finished.emit(pages, str(self._target))

    @Slot(int, QProcess.ExitStatus)
    def _on_process_finished(self, code: int, status: QProcess.ExitStatus) -> None:
        process, self._process = self._process, None
        assert process is not None
        if self._warm:  # it died before it was asked
            self._warm = False
            process.deleteLater()
            return
        assert self._target is not None
        self._buffer += bytes(process.readAllStandardOutput().data())
        said = [*self._said, *self._buffer.decode("utf-8", "replace").splitlines()]
        errors = bytes(process.readAllStandardError().data()).decode("utf-8", "replace")
        process.deleteLater()
        if self._cancelling or code == CANCELLED_EXIT:
            self.cancelled.emit()
        elif status == QProcess.ExitStatus.NormalExit and code == 0:
            wrote = (pages_written(line) for line in said)
            self.finished.emit(next((p for p in wrote if p is not None), 0), str(self._target))
        else:
            self.failed.emit(error_of(errors) or self.tr("the export stopped"))

    @Slot(QProcess.ProcessError)
    def _on_process_error_occurred(self, error: QProcess.ProcessError) -> None:
        if error == QProcess.ProcessError.FailedToStart and self._process is not None:
            self._process.deleteLater()
            self._process = None
            self.failed.emit(self.tr("coachdesk could not start the export."))
