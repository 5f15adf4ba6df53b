"""Searching off the UI thread: typing never waits for the journal.

One worker thread with its own read-only connection runs the newest request only; a
request that arrives while another runs interrupts it. Results come back as a signal,
which Qt delivers in the UI thread. A journal that only lives in memory (tests) is
searched in place instead.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from typing import TypeVar

from PySide6.QtCore import QObject, Signal

from coachdesk.coaching.filters import TimelineFilter
from coachdesk.coaching.reflections import SearchHit
from coachdesk.storage import JournalError, JournalStore
from coachdesk.storage.errors import OPERATIONAL_ERRORS

T = TypeVar("T")


@dataclass(frozen=True)
class SearchRequest:
    """One page of one search."""

    serial: int
    text: str
    chosen: TimelineFilter
    best: bool
    offset: int
    limit: int

    def run(self, store: JournalStore) -> list[SearchHit]:
        """Ask `store`."""
        return store.search(self.text, self.chosen, self.best, self.limit, self.offset)

    def total(self, store: JournalStore, hits: list[SearchHit]) -> int | None:
        """How many reflections match in all, for a first page (None for a later one): a
        page that is not full says so itself; a full one asks `store` to count."""
        if self.offset:
            return None
        if len(hits) < self.limit:
            return len(hits)
        return store.search_count(self.text, self.chosen)


class SearchRunner(QObject):
    """Runs SearchRequests and reports each finished one through results_ready."""

    results_ready = Signal(object, object)  # SearchRequest, list[SearchHit]
    counted = Signal(object, int)  # a first page's SearchRequest, the matches in all
    failed = Signal(object)  # a JournalError: the journal could not be searched (damaged)

    def __init__(self, store: JournalStore, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._pending: SearchRequest | None = None
        self._reader: JournalStore | None = None
        self._running = False
        self._stopping = False
        self._wake = threading.Condition()
        self._thread: threading.Thread | None = None
        if store.path is not None:
            self._thread = threading.Thread(target=self._work, name="search", daemon=True)
            self._thread.start()

    def request(self, request: SearchRequest) -> None:
        """Run `request` soon; an older one still waiting or running is dropped."""
        if self._thread is None:
            hits = request.run(self._store)
            self.results_ready.emit(request, hits)
            total = request.total(self._store, hits)
            if total is not None:
                self.counted.emit(request, total)
            return
        with self._wake:
            self._pending = request
            if self._running and self._reader is not None:
                self._reader.interrupt()
            self._wake.notify()

    def stop(self) -> None:
        """End the worker thread (on closing the window)."""
        if self._thread is None:
            return
        with self._wake:
            self._stopping = True
            if self._running and self._reader is not None:
                self._reader.interrupt()
            self._wake.notify()
        self._thread.join(timeout=2)
        self._thread = None

    def _work(self) -> None:
        reader = self._store.reader()
        self._reader = reader
        try:
            while True:
                with self._wake:
                    while self._pending is None and not self._stopping:
                        self._wake.wait()
                    if self._stopping:
                        return
                    request, self._pending = self._pending, None
                    self._running = True
                assert request is not None
                hits = self._ask(partial(request.run, reader))
                total = None
                if hits is not None:
                    self.results_ready.emit(request, hits)
                    # Counted after the rows are on their way: the list never waits for it.
                    total = self._ask(partial(request.total, reader, hits))
                with self._wake:
                    self._running = False
                    newer = self._pending is not None
                if total is not None and not newer:
                    self.counted.emit(request, total)
        finally:
            reader.close()

    def _ask(self, question: Callable[[], T]) -> T | None:
        try:
            return question()
        except OPERATIONAL_ERRORS:
            return None  # interrupted by a newer request, or the journal went away
        except JournalError as error:
            self.failed.emit(error)  # damaged: said in the window, and the thread goes on
            return None
