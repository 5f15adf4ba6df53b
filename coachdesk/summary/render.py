"""Painting the pages into a PDF: margins, a header with the period, "page X of Y"."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QLocale, QMarginsF, QRectF, Qt
from PySide6.QtGui import QColor, QPageLayout, QPageSize, QPainter, QPdfWriter

from coachdesk.summary.fonts import text_font
from coachdesk.summary.pages import (
    Flowable,
    Measured,
    Page,
    Picture,
    Text,
    documents,
    measure,
    paginate,
)
from coachdesk.summary.style import Style, tr

RESOLUTION = 300  # device units per inch: fine enough for hairlines in charts
MARGIN_MM = 24.0
SIDE_MM = 26.0
HEADER_MM = 12.0  # from the page's edge to the header's and footer's text

# Territories that print on US Letter; everywhere else A4.
LETTER_TERRITORIES = frozenset(
    {
        QLocale.Country.UnitedStates,
        QLocale.Country.Canada,
        QLocale.Country.Mexico,
        QLocale.Country.Chile,
        QLocale.Country.Colombia,
        QLocale.Country.CostaRica,
        QLocale.Country.Philippines,
        QLocale.Country.Venezuela,
        QLocale.Country.PuertoRico,
        QLocale.Country.Guatemala,
        QLocale.Country.Panama,
        QLocale.Country.DominicanRepublic,
    }
)
PAGE_SIZES = {"a4": QPageSize.PageSizeId.A4, "letter": QPageSize.PageSizeId.Letter}


class Cancelled(Exception):
    """The user stopped the export."""


def page_size_for(locale: QLocale) -> str:
    """'letter' where the locale prints on US Letter, else 'a4'."""
    if locale.measurementSystem() == QLocale.MeasurementSystem.ImperialUSSystem:
        return "letter"
    return "letter" if locale.territory() in LETTER_TERRITORIES else "a4"


@dataclass(frozen=True)
class Metadata:
    """What the PDF says about itself, and what its header says."""

    title: str
    author: str
    header: str  # e.g. "Summary · 1 Sep – 30 Nov 2026"
    page: str = "a4"


# (done, total, what is happening) ; may raise Cancelled
Progress = Callable[[int, int, str], None]


def _writer(device: QIODevice, meta: Metadata) -> QPdfWriter:
    writer = QPdfWriter(device)
    writer.setResolution(RESOLUTION)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(PAGE_SIZES[meta.page]),
            QPageLayout.Orientation.Portrait,
            QMarginsF(0, 0, 0, 0),
        )
    )
    writer.setTitle(meta.title)
    writer.setAuthor(meta.author)
    writer.setCreator("coachdesk")
    return writer


@dataclass
class Layout:
    """Pass one done: every piece measured, every page known; ready to paint. (The app's
    export child may get this far while the user is still choosing in the dialog.)"""

    buffer: QBuffer
    writer: QPdfWriter
    meta: Metadata
    measured: list[Measured]
    pages: list[Page]
    page: QRectF
    content: QRectF
    total: int  # progress units of each half


def lay_out(items: list[Flowable], meta: Metadata, progress: Progress) -> Layout:
    """Pass one; its progress is the first half of the export's."""
    buffer = QBuffer()
    buffer.setData(QByteArray())
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = _writer(buffer, meta)
    mm = RESOLUTION / 25.4
    page = QRectF(0, 0, writer.width(), writer.height())
    content = page.adjusted(SIDE_MM * mm, MARGIN_MM * mm, -SIDE_MM * mm, -MARGIN_MM * mm)
    total = sum(getattr(i, "weight", 0) for i in items) or 1
    done = 0
    laying_out = tr("Laying out…")

    def each(weight: int) -> None:
        nonlocal done
        done += weight
        progress(done, total * 2, laying_out)

    measured = measure(items, writer, content.width(), each)
    pages = paginate(measured, content.height())
    return Layout(buffer, writer, meta, measured, pages, page, content, total)


def paint(layout: Layout, progress: Progress) -> tuple[bytes, int]:
    """Pass two: the PDF's bytes and its number of pages; the second half of progress."""
    writer, measured, pages, content = layout.writer, layout.measured, layout.pages, layout.content
    style = Style(RESOLUTION)
    total = layout.total
    furniture = Furniture(style, layout.page, layout.meta.header, len(pages))
    text_pen = QColor(style.colours.text)
    painter = QPainter()
    if not painter.begin(writer):
        raise OSError("cannot start the PDF")
    try:
        for number, slices, docs in documents(measured, pages, writer, content.width()):
            if number > 1:
                writer.newPage()
            furniture.paint(painter, number)
            for piece in slices.slices:
                item = measured[piece.index].item
                if isinstance(item, Text):
                    painter.save()
                    painter.setPen(text_pen)
                    painter.translate(content.left(), content.top() + piece.at - piece.top)
                    clip = QRectF(0, piece.top, content.width(), piece.bottom - piece.top)
                    docs[piece.index].drawContents(painter, clip)
                    painter.restore()
                elif isinstance(item, Picture):
                    painter.save()
                    box = QRectF(content.left(), content.top() + piece.at, content.width(), 0)
                    box.setHeight(piece.bottom - piece.top)
                    item.draw(painter, box)
                    painter.restore()
            text = tr("Page %1 of %2").replace("%1", str(number)).replace("%2", str(len(pages)))
            progress(total + total * number // len(pages), total * 2, text)
    finally:
        painter.end()
    layout.buffer.close()
    return bytes(layout.buffer.data().data()), len(pages)


def render(items: list[Flowable], meta: Metadata, progress: Progress) -> tuple[bytes, int]:
    """The PDF's bytes and its number of pages. Progress: laying out is the first half,
    painting the pages the second."""
    return paint(lay_out(items, meta, progress), progress)


class Furniture:
    """The header and footer of every page, set up once for thousands of pages."""

    def __init__(self, style: Style, page: QRectF, header: str, count: int) -> None:
        mm = RESOLUTION / 25.4
        line = style.px(style.type.small) * 2
        left, width = SIDE_MM * mm, page.width() - 2 * SIDE_MM * mm
        self._font = text_font(style.type.small)
        self._pen = QColor(style.colours.soft)
        self._header = header
        self._header_box = QRectF(left, HEADER_MM * mm, width, line)
        self._footer_box = QRectF(left, page.height() - HEADER_MM * mm - line, width, line)
        self._count = count

    def paint(self, painter: QPainter, number: int) -> None:
        """The header (not on the first page, which has the title) and the footer."""
        painter.save()
        painter.setFont(self._font)
        painter.setPen(self._pen)
        if number > 1:
            painter.drawText(self._header_box, int(Qt.AlignmentFlag.AlignLeft), self._header)
        label = tr("Page %1 of %2").replace("%1", str(number)).replace("%2", str(self._count))
        align = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom
        painter.drawText(self._footer_box, int(align), label)
        painter.restore()
