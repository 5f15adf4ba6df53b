"""A reflection's pictures on paper: made small enough to print sharp (200 dots per inch at
the size they are printed), never printed larger than their own size, and drawn under the
reflection with their name; its other files named in a line."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QImage, QImageReader, QPainter

from coachdesk.coaching.summary import PrintedFile
from coachdesk.summary.blocks import paragraphs
from coachdesk.summary.fonts import text_font
from coachdesk.summary.pages import Flowable, Gap, Picture
from coachdesk.summary.style import Style, tr

SCREEN_DPI = 96  # a picture's own size: one pixel of it is one pixel of a screen
PRINT_DPI = 200  # sharp on paper, a few hundred KB a photo
BOX_WIDTH_IN = 158 / 25.4  # the text's width on A4 (Letter's is a little wider)
BOX_HEIGHT_IN = 115 / 25.4  # half a Letter page's text: a portrait photo leaves room


def for_paper(data: bytes) -> tuple[bytes, int, int] | None:
    """The picture in `data` made ready for paper: its bytes (JPEG, or PNG when it has
    transparency) and its printed size in pixels at SCREEN_DPI, never more than its own;
    None when this computer's Qt cannot read it (a HEIC without its plug-in)."""
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    reader = QImageReader(buffer)
    reader.setAutoTransform(True)
    stored = reader.size()
    most = int(max(BOX_WIDTH_IN, BOX_HEIGHT_IN) * PRINT_DPI)
    if stored.isValid() and max(stored.width(), stored.height()) > 2 * most:
        # A phone photo of 48 million pixels is read at a size still above what is printed.
        reader.setScaledSize(
            stored.scaled(QSize(2 * most, 2 * most), Qt.AspectRatioMode.KeepAspectRatio)
        )
    image = reader.read()
    if image.isNull():
        return None
    # Its own size, in inches on a screen, from the size stored (read smaller or not).
    factor = max(stored.width(), stored.height()) / max(image.width(), image.height())
    factor = factor if stored.isValid() else 1.0
    own_w = image.width() * factor / SCREEN_DPI
    own_h = image.height() * factor / SCREEN_DPI
    scale = min(1.0, BOX_WIDTH_IN / own_w, BOX_HEIGHT_IN / own_h)
    width_in, height_in = own_w * scale, own_h * scale
    dots = QSize(max(1, round(width_in * PRINT_DPI)), max(1, round(height_in * PRINT_DPI)))
    if image.width() > dots.width():
        image = image.scaled(
            dots, Qt.AspectRatioMode.IgnoreAspectRatio, Qt.TransformationMode.SmoothTransformation
        )
    array = QByteArray()
    out = QBuffer(array)
    out.open(QIODevice.OpenModeFlag.WriteOnly)
    if image.hasAlphaChannel():
        image.save(out, "PNG")  # type: ignore[call-overload]
    else:
        image.convertToFormat(QImage.Format.Format_RGB888).save(out, "JPEG", 88)  # type: ignore[call-overload]
    out.close()
    printed = (round(width_in * SCREEN_DPI), round(height_in * SCREEN_DPI))
    return bytes(array.data()), max(1, printed[0]), max(1, printed[1])


def _picture(style: Style, shown: PrintedFile) -> Picture:
    assert shown.picture is not None
    width = shown.width / SCREEN_DPI * style.resolution
    height = shown.height / SCREEN_DPI * style.resolution
    caption = style.line()
    data = shown.picture

    def draw(painter: QPainter, rect: QRectF) -> None:
        image = QImage.fromData(data)  # decoded only while its page is painted
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        painter.drawImage(QRectF(rect.left(), rect.top(), width, height), image)
        painter.setFont(text_font(style.type.small))
        painter.setPen(QColor(style.colours.soft))
        below = QRectF(rect.left(), rect.top() + height, rect.width(), caption)
        painter.drawText(
            below, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, shown.name
        )

    return Picture(height + caption, draw)


def files_flowables(style: Style, files: Sequence[PrintedFile]) -> list[Flowable]:
    """A reflection's pictures, each with its name, then its other files named."""
    items: list[Flowable] = []
    for shown in files:
        if shown.picture is not None:
            items += [Gap(style.line() / 2), _picture(style, shown)]
    named = [f.name for f in files if f.picture is None]  # (a picture Qt cannot draw too)
    if named:
        items.append(paragraphs(style, [tr("Files: %1").replace("%1", ", ".join(named))], True))
    return items
