"""Thumbnails of a reflection's pictures, made on a worker thread and kept in memory only.

The UI thread asks; a QRunnable reads the bytes (through its own read-only connection when
the journal is a file), decodes them scaled down with QImageReader and hands back a QImage.
Nothing is written to disk: the cache is a dict of images by SHA-256, forgotten with the
journal."""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable, Sequence

from PySide6.QtCore import QBuffer, QByteArray, QObject, QRunnable, QSize, Qt, QThreadPool, Signal
from PySide6.QtGui import QImage, QImageReader

from coachdesk.coaching.attachments import Attachment
from coachdesk.storage import JournalError, JournalStore

THUMB = 120  # pixels, the longer side
_KEEP = 200  # thumbnails kept in memory (about 60 KB each)


def decode(data: bytes, longest: int | None = None) -> QImage:
    """The picture in `data` (null when Qt cannot read it), scaled down so that its longer
    side is at most `longest`; never scaled up. Its EXIF rotation applied."""
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    reader = QImageReader(buffer)
    reader.setAutoTransform(True)
    size = reader.size()
    if longest and size.isValid() and max(size.width(), size.height()) > longest:
        reader.setScaledSize(
            size.scaled(QSize(longest, longest), Qt.AspectRatioMode.KeepAspectRatio)
        )
    image = reader.read()
    if not image.isNull() and longest and max(image.width(), image.height()) > longest:
        image = image.scaled(
            longest,
            longest,
            Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation,
        )
    return image


class _Signals(QObject):
    made = Signal(int, int, str, QImage)  # generation, attachment id, sha256, the thumbnail
    done = Signal(int)  # generation: the job ran to its end (or stopped)


class _Job(QRunnable):
    def __init__(
        self,
        generation: int,
        pictures: Sequence[Attachment],
        open_reader: Callable[[], JournalStore] | None,
        read_before: dict[int, bytes],
        signals: _Signals,
        ran_on: list[str],
    ) -> None:
        super().__init__()
        self._generation, self._pictures = generation, list(pictures)
        self._open_reader, self._read_before = open_reader, read_before
        self._signals, self._ran_on = signals, ran_on

    def run(self) -> None:
        self._ran_on.append(threading.current_thread().name)
        reader = None
        try:
            if self._open_reader is not None:
                reader = self._open_reader()
            for picture in self._pictures:
                data = self._read_before.pop(picture.id, None)
                if data is None and reader is not None:
                    try:
                        data = reader.attachment_data(picture.id)
                    except (KeyError, JournalError):
                        data = None  # removed meanwhile, or damaged: no thumbnail
                image = decode(data, THUMB) if data else QImage()
                del data
                self._signals.made.emit(self._generation, picture.id, picture.sha256, image)
        except (JournalError, OSError):
            return  # the journal closed under the work: nothing more to show
        finally:
            if reader is not None:
                reader.close()
            self._signals.done.emit(self._generation)


class Thumbnails(QObject):
    """Asks for the thumbnails of one reflection at a time; `made` says each as it comes."""

    made = Signal(int, QImage)  # attachment id, its thumbnail (null: could not be read)

    def __init__(self, store: JournalStore, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)  # one picture at a time: the others' work goes on
        self._signals = _Signals(self)
        self._signals.made.connect(self._on_signals_made, Qt.ConnectionType.QueuedConnection)
        self._signals.done.connect(self._on_signals_done, Qt.ConnectionType.QueuedConnection)
        self._asked: tuple[str, ...] = ()  # what the job under way makes (none: no job)
        self._cache: OrderedDict[str, QImage] = OrderedDict()
        self._generation = 0
        self.ran_on: list[str] = []  # the threads the work ran on (tests look)

    def cached(self, attachment: Attachment) -> QImage | None:
        """The thumbnail already made, if any."""
        image = self._cache.get(attachment.sha256)
        if image is not None:
            self._cache.move_to_end(attachment.sha256)
        return image

    def request(self, pictures: Sequence[Attachment]) -> None:
        """Make the thumbnails of `pictures` not made yet; what was asked before and not
        begun is dropped (a reflection passed by on the way to another)."""
        wanted = [p for p in pictures if p.sha256 not in self._cache]
        asked = tuple(p.sha256 for p in wanted)
        if asked and asked == self._asked:
            return  # the same reflection shown again: its thumbnails are on their way
        self._generation += 1
        self._asked = asked
        if not wanted:
            return
        self._pool.clear()
        read_before: dict[int, bytes] = {}
        open_reader: Callable[[], JournalStore] | None = self._store.reader
        if self._store.path is None:
            # A journal in memory (the demo, tests) has one connection, on this thread: the
            # bytes are read here (quick), the decoding still happens on the worker.
            open_reader = None
            for picture in wanted:
                try:
                    read_before[picture.id] = self._store.attachment_data(picture.id)
                except (KeyError, JournalError):
                    continue
        job = _Job(self._generation, wanted, open_reader, read_before, self._signals, self.ran_on)
        self._pool.start(job)

    def _on_signals_made(
        self, generation: int, attachment_id: int, sha: str, image: QImage
    ) -> None:
        if image.isNull():
            if generation == self._generation:
                self.made.emit(attachment_id, image)
            return
        self._cache[sha] = image
        while len(self._cache) > _KEEP:
            self._cache.popitem(last=False)
        if generation == self._generation:
            self.made.emit(attachment_id, image)

    def _on_signals_done(self, generation: int) -> None:
        if generation == self._generation:
            self._asked = ()

    def wait(self) -> None:
        """Let the work under way finish (before the journal closes)."""
        self._pool.clear()
        self._pool.waitForDone()

    def forget(self) -> None:
        """Drop every thumbnail (the journal locks or closes)."""
        self.wait()
        self._cache.clear()
        self._asked = ()
