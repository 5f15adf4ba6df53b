"""Pages: text, charts and space flowed onto pages, then painted with a header and footer.

Two passes, so every footer can say "page X of Y": the first lays each piece out and
notes where a page may end; the second paints, with the documents laid out in the first
while they fit a memory budget (KEEP_CHARACTERS), laying the rest out again, so memory
stays bounded however long the period.
Text breaks between lines, never leaves one line of a paragraph alone at the bottom or
top of a page, and never after a block marked KEEP_WITH_NEXT (headings, questions).
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import NamedTuple

from PySide6.QtCore import QRectF
from PySide6.QtGui import QPaintDevice, QPainter, QTextDocument, QTextFormat

KEEP_WITH_NEXT = QTextFormat.Property.UserProperty + 1  # a block property
MIN_LINES = 2  # widows and orphans: at least this many lines of a paragraph together
# Laid-out text kept between the passes, in characters: ~60 bytes each once laid out, so
# ~500 MB. Ten years of daily reflections (~7 million) stay whole; thirty are laid out
# again past it rather than take 1.3 GB.
KEEP_CHARACTERS = 8_000_000


@dataclass(frozen=True)
class Text:
    """A text document, built when needed (twice: to measure, then to paint)."""

    build: Callable[[], QTextDocument]
    keep_with_next: bool = False
    weight: int = 1  # progress units: how much work it stands for


@dataclass(frozen=True)
class Picture:
    """A drawing of a fixed height that stays whole on one page (a chart)."""

    height: float
    draw: Callable[[QPainter, QRectF], None]
    weight: int = 1


@dataclass(frozen=True)
class Gap:
    """Space between pieces; dropped at the top of a page."""

    height: float


@dataclass(frozen=True)
class NewPage:
    """What follows starts on a new page."""


Flowable = Text | Picture | Gap | NewPage


class Break(NamedTuple):
    """Where a page may end inside a text (`end`) and where the next page goes on.

    A tuple, not a dataclass: ten years make 160,000 of them, one per line of text."""

    end: float
    resume: float
    preferred: bool  # False: only when no preferred break fits


@dataclass
class Measured:
    """A flowable with its height and, for text, its breaks."""

    item: Flowable
    height: float
    breaks: tuple[Break, ...] = ()
    doc_height: float = 0.0  # as Qt reports it, to check the second layout
    doc: QTextDocument | None = None  # kept from pass one when memory allows
    ends: list[float] = field(default_factory=list)  # of the breaks, for bisecting

    def __post_init__(self) -> None:
        self.ends = [b.end for b in self.breaks]


@dataclass(frozen=True)
class Slice:
    """Part [top, bottom) of flowable `index`, painted `at` below the page's top."""

    index: int
    top: float
    bottom: float
    at: float


@dataclass
class Page:
    """What goes on one page."""

    slices: list[Slice] = field(default_factory=list)


def prepare(doc: QTextDocument, device: QPaintDevice, width: float) -> QTextDocument:
    """Lay `doc` out for `device` at `width` (device units)."""
    doc.setDocumentMargin(0)
    doc.documentLayout().setPaintDevice(device)
    doc.setTextWidth(width)
    return doc


def breaks(doc: QTextDocument) -> tuple[float, tuple[Break, ...]]:
    """The height of a laid-out document and every place a page may end in it."""
    laid_out = doc.size().height()  # lays the whole document out: Qt does it lazily
    found: list[Break] = []
    block = doc.begin()
    last_end = 0.0
    while block.isValid():
        lines = block.layout()
        origin = lines.position().y()
        count = lines.lineCount()
        if found and count:
            # Between the previous block and this one: the gap is not carried over.
            first = origin + lines.lineAt(0).y()
            previous = found[-1]
            found[-1] = Break(previous.end, first, previous.preferred)
        keep = bool(block.blockFormat().property(KEEP_WITH_NEXT))
        for i in range(count):
            line = lines.lineAt(i)
            end = origin + line.y() + line.height()
            last = i == count - 1
            spread = i + 1 >= MIN_LINES and count - (i + 1) >= MIN_LINES
            found.append(Break(end, end, (spread or last) and not (last and keep)))
        if count:
            last_end = end
        block = block.next()
    height = max(laid_out, last_end)
    if found:
        found.pop()  # the end of the document is not a break inside it
    return height, tuple(found)


