"""Reading a source and writing it into the journal, off the UI thread.

Each job runs on a Python thread and reports by signal, which Qt delivers in the UI thread:
the preview reads the whole source and asks a read-only connection how much of it the
journal holds already; the import writes through a second connection of its own (the
store's writer), in one transaction. Cancel is a flag the job looks at between entries:
the reading stops, the transaction is rolled back, and nothing is written.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from coachdesk.coaching.file_kinds import FileRefused
from coachdesk.coaching.flows import Flow
from coachdesk.coaching.reflections import NewReflection
from coachdesk.imports import read_source
from coachdesk.imports.model import ImportCancelled, ImportProblem, SourceRead, Watch
from coachdesk.storage import JournalError, JournalStore


@dataclass(frozen=True)
class Preview:
    """What a source would bring: read, checked, and compared with the journal."""

    path: Path
    format: str | None  # as chosen; None: recognised
    passphrase: str | None
    read: SourceRead
    reflections: tuple[NewReflection, ...]
    already: int


class _Cancellable(Watch):
    def __init__(self, cancelled: threading.Event, progress: Callable[[int, int], None]) -> None:
        self._cancelled = cancelled
        self._progress = progress

    def step(self, done: int, total: int) -> None:
        if self._cancelled.is_set():
            raise ImportCancelled
        self._progress(done, total)


class ImportRunner(QObject):
    """One job at a time: a preview, then (confirmed) the import."""

    progressed = Signal(int, int)  # done, total (total 0: not known)
    previewed = Signal(object)  # Preview
    # The ids added, how many were there already, the files left out for want of room.
    imported = Signal(object, int, object)
    failed = Signal(object)  # an ImportProblem or a JournalError
    cancelled = Signal()

    def __init__(self, store: JournalStore, free_note: Flow, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._free_note = free_note
        self._cancel = threading.Event()
        self._thread: threading.Thread | None = None

    @property
    def running(self) -> bool:
        """True while a job is on its thread."""
        return self._thread is not None and self._thread.is_alive()

    def cancel(self) -> None:
        """Stop the job at its next entry; it reports `cancelled`."""
        self._cancel.set()

    def wait(self, seconds: float = 10) -> None:
        """Until the job's thread has ended (tests; closing the window)."""
        if self._thread is not None:
            self._thread.join(seconds)

    def _start(self, work: Callable[[], None]) -> None:
        self.wait()
        self._cancel.clear()

        def run() -> None:
            try:
                work()
            except ImportCancelled:
                self.cancelled.emit()
            except (ImportProblem, JournalError, FileRefused) as error:
                self.failed.emit(error)  # FileRefused: past the journal's limit for files

        self._thread = threading.Thread(target=run, name="import", daemon=True)
        self._thread.start()

    def preview(self, path: Path, format: str | None, passphrase: str | None) -> None:
        """Read `path` whole and count what the journal holds already."""

        def work() -> None:
            watch = _Cancellable(self._cancel, self.progressed.emit)
            found = read_source(path, format, passphrase, watch)
            reflections = tuple(e.as_reflection(self._free_note) for e in found.entries)
            watch.step(0, 0)
            already = 0
            if self._store.path is not None:
                reader = self._store.reader()
                try:
                    already = reader.count_known(reflections)
                finally:
                    reader.close()
            self.previewed.emit(Preview(path, format, passphrase, found, reflections, already))

        self._start(work)

    def write(self, reflections: tuple[NewReflection, ...]) -> None:
        """Write what is new, all in one transaction, through a connection of its own."""

        def progress(done: int, total: int) -> None:
            if self._cancel.is_set():
                raise ImportCancelled
            self.progressed.emit(done, total)

        def work() -> None:
            writer = self._store.writer()
            try:
                outcome = writer.import_new(reflections, progress)
            finally:
                writer.close()
            self.imported.emit(list(outcome.added), outcome.already, list(outcome.no_room))

        self._start(work)
