"""The timeline list: each reflection as date and flow over a line of what was written."""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import dataclass
from math import ceil

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPoint, QPointF, QRect, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QPainter,
    QPalette,
    QStaticText,
    QTextCharFormat,
    QTextLayout,
    QTextOption,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from coachdesk.coaching.reflections import MARK_END, MARK_START, ReflectionSummary
from coachdesk.ui.common.formatting import friendly_moment
from coachdesk.ui.common.painting import elide_lines
from coachdesk.ui.common.theme import GRID
from coachdesk.ui.journal.timeline_model import SnippetRole, SummaryRole


@dataclass(frozen=True)
class _RowLook:
    """What a row shows, laid out once per width: painting is then only drawing."""

    meta: QStaticText
    body: QStaticText | QTextLayout  # the preview, or the snippet with its matches marked


class TimelineDelegate(QStyledItemDelegate):
    """Paints a reflection in two calm lines; no boxes, a hairline between items."""

    CACHE_ROWS = 300

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._looks: OrderedDict[tuple[object, ...], _RowLook] = OrderedDict()

    def _fonts(self, option: QStyleOptionViewItem) -> tuple[QFont, QFont]:
        meta = QFont(option.font)
        meta.setPointSizeF(option.font.pointSizeF() * 0.88)
        body = QFont(option.font)
        return meta, body

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        meta, body = self._fonts(option)
        height = QFontMetrics(meta).height() + 2 * QFontMetrics(body).height() + 3 * GRID
        return QSize(GRID * 30, height)

    def _look(
        self, summary: ReflectionSummary, snippet: str, option: QStyleOptionViewItem, width: int
    ) -> _RowLook:
        palette = option.palette
        key = (summary, snippet, width, option.font.key(), palette.cacheKey())
        look = self._looks.get(key)
        if look is not None:
            self._looks.move_to_end(key)
            return look
        meta_font, body_font = self._fonts(option)
        parts = (friendly_moment(summary.created_at), summary.flow_title, summary.customer)
        meta_line = "  ·  ".join(part for part in parts if part)
        meta_width = width - (self._draft_width(meta_font) if summary.is_draft else 0)
        meta = QStaticText(
            QFontMetrics(meta_font).elidedText(meta_line, Qt.TextElideMode.ElideRight, meta_width)
        )
        meta.prepare(font=meta_font)
        body: QStaticText | QTextLayout
        if snippet:
            body = snippet_layout(
                snippet, body_font, width, palette.color(QPalette.ColorRole.Accent)
            )
        else:
            text = summary.title or summary.preview or self.tr("(nothing written yet)")
            body = QStaticText(elide_lines(text, body_font, width))
            body.setTextFormat(Qt.TextFormat.PlainText)
            body.prepare(font=body_font)
        look = _RowLook(meta, body)
        self._looks[key] = look
        if len(self._looks) > self.CACHE_ROWS:
            self._looks.popitem(last=False)
        return look

    def _draft_width(self, font: QFont) -> int:
        return QFontMetrics(font).horizontalAdvance(self.tr("Draft")) + GRID

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        summary = index.data(SummaryRole)
        if not isinstance(summary, ReflectionSummary):
            return
        palette = option.palette
        area = option.rect.adjusted(2 * GRID, GRID, -2 * GRID, -GRID)
        look = self._look(summary, index.data(SnippetRole) or "", option, area.width())
        meta_font, body_font = self._fonts(option)
        meta_height = QFontMetrics(meta_font).height()
        soft = palette.color(QPalette.ColorRole.PlaceholderText)

        painter.save()
        if option.state & QStyle.StateFlag.State_Selected:
            painter.fillRect(option.rect, palette.color(QPalette.ColorRole.Highlight))
        painter.setPen(palette.color(QPalette.ColorRole.Mid))
        painter.drawLine(option.rect.bottomLeft(), option.rect.bottomRight())
        painter.setFont(meta_font)
        painter.setPen(soft)
        painter.drawStaticText(area.topLeft(), look.meta)
        if summary.is_draft:
            painter.setPen(palette.color(QPalette.ColorRole.Accent))
            painter.drawText(
                QRect(area.left(), area.top(), area.width(), meta_height),
                Qt.AlignmentFlag.AlignRight,
                self.tr("Draft"),
            )
        top = QPoint(area.left(), area.top() + meta_height + GRID // 2)
        painter.setFont(body_font)
        empty = not (summary.title or summary.preview or index.data(SnippetRole))
        painter.setPen(soft if empty else palette.color(QPalette.ColorRole.Text))
        if isinstance(look.body, QTextLayout):
            # A snippet may wrap to a third line; two are shown.
            shown = look.body.lineAt(min(1, look.body.lineCount() - 1)).rect()
            painter.setClipRect(QRect(top, QSize(area.width(), ceil(shown.bottom()) + 1)))
            look.body.draw(painter, QPointF(top))
        else:
            painter.drawStaticText(top, look.body)  # two lines at most, by elide_lines
        painter.restore()


def split_marks(snippet: str) -> tuple[str, list[tuple[int, int]]]:
    """The snippet's text without marks, and (start, length) of each marked word."""
    text, spans = "", []
    for n, part in enumerate(snippet.split(MARK_START)):
        if n == 0:
            text += part
            continue
        word, _, rest = part.partition(MARK_END)
        spans.append((len(text), len(word)))
        text += word + rest
    return text, spans


def snippet_layout(snippet: str, font: QFont, width: int, accent: QColor) -> QTextLayout:
    """Two wrapped lines of a search snippet, matched words bold in the accent colour
    (weight as well as colour, so the mark does not rest on colour alone)."""
    text, spans = split_marks(snippet)
    layout = QTextLayout(text, font)
    marked = QTextCharFormat()
    marked.setFontWeight(QFont.Weight.Bold)
    marked.setForeground(accent)
    ranges = []
    for start, length in spans:
        mark = QTextLayout.FormatRange()
        mark.start, mark.length, mark.format = start, length, marked
        ranges.append(mark)
    layout.setFormats(ranges)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    layout.setTextOption(option)
    layout.beginLayout()
    y = 0.0
    for _ in range(2):
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width)
        line.setPosition(QPointF(0, y))
        y += line.height()
    layout.endLayout()
    return layout


class TimelineView(QListView):
    """The list of reflections on the left of the main window."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setItemDelegate(TimelineDelegate(self))
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setUniformItemSizes(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setAccessibleName(self.tr("Reflections"))
        self.setAccessibleDescription(self.tr("Your reflections, newest first. Enter opens one."))