def measure(
    items: Sequence[Flowable],
    device: QPaintDevice,
    width: float,
    each: Callable[[int], None],
) -> list[Measured]:
    """Pass one: heights and breaks; `each(weight)` after every piece (progress, cancel).

    Laid-out documents are kept for pass two until they hold KEEP_CHARACTERS in all; the
    rest are laid out again when their page is painted (slower, in bounded memory)."""
    measured = []
    room = KEEP_CHARACTERS
    for item in items:
        if isinstance(item, Text):
            doc = prepare(item.build(), device, width)
            height, found = breaks(doc)
            size = doc.characterCount()
            kept = doc if size <= room else None
            room -= size if kept is not None else 0
            measured.append(Measured(item, height, found, doc.size().height(), kept))
            each(item.weight)
        elif isinstance(item, Picture):
            measured.append(Measured(item, item.height))
            each(item.weight)
        elif isinstance(item, Gap):
            measured.append(Measured(item, item.height))
        else:
            measured.append(Measured(item, 0))
    return measured


def _start_height(piece: Measured, room: float) -> float:
    """How much of `piece` must share a page with a heading kept with it."""
    if isinstance(piece.item, Text):
        first = next((b.end for b in piece.breaks if b.preferred), piece.height)
        return min(first, piece.height, room)
    return piece.height


def _kept_height(measured: Sequence[Measured], index: int, room: float) -> float:
    """The height of a heading with all it is kept with: further headings, the gaps
    between them, and the start of the first piece that is not a heading."""
    needed = 0.0
    for piece in measured[index:]:
        item = piece.item
        if isinstance(item, NewPage):
            break
        if isinstance(item, Gap) or getattr(item, "keep_with_next", False):
            needed += piece.height
            continue
        needed += _start_height(piece, room)
        break
    return needed


def paginate(measured: Sequence[Measured], height: float) -> list[Page]:
    """Pages of slices; `height` is the room for content on a page."""
    pages = [Page()]
    y = 0.0

    def new_page() -> None:
        nonlocal y
        if pages[-1].slices:
            pages.append(Page())
        y = 0.0

    for index, piece in enumerate(measured):
        item = piece.item
        if isinstance(item, NewPage):
            new_page()
            continue
        if isinstance(item, Gap):
            if y > 0:
                if y + piece.height >= height:
                    new_page()
                else:
                    y += piece.height
            continue
        if y > 0 and getattr(item, "keep_with_next", False):
            if y + _kept_height(measured, index, height) > height:
                new_page()
        if isinstance(item, Picture):
            if y > 0 and y + piece.height > height:
                new_page()
            pages[-1].slices.append(Slice(index, 0, piece.height, y))
            y += piece.height
            continue
        top = 0.0
        while True:
            room = height - y
            if piece.height - top <= room:
                pages[-1].slices.append(Slice(index, top, piece.height, y))
                y += piece.height - top
                break
            ends = piece.ends
            fitting = piece.breaks[bisect_right(ends, top) : bisect_right(ends, top + room)]
            chosen = next((b for b in reversed(fitting) if b.preferred), None)
            if chosen is None and y > 0:
                new_page()  # try again on an empty page
                continue
            if chosen is None:
                chosen = fitting[-1] if fitting else Break(top + room, top + room, False)
            pages[-1].slices.append(Slice(index, top, chosen.end, y))
            new_page()
            top = chosen.resume
    if not pages[-1].slices and len(pages) > 1:
        pages.pop()
    return pages


def documents(
    measured: Sequence[Measured], pages: Sequence[Page], device: QPaintDevice, width: float
) -> Iterator[tuple[int, Page, dict[int, QTextDocument]]]:
    """Each page with the laid-out documents its slices need, built again in order and
    let go once their last slice is painted."""
    live: dict[int, QTextDocument] = {}
    for number, page in enumerate(pages, start=1):
        needed = {s.index for s in page.slices}
        for index in list(live):
            if index not in needed:
                del live[index]
                measured[index].doc = None
        for index in sorted(needed - live.keys()):
            item = measured[index].item
            if measured[index].doc is not None:
                live[index] = measured[index].doc  # type: ignore[assignment]
            elif isinstance(item, Text):
                doc = prepare(item.build(), device, width)
                if abs(doc.size().height() - measured[index].doc_height) > 0.5:
                    raise RuntimeError("a text laid out differently the second time")
                live[index] = doc
        yield number, page, live
